#include "ui/forms/ComplaintView.h"

#include "core/auth/Permissions.h"
#include "core/model/PhoneNumber.h"
#include "core/util/Clock.h"
#include "core/util/HotlineTime.h"
#include "ui/forms/FormServices.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace threerings::ui {

namespace {
QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* t = new QPlainTextEdit(parent);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * lines + 14);
    return t;
}
} // namespace

ComplaintView::ComplaintView(FormServices& services, const Complaint& complaint, QWidget* parent)
    : FormPage(services, RecordKind::Complaint, parent), m_complaint(complaint)
{
    setObjectName(QStringLiteral("complaintView"));
    QFormLayout* reg = addSection(tr("Complaint"));
    QWidget* box = reg->parentWidget();
    m_unit = new QLineEdit(box);
    addField(reg, tr("Complaining &unit"), m_unit, QStringLiteral("complaining_unit"));
    m_person = new QLineEdit(box);
    addField(reg, tr("Contact &person"), m_person, QStringLiteral("contact_person"));
    m_contact = new QLineEdit(box);
    addField(reg, tr("&How to reach them"), m_contact, QStringLiteral("contact_method"));
    m_matter = textBox(box, 3);
    addField(reg, tr("&Matter"), m_matter, QStringLiteral("matter"));
    m_department = new QComboBox(box);
    m_department->addItem(tr("— the service department —"), QString());
    if (auto departments = services.accounts().departments(services.actor()))
        for (const Department& d : *departments)
            m_department->addItem(d.name, d.meta.id);
    addField(reg, tr("&Concerns"), m_department, QStringLiteral("department_id"));

    QFormLayout* rep = addSection(tr("Handling report"));
    box = rep->parentWidget();
    m_cause = new QLineEdit(box);
    addField(rep, tr("Ca&use"), m_cause, QStringLiteral("cause"));
    m_method = textBox(box, 3);
    addField(rep, tr("Handling &method"), m_method, QStringLiteral("handling_method"));
    guard(m_method);
    m_handler = new QLineEdit(box);
    addField(rep, tr("Handled b&y"), m_handler, QStringLiteral("handler"));
    m_penalty = textBox(box, 2);
    addField(rep, tr("Penalty &opinion"), m_penalty, QStringLiteral("penalty_opinion"));
    // Supervisors only: the row is not even shown to the others.
    if (!Permissions::allows(services.actor(), Action::ReadPenaltyOpinion)) {
        m_penalty->parentWidget()->hide();
        if (QWidget* label = rep->labelForField(m_penalty->parentWidget()))
            label->hide();
    }

    QFormLayout* cb = addSection(tr("Callback"));
    m_words = textBox(cb->parentWidget(), 2);
    addField(cb, tr("Customer's &words"), m_words, QStringLiteral("callback_result"));
    guard(m_words);

    const auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        buttonRow()->addWidget(b);
        return b;
    };
    m_register = button(tr("Register and forward"), QStringLiteral("registerComplaintButton"));
    connect(m_register, &QPushButton::clicked, this, [this] { (void)registerIt(); });
    m_report = button(tr("Save the report"), QStringLiteral("reportButton"));
    connect(m_report, &QPushButton::clicked, this, [this] { (void)report(); });
    m_satisfied = button(tr("Satisfied: close"), QStringLiteral("satisfiedButton"));
    connect(m_satisfied, &QPushButton::clicked, this, [this] { (void)callback(true); });
    // The complaint's callback, placed from here: the number on the button before it rings out.
    m_dial = new QPushButton(this);
    m_dial->setObjectName(QStringLiteral("dialComplaintButton"));
    connect(m_dial, &QPushButton::clicked, this, [this] { (void)dialCustomer(); });
    cb->addRow(QString(), m_dial);
    m_dissatisfied = button(tr("Dissatisfied: round again"), QStringLiteral("dissatisfiedButton"));
    connect(m_dissatisfied, &QPushButton::clicked, this, [this] { (void)callback(false); });
    display(m_complaint);
}

