#pragma once

#include "core/util/Result.h"
#include "core/words/PhraseList.h"
#include "core/words/PhraseMatcher.h"

#include <QCoreApplication>
#include <QSet>
#include <memory>

namespace threerings {

class Clock;
class Database;
class PhraseRepository;

// The banned-phrase guard of one console: one matcher built from the phrase list of the console's language,
// shared by every free-text field, and the record of what was saved with a banned phrase in it, per call
// and per agent (phrase_hits). A phrase is recorded once per call and field, however often the text is
// saved.
class PhraseGuard
{
    Q_DECLARE_TR_FUNCTIONS(PhraseGuard)

public:
    PhraseGuard(Database& db, const Clock& clock, QString language);
    ~PhraseGuard();

    // Reads the list again (after an admin edited it); the matcher is replaced, not changed.
    Status reload();
    const QString& language() const { return m_language; }
    const PhraseList& list() const { return m_list; }
    std::shared_ptr<const PhraseMatcher> matcher() const { return m_matcher; }

    // Records the banned phrases in `text` (field e.g. "call.summary") not yet recorded for this call and
    // field. Returns how many were recorded now.
    Result<int> recordSaved(const QString& callId, const QString& agentId, const QString& field,
                            const QString& text);

private:
    std::unique_ptr<PhraseRepository> m_phrases;
    QString m_language;
    PhraseList m_list;
    std::shared_ptr<const PhraseMatcher> m_matcher;
    QSet<QString> m_recorded;
};

} // namespace threerings
