#include "ui/forms/ConsultationView.h"

#include "core/model/PhoneNumber.h"
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
QString statusLabel(ConsultationStatus status)
{
    if (status == ConsultationStatus::Unfinished)
        return ConsultationView::tr("Unfinished: for the next shift");
    if (status == ConsultationStatus::AwaitingTest)
        return ConsultationView::tr("Awaiting the caller's test (24 h)");
    if (status == ConsultationStatus::Unknown)
        return ConsultationView::tr("In a state this version does not know");
    return ConsultationView::tr("Finished: advice given");
}
} // namespace

ConsultationView::ConsultationView(FormServices& services, const Consultation& consultation, QWidget* parent)
    : FormPage(services, RecordKind::Consultation, parent), m_entry(consultation)
{
    setObjectName(QStringLiteral("consultationView"));
    QFormLayout* caller = addSection(tr("Caller"));
    QWidget* box = caller->parentWidget();
    m_name = new QLineEdit(box);
    addField(caller, tr("&Name"), m_name, QStringLiteral("caller_name"));
    m_phone = new QLineEdit(box);
    addField(caller, tr("&Phone"), m_phone, QStringLiteral("caller_phone"));

    QFormLayout* talk = addSection(tr("Consultation"));
    box = talk->parentWidget();
    m_description = new QPlainTextEdit(box);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 14);
    addField(talk, tr("&Description"), m_description, QStringLiteral("description"));
    m_advice = new QPlainTextEdit(box);
    m_advice->setFixedHeight(m_advice->fontMetrics().lineSpacing() * 4 + 14);
    addField(talk, tr("&Advice given"), m_advice, QStringLiteral("advice"));
    guard(m_advice);
    m_status = new QComboBox(box);
    for (ConsultationStatus status : Consultation::statuses()) // the stored text as data, as drafts keep it
        m_status->addItem(statusLabel(status), consultationStatusText(status));
    addField(talk, tr("&Status"), m_status, QStringLiteral("status"));

    m_failed = new QPushButton(tr("The test failed"), this);
    m_failed->setObjectName(QStringLiteral("testFailedButton"));
    connect(m_failed, &QPushButton::clicked, this, [this] { (void)testFailed(); });
    buttonRow()->addWidget(m_failed);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveConsultationButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Ctrl+S"));
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    buttonRow()->addWidget(m_save);
    display(m_entry);
}

void ConsultationView::display(const Consultation& c)
{
    m_entry = c;
    const bool stored = c.meta.isStored();
    const bool open = !stored || c.status != ConsultationStatus::Finished;
    setHeader(stored ? tr("Consultation with %1").arg(c.callerName) : tr("New consultation"),
              stored ? statusLabel(c.status) : tr("not saved yet"));
    setFieldValues({{QStringLiteral("caller_name"), c.callerName},
                    {QStringLiteral("caller_phone"), PhoneNumber::display(c.callerPhone)},
                    {QStringLiteral("description"), c.description},
                    {QStringLiteral("advice"), c.advice},
                    {QStringLiteral("status"), consultationStatusText(c.status)}});
    if (c.status == ConsultationStatus::AwaitingTest && c.testDueAt.isValid())
        setClock(
            tr("The caller reports the test result by %1; without a report it closes as solved.")
                .arg(c.testDueAt.toTimeZone(hotlineTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            false);
    else if (c.closedAutomatically)
        setClock(tr("Closed as solved: no test report came within 24 hours."), false);
    else
        setClock({}, false);
    for (QLineEdit* e : {m_name, m_phone})
        e->setReadOnly(stored);
    m_description->setReadOnly(stored && c.status != ConsultationStatus::AwaitingTest);
    m_advice->setReadOnly(!open);
    m_status->setEnabled(!stored);
    m_save->setText(stored ? tr("Finish") : tr("Log the consultation"));
    m_save->setVisible(open);
    m_failed->setVisible(stored && c.status == ConsultationStatus::AwaitingTest);
    markClean();
}

bool ConsultationView::apply(Result<Consultation> result, const QString& done)
{
    if (!result) {
        showError(result.error());
        return false;
    }
    const QString previous = m_entry.meta.id;
    m_entry = *result;
    if (previous.isEmpty())
        setDraftRecord(previous);
    afterSave(done);
    display(m_entry);
    return true;
}

bool ConsultationView::save()
{
    if (!confirmPhrases({m_advice}))
        return false;
    if (m_entry.meta.isStored())
        return apply(services().consultations().finish(services().actor(), m_entry.meta.id,
                                                       m_advice->toPlainText().trimmed()),
                     tr("The consultation was finished."));
    Consultation c = m_entry;
    c.callerName = m_name->text().trimmed();
    c.callerPhone = m_phone->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.advice = m_advice->toPlainText().trimmed();
    c.status = consultationStatusFromText(m_status->currentData().toString());
    return apply(services().consultations().log(services().actor(), c), tr("The consultation was logged."));
}

bool ConsultationView::testFailed()
{
    return apply(services().consultations().testFailed(services().actor(), m_entry.meta.id,
                                                       m_description->toPlainText().trimmed()),
                 tr("The failed test went to the handover list."));
}

} // namespace threerings::ui
