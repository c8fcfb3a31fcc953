#pragma once

#include "core/model/ProblemForm.h"
#include "ui/forms/FormPage.h"

#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace threerings::ui {

class ChaseBar;
class ServiceComplaintBar;

// 800用户问题处理表 (issue 6): a problem form from acceptance to review. A new form comes filled from the
// call (ProblemFormWorkflow::fromCall); a stored one shows its number, state, signatures and clocks (the
// working time left, or the chase prompt in red when late). Only the steps the signed-in person may
// take next are offered; Ctrl+Enter takes the first of them. A service-quality form asks once whether it is
// a complaint too (ServiceComplaintBar), right after the agent saves it.
class ProblemFormView : public FormPage
{
    Q_OBJECT

public:
    ProblemFormView(FormServices& services, const ProblemForm& form, QWidget* parent = nullptr);

    QString recordId() const override { return m_form.meta.id; }
    const ProblemForm& form() const { return m_form; }
    bool save() override;
    bool nextStep() override;

    // The steps, as the buttons take them.
    bool accept();
    bool transfer();
    bool plan();
    bool resolve();
    bool review();
    bool reopen();
    // Reads the form again and redraws it (after a step, or when My work moved).
    void reload();

private:
    // The apology of the incoming script in the console's language (ScriptRepository), said when the
    // customer is called about a late form.
    QString apologyWords() const;
    void build();
    void display(const ProblemForm& form);
    void updateSteps();
    // The customer's devices offered for the form (and the form's own device, whoever's it is).
    void listDevices(const ProblemForm& f);
    QString who(const QString& userId) const;
    QString signedLine(const QString& userId, const QDateTime& at) const;
    bool apply(Result<ProblemForm> result, const QString& done);

    ProblemForm m_form;
    QHash<QString, QString> m_userNames;
    QLineEdit* m_customerName = nullptr;
    QLineEdit* m_phoneMobile = nullptr;
    QLineEdit* m_phoneOffice = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_outlet = nullptr;
    QComboBox* m_device = nullptr;
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_consultedPerson = nullptr;
    QDateEdit* m_consultedOn = nullptr;
    QPlainTextEdit* m_acceptance = nullptr;
    QLabel* m_accepted = nullptr;
    QComboBox* m_handler = nullptr;
    QComboBox* m_department = nullptr;
    QLabel* m_transferred = nullptr;
    QPlainTextEdit* m_plan = nullptr;
    QLabel* m_planned = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QLabel* m_resolved = nullptr;
    QPlainTextEdit* m_review = nullptr;
    QLabel* m_reviewed = nullptr;
    QLineEdit* m_reopenReason = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QPushButton* m_transferButton = nullptr;
    QPushButton* m_planButton = nullptr;
    QPushButton* m_resolveButton = nullptr;
    QPushButton* m_reviewButton = nullptr;
    QPushButton* m_reopenButton = nullptr;
    ChaseBar* m_chaseBar = nullptr;
    ServiceComplaintBar* m_complaintBar = nullptr;
};

} // namespace threerings::ui
