#pragma once

#include "core/model/Complaint.h"
#include "core/model/ProblemForm.h"
#include "core/util/Result.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace threerings::ui {

class FormServices;

// The question a service-quality problem form asks once (003 §4.5.6: a service-quality problem is a
// complaint): 「这是服务质量问题,是否同时登记为投诉?」 with Register / Not a complaint, in a bar at the
// top of the form rather than a dialog, so neither the form nor the call behind it is blocked. The bar
// stays until someone who may write forms answers; the answer is kept in core (the form's
// complaint_answer, the complaint's problem_form_id), so the form never asks again. A registered form
// shows instead where its complaint is and what happens to it next.
class ServiceComplaintBar : public QFrame
{
    Q_OBJECT

public:
    ServiceComplaintBar(FormServices& services, QWidget* parent = nullptr);

    // Shows the question, the registered complaint, or nothing, for `form` as stored.
    void display(const ProblemForm& form);
    // Whether the question is on screen now.
    bool asking() const;
    // Puts the keyboard on the question (after the agent saved the form).
    void focusQuestion();

    // The answers, as the buttons give them. True when core took the answer.
    bool registerComplaint();
    bool decline();

Q_SIGNALS:
    // The form changed (its answer); the view reads it again.
    void answered();
    // One line for the status bar.
    void message(const QString& text);
    // Core refused the answer: the view shows why.
    void failed(const Error& error);

private:
    QString whereItIs(const Complaint& complaint) const;

    FormServices& m_services;
    QString m_formId;
    QString m_formNumber;
    QLabel* m_question = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_decline = nullptr;
    QLabel* m_registered = nullptr;
};

} // namespace threerings::ui
