#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace threerings {

// One thing that happened in a practice call, in order: what the scorer reads and the trainer watches.
// `atMs` counts from the start of the session (the first ring the trainee hears).
struct PracticeEvent
{
    enum class Kind
    {
        Ring,           // {ring}
        Answer,         // {ring}
        CallerLine,     // {text, step?, trap?}
        TraineeLine,    // {text}
        StepTicked,     // {step}
        StepSkipped,    // {step}
        PhraseHit,      // {phrase, matched, suggestion}: a banned phrase in the trainee's line
        StandardPhrase, // {phrase}: one of the ten standard phrases, first use only
        Trap,           // {id, kind}
        Form,           // {category, customer_name, phone, outlet, description, transfer}
        Remark,         // {text, by}: the trainer's
        End,            // {by, skipped_required: [...], required: [...]}
    };

    int seq = 0;
    qint64 atMs = 0;
    Kind kind = Kind::Ring;
    QJsonObject data;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    QJsonObject toJson() const;
};

} // namespace threerings
