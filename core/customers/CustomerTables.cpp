// SetupTables: the customers, their devices and the products, as tables (export and import).
#include "core/customers/CustomerRepository.h"
#include "core/customers/DeviceRepository.h"
#include "core/customers/ImportRows.h"
#include "core/customers/OutletRepository.h"
#include "core/customers/ProductRepository.h"
#include "core/customers/SetupTables.h"
#include "core/model/PhoneNumber.h"
#include "core/util/DayText.h"
#include "core/util/TableFile.h"

#include <limits>

namespace threerings {

using namespace importrows;

namespace {

QString day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The phone of `column` in E.164, into `phone`; false with the problem added when it is no number.
bool readPhone(const Header& h, const QStringList& row, int line, const QString& column, QString& phone,
               QList<Problem>& problems)
{
    const auto v = cell(h, row, column);
    if (!v)
        return true;
    if (v->isEmpty()) {
        phone.clear();
        return true;
    }
    auto n = PhoneNumber::normalize(*v);
    if (!n) {
        problems << Problem{line, h.named(column),
                            SetupTables::tr("'%1' is not a phone number; write it with its area code, as "
                                            "010 6552 8888 or 138 0013 8000.")
                                .arg(*v)};
        return false;
    }
    phone = n.value();
    return true;
}

bool readDate(const Header& h, const QStringList& row, int line, const QString& column, QDate& date,
              QList<Problem>& problems)
{
    const auto v = cell(h, row, column);
    if (!v)
        return true;
    const auto d = readDayText(*v);
    if (!d) {
        problems << Problem{
            line, h.named(column),
            SetupTables::tr("'%1' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-05.").arg(*v)};
        return false;
    }
    date = *d;
    return true;
}

// The outlet named by its code in `column` into `outletId`; false with the problem added when no outlet has
// that code.
bool readOutlet(const Header& h, const QStringList& row, int line,
                const QHash<QString, QString>& outletByCode, QString& outletId, QList<Problem>& problems)
{
    const auto v = cell(h, row, QStringLiteral("outlet"));
    if (!v)
        return true;
    if (v->isEmpty()) {
        outletId.clear();
        return true;
    }
    if (!outletByCode.contains(*v)) {
        problems << Problem{line, h.named(QStringLiteral("outlet")),
                            SetupTables::tr("no outlet has the code %1; add the outlet first (Outlets, or "
                                            "import outlets), or correct the code.")
                                .arg(*v)};
        return false;
    }
    outletId = outletByCode.value(*v);
    return true;
}

} // namespace

Result<QList<QStringList>> SetupTables::customerRows(const QString& kind) const
{
    QList<QStringList> out;
    QStringList header;
    for (const Column& c : columns(kind))
        header << c.key;
    out << header;
    if (kind == QLatin1String("products")) {
        auto all = ProductRepository(m_db, m_clock).search({}, true);
        if (!all)
            return all.error();
        for (const Product& p : all.value())
            out << QStringList{p.model, p.product, QString::number(p.warrantyMonths),
                               p.active ? QStringLiteral("1") : QStringLiteral("0")};
        return out;
    }
    auto outlets = OutletRepository(m_db, m_clock).list();
    if (!outlets)
        return outlets.error();
    QHash<QString, QString> codeOf;
    for (const Outlet& o : outlets.value())
        codeOf.insert(o.meta.id, o.code);
    if (kind == QLatin1String("customers")) {
        auto all = CustomerRepository(m_db, m_clock).search({}, std::numeric_limits<int>::max());
        if (!all)
            return all.error();
        out.reserve(all->size() + 1);
        for (const Customer& c : all.value())
            out << QStringList{c.name,        c.unit,       c.phoneMobile,
                               c.phoneOffice, c.phoneOther, codeOf.value(c.outletId),
                               c.address,     c.notes};
        return out;
    }
    auto all = DeviceRepository(m_db, m_clock).allWithOwnerPhone();
    if (!all)
        return all.error();
    for (const auto& [d, phone] : all.value())
        out << QStringList{d.serialNumber,
                           d.model,
                           d.product,
                           phone,
                           codeOf.value(d.outletId),
                           day(d.installedOn),
                           day(d.invoiceDate),
                           day(d.warrantyEnd)};
    return out;
}

Result<SetupTables::Outcome> SetupTables::importProducts(const Actor& actor, const TableFile& table,
                                                         bool dryRun, const Progress& progress)
{
    Outcome out;
    const Header h = readHeader(QStringLiteral("products"), table.header);
    out.problems = h.problems;
    if (!out.problems.isEmpty())
        return out;
    ProductRepository repo(m_db, m_clock);
    auto stored = repo.search({}, true);
    if (!stored)
        return stored.error();
    QHash<QString, Product> byModel;
    for (const Product& p : stored.value())
        byModel.insert(p.model, p);
    std::vector<std::pair<Product, bool>> plan;
    QHash<QString, int> seen;
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        const QStringList& row = table.rows.at(i);
        const int line = table.rowNumbers.value(i, int(i) + 2);
        report(progress, i + 1, total);
        const auto model = rowKey(h, row, line, QStringLiteral("model"), seen, out.problems,
                                  tr("the model is empty; fill it in."),
                                  tr("the model %1 is on row %2 already; keep one row per model."));
        if (!model)
            continue;
        const bool isNew = !byModel.contains(*model);
        Product p = isNew ? Product() : byModel.value(*model);
        const Product before = p;
        p.model = *model;
        if (auto v = cell(h, row, QStringLiteral("product")))
            p.product = *v;
        if (auto v = cell(h, row, QStringLiteral("warranty_months")); v && !v->isEmpty()) {
            bool ok = false;
            p.warrantyMonths = v->toInt(&ok);
            if (!ok) {
                out.problems << Problem{line, h.named(QStringLiteral("warranty_months")),
                                        tr("'%1' is not a number of months; write e.g. 12.").arg(*v)};
                continue;
            }
        }
        if (!readActive(h, row, line, p.active, out.problems))
            continue;
        if (Status s = p.validate(); !s) {
            out.problems << Problem{line, columnOf(h, s.error(), QStringLiteral("model")), s.error().message};
            continue;
        }
        planRow(out, plan, p, isNew,
                !isNew && p.product == before.product && p.warrantyMonths == before.warrantyMonths &&
                    p.active == before.active);
    }
    return writePlan(
        m_db, out, plan, dryRun,
        [&](const Product& p, bool isNew) -> Status {
            auto saved = isNew ? repo.insert(p, actor.stamp()) : repo.update(p, actor.stamp());
            if (!saved)
                return Error::data(
                    tr("Model %1: %2 Nothing was imported.").arg(p.model, saved.error().message));
            return {};
        },
        progress);
}

