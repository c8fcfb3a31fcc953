#include "core/db/RecordWriter.h"

#include "TestSupport.h"
#include "core/db/Database.h"
#include "core/db/RowShape.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace threerings;

// The outbox JSON is built as text for speed; it must say what QJsonObject::fromVariantMap says,
// except that a NULL of any type is JSON null (replication tells "no value" from "" and 0).
TEST_CASE("the outbox JSON text matches what QJsonDocument writes for the same columns")
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    const RowShape shape(QStringLiteral("things"),
                         {"zeta", "alpha", "text", "null_text", "null_time", "null_int", "count", "time",
                          "flag", "null_flag", "ratio", "day", "quotes", "controls", "empty"});
    const QVariantList values{QStringLiteral("最后"),
                              QStringLiteral("first"),
                              QStringLiteral("青岛市 \"市南区\" \\ 路 / 1号\n二楼\t\u2028"),
                              QVariant(QMetaType::fromType<QString>()),
                              QVariant(QMetaType::fromType<qlonglong>()),
                              QVariant(QMetaType::fromType<int>()),
                              42,
                              qlonglong(1715000000123LL),
                              true,
                              QVariant(QMetaType::fromType<bool>()),
                              2.5,
                              QStringLiteral("2024-05-06"),
                              QStringLiteral("\"\""),
                              controls,
                              QStringLiteral("")};
    QVariantMap map;
    for (int i = 0; i < shape.size(); ++i)
        map.insert(shape.columns()[i], values[i]);
    QJsonObject object = QJsonObject::fromVariantMap(map);
    for (int i = 0; i < shape.size(); ++i)
        if (values[i].isNull())
            object.insert(shape.columns()[i], QJsonValue(QJsonValue::Null));
    const QString expected = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    const QString actual = RecordWriter::json(shape, values);
    CHECK(actual == expected);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(actual.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(parsed.object() == object);
    CHECK(parsed.object().value(QStringLiteral("null_text")).isNull());
    CHECK(parsed.object().value(QStringLiteral("null_time")).isNull());
    CHECK(parsed.object().value(QStringLiteral("null_flag")).isNull());
    CHECK(parsed.object().value(QStringLiteral("empty")).toString() == QStringLiteral(""));
}

TEST_CASE("a row shape lists its columns, then the bookkeeping, and binds every value")
{
    const RowShape shape(QStringLiteral("things"), {"b", "a"});
    CHECK(shape.insertSql() ==
          QStringLiteral("INSERT INTO things (b,a,id,created_at,created_by,updated_at,updated_by,revision) "
                         "VALUES (?,?,?,?,?,?,?,1)"));
    CHECK(shape.updateSql() == QStringLiteral("UPDATE things SET b = ?,a = ?,updated_at = ?,updated_by = "
                                              "?,revision = revision + 1 WHERE id = ? AND revision = ?"));
    CHECK(shape.jsonKeys() == QStringList{QStringLiteral("\"a\":"), QStringLiteral("\"b\":")});
}

// A writer used without a transaction (a tool, the team soak's consoles) still writes a row with its outbox
// and trail rows or not at all: a console killed between the statements must never keep a row that no other
// console will hear of. Here the outbox refuses the row, as a full disk or a killed process would stop it.
TEST_CASE("a row is written with its outbox and trail rows or not at all, without the caller's transaction")
{
    test::TempDb t;
    RecordWriter writer(*t.db, t.clock);
    const auto count = [&](const char* sql) {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    auto kept =
        writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("王先生")}}, {});
    REQUIRE(kept);
    CHECK(count("SELECT count(*) FROM outbox WHERE row_id IN (SELECT id FROM customers)") == 1);
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER no_outbox BEFORE INSERT ON outbox BEGIN SELECT "
                                      "RAISE(ABORT, 'disk full'); END")));
    }
    auto lost =
        writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("李女士")}}, {});
    REQUIRE_FALSE(lost);
    CHECK(count("SELECT count(*) FROM customers") == 1);
    auto changed = writer.update(QStringLiteral("customers"), kept.value(),
                                 {{QStringLiteral("notes"), QStringLiteral("x")}}, {});
    REQUIRE_FALSE(changed);
    CHECK(count("SELECT count(*) FROM customers WHERE notes = 'x'") == 0);
    CHECK(count("SELECT revision FROM customers") == 1);
    REQUIRE_FALSE(writer.remove(QStringLiteral("customers"), kept.value(), {}));
    CHECK(count("SELECT count(*) FROM customers") == 1);
    // The connection is left as it was: not inside a transaction.
    CHECK(sqlite3_get_autocommit(t.db->handle()) != 0);
}
