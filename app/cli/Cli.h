#pragma once

#include "cli/Command.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>

namespace snapshotdesk::cli {

// snapshot-desk-cli: reads the command line (shared options anywhere, as git's and gh's users
// expect them before or after the command), runs the command and says how it ended. Help and
// usage errors are answered without a session, so they need no keychain, network or display.
class Cli final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cli)

public:
    struct Options
    {
        Console* console = nullptr;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The defaults for every command's session: the native settings, the app's keychain
        // service, the system clock (tests give their own).
        Session::Options session;
    };

    explicit Cli(Options options, QObject* parent = nullptr);
    ~Cli() override;

    // Runs `arguments` (the program's name first); finished() follows, always after run() returns.
    void run(const QStringList& arguments);

    // The commands, in the order --help lists them.
    static QStringList commandNames();

signals:
    void finished(int exitCode);

private:
    void finishLater(ExitCode code);
    QString overview() const;

    Options m_options;
    std::unique_ptr<Command> m_command;
};

} // namespace snapshotdesk::cli
