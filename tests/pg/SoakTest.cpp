// The team soak: six console processes on one server edit the same customers and add their own for a bounded
// time, while the test kills consoles (kill -9) and starts them again, kills their server backends, cuts and
// slows two consoles' connection (a TCP proxy on 127.0.0.1) and restarts the cluster. At the end every
// console holds the same records as the server, each edit a console committed is on the server exactly once,
// none is refused, and every conflict is in the conflict view. The counts are printed.
#include "PgSupport.h"
#include "TestSupport.h"
#include "core/auth/Actor.h"
#include "core/sync/ServerSchema.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>

using namespace threerings;
using namespace threerings::test;

namespace {

// A TCP relay to the server that can cut every connection through it and delay what it carries.
class Proxy
{
public:
    explicit Proxy(quint16 target) : m_target(target)
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] { accept(); });
    }
    quint16 port() const { return m_server.serverPort(); }
    void cutAll()
    {
        for (const auto& s : std::as_const(m_sockets))
            if (s)
                s->abort();
        ++cuts;
    }
    int delayMs = 0;
    int cuts = 0;

private:
    void accept()
    {
        while (QTcpSocket* in = m_server.nextPendingConnection()) {
            auto* out = new QTcpSocket(in);
            out->connectToHost(QHostAddress::LocalHost, m_target);
            pipe(in, out);
            pipe(out, in);
            m_sockets << in << out;
            QObject::connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::abort);
            QObject::connect(out, &QTcpSocket::disconnected, in, [in] {
                in->abort();
                in->deleteLater();
            });
        }
    }
    void pipe(QTcpSocket* from, QTcpSocket* to)
    {
        QObject::connect(from, &QTcpSocket::readyRead, to, [this, from, to] {
            const QByteArray data = from->readAll();
            if (delayMs > 0)
                QTimer::singleShot(delayMs, to, [to, data] { to->write(data); });
            else
                to->write(data);
        });
    }

    QTcpServer m_server;
    quint16 m_target;
    QList<QPointer<QTcpSocket>> m_sockets;
};

void pump(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

QString urlOf(const ServerConfig& c, const QString& login, quint16 port)
{
    return QStringLiteral("postgresql://%1:pw-%1@%2:%3/%4?sslmode=%5&sslrootcert=%6")
        .arg(login, c.host)
        .arg(port)
        .arg(c.database, c.sslMode, c.sslRootCert);
}

// Where a record one console lacks stands: its rows on the server, and the console's sync state and trail.
QString whereabouts(const ServerDb& server, Database& db, const QString& rowId)
{
    QStringList out;
    QSqlQuery s(server.adminConnection());
    s.prepare(QStringLiteral("SELECT seq, console_id, pushed_by, op, coalesce(refusal, ''), changed_by, "
                             "audience FROM tr_changes WHERE row_id = ? ORDER BY seq"));
    s.addBindValue(rowId);
    if (s.exec())
        while (s.next())
            out << QStringLiteral("server seq %1 from %2 by %3 %4 [%5] author %6 to %7")
                       .arg(s.value(0).toString(), s.value(1).toString(), s.value(2).toString(),
                            s.value(3).toString(), s.value(4).toString(), s.value(5).toString(),
                            s.value(6).toString());
    QSqlQuery l(db.connection());
    if (l.exec(QStringLiteral("SELECT key, value FROM sync_state WHERE key IN ('console_id', 'pull_cursor', "
                              "'push_cursor', 'notice')")))
        while (l.next())
            out << QStringLiteral("c1 %1 = %2").arg(l.value(0).toString(), l.value(1).toString());
    l.prepare(QStringLiteral("SELECT op, coalesce(new_value, ''), changed_at, coalesce(changed_by, '') FROM "
                             "audit_log WHERE row_id = ?"));
    l.addBindValue(rowId);
    if (l.exec())
        while (l.next())
            out << QStringLiteral("c1 trail %1 at %3 by %4: %2")
                       .arg(l.value(0).toString(), l.value(1).toString().left(120), l.value(2).toString(),
                            l.value(3).toString());
    l.prepare(QStringLiteral("SELECT seq, op FROM outbox WHERE row_id = ?"));
    l.addBindValue(rowId);
    if (l.exec())
        while (l.next())
            out << QStringLiteral("c1 outbox %1 %2").arg(l.value(0).toString(), l.value(1).toString());
    l.prepare(
        QStringLiteral("SELECT name, notes, created_by, created_at, revision FROM customers WHERE id = ?"));
    l.addBindValue(rowId);
    if (l.exec() && l.next())
        out << QStringLiteral("c1 row %1 / %2 by %3 at %4 rev %5")
                   .arg(l.value(0).toString(), l.value(1).toString(), l.value(2).toString(),
                        l.value(3).toString(), l.value(4).toString());
    if (l.exec(QStringLiteral("SELECT count(*) FROM sync_parked")) && l.next())
        out << QStringLiteral("c1 parked %1").arg(l.value(0).toString());
    return out.join(QLatin1String("; "));
}

// The customers as a console holds them, as one digest.
QByteArray digest(Database& db, qint64* rows)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, name, address, notes FROM customers ORDER BY id")));
    QCryptographicHash h(QCryptographicHash::Sha256);
    *rows = 0;
    while (q.next()) {
        ++*rows;
        for (int i = 0; i < 4; ++i)
            h.addData((q.value(i).toString() + QLatin1Char('\x1f')).toUtf8());
    }
    return h.result().toHex();
}

} // namespace

