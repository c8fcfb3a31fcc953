#include "app/cli/PasswordPrompt.h"

#include <QtGlobal>
#include <cstdio>
#include <string>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace threerings::cli {

namespace {

// Reads one line from the terminal with echo off, restoring the terminal afterwards.
QString readHidden(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD old = 0;
    const bool tty = GetConsoleMode(in, &old) != 0;
    if (tty)
        SetConsoleMode(in, old & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
#ifdef Q_OS_WIN
    if (tty)
        SetConsoleMode(in, old);
#else
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace

std::optional<QString> PasswordPrompt::fromEnvironment()
{
    if (!qEnvironmentVariableIsSet("THREERINGS_PASSWORD"))
        return std::nullopt;
    return qEnvironmentVariable("THREERINGS_PASSWORD");
}

bool PasswordPrompt::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

Result<QString> PasswordPrompt::ask(const QString& prompt)
{
    return readHidden(prompt);
}

Result<QString> PasswordPrompt::askNew(const QString& prompt)
{
    if (!stdinIsTerminal())
        return readLine();
    const QString first = readHidden(prompt);
    const QString second = readHidden(tr("Type it again: "));
    if (first != second)
        return Error::data(tr("The two passwords differ; run the command again and type the same one twice."),
                           QStringLiteral("password"));
    return first;
}

Result<QString> PasswordPrompt::readLine()
{
    std::string line;
    int c = std::getchar();
    if (c == EOF)
        return Error::data(
            tr("No password came on standard input; pipe it in, for example: echo 'PASSWORD' | "
               "threerings …"),
            QStringLiteral("password"));
    for (; c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

} // namespace threerings::cli
