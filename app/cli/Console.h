#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace snapshotdesk::cli {

// Where a command writes and what it reads: the process's standard streams, or (in tests) strings.
// Standard output carries only the result (an ID, a table, JSON), so that `id=$(... create ...)`
// works; everything said to the person (progress, waits, errors) goes to standard error.
class Console
{
public:
    Console() = default;
    virtual ~Console() = default;
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;

    virtual void out(const QString& text) = 0;
    virtual void err(const QString& text) = 0;
    // Whether a person watches standard error (progress is shown only then) and types on standard
    // input (a question is asked only then).
    virtual bool isErrTerminal() const = 0;
    virtual bool isInTerminal() const = 0;
    // One line of standard input without its line end; nullopt at its end.
    virtual std::optional<QString> readLine() = 0;
};

// The process's stdin, stdout and stderr, in the locale's encoding (UTF-8 on Linux and macOS).
class StdConsole final : public Console
{
public:
    void out(const QString& text) override;
    void err(const QString& text) override;
    bool isErrTerminal() const override;
    bool isInTerminal() const override;
    std::optional<QString> readLine() override;
};

// For tests: what was written, and the lines to read.
class BufferConsole final : public Console
{
public:
    QString outText;
    QString errText;
    QStringList input;
    bool terminal = false;

    void out(const QString& text) override { outText += text; }
    void err(const QString& text) override { errText += text; }
    bool isErrTerminal() const override { return terminal; }
    bool isInTerminal() const override { return terminal; }
    std::optional<QString> readLine() override;
};

} // namespace snapshotdesk::cli
