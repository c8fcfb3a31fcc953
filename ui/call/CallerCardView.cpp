#include "ui/call/CallerCardView.h"

#include "core/calls/CallerNumber.h"
#include "core/model/FormState.h"
#include "core/util/HotlineTime.h"
#include "ui/call/PhraseHighlighter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

// The state of an open item, in the agent's words.
QString stateLabel(const CallerCard::OpenItem& item)
{
    if (const auto* form = std::get_if<FormState>(&item.state))
        return FormStateNames::label(*form);
    if (const auto* status = std::get_if<ConsultationStatus>(&item.state)) {
        if (*status != ConsultationStatus::Unknown)
            return Consultation::statusLabel(*status);
    } else if (const auto* callback = std::get_if<CallbackState>(&item.state)) {
        if (*callback == CallbackState::Due)
            return CallerCardView::tr("due");
        if (*callback == CallbackState::Retry)
            return CallerCardView::tr("to try again");
        if (*callback == CallbackState::Done)
            return CallerCardView::tr("done");
    }
    return FormStateNames::label(FormState::Unknown);
}

} // namespace

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(hotlineTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QString();
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

CallerCardView::CallerCardView(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("callerCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("QFrame#callerCard { background: palette(base); border: 1px solid palette(mid);"
                       " border-radius: 6px; }"
                       "QLabel#repeatRepairFlag { background: #b3261e; color: white; padding: 6px 10px;"
                       " border-radius: 4px; font-weight: bold; }"
                       "QScrollArea#callerDetailsScroll, QScrollArea#callerDetailsScroll > QWidget,"
                       " QLabel#callerDetails { background: transparent; }"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("callerName"));
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long organisation name wraps inside the card instead of widening the window.
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_repeat = new QLabel(this);
    m_repeat->setObjectName(QStringLiteral("repeatRepairFlag"));
    m_repeat->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("callerDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_newForm = new QWidget(this);
    m_newForm->setObjectName(QStringLiteral("newCustomerForm"));
    auto* form = new QFormLayout(m_newForm);
    m_name = new QLineEdit(m_newForm);
    m_name->setObjectName(QStringLiteral("newCustomerName"));
    m_name->setPlaceholderText(tr("Ask for the name; never guess it"));
    m_unit = new QLineEdit(m_newForm);
    m_unit->setObjectName(QStringLiteral("newCustomerUnit"));
    m_address = new QLineEdit(m_newForm);
    m_address->setObjectName(QStringLiteral("newCustomerAddress"));
    m_notes = new QPlainTextEdit(m_newForm);
    m_notes->setObjectName(QStringLiteral("newCustomerNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setFocusPolicy(Qt::ClickFocus);
    auto* save = new QPushButton(tr("Save as a new customer"), m_newForm);
    save->setObjectName(QStringLiteral("newCustomerSave"));
    save->setFocusPolicy(Qt::ClickFocus); // Space answers the call; a focused button must not take it
    m_saveError = new QLabel(m_newForm);
    m_saveError->setObjectName(QStringLiteral("newCustomerError"));
    m_saveError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_saveError->setWordWrap(true);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(QString(), save);
    form->addRow(QString(), m_saveError);
    connect(save, &QPushButton::clicked, this, &CallerCardView::saveNewCustomer);
    // Space and F2 answer the call: the fields take the keyboard only when the agent clicks into them.
    for (QLineEdit* edit : {m_name, m_unit, m_address})
        edit->setFocusPolicy(Qt::ClickFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->addWidget(m_title);
    layout->addWidget(m_repeat);
    // Which of the caller's devices the call is about: a problem form opened on the call names it.
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("deviceChoice"));
    m_device->setFocusPolicy(Qt::ClickFocus);
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_device->setMinimumContentsLength(12);
    m_device->setToolTip(
        tr("The device the caller is calling about; a problem form opened on this call names "
           "it, so its repairs are counted."));
    m_device->hide();
    connect(m_device, &QComboBox::activated, this,
            [this] { Q_EMIT deviceChosen(m_device->currentData().toString()); });
    layout->addWidget(m_device);
    // A long history scrolls inside the card instead of pushing the call's other panes off the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("callerDetailsScroll"));
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false); // the card's own background shows through
    layout->addWidget(scroll, 1);
    layout->addWidget(m_newForm);
    m_correct = new QPushButton(tr("Correct the caller's details…"), this);
    m_correct->setObjectName(QStringLiteral("correctCustomer"));
    m_correct->setFocusPolicy(Qt::ClickFocus); // Space answers the call
    m_correct->setToolTip(tr("A new address, another phone, a misspelt name: correct the record while you "
                             "talk, so the next call finds it right."));
    m_correct->hide();
    layout->addWidget(m_correct, 0, Qt::AlignLeft);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (m_customer)
            Q_EMIT correctCustomerRequested(*m_customer);
    });
    setCard(std::nullopt);
}

void CallerCardView::setCard(const std::optional<CallerCard>& card)
{
    m_saveError->clear();
    m_customer = card && card->known() ? card->customer : std::nullopt;
    m_correct->setVisible(m_customer.has_value());
    m_device->clear();
    m_device->setVisible(card && card->known() && !card->devices.isEmpty());
    if (card && card->known() && !card->devices.isEmpty()) {
        m_device->addItem(tr("— which device? —"), QString());
        for (const auto& d : card->devices)
            m_device->addItem(tr("Device: %1 (%2)").arg(d.device.model, d.device.serialNumber),
                              d.device.meta.id);
        m_device->setCurrentIndex(std::max(0, m_device->findData(card->chosenDeviceId)));
    }
    if (!card) {
        m_number.clear();
        m_title->clear();
        m_repeat->hide();
        m_details->clear();
        m_newForm->hide();
        return;
    }
    m_number = card->number;
    if (!card->known()) {
        m_title->setText(tr("Unknown caller — a new customer?"));
        m_repeat->hide();
        m_details->setText(tr("No customer has the number %1. Take their details while you talk.")
                               .arg(esc(formatCallerNumber(card->number))));
        m_name->clear();
        m_unit->clear();
        m_address->clear();
        m_notes->clear();
        m_newForm->show();
        return;
    }
    m_newForm->hide();
    const Customer& c = *card->customer;
    m_title->setText(c.unit.isEmpty() ? c.name : tr("%1 · %2").arg(c.name, c.unit));
    if (card->repeatRepair) {
        int worst = card->customerRepairs;
        for (const auto& d : card->devices)
            worst = std::max(worst, d.repairs);
        m_repeat->setText(tr("Repeat repair: %n repairs on record — handle with extra care and tell the "
                             "supervisor.",
                             nullptr, worst));
        m_repeat->show();
    } else {
        m_repeat->hide();
    }

    QString html;
    html += QStringLiteral("<p>");
    if (!card->outletName.isEmpty())
        html += tr("Outlet: <b>%1</b>").arg(esc(card->outletName)) + QStringLiteral("<br>");
    if (!c.address.isEmpty())
        html += tr("Address: %1").arg(esc(c.address)) + QStringLiteral("<br>");
    if (card->otherCustomers > 0)
        html += tr("%n more customer(s) share this number; confirm who is calling.", nullptr,
                   card->otherCustomers);
    if (c.doNotCall)
        html += QStringLiteral("<br><b>") +
                tr("Asked not to be called: the console dials none of their numbers.") +
                QStringLiteral("</b>");
    html += QStringLiteral("</p>");

    html += QStringLiteral("<p><b>") + tr("Devices") + QStringLiteral("</b><br>");
    if (card->devices.isEmpty())
        html += tr("none on record");
    for (const auto& d : card->devices)
        html += tr("%1 %2 (serial %3) — %n repair(s)", nullptr, d.repairs)
                    .arg(esc(d.device.product), esc(d.device.model), esc(d.device.serialNumber)) +
                QStringLiteral("<br>");
    html += QStringLiteral("</p>");

    html += QStringLiteral("<p><b>") + tr("Open items") + QStringLiteral("</b><br>");
    if (card->openItems.isEmpty())
        html += tr("nothing open");
    for (const auto& item : card->openItems) {
        QString what;
        switch (item.kind) {
        case RecordKind::ProblemForm:
            what = tr("Problem form %1").arg(esc(item.reference));
            break;
        case RecordKind::Consultation:
            what = tr("Consultation: %1").arg(esc(item.reference.left(60)));
            break;
        case RecordKind::Callback:
            what = tr("Callback for %1").arg(esc(item.reference));
            break;
        default: // the screen pop lists only the three above
            what = RecordKinds::name(item.kind) + QLatin1Char(' ') + esc(item.reference);
            break;
        }
        const QString state = esc(stateLabel(item));
        html += item.due.isValid() ? tr("%1 (%2) — due %3").arg(what, state, when(item.due))
                                   : tr("%1 (%2)").arg(what, state);
        html += QStringLiteral("<br>");
    }
    html += QStringLiteral("</p>");

    html += QStringLiteral("<p><b>") + tr("Last calls") + QStringLiteral("</b><br>");
    if (card->lastCalls.isEmpty())
        html += tr("first call");
    for (const Call& call : card->lastCalls)
        html +=
            (call.answered()
                 ? tr("%1 — answered at ring %2").arg(when(call.ringAt)).arg(call.ringsAtAnswer.value_or(0))
                 : tr("%1 — not answered").arg(when(call.ringAt))) +
            QStringLiteral("<br>");
    html += QStringLiteral("</p>");

    html += QStringLiteral("<p><b>") + tr("Last forms") + QStringLiteral("</b><br>");
    if (card->lastForms.isEmpty())
        html += tr("none");
    for (const ProblemForm& f : card->lastForms)
        html += tr("%1 · %2 · %3")
                    .arg(esc(f.number), FormStateNames::label(f.state), esc(f.description.left(50))) +
                QStringLiteral("<br>");
    html += QStringLiteral("</p>");
    m_details->setText(html);
}

void CallerCardView::showSaveError(const QString& message)
{
    m_saveError->setText(message);
}

void CallerCardView::setPhraseMatcher(std::shared_ptr<const PhraseMatcher> matcher)
{
    m_matcher = matcher;
    if (auto* existing = m_notes->findChild<PhraseHighlighter*>())
        existing->setMatcher(std::move(matcher));
    else
        PhraseHighlighter::attach(m_notes, std::move(matcher));
}

void CallerCardView::saveNewCustomer()
{
    Customer c;
    c.name = m_name->text().trimmed();
    c.unit = m_unit->text().trimmed();
    c.address = m_address->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    if (m_matcher &&
        !PhraseHighlighter::confirmSave(this, *m_matcher, c.address + QLatin1Char('\n') + c.notes))
        return;
    // Mainland mobiles are +861 and eleven digits; anything else is an office line.
    if (m_number.startsWith(QLatin1String("+861")) && m_number.size() == 14)
        c.phoneMobile = m_number;
    else
        c.phoneOffice = m_number;
    Q_EMIT newCustomerRequested(c);
}

} // namespace threerings::ui
