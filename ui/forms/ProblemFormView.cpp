#include "ui/forms/ProblemFormView.h"

#include "core/auth/DepartmentService.h"
#include "core/auth/Permissions.h"
#include "core/calls/CallScript.h"
#include "core/customers/DeviceService.h"
#include "core/customers/OutletService.h"
#include "core/model/PhoneNumber.h"
#include "core/util/Clock.h"
#include "ui/forms/ChaseBar.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/ServiceComplaintBar.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace threerings::ui {

namespace {
QPlainTextEdit* textBox(QWidget* parent, int lines = 3)
{
    auto* t = new QPlainTextEdit(parent);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * lines + 14);
    return t;
}
} // namespace

ProblemFormView::ProblemFormView(FormServices& services, const ProblemForm& form, QWidget* parent)
    : FormPage(services, RecordKind::ProblemForm, parent), m_form(form)
{
    setObjectName(QStringLiteral("problemFormView"));
    if (auto users = services.accounts().staff(services.actor()))
        for (const User& u : *users)
            m_userNames.insert(u.meta.id, u.jobNumber + QLatin1Char(' ') + u.name);
    build();
    display(m_form);
}

void ProblemFormView::build()
{
    m_chaseBar = new ChaseBar(services(), this);
    addBanner(m_chaseBar);
    connect(m_chaseBar, &ChaseBar::message, this, [this](const QString& text) {
        Q_EMIT message(text);
        reload();
    });
    connect(m_chaseBar, &ChaseBar::failed, this, &FormPage::showError);
    m_complaintBar = new ServiceComplaintBar(services(), this);
    addBanner(m_complaintBar);
    connect(m_complaintBar, &ServiceComplaintBar::message, this, &FormPage::message);
    connect(m_complaintBar, &ServiceComplaintBar::failed, this, &FormPage::showError);
    connect(m_complaintBar, &ServiceComplaintBar::answered, this, [this] {
        clearErrors();
        reload();
        Q_EMIT saved();
    });
    QFormLayout* customer = addSection(tr("Customer"));
    QWidget* box = customer->parentWidget();
    m_customerName = new QLineEdit(box);
    addField(customer, tr("&Name"), m_customerName, QStringLiteral("customer_name"));
    m_phoneMobile = new QLineEdit(box);
    addField(customer, tr("&Mobile (MP)"), m_phoneMobile, QStringLiteral("phone_mobile"));
    m_phoneOffice = new QLineEdit(box);
    addField(customer, tr("&Office phone (O)"), m_phoneOffice, QStringLiteral("phone_office"));
    m_address = new QLineEdit(box);
    addField(customer, tr("A&ddress"), m_address, QStringLiteral("address"));
    m_outlet = new QComboBox(box);
    m_outlet->addItem(tr("— not known —"), QString());
    if (auto outlets = OutletService(services().db(), services().clock()).search(services().actor()))
        for (const Outlet& o : *outlets)
            m_outlet->addItem(tr("%1 %2").arg(o.code, o.name), o.meta.id);
    addField(customer, tr("O&utlet"), m_outlet, QStringLiteral("outlet_id"));
    m_device = new QComboBox(box);
    addField(customer, tr("De&vice"), m_device, QStringLiteral("device_id"));

    QFormLayout* event = addSection(tr("Event"));
    box = event->parentWidget();
    m_category = new QComboBox(box);
    m_category->addItem(tr("— choose the category —"), QString());
    for (const QString& key : CategoryNames::keys())
        m_category->addItem(CategoryNames::label(*CategoryNames::fromKey(key)), key);
    addField(event, tr("&Category"), m_category, QStringLiteral("category"));
    m_description = textBox(box, 4);
    addField(event, tr("D&escription"), m_description, QStringLiteral("description"));
    m_consultedPerson = new QLineEdit(box);
    addField(event, tr("Engineer or person &asked"), m_consultedPerson, QStringLiteral("consulted_person"));
    m_consultedOn = new QDateEdit(box);
    m_consultedOn->setMinimumDate(QDate(2000, 1, 1));
    m_consultedOn->setSpecialValueText(tr("—"));
    m_consultedOn->setCalendarPopup(true);
    addField(event, tr("Asked &on"), m_consultedOn, QStringLiteral("consulted_on"));

    QFormLayout* acceptance = addSection(tr("Acceptance"));
    box = acceptance->parentWidget();
    m_acceptance = textBox(box, 2);
    addField(acceptance, tr("Acceptance &record"), m_acceptance, QStringLiteral("acceptance_record"));
    m_accepted = addInfo(acceptance, tr("Accepted"), QStringLiteral("acceptedInfo"));

    QFormLayout* transfer = addSection(tr("Transfer"));
    box = transfer->parentWidget();
    m_handler = new QComboBox(box);
    m_handler->addItem(tr("— nobody in particular —"), QString());
    if (auto users = services().accounts().staff(services().actor()))
        for (const User& u : *users)
            if (u.active && (u.hasRole(Role::Handler) || u.hasRole(Role::Supervisor)))
                m_handler->addItem(u.jobNumber + QLatin1Char(' ') + u.name, u.meta.id);
    addField(transfer, tr("&Handler"), m_handler, QStringLiteral("handler_id"));
    m_department = new QComboBox(box);
    m_department->addItem(tr("— the handler's department —"), QString());
    // Retired departments stay on the forms that name them; they are offered no more.
    if (auto departments = DepartmentService(services().db(), services().clock()).list(services().actor()))
        for (const Department& d : *departments)
            m_department->addItem(d.name, d.meta.id);
    addField(transfer, tr("De&partment"), m_department, QStringLiteral("department_id"));
    m_transferred = addInfo(transfer, tr("Transferred"), QStringLiteral("transferredInfo"));

    QFormLayout* plan = addSection(tr("Handling plan"));
    m_plan = textBox(plan->parentWidget());
    addField(plan, tr("&Plan"), m_plan, QStringLiteral("plan"));
    guard(m_plan);
    m_planned = addInfo(plan, tr("Planned"), QStringLiteral("plannedInfo"));

    QFormLayout* result = addSection(tr("Result"));
    m_result = textBox(result->parentWidget());
    addField(result, tr("Res&ult"), m_result, QStringLiteral("result"));
    guard(m_result);
    m_resolved = addInfo(result, tr("Resolved"), QStringLiteral("resolvedInfo"));

    QFormLayout* review = addSection(tr("Review"));
    box = review->parentWidget();
    m_review = textBox(box, 2);
    addField(review, tr("Re&view"), m_review, QStringLiteral("review"));
    m_reviewed = addInfo(review, tr("Reviewed"), QStringLiteral("reviewedInfo"));
    m_reopenReason = new QLineEdit(box);
    m_reopenReason->setPlaceholderText(tr("Why the fault is still there"));
    addField(review, tr("Reopen reason"), m_reopenReason, QStringLiteral("reason"));

    const auto button = [this](const QString& text, const QString& name, bool (ProblemFormView::*step)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, step] { (void)(this->*step)(); });
        buttonRow()->addWidget(b);
        return b;
    };
    m_acceptButton = button(tr("Accept the form"), QStringLiteral("acceptButton"), &ProblemFormView::accept);
    m_transferButton = button(tr("Transfer"), QStringLiteral("transferButton"), &ProblemFormView::transfer);
    m_planButton = button(tr("Save the plan"), QStringLiteral("planButton"), &ProblemFormView::plan);
    m_resolveButton =
        button(tr("Record the result"), QStringLiteral("resolveButton"), &ProblemFormView::resolve);
    m_reviewButton = button(tr("Review"), QStringLiteral("reviewButton"), &ProblemFormView::review);
    m_reopenButton = button(tr("Reopen"), QStringLiteral("reopenButton"), &ProblemFormView::reopen);
}

