#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/PhraseHitRecord.h"
#include "core/words/PhraseList.h"
#include "core/words/PhraseMatcher.h"

#include <QHash>

namespace threerings {

// The phrase lists (banned phrases with alternatives, standard phrases, complaint order) per language,
// and the banned phrases found in what agents wrote, per call and per agent. Admins edit the lists
// (Action::ManageScripts).
class PhraseRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PhraseRepository)

public:
    using Repository::Repository;

    // The list of `language` in the database; the shipped one when it holds none.
    Result<PhraseList> list(const QString& language) const;
    // Stores the list (replacing that language's). Validated first; a bad list changes nothing.
    Result<PhraseList> save(const Actor& actor, const PhraseList& list);
    Result<PhraseList> importJson(const Actor& actor, const QByteArray& json);
    Status seedDefaultsIfEmpty(const QString& actor);

    // Records the hits found in one text (`field`) of a call (callId may be empty).
    Status recordHits(const QString& callId, const QString& agentId, const QString& field,
                      const QList<PhraseHit>& hits, const QString& actor);
    Result<QList<PhraseHitRecord>> hitsForCall(const QString& callId) const;
    // Hits per agent (users.id) in [from, to).
    Result<QHash<QString, int>> hitCountsByAgent(const QDateTime& from, const QDateTime& to) const;

    static const RowShape& shape();
    static const RowShape& hitShape();

private:
    Result<PhraseList> store(const PhraseList& list, const QString& actor);
};

} // namespace threerings
