#include "core/words/PhraseGuard.h"

#include "core/words/PhraseRepository.h"

namespace threerings {

PhraseGuard::PhraseGuard(Database& db, const Clock& clock, QString language)
    : m_phrases(std::make_unique<PhraseRepository>(db, clock)), m_language(std::move(language)),
      m_matcher(std::make_shared<const PhraseMatcher>())
{
    (void)reload(); // an unreadable list leaves an empty matcher; reload() says why when asked again
}

PhraseGuard::~PhraseGuard() = default;

Status PhraseGuard::reload()
{
    auto list = m_phrases->list(m_language);
    if (!list)
        return list.error();
    m_list = std::move(list).value();
    m_matcher = std::make_shared<const PhraseMatcher>(m_list.banned);
    return {};
}

Result<int> PhraseGuard::recordSaved(const QString& callId, const QString& agentId, const QString& field,
                                     const QString& text)
{
    QList<PhraseHit> fresh;
    QSet<QString> keys;
    for (const PhraseHit& hit : m_matcher->find(text)) {
        const QString key = callId + QLatin1Char('\x1f') + field + QLatin1Char('\x1f') + hit.phrase;
        if (m_recorded.contains(key) || keys.contains(key))
            continue;
        keys.insert(key);
        fresh.append(hit);
    }
    if (fresh.isEmpty())
        return 0;
    if (Status s = m_phrases->recordHits(callId, agentId, field, fresh, agentId); !s)
        return s.error();
    m_recorded.unite(keys);
    return int(fresh.size());
}

} // namespace threerings
