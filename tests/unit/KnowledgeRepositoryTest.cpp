#include "core/words/KnowledgeRepository.h"

#include "TestSupport.h"
#include "core/site/Defaults.h"
#include "core/words/PhraseRepository.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

QStringList titles(const Result<QList<KbEntry>>& r)
{
    REQUIRE(r.ok());
    QStringList t;
    for (const KbEntry& e : r.value())
        t << e.title;
    return t;
}

} // namespace

TEST_CASE("the starter knowledge base is searchable by any Chinese substring, one and two characters too")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    KnowledgeRepository kb(*t.db, t.clock);
    REQUIRE(kb.count().value() >= 15);
    REQUIRE(Defaults::ensure(*t.db, t.clock)); // a second run adds nothing
    const int n = kb.count().value();
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    CHECK(kb.count().value() == n);

    CHECK(titles(kb.search(QStringLiteral("吞卡"))).contains(QStringLiteral("ATM 吞卡")));            // two
    CHECK(titles(kb.search(QStringLiteral("钞"))).contains(QStringLiteral("ATM 不出钞 / 出钞卡钞"))); // one
    CHECK(titles(kb.search(QStringLiteral("纸币识别"))).size() >= 2);                                 // four
    CHECK(titles(kb.search(QStringLiteral("技术支持"), 20, QStringLiteral("directory"))) ==
          QStringList{QStringLiteral("技术支持部")});
    CHECK(titles(kb.search(QStringLiteral("安防 误报"))) == QStringList{QStringLiteral("安防报警器误报")});
    CHECK(titles(kb.search(QStringLiteral("atm 吞卡"))).contains(QStringLiteral("ATM 吞卡")));
    CHECK(kb.search(QStringLiteral("潜水艇")).value().isEmpty());
    CHECK(kb.search(QStringLiteral("100%_\"")).ok());
    CHECK(titles(kb.search(QStringLiteral("凭条纸"), 20, QStringLiteral("price"))) ==
          QStringList{QStringLiteral("ATM 凭条纸(每箱)")});
}

TEST_CASE("the full-text index follows edits and deletes in the same transaction")
{
    test::TempDb t;
    KnowledgeRepository kb(*t.db, t.clock);
    const Actor admin = test::actorWith(QStringLiteral("admin"));
    KbEntry e;
    e.title = QStringLiteral("打印机缺纸");
    e.body = QStringLiteral("更换凭条纸");
    auto stored = kb.insert(admin, e);
    REQUIRE(stored.ok());
    CHECK(titles(kb.search(QStringLiteral("缺纸"))) == QStringList{QStringLiteral("打印机缺纸")});
    KbEntry changed = stored.value();
    changed.title = QStringLiteral("打印机卡纸");
    REQUIRE(kb.update(admin, changed).ok());
    CHECK(kb.search(QStringLiteral("打印机缺纸")).value().isEmpty());
    CHECK(titles(kb.search(QStringLiteral("打印机卡纸"))) == QStringList{QStringLiteral("打印机卡纸")});
    CHECK(kb.insert(test::actorWith(QStringLiteral("agent")), e).error().kind == Error::Kind::Refused);
    KbEntry untitled;
    CHECK(kb.insert(admin, untitled).error().field == QStringLiteral("title"));
    REQUIRE(kb.remove(admin, stored->meta.id));
    CHECK(kb.search(QStringLiteral("打印机")).value().isEmpty());
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'kb_entries'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
}

TEST_CASE("phrase lists are seeded, edited by admins only, and hits recorded per agent")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    PhraseRepository repo(*t.db, t.clock);
    auto zh = repo.list(QStringLiteral("zh_CN"));
    REQUIRE(zh.ok());
    CHECK(zh->banned.size() == 16);
    PhraseList edited = zh.value();
    edited.banned.append({QStringLiteral("没办法"), QStringLiteral("我帮您想办法"), {}, {}});
    CHECK(repo.save(test::actorWith(QStringLiteral("agent")), edited).error().kind == Error::Kind::Refused);
    REQUIRE(repo.save(test::actorWith(QStringLiteral("admin")), edited).ok());
    CHECK(repo.list(QStringLiteral("zh_CN"))->banned.size() == 17);
    auto broken = repo.importJson(test::actorWith(QStringLiteral("admin")),
                                  "{\"language\": \"zh_CN\",\n \"banned\": [\n {\"phrase\": \"不知道\"}]}");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.startsWith(QStringLiteral("Line 3, banned[0].suggestion")));
    CHECK(repo.list(QStringLiteral("zh_CN"))->banned.size() == 17);

    const PhraseMatcher m(repo.list(QStringLiteral("zh_CN"))->banned);
    REQUIRE(repo.recordHits({}, {}, QStringLiteral("consultation.advice"),
                            m.find(QStringLiteral("不知道,没办法")), {}));
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM phrase_hits")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(repo.hitCountsByAgent(t.clock.now().addDays(-1), t.clock.now().addDays(1)).ok());
}
