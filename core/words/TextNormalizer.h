#pragma once

#include <QList>
#include <QString>

namespace threerings {

// Folds the ways people write one phrase onto one form, so a banned phrase is found however it was
// typed: full-width letters and digits become half-width, Traditional characters Simplified (ICU's
// "Fullwidth-Halfwidth" and "Traditional-Simplified" transforms), Latin letters lower case, and
// spaces, punctuation and symbols drop out. Each kept UTF-16 unit remembers where it came from in
// the original text, so a hit is reported at the offsets the writer sees.
//
// The transforms run once per process over the CJK and full-width blocks and fill a table of one
// folded unit per BMP code unit; folding a text is then one table lookup per unit.
class TextNormalizer
{
public:
    struct Folded
    {
        QString text;         // the folded units
        QList<int> positions; // positions[i]: index in the original text of text[i]
    };

    // The folded form of `text`, with the position map.
    static Folded fold(const QString& text);
    // The folded form only (for phrases).
    static QString foldedText(const QString& text);
    // The folded unit of one UTF-16 unit, 0 when it drops out.
    static char16_t foldUnit(char16_t unit);
    // Whether the unit is part of a word written with spaces between words (Latin, digits …), so a
    // phrase of such words must not match inside a longer word.
    static bool isWordUnit(char16_t folded);
    // Builds the table now (it is built on first use otherwise); a GUI may call it on a worker.
    static void warmUp();
};

} // namespace threerings
