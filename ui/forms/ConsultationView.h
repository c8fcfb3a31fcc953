#pragma once

#include "core/model/Consultation.h"
#include "ui/forms/FormPage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace threerings::ui {

// 用户咨询统计表 (issue 6): a call resolved on the phone, with the advice given, logged as finished,
// unfinished (for the next shift) or awaiting the caller's test; a stored entry is finished or sent on
// when the test failed.
class ConsultationView : public FormPage
{
    Q_OBJECT

public:
    ConsultationView(FormServices& services, const Consultation& consultation, QWidget* parent = nullptr);

    QString recordId() const override { return m_entry.meta.id; }
    const Consultation& consultation() const { return m_entry; }
    bool save() override;
    bool testFailed();

private:
    void display(const Consultation& c);
    bool apply(Result<Consultation> result, const QString& done);

    Consultation m_entry;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_advice = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_failed = nullptr;
};

} // namespace threerings::ui