Result<SetupTables::Outcome> SetupTables::importCustomers(const Actor& actor, const TableFile& table,
                                                          bool dryRun, const Progress& progress)
{
    Outcome out;
    const Header h = readHeader(QStringLiteral("customers"), table.header);
    out.problems = h.problems;
    const QStringList phoneColumns{QStringLiteral("phone_mobile"), QStringLiteral("phone_office"),
                                   QStringLiteral("phone_other")};
    if (std::none_of(phoneColumns.cbegin(), phoneColumns.cend(),
                     [&h](const QString& c) { return h.index.contains(c); }))
        out.problems << Problem{1, QStringLiteral("phone_mobile"),
                                tr("a customer is found by a phone, and the file has no phone column; add a "
                                   "column headed phone_mobile (or 手机), phone_office or phone_other.")};
    if (!out.problems.isEmpty())
        return out;
    CustomerRepository repo(m_db, m_clock);
    auto outlets = OutletRepository(m_db, m_clock).list();
    if (!outlets)
        return outlets.error();
    QHash<QString, QString> outletByCode;
    for (const Outlet& o : outlets.value())
        outletByCode.insert(o.code, o.meta.id);

    // Into an empty table (a new hotline's first list) every row is new: no need to look any up.
    auto stored = repo.count();
    if (!stored)
        return stored.error();
    const bool lookUp = stored.value() > 0;
    std::vector<std::pair<Customer, bool>> plan;
    plan.reserve(size_t(table.rows.size()));
    QHash<QString, int> seen; // phone → the row that named it first
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        const QStringList& row = table.rows.at(i);
        const int line = table.rowNumbers.value(i, int(i) + 2);
        report(progress, i + 1, total);
        Customer typed; // the row's phones, to find the customer by
        bool ok = readPhone(h, row, line, QStringLiteral("phone_mobile"), typed.phoneMobile, out.problems);
        ok = readPhone(h, row, line, QStringLiteral("phone_office"), typed.phoneOffice, out.problems) && ok;
        ok = readPhone(h, row, line, QStringLiteral("phone_other"), typed.phoneOther, out.problems) && ok;
        if (!ok)
            continue;
        const QStringList phones = typed.phones();
        if (phones.isEmpty()) {
            out.problems << Problem{
                line, h.named(QStringLiteral("phone_mobile")),
                tr("the customer has no phone; fill in the mobile, office or other phone.")};
            continue;
        }
        bool twice = false;
        for (const QString& p : phones)
            if (seen.contains(p) && !twice) {
                out.problems << Problem{line, h.named(QStringLiteral("phone_mobile")),
                                        tr("%1 is on row %2 already; keep one row per customer.")
                                            .arg(PhoneNumber::display(p))
                                            .arg(seen.value(p))};
                twice = true;
            }
        if (twice)
            continue;
        for (const QString& p : phones)
            seen.insert(p, line);
        std::optional<Customer> existing;
        for (const QString& p : lookUp ? phones : QStringList()) {
            auto found = repo.findInUseByPhone(p);
            if (!found)
                return found.error();
            if (found->has_value()) {
                existing = **found;
                break;
            }
        }
        const bool isNew = !existing;
        Customer c = existing.value_or(Customer());
        const Customer before = c;
        if (auto v = cell(h, row, QStringLiteral("name")))
            c.name = *v;
        if (auto v = cell(h, row, QStringLiteral("unit")))
            c.unit = *v;
        if (h.index.contains(QStringLiteral("phone_mobile")))
            c.phoneMobile = typed.phoneMobile;
        if (h.index.contains(QStringLiteral("phone_office")))
            c.phoneOffice = typed.phoneOffice;
        if (h.index.contains(QStringLiteral("phone_other")))
            c.phoneOther = typed.phoneOther;
        if (!readOutlet(h, row, line, outletByCode, c.outletId, out.problems))
            continue;
        if (auto v = cell(h, row, QStringLiteral("address")))
            c.address = *v;
        if (auto v = cell(h, row, QStringLiteral("notes")))
            c.notes = *v;
        if (Status s = c.validate(); !s) {
            out.problems << Problem{line, columnOf(h, s.error(), QStringLiteral("name")), s.error().message};
            continue;
        }
        planRow(out, plan, std::move(c), isNew,
                !isNew && c.name == before.name && c.unit == before.unit &&
                    c.phoneMobile == before.phoneMobile && c.phoneOffice == before.phoneOffice &&
                    c.phoneOther == before.phoneOther && c.outletId == before.outletId &&
                    c.address == before.address && c.notes == before.notes);
    }
    return writePlan(
        m_db, out, plan, dryRun,
        [&](const Customer& c, bool isNew) -> Status {
            // Every row was normalized and validated above.
            auto saved = isNew ? repo.insertChecked(c, actor.stamp()) : repo.update(c, actor.stamp());
            if (!saved)
                return Error::data(
                    tr("Customer %1: %2 Nothing was imported.").arg(c.name, saved.error().message));
            return {};
        },
        progress);
}

