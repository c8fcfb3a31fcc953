#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

QList<QJsonObject> lines(const QString& out)
{
    QList<QJsonObject> list;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list << QJsonDocument::fromJson(line.toUtf8()).object();
    return list;
}

} // namespace

TEST_CASE("check-phrases prints one JSON object per hit with offsets in characters, exit 1")
{
    const auto r = test::runCli({QStringLiteral("check-phrases")},
                                QStringLiteral("您好😀!這種型號產品都是這樣。我 不 知 道").toUtf8());
    CHECK(r.code == 1);
    const auto hits = lines(r.out);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].value(QStringLiteral("phrase")).toString() == QStringLiteral("这种型号产品都是这样"));
    CHECK(hits[0].value(QStringLiteral("start")).toInt() == 4); // the emoji counts as one character
    CHECK(hits[0].value(QStringLiteral("end")).toInt() == 14);
    CHECK_FALSE(hits[0].value(QStringLiteral("suggestion")).toString().isEmpty());
    CHECK(hits[1].value(QStringLiteral("phrase")).toString() == QStringLiteral("不知道"));
    CHECK(hits[1].value(QStringLiteral("start")).toInt() == 17);
    CHECK(hits[1].value(QStringLiteral("end")).toInt() == 22);
}

TEST_CASE("check-phrases exits 0 on clean text, 2 on usage errors, 4 on a bad list")
{
    CHECK(test::runCli({QStringLiteral("check-phrases")}, QStringLiteral("是,我知道了。请您稍候。").toUtf8())
              .code == 0);
    CHECK(test::runCli({QStringLiteral("check-phrases"), QStringLiteral("extra")}).code == 2);
    CHECK(test::runCli({QStringLiteral("check-phrases"), QStringLiteral("--bogus")}).code == 2);
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("list.json"));
    QFile f(list);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        "{\"language\": \"en\",\n \"banned\": [{\"phrase\": \"no way\", \"suggestion\": \"let me check\"}]}");
    f.close();
    const auto own = test::runCli({QStringLiteral("check-phrases"), QStringLiteral("--list"), list},
                                  QByteArray("No  WAY, sorry; I don't know"));
    CHECK(own.code == 1);
    CHECK(lines(own.out).size() == 1);
    CHECK(test::runCli({QStringLiteral("check-phrases"), QStringLiteral("--list"),
                        dir.filePath(QStringLiteral("none"))},
                       QByteArray("x"))
              .code == 4);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"language\": \"en\",\n \"banned\": [{\"phrase\": \"\"}]}");
    f.close();
    const auto bad =
        test::runCli({QStringLiteral("check-phrases"), QStringLiteral("--list"), list}, QByteArray("x"));
    CHECK(bad.code == 4);
    CHECK(bad.err.contains(QStringLiteral("Line 2")));
}

TEST_CASE("check-phrases --db uses the database's list and signs in when it has accounts")
{
    test::TempDb t;
    const QString path = t.path();
    t.db.reset();
    REQUIRE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).code == 0);
    CHECK(test::runCli({QStringLiteral("check-phrases"), QStringLiteral("--db"), path},
                       QStringLiteral("不清楚").toUtf8())
              .code == 1);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("secret-pass-1"));
    REQUIRE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("user"), QStringLiteral("add"),
                          QStringLiteral("--job-number"), QStringLiteral("9001"), QStringLiteral("--name"),
                          QStringLiteral("Admin"), QStringLiteral("--role"), QStringLiteral("admin")},
                         QByteArray("secret-pass-1\n"), env)
                .code == 0);
    QProcessEnvironment none = QProcessEnvironment::systemEnvironment();
    none.remove(QStringLiteral("THREERINGS_PASSWORD"));
    CHECK(test::runCli({QStringLiteral("check-phrases"), QStringLiteral("--db"), path},
                       QStringLiteral("不清楚").toUtf8(), none)
              .code == 3);
    CHECK(test::runCli({QStringLiteral("--user"), QStringLiteral("9001"), QStringLiteral("check-phrases"),
                        QStringLiteral("--db"), path},
                       QStringLiteral("不清楚").toUtf8(), env)
              .code == 1);
}
