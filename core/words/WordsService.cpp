#include "core/words/WordsService.h"

#include "core/auth/Permissions.h"
#include "core/words/KnowledgeRepository.h"
#include "core/words/PhraseGuard.h"
#include "core/words/PhraseRepository.h"
#include "core/words/ScriptRepository.h"

#include <QLocale>

namespace threerings {

QString WordsService::consoleLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

WordsService::WordsService(Database& db, const Clock& clock, PhraseGuard& guard)
    : m_guard(guard), m_scripts(std::make_unique<ScriptRepository>(db, clock)),
      m_phrases(std::make_unique<PhraseRepository>(db, clock)),
      m_knowledge(std::make_unique<KnowledgeRepository>(db, clock))
{}

WordsService::~WordsService() = default;

Result<QList<Script>> WordsService::scripts(const Actor& actor, const QString& language) const
{
    if (Status s = Permissions::require(actor, Action::ReadWords); !s)
        return s.error();
    return m_scripts->list(language);
}

Result<Script> WordsService::script(const Actor& actor, const QString& key, const QString& language) const
{
    if (Status s = Permissions::require(actor, Action::ReadWords); !s)
        return s.error();
    return m_scripts->get(key, language);
}

Result<QList<Script>> WordsService::importScripts(const Actor& actor, const QByteArray& json)
{
    return m_scripts->importJson(actor, json);
}

Result<PhraseList> WordsService::phraseList(const Actor& actor, const QString& language) const
{
    if (Status s = Permissions::require(actor, Action::ReadWords); !s)
        return s.error();
    return m_phrases->list(language);
}

Result<PhraseList> WordsService::importPhrases(const Actor& actor, const QByteArray& json)
{
    auto stored = m_phrases->importJson(actor, json);
    if (!stored)
        return stored;
    if (Status s = reloadGuard(stored->language); !s)
        return s.error();
    return stored;
}

Result<PhraseList> WordsService::savePhrases(const Actor& actor, const PhraseList& list)
{
    auto stored = m_phrases->save(actor, list);
    if (!stored)
        return stored;
    if (Status s = reloadGuard(stored->language); !s)
        return s.error();
    return stored;
}

Result<QList<KbEntry>> WordsService::searchKnowledge(const Actor& actor, const QString& query, int limit,
                                                     const QString& kind) const
{
    if (Status s = Permissions::require(actor, Action::ReadWords); !s)
        return s.error();
    return m_knowledge->search(query, limit, kind);
}

Status WordsService::reloadGuard(const QString& language)
{
    // Only a list the guard checks against changes what the fields underline.
    if (!m_guard.languages().contains(language))
        return {};
    if (Status s = m_guard.reload(); !s)
        return Error{s.error().kind,
                     tr("The %1 phrase list was saved, but the console could not read it again (%2); "
                        "restart the console to check against it.")
                         .arg(language, s.error().message),
                     {}};
    return {};
}

} // namespace threerings
