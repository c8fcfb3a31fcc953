#pragma once
// The guides' console for the ui tests: the screenshot manifest (docs/guide/views.txt) and the console as
// the manifest's person sees it, signed in on an empty hotline (GuideViewsTest, EveryViewTest).

#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/Session.h"
#include "core/calls/SimulatedLine.h"
#include "core/site/Defaults.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <catch2/catch.hpp>

namespace threerings::test::guide {

inline QString docs(const QString& relative)
{
    return QDir(QStringLiteral(THREERINGS_DOCS)).filePath(relative);
}

inline QString readText(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

struct ManifestLine
{
    QString name;
    QString view; // VIEW[:ARG]
    QString lang;
    QString user;
    QStringList options;
};

inline QList<ManifestLine> manifest()
{
    QList<ManifestLine> lines;
    for (const QString& raw : readText(docs(QStringLiteral("guide/views.txt"))).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")));
        REQUIRE(f.size() >= 4);
        lines.append({f.at(0), f.at(1), f.at(2), f.at(3), f.mid(4)});
    }
    return lines;
}

inline QStringList guides()
{
    QStringList files;
    for (const QString& role : {QStringLiteral("agent"), QStringLiteral("supervisor"),
                                QStringLiteral("trainer"), QStringLiteral("admin")})
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            files << docs(QStringLiteral("guide/%1.%2.md").arg(role, lang));
    return files;
}

inline qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

// The role of the manifest's person (the demo data's job numbers).
inline QString roleOf(const QString& jobNumber)
{
    switch (jobNumber.at(0).toLatin1()) {
    case '3':
        return QStringLiteral("supervisor");
    case '4':
        return QStringLiteral("trainer");
    case '5':
        return QStringLiteral("trainee");
    case '9':
        return QStringLiteral("admin");
    default:
        return QStringLiteral("agent");
    }
}

// The console as the manifest's person sees it, signed in as they are for the screenshot.
struct Console
{
    explicit Console(const QString& jobNumber = QStringLiteral("1001"))
        : line(t.clock, SimulatedLine::Behaviour{40'000, 40'000, 60'000, 60'000}, lowest)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        // The first account is an admin's (9001, or 9000 who adds the manifest's person).
        User admin;
        admin.jobNumber = jobNumber.startsWith(QLatin1Char('9')) ? jobNumber : QStringLiteral("9000");
        admin.name = QStringLiteral("Admin");
        admin.roles = {Role::Admin};
        REQUIRE(accounts.addPerson({}, admin, QStringLiteral("guide-pass-1")));
        if (admin.jobNumber != jobNumber) {
            User person;
            person.jobNumber = jobNumber;
            person.name = QStringLiteral("Guide");
            person.roles = {roleFromText(roleOf(jobNumber))};
            REQUIRE(accounts.addPerson(Actor::systemActor(), person, QStringLiteral("guide-pass-1")));
        }
        REQUIRE(session.signIn(jobNumber, QStringLiteral("guide-pass-1")));
        core = std::make_unique<test::ConsoleCore>(*t.db, t.clock);
        window = std::make_unique<ui::MainWindow>(*t.db, t.clock, line, core->services(), session);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Console()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != window.get() && w->isVisible())
                w->close();
    }
    test::TempDb t;
    AccountService accounts{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    AuthService auth{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    Session session{auth};
    SimulatedLine line;
    std::unique_ptr<test::ConsoleCore> core;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace threerings::test::guide
