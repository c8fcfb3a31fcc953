#pragma once

#include "core/forms/CallbackWorkflow.h"
#include "core/words/ScriptStep.h"
#include "ui/forms/FormPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace threerings::ui {

// 用户回访统计表 (issue 6): today's callback list (CallbackWorkflow::listFor) with the callback script,
// and the record of one attempt: working, not working (reopens the form) or unreachable (tried again
// later: the list says when), the customer's own words, the evaluation, fault level, repairer, remarks.
class CallbackView : public FormPage
{
    Q_OBJECT

public:
    explicit CallbackView(FormServices& services, QWidget* parent = nullptr);

    QString recordId() const override;
    bool save() override;
    const QList<CallbackTask>& tasks() const { return m_tasks; }
    // Selects the callback with this id (from My work). False when it is not on today's list.
    bool select(const QString& callbackId);
    void reload();
    // Calls the selected customer back (the button, Ctrl+F5): refused with the reason when it is done, has
    // no phone or its retry time has not come, or a call is on the line. True when it rings out.
    bool dialSelected();
    // Ctrl+F5: the next callback that may be called now, selected and dialled.
    bool dialNext();
    // The agent heard the customer's answer: the branch's words show under the question and the outcome
    // follows it (working / not working). False when the script has no such branch.
    bool chooseBranch(const QString& key);

Q_SIGNALS:
    // "Not working" reopened this problem form: the console shows it to the agent.
    void formReopened(const QString& formId);

private:
    void onCurrentChanged(int row);
    void showScript(const CallbackRecord& r);

    void updateDialButton();

    QPushButton* m_dial = nullptr;
    QList<CallbackTask> m_tasks;
    int m_current = -1;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr; // what an empty list says
    QLabel* m_script = nullptr;
    QWidget* m_branchRow = nullptr; // one button per branch of the question step
    QLabel* m_branchWords = nullptr;
    QList<ScriptStep::Branch> m_branches;
    QVariantMap m_context; // the script's values for the selected callback
    QString m_scriptLanguage;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_words = nullptr;
    QLineEdit* m_evaluation = nullptr;
    QComboBox* m_faultLevel = nullptr;
    QLineEdit* m_repairer = nullptr;
    QPlainTextEdit* m_remarks = nullptr;
    QLineEdit* m_manager = nullptr;
};

} // namespace threerings::ui
