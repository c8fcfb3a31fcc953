#pragma once

#include "core/model/Complaint.h"
#include "ui/forms/FormPage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace threerings::ui {

// 投诉统计表 and 投诉处理汇报单 (issue 6): a complaint registered (and forwarded to the department head),
// the handling report of the current round (cause, handling method, the penalty opinion only for those
// who may see it), and the callback: satisfied closes it, dissatisfied sends it round again.
class ComplaintView : public FormPage
{
    Q_OBJECT

public:
    ComplaintView(FormServices& services, const Complaint& complaint, QWidget* parent = nullptr);

    QString recordId() const override { return m_complaint.meta.id; }
    const Complaint& complaint() const { return m_complaint; }
    bool save() override;
    bool nextStep() override;
    bool registerIt();
    bool report();
    bool callback(bool satisfied);
    // Calls the complaining customer back (the complaint's callback, recorded on the call).
    bool dialCustomer();

private:
    void display(const Complaint& c);
    bool apply(Result<Complaint> result, const QString& done);

    Complaint m_complaint;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_person = nullptr;
    QLineEdit* m_contact = nullptr;
    QPlainTextEdit* m_matter = nullptr;
    QComboBox* m_department = nullptr;
    QLineEdit* m_cause = nullptr;
    QPlainTextEdit* m_method = nullptr;
    QPlainTextEdit* m_penalty = nullptr;
    QLineEdit* m_handler = nullptr;
    QPlainTextEdit* m_words = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_report = nullptr;
    QPushButton* m_satisfied = nullptr;
    QPushButton* m_dissatisfied = nullptr;
    QPushButton* m_dial = nullptr;
    QList<QWidget*> m_penaltyRow;
};

} // namespace threerings::ui
