#include "core/training/PracticeEvent.h"

#include <array>

namespace threerings {

namespace {

struct Name
{
    PracticeEvent::Kind kind;
    const char* name;
};

constexpr std::array<Name, 12> names{{
    {PracticeEvent::Kind::Ring, "ring"},
    {PracticeEvent::Kind::Answer, "answer"},
    {PracticeEvent::Kind::CallerLine, "caller_line"},
    {PracticeEvent::Kind::TraineeLine, "trainee_line"},
    {PracticeEvent::Kind::StepTicked, "step_ticked"},
    {PracticeEvent::Kind::StepSkipped, "step_skipped"},
    {PracticeEvent::Kind::PhraseHit, "phrase_hit"},
    {PracticeEvent::Kind::StandardPhrase, "standard_phrase"},
    {PracticeEvent::Kind::Trap, "trap"},
    {PracticeEvent::Kind::Form, "form"},
    {PracticeEvent::Kind::Remark, "remark"},
    {PracticeEvent::Kind::End, "end"},
}};

} // namespace

QString PracticeEvent::kindName(Kind kind)
{
    for (const Name& n : names) {
        if (n.kind == kind)
            return QLatin1String(n.name);
    }
    return {};
}

std::optional<PracticeEvent::Kind> PracticeEvent::kindFromName(const QString& name)
{
    for (const Name& n : names) {
        if (name == QLatin1String(n.name))
            return n.kind;
    }
    return std::nullopt;
}

QJsonObject PracticeEvent::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("at_ms"), atMs},
                       {QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("data"), data}};
}

} // namespace threerings
