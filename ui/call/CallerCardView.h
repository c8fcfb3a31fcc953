#pragma once

#include "core/model/CallerCard.h"
#include "core/words/PhraseMatcher.h"

#include <QFrame>
#include <memory>

class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace threerings::ui {

// The screen pop: who is calling, their outlet and devices, the last calls and forms, what is still owed
// to them with deadlines, and a clear flag for repeat repairs (SPEC §6). An unknown caller gets a short
// "new customer" entry instead; saving it is the window's call (CallSession::addCustomer). Its address and
// notes are checked for banned phrases before they are saved.
class CallerCardView : public QFrame
{
    Q_OBJECT

public:
    explicit CallerCardView(QWidget* parent = nullptr);

    void setCard(const std::optional<CallerCard>& card);
    // Shows why saving the new customer failed, beside the form.
    void showSaveError(const QString& message);
    // The banned-phrase guard of the new-customer notes: underlined as typed, confirmed before saving.
    void setPhraseMatcher(std::shared_ptr<const PhraseMatcher> matcher);

Q_SIGNALS:
    void newCustomerRequested(const threerings::Customer& customer);
    // The agent asked to correct the known caller's record.
    void correctCustomerRequested(const threerings::Customer& customer);
    // The agent chose the device the caller is calling about (empty: none of theirs).
    void deviceChosen(const QString& deviceId);

private:
    void saveNewCustomer();

    QLabel* m_title = nullptr;
    QLabel* m_repeat = nullptr;
    QLabel* m_details = nullptr;
    QWidget* m_newForm = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_address = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    std::shared_ptr<const PhraseMatcher> m_matcher;
    QLabel* m_saveError = nullptr;
    QPushButton* m_correct = nullptr;
    QComboBox* m_device = nullptr;
    QString m_number;
    std::optional<Customer> m_customer;
};

} // namespace threerings::ui
