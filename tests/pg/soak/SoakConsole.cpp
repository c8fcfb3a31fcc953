// One console of the team soak (tests/pg/SoakTest.cpp), as its own process: for a bounded time it edits the
// team's shared customers and adds its own, as its person, and syncs with the server between edits, as a
// console's sync worker would. Each edit is written to a journal once its local transaction has committed,
// so the test knows what must reach every console; the test kills it (kill -9) and starts it again at will.
//
// soak_console DB URL PERSON_ID LABEL SECONDS SEED JOURNAL
#include "core/db/Database.h"
#include "core/db/RecordWriter.h"
#include "core/sync/ServerConfig.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>

using namespace threerings;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 8) {
        std::fprintf(stderr, "usage: soak_console DB URL PERSON_ID LABEL SECONDS SEED JOURNAL\n");
        return 2;
    }
    const QString label = a.at(4);
    const qint64 seconds = a.at(5).toLongLong();
    QRandomGenerator random(quint32(a.at(6).toUInt()));
    auto config = ServerConfig::parse(a.at(2));
    auto db = Database::open(a.at(1), Database::Open::MustExist);
    if (!config || !db) {
        std::fprintf(stderr, "soak_console: cannot open the database or the server URL\n");
        return 2;
    }
    QFile journal(a.at(7));
    if (!journal.open(QIODevice::Append | QIODevice::Text))
        return 2;
    const auto note = [&](const QString& line) {
        journal.write((line + QLatin1Char('\n')).toUtf8());
        journal.flush();
    };
    SystemClock clock;
    RecordWriter writer(**db, clock);
    SyncEngine engine(**db, clock);
    QStringList shared;
    {
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT id FROM customers WHERE name LIKE 'shared %' ORDER BY id"));
        while (q.next())
            shared << q.value(0).toString();
    }
    const QString person = a.at(3);
    QElapsedTimer t;
    t.start();
    int n = 0;
    const auto syncRound = [&] {
        if (!engine.connected() && !engine.connect(*config))
            return false;
        if (Status s = engine.syncOnce(); !s) {
            engine.disconnect();
            return false;
        }
        return true;
    };
    while (t.elapsed() < seconds * 1000) {
        const quint32 dice = random.bounded(10);
        const QString value = QStringLiteral("%1-%2-%3").arg(label).arg(a.at(6)).arg(++n);
        if (dice < 5 && !shared.isEmpty()) {
            const QString id = shared.at(int(random.bounded(quint32(shared.size()))));
            const QString field = random.bounded(2) ? QStringLiteral("notes") : QStringLiteral("address");
            if (writer.update(QStringLiteral("customers"), id, QVariantMap{{field, value}}, person))
                note(QStringLiteral("update %1 %2 %3").arg(id, field, value));
        } else if (dice < 7) {
            const QVariantMap fields{{QStringLiteral("name"), QString(QStringLiteral("soak ") + value)},
                                     {QStringLiteral("notes"), value}};
            auto id = writer.insert(QStringLiteral("customers"), fields, person);
            if (id)
                note(QStringLiteral("insert %1 notes %2").arg(id.value(), value));
        } else {
            syncRound();
        }
        QThread::msleep(5 + random.bounded(25));
    }
    // The end of the shift: everything out, everything in.
    QElapsedTimer last;
    last.start();
    while (!syncRound() && last.elapsed() < 30000)
        QThread::msleep(300);
    std::printf("done %s\n", qPrintable(label));
    return 0;
}
