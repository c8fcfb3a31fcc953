#include "ui/forms/ServiceComplaintBar.h"

#include "core/auth/DepartmentService.h"
#include "core/auth/Permissions.h"
#include "ui/forms/FormServices.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace threerings::ui {

ServiceComplaintBar::ServiceComplaintBar(FormServices& services, QWidget* parent)
    : QFrame(parent), m_services(services)
{
    setObjectName(QStringLiteral("serviceComplaintBar"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto* ask = new QHBoxLayout;
    m_question = new QLabel(tr("This is a service-quality problem. Register it as a complaint too?"), this);
    m_question->setObjectName(QStringLiteral("serviceComplaintQuestion"));
    m_question->setWordWrap(true);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    ask->addWidget(m_question, 1);
    m_register = new QPushButton(tr("Re&gister as a complaint"), this);
    m_register->setObjectName(QStringLiteral("registerComplaintButton"));
    m_register->setToolTip(tr("The complaint goes to the user service department; the customer is called "
                              "back within 3 days."));
    m_decline = new QPushButton(tr("No&t a complaint"), this);
    m_decline->setObjectName(QStringLiteral("notComplaintButton"));
    ask->addWidget(m_register);
    ask->addWidget(m_decline);
    layout->addLayout(ask);
    m_question->setBuddy(m_register);
    m_registered = new QLabel(this);
    m_registered->setObjectName(QStringLiteral("serviceComplaintInfo"));
    m_registered->setWordWrap(true);
    m_registered->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_registered);
    connect(m_register, &QPushButton::clicked, this, [this] { (void)registerComplaint(); });
    connect(m_decline, &QPushButton::clicked, this, [this] { (void)decline(); });
    hide();
}

void ServiceComplaintBar::display(const ProblemForm& form)
{
    m_formId = form.meta.id;
    m_formNumber = form.number;
    const Actor actor = m_services.actor();
    const bool service = form.meta.isStored() && form.category == Category::Service;
    std::optional<Complaint> complaint;
    if (service && form.complaintAnswer == ComplaintAnswer::Registered) {
        if (auto c = m_services.reader().complaintOfForm(actor, form.meta.id); c && c->has_value())
            complaint = c->value();
    }
    const bool ask = service && form.complaintAnswer == ComplaintAnswer::NotAsked &&
                     Permissions::allows(actor, Action::WriteForms);
    m_question->setVisible(ask);
    m_register->setVisible(ask);
    m_decline->setVisible(ask);
    m_registered->setVisible(complaint.has_value());
    m_registered->setText(complaint ? whereItIs(*complaint) : QString());
    setVisible(ask || complaint.has_value());
}

bool ServiceComplaintBar::asking() const
{
    return !isHidden() && !m_register->isHidden();
}

void ServiceComplaintBar::focusQuestion()
{
    if (asking())
        m_register->setFocus(Qt::OtherFocusReason);
}

QString ServiceComplaintBar::whereItIs(const Complaint& c) const
{
    QString department;
    if (!c.departmentId.isEmpty()) {
        if (auto all = DepartmentService(m_services.db(), m_services.clock()).list(m_services.actor(), true))
            for (const Department& d : *all)
                if (d.meta.id == c.departmentId)
                    department = d.name;
    }
    const QString callback = c.callbackDueAt.isValid()
                                 ? c.callbackDueAt.toTimeZone(m_services.calendar().timeZone())
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : tr("within 3 days");
    if (department.isEmpty())
        return tr("Registered as complaint %1. It follows the complaint process: supervisors forward it to "
                  "the department concerned, the department replies in writing within 2 working days, and "
                  "the customer is called back by %2.")
            .arg(c.no, callback);
    return tr("Registered as complaint %1, forwarded to %2. It follows the complaint process: the department "
              "replies in writing within 2 working days, and the customer is called back by %3.")
        .arg(c.no, department, callback);
}

bool ServiceComplaintBar::registerComplaint()
{
    auto c = m_services.complaints().registerAsComplaint(m_services.actor(), m_formId);
    if (!c) {
        Q_EMIT failed(c.error());
        return false;
    }
    Q_EMIT message(tr("Problem form %1 is registered as complaint %2.").arg(m_formNumber, c->no));
    Q_EMIT answered();
    return true;
}

bool ServiceComplaintBar::decline()
{
    auto f = m_services.complaints().declineComplaint(m_services.actor(), m_formId);
    if (!f) {
        Q_EMIT failed(f.error());
        return false;
    }
    Q_EMIT message(tr("Problem form %1 is not registered as a complaint.").arg(m_formNumber));
    Q_EMIT answered();
    return true;
}

} // namespace threerings::ui
