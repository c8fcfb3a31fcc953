// SetupTables: reading a file into the hotline's departments and outlets (the import half).
#include "core/auth/DepartmentRepository.h"
#include "core/auth/Permissions.h"
#include "core/auth/UserRepository.h"
#include "core/customers/ImportRows.h"
#include "core/customers/OutletRepository.h"
#include "core/customers/SetupTables.h"
#include "core/db/Transaction.h"
#include "core/model/PhoneNumber.h"
#include "core/util/TableFile.h"
#include "core/words/KnowledgeRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <limits>
#include <optional>

namespace threerings {

using namespace importrows;

namespace {

QString departmentKind(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& k : Department::kinds())
        if (t.compare(k, Qt::CaseInsensitive) == 0 || t == Department::kindLabel(k))
            return k;
    const std::pair<const char16_t*, const char*> words[] = {
        {u"用户服务", "service"}, {u"服务", "service"}, {u"技术支持", "technical"},
        {u"技术", "technical"},   {u"销售", "sales"},   {u"产品事业部", "product"},
        {u"产品", "product"},     {u"其它", "other"},   {u"其他", "other"}};
    for (const auto& [word, kind] : words)
        if (t == QString::fromUtf16(word))
            return QString::fromLatin1(kind);
    return t;
}

// "technical,other", "技术质量、其它" …; nothing when a part is no category.
std::optional<QList<Category>> categories(const QString& text, QString* bad)
{
    QList<Category> out;
    static const QRegularExpression separators(QStringLiteral("[,，、;；/\\s]+"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        std::optional<Category> c = CategoryNames::fromKey(part.toLower());
        for (Category each : {Category::Technical, Category::Service, Category::Sales, Category::Other})
            if (!c && part == CategoryNames::label(each))
                c = each;
        const std::pair<const char16_t*, Category> words[] = {
            {u"技术质量", Category::Technical}, {u"技术", Category::Technical}, {u"服务", Category::Service},
            {u"销售", Category::Sales},         {u"其它", Category::Other},     {u"其他", Category::Other}};
        for (const auto& [word, category] : words)
            if (!c && part == QString::fromUtf16(word))
                c = category;
        if (!c) {
            *bad = part;
            return std::nullopt;
        }
        if (!out.contains(*c))
            out << *c;
    }
    return out;
}

} // namespace

Result<SetupTables::Outcome> SetupTables::import(const Actor& actor, const QString& kind,
                                                 const TableFile& table, bool dryRun,
                                                 const Progress& progress)
{
    if (!kinds().contains(kind))
        return Error::usage(
            tr("Unknown kind '%1'; choose one of: %2.").arg(kind, kinds().join(QLatin1Char(' '))));
    const bool knowledge = kind == QLatin1String("knowledge");
    if (kind == QLatin1String("calendar")) // needs ManageCalendar, checked by CalendarService
        return importCalendar(actor, table, dryRun, progress);
    if (kind == QLatin1String("accounts")) {
        if (Status s = Permissions::require(actor, Action::ManageAccounts); !s)
            return s.error();
        return importAccounts(actor, table, dryRun, progress);
    }
    if (Status s = Permissions::require(actor, knowledge ? Action::ManageScripts : Action::ManageSetup); !s)
        return s.error();
    if (knowledge)
        return importKnowledge(actor, table, dryRun, progress);
    if (kind == QLatin1String("products"))
        return importProducts(actor, table, dryRun, progress);
    if (kind == QLatin1String("customers"))
        return importCustomers(actor, table, dryRun, progress);
    if (kind == QLatin1String("devices"))
        return importDevices(actor, table, dryRun, progress);
    return kind == QLatin1String("departments") ? importDepartments(actor, table, dryRun, progress)
                                                : importOutlets(actor, table, dryRun, progress);
}

Result<SetupTables::Outcome> SetupTables::importDepartments(const Actor& actor, const TableFile& table,
                                                            bool dryRun, const Progress& progress)
{
    Outcome out;
    const Header h = readHeader(QStringLiteral("departments"), table.header);
    out.problems = h.problems;
    if (!out.problems.isEmpty())
        return out;
    DepartmentRepository repo(m_db, m_clock);
    auto stored = repo.list();
    if (!stored)
        return stored.error();
    QHash<QString, Department> byName;
    for (const Department& d : stored.value())
        byName.insert(d.name, d);
    auto people = UserRepository(m_db, m_clock).list();
    if (!people)
        return people.error();
    QHash<QString, User> byJob;
    for (const User& u : people.value())
        byJob.insert(u.jobNumber, u);

    std::vector<std::pair<Department, bool>> plan; // the record, and whether it is new
    QHash<QString, int> seen;                      // name → the row that named it first
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        const QStringList& row = table.rows.at(i);
        const int line = table.rowNumbers.value(i, int(i) + 2);
        report(progress, i + 1, total);
        const auto name = rowKey(h, row, line, QStringLiteral("name"), seen, out.problems,
                                 tr("the department's name is empty; fill it in."),
                                 tr("%1 is named on row %2 already; keep one row per department."));
        if (!name)
            continue;
        const bool isNew = !byName.contains(*name);
        Department d = isNew ? Department() : byName.value(*name);
        const Department before = d;
        d.name = *name;
        if (auto v = cell(h, row, QStringLiteral("kind")); v && !v->isEmpty())
            d.kind = departmentKind(*v);
        if (auto v = cell(h, row, QStringLiteral("head"))) {
            if (v->isEmpty()) {
                d.headUserId.clear();
            } else if (!byJob.contains(*v) || !byJob.value(*v).active) {
                out.problems << Problem{line, h.named(QStringLiteral("head")),
                                        tr("nobody active has the job number %1; add the person first, or "
                                           "leave the cell empty.")
                                            .arg(*v)};
                continue;
            } else {
                d.headUserId = byJob.value(*v).meta.id;
            }
        }
        if (auto v = cell(h, row, QStringLiteral("phone")))
            d.phone = PhoneNumber::normalizeOrKeep(*v);
        if (auto v = cell(h, row, QStringLiteral("routes"))) {
            QString bad;
            auto routes = categories(*v, &bad);
            if (!routes) {
                out.problems << Problem{line, h.named(QStringLiteral("routes")),
                                        tr("'%1' is not a form category; use technical, service, sales or "
                                           "other, separated by commas.")
                                            .arg(bad)};
                continue;
            }
            d.routes = *routes;
        }
        if (!readActive(h, row, line, d.active, out.problems))
            continue;
        if (Status s = d.validate(); !s) {
            out.problems << Problem{line, columnOf(h, s.error(), QStringLiteral("name")), s.error().message};
            continue;
        }
        const bool same = !isNew && d.kind == before.kind && d.headUserId == before.headUserId &&
                          d.phone == before.phone && d.routes == before.routes && d.active == before.active;
        planRow(out, plan, d, isNew, same);
    }
    return writePlan(
        m_db, out, plan, dryRun,
        [&](const Department& d, bool isNew) -> Status {
            auto saved = isNew ? repo.insert(d, actor.stamp()) : repo.update(d, actor.stamp());
            if (!saved)
                return Error::data(
                    tr("Department %1: %2 Nothing was imported.").arg(d.name, saved.error().message));
            return {};
        },
        progress);
}

