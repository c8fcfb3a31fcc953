#include "core/words/PhraseMatcher.h"

#include "core/words/TextNormalizer.h"

#include <algorithm>
#include <map>
#include <queue>

namespace threerings {

// Nodes live in flat arrays. The root's transitions are a dense table over all UTF-16 units (most
// text starts no phrase, so the root is where the time goes); other nodes keep sorted edge runs.
struct PhraseMatcher::Automaton
{
    struct Pattern
    {
        int phrase = 0; // index into phrases
        int length = 0; // folded units
        bool wordStart = false;
        bool wordEnd = false;
    };
    struct Edge
    {
        char16_t unit;
        int child;
    };

    QList<BannedPhrase> phrases;
    std::vector<Pattern> patterns;
    std::vector<int> rootNext;  // 0x10000 entries, 0 = stay at the root
    std::vector<int> edgeBegin; // per node: its edges are edges[edgeBegin[n], edgeBegin[n + 1])
    std::vector<Edge> edges;
    std::vector<int> fail;
    std::vector<int> output;   // pattern ending at the node, -1 when none
    std::vector<int> dictLink; // nearest node along the failure chain with an output, 0 when none

    int step(int node, char16_t unit) const
    {
        while (true) {
            if (node == 0)
                return rootNext[unit];
            const auto b = edges.begin() + edgeBegin[size_t(node)];
            const auto e = edges.begin() + edgeBegin[size_t(node) + 1];
            const auto it =
                std::lower_bound(b, e, unit, [](const Edge& x, char16_t u) { return x.unit < u; });
            if (it != e && it->unit == unit)
                return it->child;
            node = fail[size_t(node)];
        }
    }

    void build(const std::vector<QString>& folded)
    {
        // The trie, with ordered children so the flattened edges come out sorted.
        std::vector<std::map<char16_t, int>> children(1);
        output.assign(1, -1);
        for (size_t p = 0; p < folded.size(); ++p) {
            int node = 0;
            for (QChar ch : folded[p]) {
                auto& kids = children[size_t(node)];
                auto it = kids.find(ch.unicode());
                if (it == kids.end()) {
                    const int child = int(children.size());
                    kids.emplace(ch.unicode(), child);
                    children.emplace_back();
                    output.push_back(-1);
                    node = child;
                } else {
                    node = it->second;
                }
            }
            if (output[size_t(node)] < 0)
                output[size_t(node)] = int(p); // the same folded form listed twice: the first wins
        }
        const size_t n = children.size();
        edgeBegin.assign(n + 1, 0);
        edges.clear();
        for (size_t i = 0; i < n; ++i) {
            edgeBegin[i] = int(edges.size());
            if (i == 0)
                continue; // the root's edges are the dense table
            for (const auto& [unit, child] : children[i])
                edges.push_back({unit, child});
        }
        edgeBegin[n] = int(edges.size());
        rootNext.assign(0x10000, 0);
        for (const auto& [unit, child] : children[0])
            rootNext[unit] = child;

        fail.assign(n, 0);
        dictLink.assign(n, 0);
        std::queue<int> queue;
        for (const auto& [unit, child] : children[0])
            queue.push(child);
        while (!queue.empty()) {
            const int node = queue.front();
            queue.pop();
            for (const auto& [unit, child] : children[size_t(node)]) {
                const int f = node == 0 ? 0 : step(fail[size_t(node)], unit);
                fail[size_t(child)] = f == child ? 0 : f;
                const int fc = fail[size_t(child)];
                dictLink[size_t(child)] = output[size_t(fc)] >= 0 ? fc : dictLink[size_t(fc)];
                queue.push(child);
            }
        }
    }
};

PhraseMatcher::PhraseMatcher() : PhraseMatcher(QList<BannedPhrase>{}) {}

PhraseMatcher::PhraseMatcher(const QList<BannedPhrase>& phrases) : m_a(std::make_unique<Automaton>())
{
    m_a->phrases = phrases;
    std::vector<QString> folded;
    for (int i = 0; i < phrases.size(); ++i) {
        QStringList forms{phrases[i].phrase};
        forms += phrases[i].variants;
        for (const QString& form : forms) {
            const QString f = TextNormalizer::foldedText(form);
            if (f.isEmpty())
                continue;
            folded.push_back(f);
            m_a->patterns.push_back({i, int(f.size()), TextNormalizer::isWordUnit(f.front().unicode()),
                                     TextNormalizer::isWordUnit(f.back().unicode())});
        }
    }
    m_a->build(folded);
}

PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

int PhraseMatcher::phraseCount() const
{
    return int(m_a->phrases.size());
}

QList<PhraseHit> PhraseMatcher::find(const QString& text) const
{
    QList<PhraseHit> hits;
    if (m_a->patterns.empty() || text.isEmpty())
        return hits;
    const TextNormalizer::Folded f = TextNormalizer::fold(text);
    const char16_t* units = reinterpret_cast<const char16_t*>(f.text.utf16());
    const int* pos = f.positions.constData();
    const int size = int(f.text.size());

    // A word phrase must not start or end inside a longer word: the folded neighbour is a word unit
    // and nothing was dropped between them in the original.
    auto gluedBefore = [&](int s) {
        return s > 0 && TextNormalizer::isWordUnit(units[s - 1]) && pos[s - 1] + 1 == pos[s];
    };
    auto gluedAfter = [&](int e) {
        return e + 1 < size && TextNormalizer::isWordUnit(units[e + 1]) && pos[e] + 1 == pos[e + 1];
    };

    struct Raw
    {
        int start, end, pattern;
    };
    std::vector<Raw> raw;
    int node = 0;
    for (int i = 0; i < size; ++i) {
        node = m_a->step(node, units[i]);
        if (node == 0)
            continue;
        for (int n = m_a->output[size_t(node)] >= 0 ? node : m_a->dictLink[size_t(node)]; n != 0;
             n = m_a->dictLink[size_t(n)]) {
            const auto& p = m_a->patterns[size_t(m_a->output[size_t(n)])];
            const int s = i - p.length + 1;
            if ((p.wordStart && gluedBefore(s)) || (p.wordEnd && gluedAfter(i)))
                continue;
            raw.push_back({pos[s], pos[i] + 1, m_a->output[size_t(n)]});
        }
    }
    std::sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    int maxEnd = -1;
    for (const Raw& r : raw) {
        if (r.end <= maxEnd)
            continue; // inside a longer hit already reported
        maxEnd = r.end;
        const BannedPhrase& phrase = m_a->phrases[m_a->patterns[size_t(r.pattern)].phrase];
        hits.append({r.start, r.end, phrase.phrase, phrase.suggestion, text.mid(r.start, r.end - r.start)});
    }
    return hits;
}

} // namespace threerings
