#include "ui/training/TranscriptFormat.h"

#include "core/model/Category.h"
#include "core/training/Scenario.h"

#include <QJsonArray>

namespace threerings::ui {

QString TranscriptFormat::endedBy(const QString& by)
{
    if (by == QLatin1String("trainee"))
        return tr("<b>The trainee ended the call.</b>");
    if (by == QLatin1String("trainer"))
        return tr("<b>The trainer ended the call.</b>");
    if (by == QLatin1String("caller"))
        return tr("<b>The caller hung up.</b>");
    return tr("<b>The call ended.</b>");
}

QString TranscriptFormat::clock(qint64 atMs)
{
    const qint64 s = std::max<qint64>(0, atMs / 1000);
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString TranscriptFormat::html(const PracticeEvent& e, bool forTrainer)
{
    using K = PracticeEvent::Kind;
    const QString at = QStringLiteral("<span style='color:#888'>%1</span> ").arg(clock(e.atMs));
    auto text = [&e](const char* key) { return e.data.value(QLatin1String(key)).toString().toHtmlEscaped(); };
    switch (e.kind) {
    case K::Ring:
        return at + tr("<i>Ring %1</i>").arg(e.data.value(QStringLiteral("ring")).toInt());
    case K::Answer:
        return at + tr("<b>Answered at ring %1</b>").arg(e.data.value(QStringLiteral("ring")).toInt());
    case K::CallerLine:
        return at + tr("<b style='color:#1a5fb4'>Caller:</b> %1").arg(text("text"));
    case K::TraineeLine:
        return at + tr("<b style='color:#26a269'>Trainee:</b> %1").arg(text("text"));
    case K::StepTicked:
        return forTrainer ? at + tr("<span style='color:#26a269'>✔ step %1</span>").arg(text("step"))
                          : QString();
    case K::StepSkipped:
        return forTrainer ? at + tr("<span style='color:#c01c28'>✘ skipped %1</span>").arg(text("step"))
                          : QString();
    case K::PhraseHit:
        return at + tr("<span style='color:#c01c28'>Banned phrase “%1”: say “%2” instead.</span>")
                        .arg(text("phrase"), text("suggestion"));
    case K::StandardPhrase:
        return forTrainer
                   ? at + tr("<span style='color:#26a269'>standard phrase “%1”</span>").arg(text("phrase"))
                   : QString();
    case K::Trap:
        return forTrainer ? at + tr("<span style='color:#e66100'>Trap: %1 (%2)</span>")
                                     .arg(text("id"), ScenarioTrap::kindLabel(text("kind")))
                          : QString();
    case K::Form: {
        const auto category = CategoryNames::fromKey(text("category"));
        const QString what = category ? CategoryNames::label(*category) : tr("no category");
        return at + (e.data.value(QStringLiteral("transfer")).toBool()
                         ? tr("<i>Practice form saved and transferred (%1, %2).</i>")
                         : tr("<i>Practice form saved (%1, %2).</i>"))
                        .arg(what, text("customer_name"));
    }
    case K::Remark:
        return forTrainer ? at + tr("<span style='color:#613583'>Remark (%1): %2</span>")
                                     .arg(text("by"), text("text"))
                          : QString();
    case K::End:
        return at + endedBy(text("by"));
    }
    return {};
}

QString TranscriptFormat::areaLabel(const QString& area)
{
    if (area == QLatin1String("rings"))
        return tr("rings");
    if (area == QLatin1String("script"))
        return tr("script");
    if (area == QLatin1String("banned"))
        return tr("banned phrases");
    if (area == QLatin1String("form"))
        return tr("form");
    if (area == QLatin1String("time"))
        return tr("time");
    if (area == QLatin1String("trap"))
        return tr("trap");
    return area;
}

QString TranscriptFormat::scorecardHtml(const Scorecard& card)
{
    QString h = tr("<h3>%1</h3>").arg(card.scenarioTitle.toHtmlEscaped());
    h += tr("<p><b>%1 / %2 points (%3%)</b> — pass mark %4%: <b style='color:%5'>%6</b></p>")
             .arg(card.points)
             .arg(card.maxPoints)
             .arg(card.percent())
             .arg(card.passMark)
             .arg(card.passed ? QStringLiteral("#26a269") : QStringLiteral("#c01c28"),
                  card.passed ? tr("passed") : tr("not passed"));
    h += tr("<p>Answered at ring %1 · required steps %2, skipped %3 · banned phrases %4 · standard phrases "
            "%5 · "
            "form %6/%7 right · %8 s to resolve</p>")
             .arg(card.answeredAtRing)
             .arg(card.requiredSteps)
             .arg(card.skippedSteps.size())
             .arg(card.bannedUsed.size())
             .arg(card.standardUsed.size())
             .arg(card.formFieldsRight)
             .arg(card.formFields)
             .arg(card.secondsToResolve);
    if (card.losses.isEmpty()) {
        h += tr("<p>No points lost.</p>");
    } else {
        h += QStringLiteral("<ul>");
        for (const ScoreLoss& l : card.losses)
            h += tr("<li>−%1 (%2): %3</li>").arg(l.points).arg(areaLabel(l.area), l.reason.toHtmlEscaped());
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace threerings::ui
