#include "ui/admin/OutletsPage.h"

#include "core/model/PhoneNumber.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace threerings::ui {

OutletsPage::OutletsPage(OutletService& outlets, const Actor& actor, QWidget* parent)
    : SetupPage(actor, QStringLiteral("outletsPage"), parent), m_outlets(outlets)
{
    const auto line = [this](const QString& label, const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        form()->addRow(label, edit);
        return edit;
    };
    m_code = line(tr("&Code"), "code");
    m_name = line(tr("&Name"), "name");
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString& k : Outlet::kinds())
        m_kind->addItem(Outlet::kindLabel(k), k);
    m_kind->setToolTip(
        tr("Callback sampling: every user of an appointed outlet is called back, half of an own "
           "outlet's, and the head office samples on top."));
    form()->addRow(tr("&Kind"), m_kind);
    m_province = line(tr("P&rovince"), "province");
    m_city = line(tr("C&ity"), "city");
    m_phone = line(tr("&Phone"), "phone");
    m_address = line(tr("&Address"), "address");
    reload();
}

QStringList OutletsPage::headers() const
{
    return {tr("Code"), tr("Name"), tr("Kind"), tr("Province"), tr("City"), tr("Phone"), tr("State")};
}

Result<QList<QStringList>> OutletsPage::rows(const QString& search, bool retiredToo)
{
    auto all = m_outlets.search(actor(), search, retiredToo);
    if (!all)
        return all.error();
    m_shown = all.value();
    QList<QStringList> out;
    for (const Outlet& o : m_shown)
        out << QStringList{o.code,
                           o.name,
                           Outlet::kindLabel(o.kind),
                           o.province,
                           o.city,
                           PhoneNumber::display(o.phone),
                           stateLabel(o.active)};
    return out;
}

void OutletsPage::load(int index)
{
    m_loaded = index >= 0 && index < m_shown.size() ? m_shown.at(index) : Outlet();
    m_code->setText(m_loaded.code);
    m_name->setText(m_loaded.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_loaded.kind)));
    m_province->setText(m_loaded.province);
    m_city->setText(m_loaded.city);
    m_phone->setText(m_loaded.phone.isEmpty() ? QString() : PhoneNumber::display(m_loaded.phone));
    m_address->setText(m_loaded.address);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_code, m_name, m_kind, m_province, m_city, m_phone, m_address})
        w->setEnabled(mayEdit());
}

void OutletsPage::fill(const Outlet& o)
{
    m_code->setText(o.code);
    m_name->setText(o.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(o.kind)));
    m_province->setText(o.province);
    m_city->setText(o.city);
    m_phone->setText(PhoneNumber::display(o.phone));
    m_address->setText(o.address);
}

Result<QString> OutletsPage::store()
{
    Outlet o = m_loaded;
    o.code = m_code->text().trimmed();
    o.name = m_name->text().trimmed();
    o.kind = m_kind->currentData().toString();
    o.province = m_province->text().trimmed();
    o.city = m_city->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.address = m_address->text().trimmed();
    auto saved = m_outlets.save(actor(), o);
    if (!saved)
        return saved.error();
    return saved->code;
}

Status OutletsPage::storeActive(int index, bool active)
{
    if (index < 0 || index >= m_shown.size())
        return {};
    return m_outlets.setActive(actor(), m_shown.at(index).meta.id, active);
}

QString OutletsPage::emptyText() const
{
    return tr(
        "No outlets yet. Forms and callback sampling name the user's outlet (网点): add the first with New, "
        "or import the list with Import….");
}

} // namespace threerings::ui
