#include "core/words/TextNormalizer.h"

#include <QChar>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <vector>

namespace threerings {

namespace {

// Blocks the ICU transforms change: CJK punctuation, Extension A, the unified ideographs,
// compatibility ideographs, and the half-width/full-width forms.
constexpr std::pair<char16_t, char16_t> kTransformedBlocks[] = {
    {0x3000, 0x303F}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0xFF00, 0xFFEF},
};

std::unique_ptr<icu::Transliterator> makeTransform()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Fullwidth-Halfwidth; Traditional-Simplified"), UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        return nullptr;
    return t;
}

// The transforms map nearly every character to one character; a chunk whose output has the input's
// length is taken position by position, any other chunk character by character.
void transformBlock(icu::Transliterator& t, char16_t from, char16_t to, std::vector<char16_t>& table)
{
    constexpr int kChunk = 512;
    for (int start = from; start <= to; start += kChunk) {
        const int end = std::min<int>(to, start + kChunk - 1);
        icu::UnicodeString chunk;
        for (int c = start; c <= end; ++c)
            chunk.append(char16_t(c));
        icu::UnicodeString out(chunk);
        t.transliterate(out);
        if (out.length() == chunk.length()) {
            for (int c = start; c <= end; ++c)
                table[size_t(c)] = out.charAt(c - start);
            continue;
        }
        for (int c = start; c <= end; ++c) {
            icu::UnicodeString one{char16_t(c)};
            t.transliterate(one);
            table[size_t(c)] = one.length() == 1 ? one.charAt(0) : char16_t(c);
        }
    }
}

std::vector<char16_t> buildTable()
{
    std::vector<char16_t> table(0x10000);
    for (size_t c = 0; c < table.size(); ++c)
        table[c] = char16_t(c);
    if (auto t = makeTransform()) {
        for (const auto& [from, to] : kTransformedBlocks)
            transformBlock(*t, from, to, table);
    }
    for (size_t c = 0; c < table.size(); ++c) {
        const QChar ch(table[c]);
        if (ch.isSurrogate()) {
            table[c] = char16_t(c); // halves of a pair pass through; characters past the BMP are rare here
            continue;
        }
        if (!ch.isLetterOrNumber()) {
            table[c] = 0;
            continue;
        }
        table[c] = ch.toCaseFolded().unicode();
    }
    return table;
}

const std::vector<char16_t>& table()
{
    static const std::vector<char16_t> t = buildTable();
    return t;
}

} // namespace

void TextNormalizer::warmUp()
{
    (void)table();
}

char16_t TextNormalizer::foldUnit(char16_t unit)
{
    return table()[unit];
}

bool TextNormalizer::isWordUnit(char16_t folded)
{
    return folded != 0 && folded < 0x2E80 && !QChar::isSurrogate(folded);
}

TextNormalizer::Folded TextNormalizer::fold(const QString& text)
{
    const auto& t = table();
    Folded f;
    f.text.resize(text.size());
    f.positions.resize(text.size());
    const char16_t* in = reinterpret_cast<const char16_t*>(text.utf16());
    QChar* out = f.text.data();
    int* pos = f.positions.data();
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = t[in[i]];
        if (u == 0)
            continue;
        out[n] = QChar(u);
        pos[n] = int(i);
        ++n;
    }
    f.text.truncate(n);
    f.positions.resize(n);
    return f;
}

QString TextNormalizer::foldedText(const QString& text)
{
    return fold(text).text;
}

} // namespace threerings
