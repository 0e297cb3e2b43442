#pragma once

#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace snapshotdesk::cli {

// One command of snapshot-desk-cli. The dispatcher (Cli) adds the command's options to a parser
// beside the shared ones, lets it read them, then starts it; finished() comes exactly once, after
// which nothing more is written. Commands stand on the Session as the window does, so settings,
// keychain token, environment overrides, pacing and history are the window's own.
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    // What the front end gives every command.
    struct Context
    {
        Console* console = nullptr;
        Session::Options session; // location, --api-url and the like, the environment's token
    };

    ~Command() override;

    void setContext(Context context) { m_context = std::move(context); }
    virtual void addOptions(QCommandLineParser& parser) = 0;
    // Reads the parsed options; returns why they are wrong (translated, naming the argument).
    virtual QString readOptions(const QCommandLineParser& parser) = 0;
    virtual void start() = 0;

    // A table with a header line, columns padded to their widest cell.
    static QString table(const QStringList& header, const QList<QStringList>& rows);
    // Compact JSON and a line end.
    static QString jsonLine(const QJsonValue& value);
    // "2026-11-02T18:00:00Z", or null when invalid.
    static QJsonValue utcJson(const QDateTime& time);
    static QJsonObject rateLimitJson(const RateLimitStatus& status);
    // Local time, minutes, as the window shows it.
    static QString localText(const QDateTime& time);

signals:
    void finished(int exitCode);

protected:
    explicit Command(QObject* parent = nullptr);

    Console& console() { return *m_context.console; }
    const Context& context() const { return m_context; }
    Context& context() { return m_context; }
    bool isFinished() const { return m_finished; }

    void succeed() { finish(ExitCode::Success); }
    void finish(ExitCode code);
    // One line on standard error, then finished(code).
    void fail(ExitCode code, const QString& message);
    // The error's sentence (and the server's own words), with the exit code of its class.
    void fail(const ApiError& error);
    // A line for the person on standard error.
    void tell(const QString& message);

    // The session of this run, made on first use (nullptr, after fail(), for an unknown --profile).
    Session* session();
    // Starts the session (token, demo) and calls `ready` once the account groups are in. A missing
    // or refused token, an unreachable API and the like end the command with their exit code.
    void connectThen(std::function<void()> ready);
    // The account group `wanted` names (ID, then name exactly, then ignoring case); empty `wanted`
    // is the group the window would use. Fails (usage) and returns nullopt when there is none.
    std::optional<AccountGroup> findAccountGroup(const QString& wanted);
    // Calls `then` once every history entry under `keys` is on disk (HistoryStore::saved), so that
    // what the command reports is in the history even if the machine goes down right after. When
    // the history cannot be written, says so and calls `then` all the same (the snapshot exists).
    void whenSaved(const QStringList& keys, std::function<void()> then);
    // Loads the sources of `aid` and calls `ready` with them; fails the command on an error.
    void loadSources(const QString& aid, std::function<void(const QList<SnapshotSource>&)> ready);

private:
    Context m_context;
    std::unique_ptr<Session> m_session;
    bool m_finished = false;
    bool m_connected = false;
    QString m_credentialsProblem;
    QDateTime m_waitUntil;
    QSet<QString> m_savedKeys;
    QStringList m_awaitedKeys;
    std::function<void()> m_afterSaved;
};

// What names a thing on the command line: its ID, or its name (exactly, then ignoring case).
struct NameMatch
{
    qsizetype index = -1;  // the one found, or -1
    QList<qsizetype> tied; // more than one fits (the name is ambiguous)
};
NameMatch matchIdOrName(const QList<QPair<QString, QString>>& idsAndNames, const QString& wanted);
// The candidates for a message: "Name (ID)", at most `limit`, then how many more.
QString candidateList(const QList<QPair<QString, QString>>& idsAndNames, const QList<qsizetype>& which,
                      qsizetype limit = 10);

} // namespace snapshotdesk::cli
