#include "ui/call/DialDialog.h"

#include "core/calls/CallSession.h"
#include "core/model/PhoneNumber.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace threerings::ui {

DialDialog::DialDialog(CallSession& calls, const QString& number, QWidget* parent)
    : QDialog(parent), m_calls(calls)
{
    setObjectName(QStringLiteral("dialDialog"));
    setWindowTitle(tr("Dial a number"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_number = new QLineEdit(number, this);
    m_number->setObjectName(QStringLiteral("dialNumber"));
    m_number->setPlaceholderText(tr("138 1234 5678, 0372-2661234 or +86 …"));
    form->addRow(tr("&Number"), m_number);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("dialPreview"));
    form->addRow(tr("Will dial"), m_preview);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* call = buttons->addButton(tr("&Dial"), QDialogButtonBox::AcceptRole);
    call->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)dial(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_number, &QLineEdit::textChanged, this, &DialDialog::preview);
    preview();
    resize(460, sizeHint().height());
}

void DialDialog::preview()
{
    m_error->clear();
    const QString typed = m_number->text().trimmed();
    if (typed.isEmpty()) {
        m_preview->setText(tr("— type or paste the number —"));
        return;
    }
    auto e164 = PhoneNumber::normalize(typed);
    m_preview->setText(e164 ? PhoneNumber::display(e164.value()) : tr("not a phone number yet"));
}

bool DialDialog::dial()
{
    auto placed = m_calls.dial(m_number->text(), {CallPurpose::Manual, QString(), QString()});
    if (!placed) {
        m_error->setText(placed.error().message);
        m_number->setFocus();
        return false;
    }
    accept();
    return true;
}

} // namespace threerings::ui
