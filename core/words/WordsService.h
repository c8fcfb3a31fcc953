#pragma once

#include "core/auth/Actor.h"
#include "core/model/KbEntry.h"
#include "core/util/Result.h"
#include "core/words/PhraseList.h"
#include "core/words/Script.h"

#include <QCoreApplication>
#include <memory>

namespace threerings {

class Clock;
class Database;
class KnowledgeRepository;
class PhraseGuard;
class PhraseRepository;
class ScriptRepository;

// The words of the hotline as views and the command line reach them: the call scripts, the phrase lists
// and the knowledge base. Every call takes the person: everybody signed in reads them (Action::ReadWords),
// admins change them (ManageScripts). A saved phrase list reloads the console's one PhraseGuard, which tells
// every guarded field.
class WordsService
{
    Q_DECLARE_TR_FUNCTIONS(WordsService)

public:
    // The language of the console's scripts and phrase lists: zh_CN on a Chinese system, else en.
    static QString consoleLanguage();

    WordsService(Database& db, const Clock& clock, PhraseGuard& guard);
    ~WordsService();
    WordsService(const WordsService&) = delete;
    WordsService& operator=(const WordsService&) = delete;

    // The console's guard (its matcher and the list of the console's language).
    PhraseGuard& guard() const { return m_guard; }

    // The scripts of `language`: the database's, else the shipped ones.
    Result<QList<Script>> scripts(const Actor& actor, const QString& language) const;
    Result<Script> script(const Actor& actor, const QString& key, const QString& language) const;
    // A whole file of scripts, validated before anything is stored; an error names the line and field.
    Result<QList<Script>> importScripts(const Actor& actor, const QByteArray& json);

    // The phrase list of `language`: the database's, else the shipped one.
    Result<PhraseList> phraseList(const Actor& actor, const QString& language) const;
    // Stores a list (its language's), then the guard reads the lists again.
    Result<PhraseList> importPhrases(const Actor& actor, const QByteArray& json);
    Result<PhraseList> savePhrases(const Actor& actor, const PhraseList& list);

    // The knowledge base beside the call: every word of `query` occurs; `kind` empty = all kinds.
    Result<QList<KbEntry>> searchKnowledge(const Actor& actor, const QString& query, int limit = 20,
                                           const QString& kind = {}) const;

private:
    Status reloadGuard(const QString& language);

    PhraseGuard& m_guard;
    std::unique_ptr<ScriptRepository> m_scripts;
    std::unique_ptr<PhraseRepository> m_phrases;
    std::unique_ptr<KnowledgeRepository> m_knowledge;
};

} // namespace threerings
