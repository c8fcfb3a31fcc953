#include "ui/call/CustomerEditDialog.h"

#include "core/model/PhoneNumber.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace threerings::ui {

CustomerEditDialog::CustomerEditDialog(const Customer& customer, QWidget* parent)
    : QDialog(parent), m_customer(customer)
{
    setObjectName(QStringLiteral("customerEditDialog"));
    setWindowTitle(tr("Correct %1's details").arg(customer.name));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const auto line = [&](const QString& label, const char* name, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        form->addRow(label, edit);
        return edit;
    };
    const auto phone = [](const QString& e164) {
        return e164.isEmpty() ? QString() : PhoneNumber::display(e164);
    };
    m_name = line(tr("&Name"), "name", customer.name);
    m_unit = line(tr("&Unit"), "unit", customer.unit);
    m_mobile = line(tr("&Mobile"), "phoneMobile", phone(customer.phoneMobile));
    m_office = line(tr("O&ffice phone"), "phoneOffice", phone(customer.phoneOffice));
    m_other = line(tr("O&ther phone"), "phoneOther", phone(customer.phoneOther));
    m_address = line(tr("&Address"), "address", customer.address);
    m_notes = line(tr("No&tes"), "notes", customer.notes);
    m_doNotCall = new QCheckBox(tr("Asked not to be called: the console dials none of these numbers"), this);
    m_doNotCall->setObjectName(QStringLiteral("doNotCall"));
    m_doNotCall->setChecked(customer.doNotCall);
    form->addRow(QString(), m_doNotCall);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

Customer CustomerEditDialog::edited() const
{
    Customer c = m_customer;
    c.name = m_name->text().trimmed();
    c.unit = m_unit->text().trimmed();
    c.phoneMobile = m_mobile->text().trimmed();
    c.phoneOffice = m_office->text().trimmed();
    c.phoneOther = m_other->text().trimmed();
    c.address = m_address->text().trimmed();
    c.notes = m_notes->text().trimmed();
    c.doNotCall = m_doNotCall->isChecked();
    return c;
}

void CustomerEditDialog::showError(const QString& message)
{
    m_error->setText(message);
}

QLineEdit* CustomerEditDialog::field(const QString& objectName) const
{
    return findChild<QLineEdit*>(objectName);
}

} // namespace threerings::ui