Result<SetupTables::Outcome> SetupTables::importDevices(const Actor& actor, const TableFile& table,
                                                        bool dryRun, const Progress& progress)
{
    Outcome out;
    const Header h = readHeader(QStringLiteral("devices"), table.header);
    out.problems = h.problems;
    if (!out.problems.isEmpty())
        return out;
    DeviceRepository repo(m_db, m_clock);
    CustomerRepository customers(m_db, m_clock);
    auto outlets = OutletRepository(m_db, m_clock).list();
    if (!outlets)
        return outlets.error();
    QHash<QString, QString> outletByCode;
    for (const Outlet& o : outlets.value())
        outletByCode.insert(o.code, o.meta.id);
    auto products = ProductRepository(m_db, m_clock).search({}, true);
    if (!products)
        return products.error();
    QHash<QString, Product> byModel;
    for (const Product& p : products.value())
        byModel.insert(p.model, p);

    std::vector<std::pair<Device, bool>> plan;
    QHash<QString, int> seen;
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        const QStringList& row = table.rows.at(i);
        const int line = table.rowNumbers.value(i, int(i) + 2);
        report(progress, i + 1, total);
        const auto serial = rowKey(h, row, line, QStringLiteral("serial_number"), seen, out.problems,
                                   tr("the serial number is empty; copy it from the nameplate."),
                                   tr("the serial number %1 is on row %2 already; keep one row per device."));
        if (!serial)
            continue;
        auto existing = repo.findBySerial(*serial);
        if (!existing)
            return existing.error();
        const bool isNew = !existing->has_value();
        Device d = existing->value_or(Device());
        const Device before = d;
        d.serialNumber = *serial;
        if (auto v = cell(h, row, QStringLiteral("model")))
            d.model = *v;
        if (auto v = cell(h, row, QStringLiteral("product")))
            d.product = *v;
        if (d.product.isEmpty() && byModel.contains(d.model))
            d.product = byModel.value(d.model).product;
        QString phone;
        if (!readPhone(h, row, line, QStringLiteral("customer_phone"), phone, out.problems))
            continue;
        if (!phone.isEmpty()) {
            auto owner = customers.findInUseByPhone(phone);
            if (!owner)
                return owner.error();
            if (!owner->has_value()) {
                out.problems << Problem{line, h.named(QStringLiteral("customer_phone")),
                                        tr("no customer has the number %1; import or add the customer first, "
                                           "or correct the number.")
                                            .arg(PhoneNumber::display(phone))};
                continue;
            }
            d.customerId = (*owner)->meta.id;
        } else if (isNew) {
            out.problems << Problem{line, h.named(QStringLiteral("customer_phone")),
                                    tr("whose device is it? Fill in the customer's phone.")};
            continue;
        }
        if (!readOutlet(h, row, line, outletByCode, d.outletId, out.problems))
            continue;
        if (!readDate(h, row, line, QStringLiteral("installed_on"), d.installedOn, out.problems) ||
            !readDate(h, row, line, QStringLiteral("invoice_date"), d.invoiceDate, out.problems) ||
            !readDate(h, row, line, QStringLiteral("warranty_end"), d.warrantyEnd, out.problems))
            continue;
        if (!d.warrantyEnd.isValid())
            d.warrantyEnd = byModel.value(d.model, Product())
                                .warrantyEnd(d.invoiceDate.isValid() ? d.invoiceDate : d.installedOn);
        if (d.product.isEmpty()) {
            out.problems << Problem{
                line, h.named(QStringLiteral("product")),
                tr("the product is empty and the model %1 is not set up; name the product "
                   "(ATM, APM …) or import the products first.")
                    .arg(d.model)};
            continue;
        }
        if (Status s = d.validate(); !s) {
            out.problems << Problem{line, columnOf(h, s.error(), QStringLiteral("serial_number")),
                                    s.error().message};
            continue;
        }
        planRow(out, plan, d, isNew,
                !isNew && d.model == before.model && d.product == before.product &&
                    d.customerId == before.customerId && d.outletId == before.outletId &&
                    d.installedOn == before.installedOn && d.invoiceDate == before.invoiceDate &&
                    d.warrantyEnd == before.warrantyEnd);
    }
    return writePlan(
        m_db, out, plan, dryRun,
        [&](const Device& d, bool isNew) -> Status {
            auto saved = isNew ? repo.insert(d, actor.stamp()) : repo.update(d, actor.stamp());
            if (!saved)
                return Error::data(
                    tr("Device %1: %2 Nothing was imported.").arg(d.serialNumber, saved.error().message));
            return {};
        },
        progress);
}

} // namespace threerings
