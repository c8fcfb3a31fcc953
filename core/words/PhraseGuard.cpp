#include "core/words/PhraseGuard.h"

#include "core/auth/Permissions.h"
#include "core/words/PhraseRepository.h"

namespace threerings {

PhraseGuard::PhraseGuard(Database& db, const Clock& clock, QStringList languages, QObject* parent)
    : QObject(parent), m_phrases(std::make_unique<PhraseRepository>(db, clock)),
      m_languages(languages.isEmpty() ? QStringList{QStringLiteral("en")} : std::move(languages)),
      m_matcher(std::make_shared<const PhraseMatcher>())
{
    m_list.language = language();
    (void)reload(); // an unreadable list leaves an empty matcher; loaded() says why
}

PhraseGuard::~PhraseGuard() = default;

Status PhraseGuard::reload()
{
    QList<PhraseList> lists;
    QList<BannedPhrase> banned;
    for (const QString& language : std::as_const(m_languages)) {
        auto list = m_phrases->list(language);
        if (!list) {
            m_loaded = list.error();
            return m_loaded;
        }
        banned += list->banned;
        lists.append(std::move(list).value());
    }
    m_list = lists.constFirst();
    m_matcher = std::make_shared<const PhraseMatcher>(banned);
    m_loaded = {};
    Q_EMIT changed();
    return {};
}

Result<int> PhraseGuard::recordSaved(const Actor& writer, const QString& callId, const QString& field,
                                     const QString& text)
{
    if (Status s = Permissions::require(writer, Action::WriteForms); !s)
        return s.error();
    const QString& agentId = writer.userId;
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
