#include "cli/Console.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#define SNAPSHOTDESK_ISATTY _isatty
#define SNAPSHOTDESK_FILENO _fileno
#else
#include <unistd.h>
#define SNAPSHOTDESK_ISATTY isatty
#define SNAPSHOTDESK_FILENO fileno
#endif

namespace snapshotdesk::cli {

namespace {

void write(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void StdConsole::out(const QString& text)
{
    write(stdout, text);
}

void StdConsole::err(const QString& text)
{
    write(stderr, text);
}

bool StdConsole::isErrTerminal() const
{
    return SNAPSHOTDESK_ISATTY(SNAPSHOTDESK_FILENO(stderr)) != 0;
}

bool StdConsole::isInTerminal() const
{
    return SNAPSHOTDESK_ISATTY(SNAPSHOTDESK_FILENO(stdin)) != 0;
}

std::optional<QString> StdConsole::readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(static_cast<char>(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
}

std::optional<QString> BufferConsole::readLine()
{
    if (input.isEmpty())
        return std::nullopt;
    return input.takeFirst();
}

} // namespace snapshotdesk::cli