TEST_CASE("team soak: six consoles, kill -9, backends killed, a cut and slow link, a cluster restart")
{
    ServerDb server;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    constexpr int consoles = 6;
    constexpr int seconds = 24;
    const ServerConfig base = server.admin();
    Proxy proxy(quint16(base.port));

    // The team: six agents with their own logins, twenty customers everybody edits.
    QStringList people;
    {
        Console setup(server, QStringLiteral("setup"), true);
        setup.connect(server.admin());
        QSqlDatabase admin = server.adminConnection();
        for (int i = 1; i <= consoles; ++i) {
            people << addUser(setup, QStringLiteral("70%1").arg(i, 2, 10, QLatin1Char('0')),
                              QStringLiteral("agent"));
            REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_soak%1").arg(i),
                                            QStringLiteral("pw-p_soak%1").arg(i), {QStringLiteral("agent")},
                                            people.last()));
        }
        for (int i = 0; i < 20; ++i)
            setup.insertCustomer(QStringLiteral("shared %1").arg(i));
        setup.sync();
    }
    QStringList paths, urls, direct;
    for (int i = 1; i <= consoles; ++i) {
        const QString login = QStringLiteral("p_soak%1").arg(i);
        paths << dir.filePath(QStringLiteral("c%1.sqlite").arg(i));
        direct << urlOf(base, login, quint16(base.port));
        urls << urlOf(base, login, i > 4 ? proxy.port() : quint16(base.port)); // c5 and c6 through the proxy
        auto db = Database::open(paths.last(), Database::Open::CreateIfMissing);
        REQUIRE(db.ok());
        auto config = ServerConfig::parse(direct.last());
        REQUIRE(config.ok());
        REQUIRE(SyncEngine::configure(**db, *config, false));
        SystemClock clock;
        SyncEngine engine(**db, clock);
        REQUIRE(engine.connect(*config));
        REQUIRE(engine.syncOnce());
    }

    // The run.
    std::vector<std::unique_ptr<QProcess>> running(consoles);
    int starts = 0;
    int kills = 0;
    QElapsedTimer clock;
    clock.start();
    const auto start = [&](int i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 left = std::max<qint64>(2, seconds - clock.elapsed() / 1000);
        p->start(QStringLiteral(THREERINGS_SOAK_CONSOLE),
                 {paths[i], urls[i], people[i], QStringLiteral("c%1").arg(i + 1), QString::number(left),
                  QString::number(++starts), dir.filePath(QStringLiteral("journal"))});
        REQUIRE(p->waitForStarted());
        running[i] = std::move(p);
    };
    const auto killHard = [&](int i) {
        running[i]->kill(); // SIGKILL: no clean-up, mid-write or not
        running[i]->waitForFinished();
        ++kills;
        start(i);
    };
    for (int i = 0; i < consoles; ++i)
        start(i);
    int backendsKilled = 0;
    pump(4000);
    killHard(1);
    pump(3000);
    {
        QSqlQuery q(server.adminConnection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename "
                           "LIKE 'p\\_soak%'")));
        REQUIRE(q.next());
        backendsKilled = q.value(0).toInt();
    }
    pump(3000);
    proxy.cutAll();
    proxy.delayMs = 300;
    pump(4000);
    proxy.delayMs = 0;
    proxy.cutAll();
    pump(1000);
    const int restarted =
        QProcess::execute(QStringLiteral(THREERINGS_SOURCE_DIR "/scripts/pg-cluster.sh"),
                          {QStringLiteral("restart"), qEnvironmentVariable("THREERINGS_TEST_PG_DIR")});
    REQUIRE(restarted == 0);
    {
        QSqlDatabase admin = server.adminConnection(); // the restart closed it
        admin.close();
        REQUIRE(admin.open());
    }
    pump(3000);
    killHard(3);
    killHard(0);
    for (auto& p : running) {
        while (p->state() != QProcess::NotRunning)
            pump(100);
        CHECK(p->exitCode() == 0);
    }

    // Every console once more, so that each has what the last to finish sent.
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < consoles; ++i) {
            auto db = Database::open(paths[i], Database::Open::MustExist);
            REQUIRE(db.ok());
            SystemClock c;
            SyncEngine engine(**db, c);
            const ServerConfig config = ServerConfig::parse(direct[i]).value();
            REQUIRE(engine.connect(config));
            const Status synced = engine.syncOnce();
            INFO((synced ? QString() : synced.error().message).toStdString());
            REQUIRE(synced.ok());
            CHECK(engine.queued() == 0);
        }

    // Each edit committed on a console is on the server once, accepted.
    QHash<QString, int> onServer;
    {
        QSqlQuery q(server.adminConnection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT coalesce(fields->>'notes', ''), coalesce(fields->>'address', '') FROM "
                           "tr_changes WHERE table_name = 'customers' AND refusal IS NULL")));
        while (q.next())
            for (int i = 0; i < 2; ++i)
                if (!q.value(i).toString().isEmpty())
                    ++onServer[q.value(i).toString()];
    }
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE refusal IS NOT NULL")) == 0);
    QFile journal(dir.filePath(QStringLiteral("journal")));
    REQUIRE(journal.open(QIODevice::ReadOnly | QIODevice::Text));
    int edits = 0;
    int lost = 0;
    int duplicated = 0;
    for (const QByteArray& line : journal.readAll().split('\n')) {
        const QStringList parts = QString::fromUtf8(line).split(QLatin1Char(' '));
        if (parts.size() != 4)
            continue;
        ++edits;
        const int seen = onServer.value(parts[3]);
        lost += seen == 0;
        duplicated += seen > 1;
    }
    CHECK(edits > 200);
    CHECK(lost == 0);
    CHECK(duplicated == 0);

    // Every console holds the same records, and every conflict is in its conflict view.
    QByteArray first;
    qint64 rows = 0;
    qint64 conflicts = 0;
    Actor supervisor;
    supervisor.userId = people[0];
    supervisor.roles = {Role::Supervisor};
    for (int i = 0; i < consoles; ++i) {
        auto db = Database::open(paths[i], Database::Open::MustExist);
        REQUIRE(db.ok());
        const QByteArray d = digest(**db, &rows);
        if (i == 0)
            first = d;
        if (d != first) { // say which records differ
            auto zero = Database::open(paths[0], Database::Open::MustExist);
            REQUIRE(zero.ok());
            QSqlQuery here((*db)->connection());
            REQUIRE(here.exec(QStringLiteral("SELECT id, name, address, notes FROM customers ORDER BY id")));
            QSqlQuery there((*zero)->connection());
            QStringList diffs;
            while (here.next() && diffs.size() < 5) {
                there.prepare(QStringLiteral("SELECT name, address, notes FROM customers WHERE id = ?"));
                there.addBindValue(here.value(0));
                REQUIRE(there.exec());
                const bool found = there.next();
                for (int f = 1; f <= 3 && found; ++f)
                    if (there.value(f - 1).toString() != here.value(f).toString())
                        diffs << QStringLiteral("%1.%2: c%3 %4, c1 %5")
                                     .arg(here.value(0).toString().left(8))
                                     .arg(f)
                                     .arg(i + 1)
                                     .arg(here.value(f).toString(), there.value(f - 1).toString());
                if (!found)
                    diffs << here.value(0).toString() + QStringLiteral(" missing on c1: ") +
                                 whereabouts(server, **zero, here.value(0).toString());
            }
            // And the other way: what c1 has that this console lacks.
            QSqlQuery ones((*zero)->connection());
            REQUIRE(ones.exec(QStringLiteral("SELECT id FROM customers ORDER BY id")));
            QSqlQuery mine((*db)->connection());
            while (ones.next() && diffs.size() < 5) {
                mine.prepare(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
                mine.addBindValue(ones.value(0));
                REQUIRE(mine.exec());
                if (!mine.next())
                    diffs << ones.value(0).toString() +
                                 QStringLiteral(" only on c1, missing on c%1: ").arg(i + 1) +
                                 whereabouts(server, **zero, ones.value(0).toString());
            }
            FAIL_CHECK(diffs.join(QLatin1Char('\n')).toStdString());
        }
        const qint64 kept =
            count(**db, QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'conflict'"));
        CHECK(count(**db,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'conflict' AND new_value LIKE "
                                   "'not applied%'")) == 0);
        auto view = SyncEngine::conflicts(supervisor, **db, 1'000'000);
        REQUIRE(view.ok());
        CHECK(view->size() == kept);
        conflicts += kept;
    }
    WARN("team soak: " << consoles << " consoles, " << seconds << " s, " << starts << " console starts, "
                       << kills << " kill -9, " << backendsKilled << " backends killed, " << proxy.cuts
                       << " proxy cuts, 1 cluster restart; " << edits << " edits committed, " << lost
                       << " lost, " << duplicated << " duplicated; " << rows
                       << " customers on every console; " << conflicts
                       << " conflicts kept (all in the conflict views)");
}
