#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real binary; `password` (when given) is THREERINGS_PASSWORD, `input` goes to stdin.
Run run(const QStringList& args, const QString& input = {}, const QString& password = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("THREERINGS_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("THREERINGS_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(THREERINGS_BINARY), args);
    REQUIRE(p.waitForStarted());
    p.write(input.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

struct Db
{
    Db()
    {
        path = t.path();
        t.db.reset();
        REQUIRE(run({QStringLiteral("--db"), path, QStringLiteral("init")}).code == 0);
    }
    QStringList args(const QStringList& rest, const QString& user = {}) const
    {
        QStringList a{QStringLiteral("--db"), path};
        if (!user.isEmpty())
            a << QStringLiteral("--user") << user;
        return a + rest;
    }
    QStringList add(const QString& job, const QString& role) const
    {
        return {
            QStringLiteral("user"),   QStringLiteral("add"),         QStringLiteral("--job-number"), job,
            QStringLiteral("--name"), QStringLiteral("Name ") + job, QStringLiteral("--role"),       role};
    }
    test::TempDb t;
    QString path;
};

} // namespace

TEST_CASE("user add, passwd and list work headless and act as a person once there are accounts")
{
    Db d;
    const QString admin = QStringLiteral("admin-pass-1");
    // The first account needs no sign-in, and must be an admin.
    Run agentFirst =
        run(d.args(d.add(QStringLiteral("1001"), QStringLiteral("agent"))), QStringLiteral("agent-pass-1\n"));
    CHECK(agentFirst.code == 4);
    CHECK(agentFirst.err.contains(QStringLiteral("admin")));
    Run first =
        run(d.args(d.add(QStringLiteral("9001"), QStringLiteral("admin"))), admin + QLatin1Char('\n'));
    REQUIRE(first.code == 0);

    // From now on: who are you?
    Run anonymous =
        run(d.args(d.add(QStringLiteral("1001"), QStringLiteral("agent"))), QStringLiteral("agent-pass-1\n"));
    CHECK(anonymous.code == 3);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    Run added = run(d.args(d.add(QStringLiteral("1001"), QStringLiteral("agent")), QStringLiteral("9001")),
                    QStringLiteral("agent-pass-1\n"), admin);
    CHECK(added.code == 0);
    Run dup = run(d.args(d.add(QStringLiteral("1001"), QStringLiteral("agent")), QStringLiteral("9001")),
                  QStringLiteral("agent-pass-1\n"), admin);
    CHECK(dup.code == 4);
    CHECK(dup.err.contains(QStringLiteral("already taken")));
    Run shortPw = run(d.args(d.add(QStringLiteral("1002"), QStringLiteral("agent")), QStringLiteral("9001")),
                      QStringLiteral("abc\n"), admin);
    CHECK(shortPw.code == 4);
    CHECK(shortPw.err.contains(QStringLiteral("at least 8")));

    Run list =
        run(d.args({QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("9001")), {}, admin);
    CHECK(list.code == 0);
    CHECK(list.out.contains(QStringLiteral("1001\tName 1001\tagent\t\tactive")));
    CHECK(list.out.contains(QStringLiteral("9001")));
    Run listByAgent = run(d.args({QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("1001")),
                          {}, QStringLiteral("agent-pass-1"));
    CHECK(listByAgent.code == 3);

    // The agent changes their own password; not the admin's.
    const QStringList passwdAdmin{QStringLiteral("user"), QStringLiteral("passwd"),
                                  QStringLiteral("--job-number"), QStringLiteral("9001")};
    CHECK(run(d.args(passwdAdmin, QStringLiteral("1001")), QStringLiteral("stolen-pass-1\n"),
              QStringLiteral("agent-pass-1"))
              .code == 3);
    const QStringList passwdOwn{QStringLiteral("user"), QStringLiteral("passwd"),
                                QStringLiteral("--job-number"), QStringLiteral("1001")};
    CHECK(run(d.args(passwdOwn, QStringLiteral("1001")), QStringLiteral("agent-pass-2\n"),
              QStringLiteral("agent-pass-1"))
              .code == 0);
    CHECK(run(d.args(passwdOwn, QStringLiteral("1001")), QStringLiteral("agent-pass-3\n"),
              QStringLiteral("agent-pass-1"))
              .code == 3);
}

TEST_CASE("signing in as a user: good, bad, locked, and not permitted map to the exit codes")
{
    Db d;
    const QString admin = QStringLiteral("admin-pass-1");
    REQUIRE(
        run(d.args(d.add(QStringLiteral("9001"), QStringLiteral("admin"))), admin + QLatin1Char('\n')).code ==
        0);
    REQUIRE(run(d.args(d.add(QStringLiteral("1001"), QStringLiteral("agent")), QStringLiteral("9001")),
                QStringLiteral("agent-pass-1\n"), admin)
                .code == 0);
    const QStringList exportCalls{QStringLiteral("export"), QStringLiteral("calls"),
                                  QStringLiteral("--format"), QStringLiteral("csv")};
    CHECK(run(d.args(exportCalls, QStringLiteral("1001")), {}, QStringLiteral("agent-pass-1")).code == 0);
    CHECK(run(d.args(exportCalls), {}, {}).code == 3);
    CHECK(run(d.args(exportCalls, QStringLiteral("1001")), {}, {}).code == 3); // no password, no terminal
    Run bad = run(d.args(exportCalls, QStringLiteral("1001")), {}, QStringLiteral("wrong-pass"));
    CHECK(bad.code == 3);
    Run nobody = run(d.args(exportCalls, QStringLiteral("4242")), {}, QStringLiteral("wrong-pass"));
    CHECK(nobody.code == 3);
    CHECK(nobody.err == bad.err); // no hint whether 4242 exists

    const QStringList exportAudit{QStringLiteral("export"), QStringLiteral("audit"),
                                  QStringLiteral("--format"), QStringLiteral("csv")};
    CHECK(run(d.args(exportAudit, QStringLiteral("1001")), {}, QStringLiteral("agent-pass-1")).code == 3);
    CHECK(run(d.args(exportAudit, QStringLiteral("9001")), {}, admin).code == 0);
    const QStringList calendar{QStringLiteral("calendar"),        QStringLiteral("add"),
                               QStringLiteral("--from"),          QStringLiteral("2026-09-30 16:00"),
                               QStringLiteral("--working-hours"), QStringLiteral("2")};
    CHECK(run(d.args(calendar), {}, {}).code == 3);
    CHECK(run(d.args(calendar, QStringLiteral("1001")), {}, QStringLiteral("agent-pass-1")).code == 0);

    for (int i = 0; i < 5; ++i) // the good sign-in above started the count afresh
        (void)run(d.args(exportCalls, QStringLiteral("1001")), {}, QStringLiteral("wrong-pass"));
    Run locked = run(d.args(exportCalls, QStringLiteral("1001")), {}, QStringLiteral("agent-pass-1"));
    CHECK(locked.code == 3);
    CHECK(locked.err.contains(QStringLiteral("locked")));
    CHECK(locked.err.contains(QStringLiteral("minutes")));
    Run list =
        run(d.args({QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("9001")), {}, admin);
    CHECK(list.out.contains(QStringLiteral("locked-until-")));
}

TEST_CASE("demo-data creates the demo accounts with the given password, and they can sign in")
{
    Db d;
    Run demo = run({QStringLiteral("--db"), d.path + QStringLiteral(".demo"), QStringLiteral("demo-data"),
                    QStringLiteral("--customers"), QStringLiteral("5"), QStringLiteral("--calls"),
                    QStringLiteral("20"), QStringLiteral("--password"), QStringLiteral("demo-pass-1")});
    REQUIRE(demo.code == 0);
    CHECK(demo.out.contains(QStringLiteral("supervisor  3001")));
    CHECK(demo.out.contains(QStringLiteral("demo-pass-1")));
    const QStringList exportAudit{QStringLiteral("--db"),     d.path + QStringLiteral(".demo"),
                                  QStringLiteral("--user"),   QStringLiteral("3001"),
                                  QStringLiteral("export"),   QStringLiteral("audit"),
                                  QStringLiteral("--format"), QStringLiteral("json")};
    CHECK(run(exportAudit, {}, QStringLiteral("demo-pass-1")).code == 0);
    Run shortPw = run({QStringLiteral("--db"), d.path + QStringLiteral(".demo2"), QStringLiteral("demo-data"),
                       QStringLiteral("--customers"), QStringLiteral("5"), QStringLiteral("--password"),
                       QStringLiteral("abc")});
    CHECK(shortPw.code == 4);
    CHECK(shortPw.err.contains(QStringLiteral("at least 8")));
}

TEST_CASE(
    "user code gives an imported person a first sign-in code, and user enrol lets them choose a password")
{
    Db d;
    const QString admin = QStringLiteral("admin-pass-1");
    REQUIRE(
        run(d.args(d.add(QStringLiteral("9001"), QStringLiteral("admin"))), admin + QLatin1Char('\n')).code ==
        0);
    REQUIRE(run(d.args(d.add(QStringLiteral("1001"), QStringLiteral("agent")), QStringLiteral("9001")),
                QStringLiteral("agent-pass-1\n"), admin)
                .code == 0);
    const QStringList codeFor{QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("--job-number"),
                              QStringLiteral("1001")};
    // An agent cannot hand out codes (and so take someone's account).
    CHECK(run(d.args({QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("--job-number"),
                      QStringLiteral("9001")},
                     QStringLiteral("1001")),
              {}, QStringLiteral("agent-pass-1"))
              .code == 3);
    Run issued = run(d.args(codeFor, QStringLiteral("9001")), {}, admin);
    REQUIRE(issued.code == 0);
    const QString code = issued.out.trimmed();
    CHECK(code.size() == 14);
    CHECK(issued.err.contains(QStringLiteral("valid until")));
    Run list =
        run(d.args({QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("9001")), {}, admin);
    CHECK(list.out.contains(QStringLiteral("\tcode-until-")));

    // The old password is gone; the code itself opens nothing and says how to go on.
    CHECK(run(d.args({QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("1001")), {},
              QStringLiteral("agent-pass-1"))
              .code == 3);
    Run withCode = run(d.args({QStringLiteral("due")}, QStringLiteral("1001")), {}, code);
    CHECK(withCode.code == 3);
    CHECK(withCode.err.contains(QStringLiteral("user enrol")));

    const QStringList enrol{QStringLiteral("user"), QStringLiteral("enrol"), QStringLiteral("--job-number"),
                            QStringLiteral("1001")};
    Run wrong = run(d.args(enrol), QStringLiteral("AAAA-BBBB-CCCC\nwang-fang-2026\n"));
    CHECK(wrong.code == 3);
    Run same = run(d.args(enrol), code + QLatin1Char('\n') + code + QLatin1Char('\n'));
    CHECK(same.code == 4);
    Run done = run(d.args(enrol), code.toLower() + QStringLiteral("\nwang-fang-2026\n"));
    INFO(done.err.toStdString());
    CHECK(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("1001")));
    CHECK(run(d.args(enrol), code + QStringLiteral("\nother-pass-99\n")).code == 3);
    CHECK(run(d.args({QStringLiteral("due")}, QStringLiteral("1001")), {}, QStringLiteral("wang-fang-2026"))
              .code == 0);
}
