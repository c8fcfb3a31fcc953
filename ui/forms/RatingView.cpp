#include "ui/forms/RatingView.h"

#include "ui/forms/FormServices.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace threerings::ui {

RatingView::RatingView(FormServices& services, const Rating& rating, QWidget* parent)
    : FormPage(services, RecordKind::Rating, parent), m_rating(rating)
{
    setObjectName(QStringLiteral("ratingView"));
    setHeader(tr("Customer rating"), tr("not saved yet"));
    QFormLayout* who = addSection(tr("Who rates"));
    QWidget* box = who->parentWidget();
    m_region = new QLineEdit(box);
    addField(who, tr("Re&gion"), m_region, QStringLiteral("region"));
    m_unit = new QLineEdit(box);
    addField(who, tr("&Unit"), m_unit, QStringLiteral("unit"));
    m_rater = new QLineEdit(box);
    addField(who, tr("&Rater"), m_rater, QStringLiteral("rater"));

    QFormLayout* work = addSection(tr("Scores"));
    box = work->parentWidget();
    m_type = new QComboBox(box);
    m_type->addItem(tr("Pre-sales"), QStringLiteral("presales"));
    m_type->addItem(tr("Implementation"), QStringLiteral("implementation"));
    m_type->addItem(tr("After-sales"), QStringLiteral("aftersales"));
    addField(work, tr("&Project"), m_type, QStringLiteral("project_type"));
    m_engineer = new QLineEdit(box);
    addField(work, tr("&Engineer"), m_engineer, QStringLiteral("engineer"));
    // Wider than the allowed −50…200 on purpose: the core names a score out of range and the fix.
    m_technical = new QSpinBox(box);
    m_technical->setRange(-999, 999);
    m_technical->setToolTip(tr("From %1 to %2").arg(Rating::MinScore).arg(Rating::MaxScore));
    addField(work, tr("&Technical score"), m_technical, QStringLiteral("technical_score"));
    m_attitude = new QSpinBox(box);
    m_attitude->setRange(-999, 999);
    m_attitude->setToolTip(m_technical->toolTip());
    addField(work, tr("&Attitude score"), m_attitude, QStringLiteral("attitude_score"));
    m_comments = new QPlainTextEdit(box);
    m_comments->setFixedHeight(m_comments->fontMetrics().lineSpacing() * 3 + 14);
    addField(work, tr("&Comments"), m_comments, QStringLiteral("comments"));

    auto* save = new QPushButton(tr("Save the rating"), this);
    save->setObjectName(QStringLiteral("saveRatingButton"));
    save->setDefault(true);
    save->setToolTip(tr("Ctrl+S"));
    connect(save, &QPushButton::clicked, this, [this] { (void)this->save(); });
    buttonRow()->addWidget(save);
    setFieldValues({{QStringLiteral("region"), rating.region},
                    {QStringLiteral("unit"), rating.unit},
                    {QStringLiteral("rater"), rating.rater},
                    {QStringLiteral("project_type"), rating.projectType},
                    {QStringLiteral("engineer"), rating.engineer},
                    {QStringLiteral("technical_score"), rating.technicalScore},
                    {QStringLiteral("attitude_score"), rating.attitudeScore},
                    {QStringLiteral("comments"), rating.comments}});
}

bool RatingView::save()
{
    Rating r = m_rating;
    r.region = m_region->text().trimmed();
    r.unit = m_unit->text().trimmed();
    r.rater = m_rater->text().trimmed();
    r.projectType = m_type->currentData().toString();
    r.engineer = m_engineer->text().trimmed();
    r.technicalScore = m_technical->value();
    r.attitudeScore = m_attitude->value();
    r.comments = m_comments->toPlainText().trimmed();
    auto stored = services().complaints().rate(services().actor(), r);
    if (!stored) {
        showError(stored.error());
        return false;
    }
    const QString previous = m_rating.meta.id;
    m_rating = stored->rating;
    setDraftRecord(previous);
    m_complaintNo = stored->complaint ? stored->complaint->no : QString();
    setHeader(tr("Customer rating"), tr("saved"));
    if (stored->complaint)
        setClock(tr("The score is very low: it became complaint %1, forwarded to the department.")
                     .arg(m_complaintNo),
                 true);
    afterSave(m_complaintNo.isEmpty()
                  ? tr("The rating was saved.")
                  : tr("The rating was saved and became complaint %1.").arg(m_complaintNo));
    return true;
}

} // namespace threerings::ui
