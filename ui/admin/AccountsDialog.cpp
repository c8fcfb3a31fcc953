#include "ui/admin/AccountsDialog.h"

#include "core/auth/Permissions.h"
#include "core/util/HotlineTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

constexpr Role kRoles[] = {Role::Agent,   Role::Handler, Role::Supervisor,
                           Role::Trainer, Role::Admin,   Role::Trainee};

QString labels(const QList<Role>& roles)
{
    QStringList out;
    for (Role r : roles)
        out << Permissions::roleLabel(r);
    return out.join(QStringLiteral("、"));
}

// A small form in a dialog of its own; returns whether it was accepted.
bool ask(QWidget* parent, const QString& title, QWidget* form)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    form->setParent(&dialog);
    layout->addWidget(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

// The roles as check boxes, for adding a person or changing their roles.
struct RoleBoxes
{
    RoleBoxes(QWidget* parent, const QList<Role>& checked)
    {
        for (Role r : kRoles) {
            auto* box = new QCheckBox(Permissions::roleLabel(r), parent);
            box->setObjectName(QStringLiteral("role-") + roleText(r));
            box->setChecked(checked.contains(r));
            boxes.append({r, box});
        }
    }
    QList<Role> roles() const
    {
        QList<Role> out;
        for (const auto& [role, box] : boxes)
            if (box->isChecked())
                out << role;
        return out;
    }
    void addTo(QFormLayout* form, const QString& label) const
    {
        auto* row = new QHBoxLayout;
        for (const auto& pair : boxes)
            row->addWidget(pair.second);
        form->addRow(label, row);
    }
    QList<QPair<Role, QCheckBox*>> boxes;
};

QLineEdit* passwordEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

AccountsDialog::AccountsDialog(AccountService& accounts, const Actor& actor, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_actor(actor)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The hotline's people. In a team every change here reaches all consoles and the "
                      "person's login on the server with the next sync."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("accounts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Job number"), tr("Name"), tr("Roles"), tr("Department"), tr("Account")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const char* name, void (AccountsDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("&Add…"), "addPerson", &AccountsDialog::askAdd);
    m_roles = button(tr("&Roles…"), "changeRoles", &AccountsDialog::askRoles);
    m_department = button(tr("&Department…"), "changeDepartment", &AccountsDialog::askDepartment);
    m_password = button(tr("New &password…"), "setPassword", &AccountsDialog::askPassword);
    m_code = button(tr("First sign-in &code…"), "issueCode", &AccountsDialog::askCode);
    m_code->setToolTip(tr("A one-time code with which the person signs in once and chooses their own "
                          "password: for people imported without one, or who forgot theirs."));
    m_deactivate = new QPushButton(tr("&Switch off"), this);
    m_deactivate->setObjectName(QStringLiteral("deactivate"));
    connect(m_deactivate, &QPushButton::clicked, this, [this] { setActive(selectedJobNumber(), false); });
    buttons->addWidget(m_deactivate);
    m_reactivate = new QPushButton(tr("Switch &on"), this);
    m_reactivate->setObjectName(QStringLiteral("reactivate"));
    connect(m_reactivate, &QPushButton::clicked, this, [this] { setActive(selectedJobNumber(), true); });
    buttons->addWidget(m_reactivate);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    resize(900, 480);
    reload();
}

void AccountsDialog::reload()
{
    const QString keep = selectedJobNumber();
    auto rows = m_accounts.list(m_actor);
    if (!rows) {
        report(rows.error(), {});
        return;
    }
    m_rows = rows.value();
    m_departments = m_accounts.departments(m_actor).valueOr({});
    QHash<QString, QString> departmentNames;
    for (const Department& d : m_departments)
        departmentNames.insert(d.meta.id, d.name);
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const AccountInfo& a = m_rows.at(i);
        QString state = tr("active");
        if (!a.user.active)
            state = tr("switched off");
        else if (!a.hasAccount)
            state = tr("no password yet");
        else if (a.enrolExpired)
            state = tr("first sign-in code expired");
        else if (a.enrolUntil > 0)
            state = tr("waits for first sign-in (code valid until %1)").arg(hotlineMinuteText(a.enrolUntil));
        else if (a.lockedUntil > 0)
            state = tr("locked until %1")
                        .arg(QDateTime::fromMSecsSinceEpoch(a.lockedUntil, hotlineTimeZone())
                                 .toString(QStringLiteral("HH:mm")));
        const QStringList cells{a.user.jobNumber, a.user.name, labels(a.user.roles),
                                departmentNames.value(a.user.departmentId), state};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (a.user.jobNumber == keep)
            m_table->selectRow(i);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString AccountsDialog::selectedJobNumber() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_rows.size())
        return {};
    return m_rows.at(rows.first().row()).user.jobNumber;
}

void AccountsDialog::updateButtons()
{
    const QString job = selectedJobNumber();
    bool active = false;
    for (const AccountInfo& a : m_rows)
        if (a.user.jobNumber == job)
            active = a.user.active;
    for (QPushButton* b : {m_roles, m_department, m_password})
        b->setEnabled(!job.isEmpty());
    m_code->setEnabled(!job.isEmpty() && active && job != m_actor.jobNumber);
    m_deactivate->setEnabled(!job.isEmpty() && active);
    m_reactivate->setEnabled(!job.isEmpty() && !active);
}

void AccountsDialog::report(const Status& status, const QString& done)
{
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(status ? done : status.error().message);
    if (status)
        reload();
}

AccountService::IssuedCode AccountsDialog::issueCode(const QString& jobNumber)
{
    auto issued = m_accounts.issueFirstSignInCode(m_actor, jobNumber);
    report(issued ? Status() : Status(issued.error()),
           issued ? tr("%1 has a first sign-in code, valid until %2; give it to them in person.")
                        .arg(jobNumber, hotlineMinuteText(issued->validUntil))
                  : QString());
    return issued.valueOr(AccountService::IssuedCode{});
}

