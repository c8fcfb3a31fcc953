#pragma once

#include "core/words/PhraseList.h"

#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace threerings {

// Where a banned phrase was found: offsets [start, end) in UTF-16 units of the ORIGINAL text (what the
// agent typed, not the folded form), the phrase as listed and what to say instead.
struct PhraseHit
{
    int start = 0;
    int end = 0;
    QString phrase;
    QString suggestion;
    QString matched; // the text as written, original[start, end)
};

// Finds banned phrases however they were written (TextNormalizer: full-width, Traditional, spaces and
// punctuation inside, Latin case). All phrases and their variants go into one Aho–Corasick automaton
// over the folded text, so a check costs one pass over the note whatever the length of the list.
// A phrase of Latin words matches whole words only. Immutable once built; safe to share between threads.
class PhraseMatcher
{
public:
    PhraseMatcher();
    explicit PhraseMatcher(const QList<BannedPhrase>& phrases);
    ~PhraseMatcher();
    PhraseMatcher(PhraseMatcher&&) noexcept;
    PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

    // Hits in the order of the text. Where hits overlap, the longer one wins (「这是新产品,我也不清楚」
    // is reported once, not also as 「不清楚」).
    QList<PhraseHit> find(const QString& text) const;
    bool containsAny(const QString& text) const { return !find(text).isEmpty(); }
    int phraseCount() const;

private:
    struct Automaton;
    std::unique_ptr<Automaton> m_a;
};

} // namespace threerings
