#pragma once

#include "core/model/Customer.h"

#include <QDialog>

class QLabel;
class QCheckBox;
class QLineEdit;

namespace threerings::ui {

// Corrects a caller's record during or after a call: every field, three phones. The window saves it (a core
// call that checks the agent's rights); a refusal or a bad field is shown here and the dialog stays open.
class CustomerEditDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerEditDialog(const Customer& customer, QWidget* parent = nullptr);

    // The record with the fields as typed.
    Customer edited() const;
    void showError(const QString& message);
    // For tests: the field named `objectName`.
    QLineEdit* field(const QString& objectName) const;

private:
    Customer m_customer;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_office = nullptr;
    QLineEdit* m_other = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_notes = nullptr;
    QCheckBox* m_doNotCall = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace threerings::ui