void AccountsDialog::askCode()
{
    const QString job = selectedJobNumber();
    const AccountService::IssuedCode issued = issueCode(job);
    const QString& code = issued.code;
    if (code.isEmpty())
        return;
    auto* shown = new QWidget;
    auto* layout = new QVBoxLayout(shown);
    auto* codeLabel = new QLabel(code, shown);
    codeLabel->setObjectName(QStringLiteral("firstSignInCode"));
    codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = codeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setFamily(QStringLiteral("monospace"));
    codeLabel->setFont(big);
    layout->addWidget(codeLabel);
    auto* how =
        new QLabel(tr("Give this code to %1 in person. They sign in with their job number and the code "
                      "instead of a password, and choose their own password at once. The code works "
                      "once, and only until %2; any earlier password or code of theirs no longer "
                      "works. It is not shown again.")
                       .arg(job, hotlineMinuteText(issued.validUntil)),
                   shown);
    how->setWordWrap(true);
    layout->addWidget(how);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("First sign-in code"));
    auto* outer = new QVBoxLayout(&dialog);
    outer->addWidget(shown);
    auto* ok = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    connect(ok, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    outer->addWidget(ok);
    dialog.exec();
}

QString AccountsDialog::lastMessage() const
{
    return m_message->text();
}

void AccountsDialog::addPerson(const User& person, const QString& password)
{
    auto added = m_accounts.addPerson(m_actor, person, password);
    report(added ? Status() : Status(added.error()),
           tr("%1 %2 was added.").arg(person.jobNumber, person.name));
}

void AccountsDialog::setRoles(const QString& jobNumber, const QList<Role>& roles)
{
    report(m_accounts.setRoles(m_actor, jobNumber, roles),
           tr("The roles of %1 were changed.").arg(jobNumber));
}

void AccountsDialog::setDepartment(const QString& jobNumber, const QString& departmentName)
{
    report(m_accounts.setDepartment(m_actor, jobNumber, departmentName),
           tr("The department of %1 was changed.").arg(jobNumber));
}

void AccountsDialog::setPassword(const QString& jobNumber, const QString& password)
{
    report(m_accounts.setPassword(m_actor, jobNumber, password),
           tr("%1 has a new password; tell them in person.").arg(jobNumber));
}

void AccountsDialog::setActive(const QString& jobNumber, bool active)
{
    report(active ? m_accounts.reactivate(m_actor, jobNumber) : m_accounts.deactivate(m_actor, jobNumber),
           active ? tr("%1 may sign in again.").arg(jobNumber)
                  : tr("%1 can no longer sign in; their name stays on every record.").arg(jobNumber));
}

void AccountsDialog::askAdd()
{
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    auto* job = new QLineEdit(form);
    job->setObjectName(QStringLiteral("jobNumber"));
    auto* name = new QLineEdit(form);
    name->setObjectName(QStringLiteral("name"));
    RoleBoxes roles(form, {Role::Agent});
    auto* department = new QComboBox(form);
    department->addItem(tr("(none)"), QString());
    for (const Department& d : m_departments)
        department->addItem(d.name, d.meta.id);
    QLineEdit* password = passwordEdit(form, QStringLiteral("password"));
    QLineEdit* again = passwordEdit(form, QStringLiteral("passwordAgain"));
    layout->addRow(tr("&Job number:"), job);
    layout->addRow(tr("&Name:"), name);
    roles.addTo(layout, tr("Roles:"));
    layout->addRow(tr("&Department:"), department);
    layout->addRow(tr("&Password:"), password);
    layout->addRow(tr("Password &again:"), again);
    if (!ask(this, tr("Add a person"), form))
        return;
    if (password->text() != again->text()) {
        report(Error::data(tr("The two passwords differ; type the same password twice."),
                           QStringLiteral("password")),
               {});
        return;
    }
    User person;
    person.jobNumber = job->text();
    person.name = name->text();
    person.roles = roles.roles();
    person.departmentId = department->currentData().toString();
    addPerson(person, password->text());
}

void AccountsDialog::askRoles()
{
    const QString job = selectedJobNumber();
    QList<Role> current;
    for (const AccountInfo& a : m_rows)
        if (a.user.jobNumber == job)
            current = a.user.roles;
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    RoleBoxes roles(form, current);
    roles.addTo(layout, tr("Roles of %1:").arg(job));
    if (ask(this, tr("Roles"), form))
        setRoles(job, roles.roles());
}

void AccountsDialog::askDepartment()
{
    const QString job = selectedJobNumber();
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    auto* department = new QComboBox(form);
    department->addItem(tr("(none)"), QString());
    for (const Department& d : m_departments)
        department->addItem(d.name, d.name);
    layout->addRow(tr("Department of %1:").arg(job), department);
    if (ask(this, tr("Department"), form))
        setDepartment(job, department->currentData().toString());
}

void AccountsDialog::askPassword()
{
    const QString job = selectedJobNumber();
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    QLineEdit* password = passwordEdit(form, QStringLiteral("password"));
    QLineEdit* again = passwordEdit(form, QStringLiteral("passwordAgain"));
    layout->addRow(tr("New password of %1:").arg(job), password);
    layout->addRow(tr("Again:"), again);
    if (!ask(this, tr("New password"), form))
        return;
    if (password->text() != again->text()) {
        report(Error::data(tr("The two passwords differ; type the same password twice."),
                           QStringLiteral("password")),
               {});
        return;
    }
    setPassword(job, password->text());
}

} // namespace threerings::ui
