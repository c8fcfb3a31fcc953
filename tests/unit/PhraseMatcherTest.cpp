#include "core/words/PhraseMatcher.h"

#include "core/words/PhraseList.h"
#include "core/words/TextNormalizer.h"

#include <catch2/catch.hpp>

using namespace threerings;

namespace {

const PhraseList& zh()
{
    static const PhraseList list = PhraseList::shipped(QStringLiteral("zh_CN")).value();
    return list;
}

const PhraseMatcher& matcher()
{
    static const PhraseMatcher m(zh().banned);
    return m;
}

// Full-width forms of ASCII letters, digits and punctuation.
QString fullWidth(const QString& s)
{
    QString out;
    for (QChar c : s)
        out += c.unicode() > 0x20 && c.unicode() < 0x7F ? QChar(char16_t(c.unicode() + 0xFEE0)) : c;
    return out;
}

} // namespace

TEST_CASE(
    "the shipped zh_CN list holds the seed's banned phrases, ten standard phrases and the complaint order")
{
    CHECK(zh().banned.size() == 16);
    CHECK(zh().standard.size() == 10);
    CHECK(zh().standard.contains(QStringLiteral("对不起,让您久等了")));
    CHECK(zh().complaintOrder.size() == 10);
    CHECK(zh().complaintOrder.first().step == QStringLiteral("真诚道歉"));
    for (const BannedPhrase& p : zh().banned)
        CHECK_FALSE(p.suggestion.isEmpty());
}

TEST_CASE("every seed banned phrase is caught as written and in its variants")
{
    for (const BannedPhrase& p : zh().banned) {
        INFO(p.phrase.toStdString());
        const QString prefix = QStringLiteral("用户来电后我说:");
        const QStringList forms{
            prefix + p.phrase + QStringLiteral("。"),
            prefix + fullWidth(p.phrase), // full-width punctuation inside
            prefix + p.phrase.split(QString()).join(QLatin1Char(' ')).trimmed(), // spaces between characters
            prefix + QString(p.phrase).replace(QLatin1Char(','), QStringLiteral("……")), // other punctuation
        };
        for (const QString& text : forms) {
            INFO(text.toStdString());
            const auto hits = matcher().find(text);
            REQUIRE(hits.size() >= 1);
            CHECK(hits.first().phrase == p.phrase);
            CHECK(hits.first().start == prefix.size());
            CHECK(hits.first().end <= text.size());
            CHECK(hits.first().suggestion == p.suggestion);
        }
        for (const QString& v : p.variants)
            CHECK(matcher().find(v).value(0).phrase == p.phrase);
    }
}

TEST_CASE("Traditional characters are caught as the Simplified phrase, at the original offsets")
{
    const QString text = QStringLiteral("您好,這是設計問題,我無能為力。");
    const auto hits = matcher().find(text);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].phrase == QStringLiteral("这是设计问题,我无能为力"));
    CHECK(hits[0].start == 3);
    CHECK(hits[0].end == 15);
    CHECK(hits[0].matched == QStringLiteral("這是設計問題,我無能為力"));
    CHECK(matcher().find(QStringLiteral("我 不 知 道")).size() == 1);
    CHECK(matcher().find(QStringLiteral("这种型号坏得太多,質量不過關")).size() == 1);
}

TEST_CASE("a longer phrase wins over the shorter one inside it")
{
    const auto hits = matcher().find(QStringLiteral("这是新产品,我也不清楚"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].phrase == QStringLiteral("这是新产品,我也不清楚"));
    const auto two = matcher().find(QStringLiteral("不知道。还有,不清楚"));
    REQUIRE(two.size() == 2);
    CHECK(two[0].start == 0);
    CHECK(two[1].start == 7);
}

TEST_CASE("sentences that only look similar are not flagged")
{
    const QStringList fine{
        QStringLiteral("是,我知道了"),
        QStringLiteral("我很清楚您的情况,请您稍候"),
        QStringLiteral("这种现象正常吗?我帮您查找资料"),
        QStringLiteral("这种型号产品都很好用"),
        QStringLiteral("这是老型号产品,我们仍然负责维修"),
        QStringLiteral("现在配件已到,工程师下午上门维修"),
        QStringLiteral("这是设计图纸,请您过目"),
        QStringLiteral("请您稍等,我帮您查找资料"),
    };
    for (const QString& s : fine) {
        INFO(s.toStdString());
        CHECK(matcher().find(s).isEmpty());
    }
}

TEST_CASE("Latin phrases match whatever the case, as whole words")
{
    const PhraseMatcher en(PhraseList::shipped(QStringLiteral("en")).value().banned);
    const auto hits = en.find(QStringLiteral("Well, I DON'T know, sorry."));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].phrase == QStringLiteral("I don't know"));
    CHECK(hits[0].start == 6);
    CHECK(hits[0].end == 18);
    CHECK(en.find(QStringLiteral("ＩＤＯＮ'Ｔ ＫＮＯＷ")).size() == 1);
    CHECK(en.find(QStringLiteral("Hi don't knowingly guess")).isEmpty());
    CHECK(en.find(QStringLiteral("I know the answer")).isEmpty());
}

TEST_CASE("folding keeps a map back to the original text")
{
    const auto f = TextNormalizer::fold(QStringLiteral("Ａ, 說B"));
    CHECK(f.text == QStringLiteral("a说b"));
    CHECK(f.positions == QList<int>{0, 3, 4});
    CHECK(PhraseMatcher().find(QStringLiteral("不知道")).isEmpty());
}