Result<SetupTables::Outcome> SetupTables::importOutlets(const Actor& actor, const TableFile& table,
                                                        bool dryRun, const Progress& progress)
{
    Outcome out;
    const Header h = readHeader(QStringLiteral("outlets"), table.header);
    out.problems = h.problems;
    if (!out.problems.isEmpty())
        return out;
    OutletRepository repo(m_db, m_clock);
    auto stored = repo.list();
    if (!stored)
        return stored.error();
    QHash<QString, Outlet> byCode;
    for (const Outlet& o : stored.value())
        byCode.insert(o.code, o);

    std::vector<std::pair<Outlet, bool>> plan;
    QHash<QString, int> seen;
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        const QStringList& row = table.rows.at(i);
        const int line = table.rowNumbers.value(i, int(i) + 2);
        report(progress, i + 1, total);
        const auto code = rowKey(h, row, line, QStringLiteral("code"), seen, out.problems,
                                 tr("the outlet's code is empty; fill it in."),
                                 tr("the code %1 is on row %2 already; give each outlet its own code."));
        if (!code)
            continue;
        const bool isNew = !byCode.contains(*code);
        Outlet o = isNew ? Outlet() : byCode.value(*code);
        const Outlet before = o;
        o.code = *code;
        if (auto v = cell(h, row, QStringLiteral("name")))
            o.name = *v;
        if (auto v = cell(h, row, QStringLiteral("kind")); v && !v->isEmpty())
            o.kind = Outlet::kindFromText(*v);
        if (auto v = cell(h, row, QStringLiteral("province")))
            o.province = *v;
        if (auto v = cell(h, row, QStringLiteral("city")))
            o.city = *v;
        if (auto v = cell(h, row, QStringLiteral("phone")))
            o.phone = PhoneNumber::normalizeOrKeep(*v);
        if (auto v = cell(h, row, QStringLiteral("address")))
            o.address = *v;
        if (!readActive(h, row, line, o.active, out.problems))
            continue;
        if (Status s = o.validate(); !s) {
            out.problems << Problem{line, columnOf(h, s.error(), QStringLiteral("code")), s.error().message};
            continue;
        }
        const bool same = !isNew && o.name == before.name && o.kind == before.kind &&
                          o.province == before.province && o.city == before.city && o.phone == before.phone &&
                          o.address == before.address && o.active == before.active;
        planRow(out, plan, o, isNew, same);
    }
    return writePlan(
        m_db, out, plan, dryRun,
        [&](const Outlet& o, bool isNew) -> Status {
            auto saved = isNew ? repo.insert(o, actor.stamp()) : repo.update(o, actor.stamp());
            if (!saved)
                return Error::data(
                    tr("Outlet %1: %2 Nothing was imported.").arg(o.code, saved.error().message));
            return {};
        },
        progress);
}

