#include "ui/forms/ChaseBar.h"

#include "core/forms/FormChases.h"
#include "core/model/PhoneNumber.h"
#include "core/util/Clock.h"
#include "ui/forms/FormServices.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace threerings::ui {

ChaseBar::ChaseBar(FormServices& services, QWidget* parent) : QFrame(parent), m_services(services)
{
    setObjectName(QStringLiteral("chaseBar"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("chaseHistory"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The history, and the call to whom the row names beside it (the row below has no room for it at 1366).
    auto* top = new QHBoxLayout;
    top->addWidget(m_history, 1);
    m_dial = new QPushButton(this);
    m_dial->setObjectName(QStringLiteral("chaseDial"));
    top->addWidget(m_dial, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto* row = new QHBoxLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("chaseTarget"));
    m_target->addItem(tr("Chased the handler"), chaseTargetText(ChaseTarget::Handler));
    m_target->addItem(tr("Told the caller"), chaseTargetText(ChaseTarget::Caller));
    row->addWidget(m_target);
    m_reached = new QCheckBox(tr("Reached"), this);
    m_reached->setObjectName(QStringLiteral("chaseReached"));
    row->addWidget(m_reached);
    m_promised = new QCheckBox(tr("Promised &by"), this);
    m_promised->setObjectName(QStringLiteral("chasePromised"));
    row->addWidget(m_promised);
    m_promisedAt = new QDateTimeEdit(this);
    m_promisedAt->setObjectName(QStringLiteral("chasePromisedAt"));
    // The editor holds the hotline's wall-clock time (Qt 6.4's editor knows no zone of its own): it is read
    // back in the calendar's zone, whatever the workstation's.
    m_promisedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_promisedAt->setCalendarPopup(true);
    row->addWidget(m_promisedAt);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("chaseNote"));
    m_note->setPlaceholderText(tr("What was said (no answer, line busy, promised…)"));
    row->addWidget(m_note, 1);
    m_record = new QPushButton(tr("Record the cha&se"), this);
    m_record->setObjectName(QStringLiteral("chaseRecord"));
    row->addWidget(m_record);
    layout->addLayout(row);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ChaseBar::updateRow);
    connect(m_reached, &QCheckBox::toggled, this, &ChaseBar::updateRow);
    connect(m_promised, &QCheckBox::toggled, this, &ChaseBar::updateRow);
    connect(m_note, &QLineEdit::returnPressed, this, [this] { (void)record(); });
    connect(m_record, &QPushButton::clicked, this, [this] { (void)record(); });
    connect(m_dial, &QPushButton::clicked, this, [this] { (void)dial(); });
    hide();
}

void ChaseBar::display(const ProblemForm& form, bool late, const QHash<QString, QString>& names)
{
    m_formId = form.meta.id;
    const Actor actor = m_services.actor();
    m_callerPhone = form.phoneMobile.isEmpty() ? form.phoneOffice : form.phoneMobile;
    m_handlerPhone.clear();
    if (auto departments = m_services.accounts().departments(actor))
        for (const Department& d : *departments)
            if (d.meta.id == form.handlerDepartmentId)
                m_handlerPhone = d.phone;
    auto chases = m_services.chases().ofForm(actor, form.meta.id);
    const bool hasChases = chases && !chases->isEmpty();
    const bool mayChase = late && FormChases::mayChase(actor, form).ok();
    setVisible(form.meta.isStored() && (mayChase || hasChases));
    QStringList lines;
    if (hasChases) {
        const QTimeZone zone = m_services.calendar().timeZone();
        for (const FormChase& c : *chases)
            lines << tr("%1 · %2 · %3%4")
                         .arg(c.chasedAt.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm")),
                              names.value(c.chasedBy, c.chasedBy), c.summary(zone),
                              c.note.isEmpty() ? QString() : tr(": %1").arg(c.note));
        m_history->setText(tr("Chased %n time(s):", nullptr, int(chases->size())) + QLatin1Char('\n') +
                           lines.join(QLatin1Char('\n')));
    } else {
        m_history->setText(tr("Late: chase the handler for the result, then tell the caller it is in hand, "
                              "with an apology. Record each attempt here."));
    }
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_target, m_reached, m_promised, m_promisedAt, m_note, m_record})
        w->setVisible(mayChase);
    const QDateTime soon =
        m_services.clock().now().toTimeZone(m_services.calendar().timeZone()).addSecs(2 * 3600);
    m_promisedAt->setDate(soon.date());
    m_promisedAt->setTime(soon.time());
    updateRow();
}

void ChaseBar::updateRow()
{
    const bool handler = chaseTargetFromText(m_target->currentData().toString()) == ChaseTarget::Handler;
    m_promised->setEnabled(handler && m_reached->isChecked());
    if (!m_promised->isEnabled())
        m_promised->setChecked(false);
    m_promisedAt->setEnabled(m_promised->isChecked());
    const QString number = numberToCall();
    m_dial->setText(number.isEmpty() ? tr("No number to call")
                                     : tr("Ca&ll %1").arg(PhoneNumber::display(number)));
    m_dial->setEnabled(!number.isEmpty() && m_services.canDial());
    m_dial->setVisible(m_record->isVisibleTo(this) && m_services.canDial());
}

QString ChaseBar::numberToCall() const
{
    const bool handler = chaseTargetFromText(m_target->currentData().toString()) == ChaseTarget::Handler;
    return handler ? m_handlerPhone : m_callerPhone;
}

bool ChaseBar::dial()
{
    auto placed = m_services.dial(numberToCall(), CallPurpose::Chase, RecordKind::ProblemForm, m_formId);
    if (!placed) {
        Q_EMIT failed(placed.error());
        return false;
    }
    Q_EMIT message(tr("Calling %1 … record what was said here when the call ends.")
                       .arg(PhoneNumber::display(numberToCall())));
    m_reached->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ChaseBar::record()
{
    FormChase chase;
    chase.target = chaseTargetFromText(m_target->currentData().toString());
    chase.reached = m_reached->isChecked();
    if (m_promised->isChecked())
        chase.promisedAt =
            QDateTime(m_promisedAt->date(), m_promisedAt->time(), m_services.calendar().timeZone());
    chase.note = m_note->text();
    auto stored = m_services.chases().record(m_services.actor(), m_formId, chase);
    if (!stored) {
        Q_EMIT failed(stored.error());
        if (stored.error().field == QLatin1String("note"))
            m_note->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_note->clear();
    m_reached->setChecked(false);
    Q_EMIT message(tr("Chase recorded: %1.").arg(stored->summary(m_services.calendar().timeZone())));
    return true;
}

} // namespace threerings::ui
