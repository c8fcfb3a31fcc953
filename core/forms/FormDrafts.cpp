#include "core/forms/FormDrafts.h"

#include "core/forms/DraftRepository.h"

namespace threerings {

FormDrafts::FormDrafts(Database& db, const Clock& clock)
    : m_repo(std::make_unique<DraftRepository>(db, clock))
{}

FormDrafts::~FormDrafts() = default;

Result<Draft> FormDrafts::save(const Actor& actor, RecordKind kind, const QString& recordId,
                               const QJsonObject& fields)
{
    return m_repo->save(actor, kind, recordId, fields);
}

Result<std::optional<Draft>> FormDrafts::find(const Actor& actor, RecordKind kind,
                                              const QString& recordId) const
{
    if (actor.isNobody())
        return std::optional<Draft>();
    return m_repo->find(actor, kind, recordId);
}

Result<QList<Draft>> FormDrafts::pendingFor(const Actor& actor) const
{
    if (actor.isNobody())
        return QList<Draft>{};
    return m_repo->pendingFor(actor);
}

Status FormDrafts::discard(const Actor& actor, RecordKind kind, const QString& recordId)
{
    if (actor.isNobody())
        return {};
    return m_repo->discard(actor, kind, recordId);
}

} // namespace threerings
