#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <catch2/catch.hpp>

namespace threerings::test {

// The command line run as a user runs it: the real binary in a child process.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& args, const QByteArray& input = {},
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(THREERINGS_BINARY), args);
    REQUIRE(p.waitForStarted(10000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// A demo database with `customers` customers, no calls, and every demo account's password demo8000.
inline void makeDemoDatabase(const QString& path, int customers)
{
    const CliRun made =
        runCli({QStringLiteral("--db"), path, QStringLiteral("demo-data"), QStringLiteral("--customers"),
                QString::number(customers), QStringLiteral("--calls"), QStringLiteral("0"),
                QStringLiteral("--password"), QStringLiteral("demo8000")});
    REQUIRE(made.code == 0);
}

// The environment of a console started offscreen and signed in as demo agent 1001.
inline QProcessEnvironment offscreenConsoleEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("THREERINGS_USER"), QStringLiteral("1001"));
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo8000"));
    return env;
}

} // namespace threerings::test
