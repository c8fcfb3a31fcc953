#pragma once

#include "core/auth/Actor.h"
#include "core/util/Result.h"
#include "core/words/PhraseList.h"
#include "core/words/PhraseMatcher.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

namespace threerings {

class Clock;
class Database;
class PhraseRepository;

// The banned-phrase guard of one console: one matcher built from the phrase list of the console's language,
// shared by every free-text field (the call's notes and caller card, the form views, practice), and the
// record of what was saved with a banned phrase in it, per call and per agent (phrase_hits). A phrase is
// recorded once per call and field, however often the text is saved. The composition root builds one per
// console and hands it to the views; when an admin saves a list (WordsService) the guard reads the lists
// again and says changed(), and every field it guards checks its text against the new matcher at once.
class PhraseGuard : public QObject
{
    Q_OBJECT

public:
    // The guard of `languages` (not empty): the first is the console's, whose list the phrase guide shows;
    // the matcher finds the banned phrases of them all (the command line checks zh_CN and en together).
    // The lists are read now: building the guard is the console's setup.
    PhraseGuard(Database& db, const Clock& clock, QStringList languages, QObject* parent = nullptr);
    ~PhraseGuard() override;

    // Reads the lists again (after an admin edited one); the matcher is replaced, not changed, and
    // changed() is said.
    Status reload();
    // How the last reading went: an unreadable list leaves the matcher as it was (empty at first).
    const Status& loaded() const { return m_loaded; }
    const QString& language() const { return m_languages.constFirst(); }
    const QStringList& languages() const { return m_languages; }
    // The list of the console's language.
    const PhraseList& list() const { return m_list; }
    std::shared_ptr<const PhraseMatcher> matcher() const { return m_matcher; }

    // Records the banned phrases in `text` (field e.g. "call.summary") that `writer` saved, not yet recorded
    // for this call and field. Returns how many were recorded now. The writer must be one who writes the
    // hotline's records (Action::WriteForms).
    Result<int> recordSaved(const Actor& writer, const QString& callId, const QString& field,
                            const QString& text);

Q_SIGNALS:
    // The lists were read again: matcher() and list() are the new ones.
    void changed();

private:
    std::unique_ptr<PhraseRepository> m_phrases;
    QStringList m_languages;
    PhraseList m_list;
    std::shared_ptr<const PhraseMatcher> m_matcher;
    QSet<QString> m_recorded;
    Status m_loaded;
};

} // namespace threerings