Result<SetupTables::Outcome> SetupTables::importKnowledge(const Actor& actor, const TableFile& table,
                                                          bool dryRun, const Progress& progress)
{
    Outcome out;
    const Header h = readHeader(QStringLiteral("knowledge"), table.header);
    out.problems = h.problems;
    if (!out.problems.isEmpty())
        return out;
    KnowledgeRepository repo(m_db, m_clock);
    auto stored = repo.search({}, std::numeric_limits<int>::max(), {}, true);
    if (!stored)
        return stored.error();
    QHash<QString, KbEntry> byTitle;
    for (const KbEntry& e : stored.value())
        if (!byTitle.contains(e.title))
            byTitle.insert(e.title, e);

    std::vector<std::pair<KbEntry, bool>> plan;
    QHash<QString, int> seen;
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        const QStringList& row = table.rows.at(i);
        const int line = table.rowNumbers.value(i, int(i) + 2);
        report(progress, i + 1, total);
        const auto title = rowKey(h, row, line, QStringLiteral("title"), seen, out.problems,
                                  tr("the entry's title is empty; fill it in."),
                                  tr("%1 is on row %2 already; keep one row per entry."));
        if (!title)
            continue;
        const bool isNew = !byTitle.contains(*title);
        KbEntry e = isNew ? KbEntry() : byTitle.value(*title);
        const KbEntry before = e;
        e.title = *title;
        if (isNew)
            e.language = QStringLiteral("zh_CN");
        if (auto v = cell(h, row, QStringLiteral("kind")); v && !v->isEmpty()) {
            e.kind = v->toLower();
            for (const QString& k : KbEntry::kinds())
                if (*v == KbEntry::kindLabel(k))
                    e.kind = k;
            const std::pair<const char16_t*, const char*> words[] = {{u"解决方案", "solution"},
                                                                     {u"方案", "solution"},
                                                                     {u"通讯录", "directory"},
                                                                     {u"报价", "price"},
                                                                     {u"价格", "price"}};
            for (const auto& [word, kind] : words)
                if (*v == QString::fromUtf16(word))
                    e.kind = QString::fromLatin1(kind);
        }
        if (auto v = cell(h, row, QStringLiteral("category")))
            e.category = *v;
        if (auto v = cell(h, row, QStringLiteral("body")))
            e.body = *v;
        if (auto v = cell(h, row, QStringLiteral("tags")))
            e.tags = *v;
        if (!readActive(h, row, line, e.active, out.problems))
            continue;
        if (Status s = e.validate(); !s) {
            out.problems << Problem{line, columnOf(h, s.error(), QStringLiteral("title")), s.error().message};
            continue;
        }
        const bool same = !isNew && e.kind == before.kind && e.category == before.category &&
                          e.body == before.body && e.tags == before.tags && e.active == before.active;
        planRow(out, plan, e, isNew, same);
    }
    return writePlan(
        m_db, out, plan, dryRun,
        [&](const KbEntry& e, bool isNew) -> Status {
            auto saved = isNew ? repo.insert(actor, e) : repo.update(actor, e);
            if (!saved)
                return Error::data(
                    tr("Entry %1: %2 Nothing was imported.").arg(e.title, saved.error().message));
            return {};
        },
        progress);
}

} // namespace threerings
