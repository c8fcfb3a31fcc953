#pragma once

#include "core/model/ProblemForm.h"
#include "core/util/Result.h"

#include <QFrame>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace threerings::ui {

class FormServices;

// The chase of a late problem form, at the top of the form (SPEC §3: "if late, the agent chases the
// handler and tells the caller it is in progress, with an apology"): the attempts so far, and one row to
// record the next — whom (handler or caller), reached or not, the time the handler promised, what was
// said. Shown while the form waits for a handler's result past its clock, to whoever may write forms and
// is not the handler; every attempt is a FormChases call, checked in core.
class ChaseBar : public QFrame
{
    Q_OBJECT

public:
    ChaseBar(FormServices& services, QWidget* parent = nullptr);

    // Shows the attempts and the row for `form` as stored; hides itself when there is nothing to chase.
    // `late` says whether the result clock has run out; `names` are the people's labels by user id.
    void display(const ProblemForm& form, bool late, const QHash<QString, QString>& names);
    // Records the attempt the row describes. True when core stored it.
    bool record();
    // Calls whom the row names (the handler's department, or the caller), recorded as a chase call of the
    // form.
    bool dial();

Q_SIGNALS:
    void message(const QString& text);
    void failed(const Error& error);

private:
    void updateRow();
    QString numberToCall() const;

    FormServices& m_services;
    QString m_formId;
    QLabel* m_history = nullptr;
    QComboBox* m_target = nullptr;
    QCheckBox* m_reached = nullptr;
    QCheckBox* m_promised = nullptr;
    QDateTimeEdit* m_promisedAt = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_dial = nullptr;
    QString m_handlerPhone; // the handler's department's phone
    QString m_callerPhone;
};

} // namespace threerings::ui