QString ProblemFormView::who(const QString& userId) const
{
    return m_userNames.value(userId, userId);
}

QString ProblemFormView::apologyWords() const
{
    auto script =
        services().words().script(services().actor(), CallScript::incomingKey, services().language());
    if (script)
        if (const ScriptStep* step = script->step(QStringLiteral("apology")); step && !step->words.isEmpty())
            return step->words;
    return tr("Sorry to have kept you waiting.");
}

QString ProblemFormView::signedLine(const QString& userId, const QDateTime& at) const
{
    if (!at.isValid())
        return tr("—");
    const QString when =
        at.toTimeZone(services().calendar().timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return userId.isEmpty() ? when : tr("%1 · %2").arg(who(userId), when);
}

void ProblemFormView::display(const ProblemForm& f)
{
    m_form = f;
    const bool stored = f.meta.isStored();
    listDevices(f);
    if (!f.outletId.isEmpty() && m_outlet->findData(f.outletId) < 0)
        m_outlet->addItem(f.outletId, f.outletId); // a retired outlet stays on the forms that name it
    setHeader(stored ? tr("Problem form %1").arg(f.number) : tr("New problem form"),
              stored ? FormStateNames::label(f.state) : tr("not saved yet"));
    const QJsonObject values{
        {QStringLiteral("customer_name"), f.customerName},
        {QStringLiteral("phone_mobile"), PhoneNumber::display(f.phoneMobile)},
        {QStringLiteral("phone_office"), PhoneNumber::display(f.phoneOffice)},
        {QStringLiteral("address"), f.address},
        {QStringLiteral("outlet_id"), f.outletId},
        {QStringLiteral("device_id"), f.deviceId},
        {QStringLiteral("category"), f.category ? CategoryNames::key(*f.category) : QString()},
        {QStringLiteral("description"), f.description},
        {QStringLiteral("consulted_person"), f.consultedPerson},
        {QStringLiteral("consulted_on"),
         (f.consultedOn.isValid() ? f.consultedOn : m_consultedOn->minimumDate()).toString(Qt::ISODate)},
        {QStringLiteral("acceptance_record"), f.acceptanceRecord},
        {QStringLiteral("handler_id"), f.handlerId},
        {QStringLiteral("department_id"), f.handlerDepartmentId},
        {QStringLiteral("plan"), f.plan},
        {QStringLiteral("result"), f.result},
        {QStringLiteral("review"), f.review},
        {QStringLiteral("reason"), QString()},
    };
    setFieldValues(values);
    // An accepted form not yet transferred goes, unless the agent chooses otherwise, to the department its
    // category routes to (003 §4.5.6).
    if (stored && f.state == FormState::Accepted && f.handlerDepartmentId.isEmpty() && f.category) {
        auto routed =
            DepartmentService(services().db(), services().clock()).routeFor(services().actor(), *f.category);
        if (routed && routed->has_value())
            m_department->setCurrentIndex(std::max(0, m_department->findData(routed->value().meta.id)));
    }
    m_accepted->setText(signedLine(f.agentId, f.acceptedAt));
    QString transferred = signedLine(f.transferredBy, f.transferredAt);
    if (f.transferredAt.isValid())
        transferred +=
            tr(" → %1").arg(f.handlerId.isEmpty() ? m_department->currentText() : who(f.handlerId));
    m_transferred->setText(transferred);
    m_planned->setText(signedLine(f.planBy, f.planAt));
    m_resolved->setText(signedLine(f.resultBy, f.resultAt));
    m_reviewed->setText(signedLine(f.reviewedBy, f.reviewedAt));

    // The clock that runs now: the transfer, then the result.
    QString clock;
    QString apology;
    bool late = false;
    if (stored) {
        if (auto l = services().forms().lateness(f, services().clock().now())) {
            clock = l->prompt;
            late = true;
            apology = apologyWords();
        } else if (f.state == FormState::Accepted)
            clock = tr("Transfer %1").arg(services().timeLeft(f.transferDueAt));
        else if (f.waitsForResult())
            clock = tr("Result %1").arg(services().timeLeft(f.resultDueAt));
        if (f.reopenCount > 0)
            clock += tr(" (reopened %n time(s))", nullptr, f.reopenCount);
    }
    setClock(clock, late);
    setApology(apology);
    m_chaseBar->display(f, late, m_userNames);
    m_complaintBar->display(f);
    updateSteps();
    markClean();
}

void ProblemFormView::listDevices(const ProblemForm& f)
{
    m_device->clear();
    m_device->addItem(tr("— no device —"), QString());
    if (!f.customerId.isEmpty())
        if (auto devices = DeviceService(services().db(), services().clock())
                               .forCustomer(services().actor(), f.customerId))
            for (const Device& d : *devices)
                m_device->addItem(tr("%1 (%2)").arg(d.model, d.serialNumber), d.meta.id);
    if (!f.deviceId.isEmpty() && m_device->findData(f.deviceId) < 0)
        m_device->addItem(f.deviceId, f.deviceId);
}

void ProblemFormView::updateSteps()
{
    const Actor actor = services().actor();
    const bool stored = m_form.meta.isStored();
    const FormState s = m_form.state;
    const bool write = Permissions::allows(actor, Action::WriteForms);
    const bool handle = Permissions::allows(actor, Action::HandleForms);
    const bool review = Permissions::allows(actor, Action::ReviewProblemForm);
    const bool isNew = !stored && write;
    const bool canTransfer = stored && s == FormState::Accepted && write;
    const bool canPlan = stored && handle &&
                         (s == FormState::Transferred || s == FormState::Reopened || s == FormState::Planned);
    const bool canResolve = stored && handle && s == FormState::Planned;
    const bool canReview = stored && review && s == FormState::Resolved;
    const bool canReopen = stored && write && (s == FormState::Resolved || s == FormState::Reviewed);

    for (QWidget* w : std::initializer_list<QWidget*>{m_customerName, m_phoneMobile, m_phoneOffice, m_address,
                                                      m_outlet, m_device, m_category, m_consultedOn})
        w->setEnabled(isNew);
    for (QLineEdit* e : {m_customerName, m_phoneMobile, m_phoneOffice, m_address, m_consultedPerson})
        e->setReadOnly(!isNew);
    m_description->setReadOnly(!isNew);
    m_acceptance->setReadOnly(!isNew);
    m_handler->setEnabled(canTransfer);
    m_department->setEnabled(canTransfer);
    m_plan->setReadOnly(!canPlan);
    m_result->setReadOnly(!canResolve);
    m_review->setReadOnly(!canReview);
    m_reopenReason->setEnabled(canReopen);

    m_acceptButton->setVisible(isNew);
    m_transferButton->setVisible(canTransfer);
    m_planButton->setVisible(canPlan);
    m_resolveButton->setVisible(canResolve);
    m_reviewButton->setVisible(canReview);
    m_reopenButton->setVisible(canReopen);
    // The next step is the default button: Ctrl+Enter takes it.
    QPushButton* next = nullptr;
    for (QPushButton* b : {m_acceptButton, m_transferButton, m_resolveButton, m_planButton, m_reviewButton})
        if (!b->isHidden() && !next)
            next = b;
    for (QPushButton* b :
         {m_acceptButton, m_transferButton, m_planButton, m_resolveButton, m_reviewButton, m_reopenButton}) {
        b->setDefault(b == next);
        b->setToolTip(b == next ? tr("Ctrl+Enter") : QString());
    }
}

bool ProblemFormView::save()
{
    return nextStep();
}

bool ProblemFormView::nextStep()
{
    if (!m_acceptButton->isHidden())
        return accept();
    if (!m_transferButton->isHidden())
        return transfer();
    if (!m_resolveButton->isHidden() && !m_result->toPlainText().trimmed().isEmpty())
        return resolve();
    if (!m_planButton->isHidden())
        return plan();
    if (!m_reviewButton->isHidden())
        return review();
    Q_EMIT message(tr("There is no next step for you on this form."));
    return false;
}

bool ProblemFormView::apply(Result<ProblemForm> result, const QString& done)
{
    if (!result) {
        showError(result.error());
        return false;
    }
    const QString previous = m_form.meta.id;
    m_form = *result;
    if (previous.isEmpty())
        setDraftRecord(previous);
    afterSave(done.arg(m_form.number));
    display(m_form);
    return true;
}

bool ProblemFormView::accept()
{
    if (!confirmPhrases({m_description}))
        return false;
    ProblemForm f = m_form;
    f.customerName = m_customerName->text().trimmed();
    f.phoneMobile = m_phoneMobile->text().trimmed();
    f.phoneOffice = m_phoneOffice->text().trimmed();
    f.address = m_address->text().trimmed();
    f.outletId = m_outlet->currentData().toString();
    f.deviceId = m_device->currentData().toString();
    f.category = CategoryNames::fromKey(m_category->currentData().toString());
    f.description = m_description->toPlainText().trimmed();
    f.consultedPerson = m_consultedPerson->text().trimmed();
    f.consultedOn = m_consultedOn->date() == m_consultedOn->minimumDate() ? QDate() : m_consultedOn->date();
    f.acceptanceRecord = m_acceptance->toPlainText().trimmed();
    if (!apply(services().forms().accept(services().actor(), f), tr("Problem form %1 was accepted.")))
        return false;
    // A service-quality problem is a complaint too, if the agent says so (003 §4.5.6): ask now.
    m_complaintBar->focusQuestion();
    return true;
}

bool ProblemFormView::transfer()
{
    return apply(services().forms().transfer(services().actor(), m_form.meta.id,
                                             m_handler->currentData().toString(),
                                             m_department->currentData().toString()),
                 tr("Problem form %1 was transferred."));
}

bool ProblemFormView::plan()
{
    if (!confirmPhrases({m_plan}))
        return false;
    return apply(services().forms().plan(services().actor(), m_form.meta.id, m_plan->toPlainText().trimmed()),
                 tr("The plan of %1 was saved."));
}

bool ProblemFormView::resolve()
{
    if (!confirmPhrases({m_result}))
        return false;
    return apply(
        services().forms().resolve(services().actor(), m_form.meta.id, m_result->toPlainText().trimmed()),
        tr("Problem form %1 was resolved."));
}

bool ProblemFormView::review()
{
    return apply(
        services().forms().review(services().actor(), m_form.meta.id, m_review->toPlainText().trimmed()),
        tr("Problem form %1 was reviewed."));
}

bool ProblemFormView::reopen()
{
    return apply(
        services().forms().reopen(services().actor(), m_form.meta.id, m_reopenReason->text().trimmed()),
        tr("Problem form %1 was reopened."));
}

void ProblemFormView::reload()
{
    if (!m_form.meta.isStored())
        return;
    auto f = services().reader().problemForm(services().actor(), m_form.meta.id);
    if (f)
        display(*f);
}

} // namespace threerings::ui
