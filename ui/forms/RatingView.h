#pragma once

#include "core/model/Rating.h"
#include "ui/forms/FormPage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace threerings::ui {

// 绩效评定表 (issue 6): a customer's rating of an engineer, two scores from −50 to 200 and comments. A
// very low score becomes a complaint; the view says so.
class RatingView : public FormPage
{
    Q_OBJECT

public:
    RatingView(FormServices& services, const Rating& rating, QWidget* parent = nullptr);

    QString recordId() const override { return m_rating.meta.id; }
    const Rating& rating() const { return m_rating; }
    bool save() override;
    // The complaint the last save turned into ("" when none).
    const QString& complaintNo() const { return m_complaintNo; }

private:
    Rating m_rating;
    QString m_complaintNo;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_rater = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_engineer = nullptr;
    QSpinBox* m_technical = nullptr;
    QSpinBox* m_attitude = nullptr;
    QPlainTextEdit* m_comments = nullptr;
};

} // namespace threerings::ui