void ComplaintView::display(const Complaint& c)
{
    m_complaint = c;
    const bool stored = c.meta.isStored();
    const bool open = stored && c.state != ComplaintState::Closed;
    setHeader(stored ? tr("Complaint %1").arg(c.no) : tr("New complaint"),
              stored ? tr("%1 · round %2").arg(Complaint::stateLabel(c.state)).arg(c.round)
                     : tr("not saved yet"));
    QJsonObject values{{QStringLiteral("complaining_unit"), c.complainingUnit},
                       {QStringLiteral("contact_person"), c.contactPerson},
                       {QStringLiteral("contact_method"), PhoneNumber::display(c.contactMethod)},
                       {QStringLiteral("matter"), c.matter},
                       {QStringLiteral("department_id"), c.departmentId},
                       {QStringLiteral("callback_result"), QString()}};
    // The current round's report, when one was written.
    ComplaintReport current;
    if (stored)
        if (auto reports = services().reader().complaintReports(services().actor(), c.meta.id))
            for (const ComplaintReport& r : *reports)
                if (r.round == c.round)
                    current = r;
    values.insert(QStringLiteral("cause"), current.cause);
    values.insert(QStringLiteral("handling_method"), current.handlingMethod);
    values.insert(QStringLiteral("handler"), current.handler);
    values.insert(QStringLiteral("penalty_opinion"), current.penaltyOpinion);
    setFieldValues(values);
    if (open && c.callbackDueAt.isValid())
        setClock(tr("Call the customer back by %1; reply %2")
                     .arg(c.callbackDueAt.toTimeZone(hotlineTimeZone())
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          services().timeLeft(c.replyDueAt)),
                 c.callbackDueAt < services().clock().now());
    else
        setClock({}, false);
    for (QLineEdit* e : {m_unit, m_person, m_contact})
        e->setReadOnly(stored);
    m_matter->setReadOnly(stored);
    m_department->setEnabled(!stored);
    for (QWidget* w : std::initializer_list<QWidget*>{m_cause, m_method, m_handler, m_penalty, m_words})
        w->setEnabled(open);
    m_penalty->setReadOnly(!Permissions::allows(services().actor(), Action::WritePenaltyOpinion));
    m_register->setVisible(!stored);
    m_report->setVisible(open);
    m_satisfied->setVisible(open);
    m_dissatisfied->setVisible(open);
    const bool callable = open && services().canDial() && PhoneNumber::normalize(c.contactMethod).ok();
    m_dial->setVisible(callable);
    if (callable)
        m_dial->setText(tr("Ca&ll %1 back").arg(PhoneNumber::display(c.contactMethod)));
    markClean();
}

bool ComplaintView::dialCustomer()
{
    clearErrors();
    auto placed = services().dial(m_complaint.contactMethod, CallPurpose::ComplaintCallback,
                                  RecordKind::Complaint, m_complaint.meta.id);
    if (!placed) {
        showError(placed.error());
        return false;
    }
    Q_EMIT message(tr("Calling %1 back about complaint %2 …")
                       .arg(PhoneNumber::display(m_complaint.contactMethod), m_complaint.no));
    return true;
}

bool ComplaintView::apply(Result<Complaint> result, const QString& done)
{
    if (!result) {
        showError(result.error());
        return false;
    }
    const QString previous = m_complaint.meta.id;
    m_complaint = *result;
    if (previous.isEmpty())
        setDraftRecord(previous);
    afterSave(done.arg(m_complaint.no));
    display(m_complaint);
    return true;
}

bool ComplaintView::save()
{
    return m_complaint.meta.isStored() ? report() : registerIt();
}

bool ComplaintView::nextStep()
{
    if (!m_complaint.meta.isStored())
        return registerIt();
    return report();
}

bool ComplaintView::registerIt()
{
    Complaint c = m_complaint;
    c.complainingUnit = m_unit->text().trimmed();
    c.contactPerson = m_person->text().trimmed();
    c.contactMethod = m_contact->text().trimmed();
    c.matter = m_matter->toPlainText().trimmed();
    c.departmentId = m_department->currentData().toString();
    return apply(services().complaints().registerComplaint(services().actor(), c),
                 tr("Complaint %1 was registered and forwarded."));
}

bool ComplaintView::report()
{
    if (!confirmPhrases({m_method}))
        return false;
    ComplaintReport r;
    r.complaintId = m_complaint.meta.id;
    r.description = m_complaint.matter;
    r.contact = m_complaint.contactPerson;
    r.phone = m_complaint.contactMethod;
    r.cause = m_cause->text().trimmed();
    r.handlingMethod = m_method->toPlainText().trimmed();
    r.handler = m_handler->text().trimmed();
    if (Permissions::allows(services().actor(), Action::WritePenaltyOpinion))
        r.penaltyOpinion = m_penalty->toPlainText().trimmed();
    r.round = m_complaint.round;
    auto stored = services().complaints().report(services().actor(), m_complaint.meta.id, r);
    if (!stored) {
        showError(stored.error());
        return false;
    }
    afterSave(tr("The handling report of %1 was saved.").arg(m_complaint.no));
    if (auto c = services().reader().complaint(services().actor(), m_complaint.meta.id))
        display(*c);
    return true;
}

bool ComplaintView::callback(bool satisfied)
{
    if (!confirmPhrases({m_words}))
        return false;
    return apply(services().complaints().callback(services().actor(), m_complaint.meta.id, satisfied,
                                                  m_words->toPlainText().trimmed()),
                 satisfied ? tr("Complaint %1 was closed: the customer is satisfied.")
                           : tr("Complaint %1 goes round again."));
}

} // namespace threerings::ui
