#include "ui/admin/DepartmentsPage.h"

#include "core/model/PhoneNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace threerings::ui {

namespace {

constexpr Category kCategories[] = {Category::Technical, Category::Service, Category::Sales, Category::Other};

QString routeLabels(const QList<Category>& routes)
{
    QStringList out;
    for (Category c : routes)
        out << CategoryNames::label(c);
    return out.join(QStringLiteral("、"));
}

} // namespace

DepartmentsPage::DepartmentsPage(DepartmentService& departments, QList<User> staff, const Actor& actor,
                                 QWidget* parent)
    : SetupPage(actor, QStringLiteral("departmentsPage"), parent), m_departments(departments),
      m_staff(std::move(staff))
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    form()->addRow(tr("&Name"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString& k : Department::kinds())
        m_kind->addItem(Department::kindLabel(k), k);
    form()->addRow(tr("&Kind"), m_kind);
    m_head = new QComboBox(this);
    m_head->setObjectName(QStringLiteral("head"));
    form()->addRow(tr("&Head"), m_head);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    form()->addRow(tr("&Phone"), m_phone);
    auto* routes = new QHBoxLayout;
    for (Category c : kCategories) {
        auto* box = new QCheckBox(CategoryNames::label(c), this);
        box->setObjectName(QStringLiteral("route-") + CategoryNames::key(c));
        routes->addWidget(box);
        m_routes.insert(c, box);
    }
    form()->addRow(tr("Forms transferred here"), routes);
    auto* hint =
        new QLabel(tr("None ticked: those of its kind (technical support takes technical quality and "
                      "other, the product division sales, user service the service complaints)."),
                   this);
    hint->setWordWrap(true);
    form()->addRow(QString(), hint);
    reload();
}

QStringList DepartmentsPage::headers() const
{
    return {tr("Name"), tr("Kind"), tr("Head"), tr("Phone"), tr("Forms transferred here"), tr("State")};
}

Result<QList<QStringList>> DepartmentsPage::rows(const QString& search, bool retiredToo)
{
    auto all = m_departments.list(actor(), retiredToo);
    if (!all)
        return all.error();
    QHash<QString, QString> headOf;
    for (const User& u : m_staff)
        headOf.insert(u.meta.id, u.jobNumber + QLatin1Char(' ') + u.name);
    m_shown.clear();
    QList<QStringList> out;
    const QString text = search.trimmed();
    for (const Department& d : all.value()) {
        if (!text.isEmpty() && !d.name.contains(text, Qt::CaseInsensitive))
            continue;
        m_shown << d;
        out << QStringList{d.name,
                           Department::kindLabel(d.kind),
                           headOf.value(d.headUserId),
                           PhoneNumber::display(d.phone),
                           routeLabels(d.effectiveRoutes()),
                           stateLabel(d.active)};
    }
    return out;
}

void DepartmentsPage::load(int index)
{
    m_loaded = index >= 0 && index < m_shown.size() ? m_shown.at(index) : Department();
    m_name->setText(m_loaded.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_loaded.kind)));
    m_head->clear();
    m_head->addItem(tr("(none)"), QString());
    for (const User& u : m_staff)
        if (u.active || u.meta.id == m_loaded.headUserId)
            m_head->addItem(u.jobNumber + QLatin1Char(' ') + u.name, u.meta.id);
    m_head->setCurrentIndex(std::max(0, m_head->findData(m_loaded.headUserId)));
    m_phone->setText(m_loaded.phone.isEmpty() ? QString() : PhoneNumber::display(m_loaded.phone));
    for (auto it = m_routes.begin(); it != m_routes.end(); ++it)
        it.value()->setChecked(m_loaded.routes.contains(it.key()));
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_kind, m_head, m_phone})
        w->setEnabled(mayEdit());
}

void DepartmentsPage::fill(const QString& name, const QString& kind, const QString& headJobNumber,
                           const QString& phone, const QList<Category>& routes)
{
    m_name->setText(name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    int head = 0;
    for (int i = 1; i < m_head->count(); ++i)
        if (m_head->itemText(i).startsWith(headJobNumber + QLatin1Char(' ')))
            head = i;
    m_head->setCurrentIndex(headJobNumber.isEmpty() ? 0 : head);
    m_phone->setText(phone);
    for (auto it = m_routes.begin(); it != m_routes.end(); ++it)
        it.value()->setChecked(routes.contains(it.key()));
}

Result<QString> DepartmentsPage::store()
{
    Department d = m_loaded;
    d.name = m_name->text().trimmed();
    d.kind = m_kind->currentData().toString();
    d.headUserId = m_head->currentData().toString();
    d.phone = m_phone->text().trimmed();
    d.routes.clear();
    for (Category c : kCategories)
        if (m_routes.value(c)->isChecked())
            d.routes << c;
    auto saved = m_departments.save(actor(), d);
    if (!saved)
        return saved.error();
    return saved->name;
}

Status DepartmentsPage::storeActive(int index, bool active)
{
    if (index < 0 || index >= m_shown.size())
        return {};
    return m_departments.setActive(actor(), m_shown.at(index).meta.id, active);
}

QString DepartmentsPage::emptyText() const
{
    return tr(
        "No departments yet. Forms are transferred to departments and complaints are counted by them: add "
        "the first with New, or import a spreadsheet with Import….");
}

} // namespace threerings::ui
