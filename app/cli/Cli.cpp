#include "cli/Cli.h"

#include "cli/Commands.h"

#include <QRegularExpression>

namespace snapshotdesk::cli {

namespace {

const QString kProgram = QStringLiteral("snapshot-desk-cli");

std::unique_ptr<Command> makeCommand(const QString& name)
{
    if (name == u"create")
        return std::make_unique<CreateCommand>();
    if (name == u"account-groups")
        return std::make_unique<ListCommand>(ListCommand::What::AccountGroups);
    if (name == u"sources")
        return std::make_unique<ListCommand>(ListCommand::What::Sources);
    if (name == u"snapshots")
        return std::make_unique<ListCommand>(ListCommand::What::Snapshots);
    if (name == u"delete")
        return std::make_unique<DeleteCommand>();
    if (name == u"history")
        return std::make_unique<HistoryCommand>();
    if (name == u"routines")
        return std::make_unique<RoutinesCommand>();
    if (name == u"run-routine")
        return std::make_unique<RunRoutineCommand>();
    if (name == u"login")
        return std::make_unique<TokenCommand>(TokenCommand::What::Login);
    if (name == u"logout")
        return std::make_unique<TokenCommand>(TokenCommand::What::Logout);
    if (name == u"profiles")
        return std::make_unique<ProfilesCommand>();
    return nullptr;
}

// The shared options that take a value, so that the command is found after `--profile NAME`.
bool takesValue(const QString& argument)
{
    static const QStringList withValue{QStringLiteral("--api-url"), QStringLiteral("--api-version"),
                                       QStringLiteral("--settings-file"), QStringLiteral("--profile")};
    return withValue.contains(argument);
}

void addHelpAndVersion(QCommandLineParser& parser)
{
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help and exit.")});
}

} // namespace

Cli::Cli(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

Cli::~Cli() = default;

QStringList Cli::commandNames()
{
    return {QStringLiteral("create"),    QStringLiteral("account-groups"), QStringLiteral("sources"),
            QStringLiteral("snapshots"), QStringLiteral("delete"),         QStringLiteral("history"),
            QStringLiteral("routines"),  QStringLiteral("run-routine"),    QStringLiteral("profiles"),
            QStringLiteral("login"),     QStringLiteral("logout")};
}

QString Cli::overview() const
{
    QString text =
        tr("Usage: %1 [options] COMMAND [command options]\n\n"
           "Creates ThousandEyes report (API v6) and dashboard (API v7) snapshots from scripts, cron and "
           "CI, with the settings, token, profiles and history of the Snapshot Desk window.\n\n"
           "Commands:\n")
            .arg(kProgram);
    const QList<QPair<QString, QString>> summaries{
        {QStringLiteral("create"), tr("Create a snapshot and print its ID")},
        {QStringLiteral("account-groups"), tr("List the account groups")},
        {QStringLiteral("sources"), tr("List the reports or dashboards of an account group")},
        {QStringLiteral("snapshots"), tr("List the snapshots on the server")},
        {QStringLiteral("delete"), tr("Delete snapshots on the server")},
        {QStringLiteral("history"), tr("Print the history of snapshots")},
        {QStringLiteral("routines"), tr("List the saved routines")},
        {QStringLiteral("run-routine"), tr("Run a saved routine now")},
        {QStringLiteral("profiles"), tr("List, add or remove profiles (accounts)")},
        {QStringLiteral("login"),
         tr("Save a profile's API token in the keychain (read from standard input)")},
        {QStringLiteral("logout"), tr("Remove a profile's API token from the keychain")},
    };
    for (const auto& [name, summary] : summaries)
        text += QStringLiteral("  %1%2\n").arg(name.leftJustified(16), summary);
    QCommandLineParser parser;
    StartupOptions::addSharedOptions(parser);
    addHelpAndVersion(parser);
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")});
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QStringLiteral("Options:")));
    text += u'\n' + options;
    text +=
        tr("\nEnvironment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with "
           "TE_BASIC_TOKEN (v6 basic authentication); tokens from the environment are used for this run "
           "and never saved.\n\n"
           "Exit status: 0 success; 1 API or network failure; 2 bad usage or input; 3 authentication or "
           "permission (401/403, no token); 4 rate limit not recovered; 5 some items of a batch failed.\n\n"
           "`%1 COMMAND --help` describes a command; `man %1` has more.\n")
            .arg(kProgram);
    return text;
}

void Cli::finishLater(ExitCode code)
{
    QMetaObject::invokeMethod(
        this, [this, code] { emit finished(static_cast<int>(code)); }, Qt::QueuedConnection);
}

void Cli::run(const QStringList& arguments)
{
    Console& console = *m_options.console;
    const auto usage = [this, &console](const QString& message, const QString& command) {
        // One line: what is wrong, naming the argument, and where the usage is described.
        console.err(kProgram + QStringLiteral(": ") + message + u' ' +
                    tr("See `%1 --help`.").arg(command.isEmpty() ? kProgram : kProgram + u' ' + command) +
                    u'\n');
        finishLater(ExitCode::Usage);
    };

    // The command is the first argument that is neither an option nor an option's value.
    qsizetype commandAt = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument.startsWith(u'-')) {
            if (takesValue(argument))
                ++i;
            continue;
        }
        commandAt = i;
        break;
    }
    QString name = commandAt < 0 ? QString() : arguments.at(commandAt);
    QStringList rest = arguments;
    if (commandAt >= 0)
        rest.removeAt(commandAt);

    if (name == u"help") {
        // `help` alone, or `help COMMAND` as git answers it.
        name = commandAt + 1 < arguments.size() ? arguments.at(commandAt + 1) : QString();
        if (name.isEmpty()) {
            console.out(overview());
            finishLater(ExitCode::Success);
            return;
        }
        rest = {arguments.first(), QStringLiteral("--help")};
    }

    if (name.isEmpty()) {
        QCommandLineParser parser;
        StartupOptions::addSharedOptions(parser);
        addHelpAndVersion(parser);
        parser.addOption(
            {{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")});
        if (!parser.parse(rest)) {
            usage(parser.errorText(), {});
            return;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            console.out(kProgram + u' ' + QStringLiteral(SNAPSHOTDESK_VERSION) + u'\n');
            finishLater(ExitCode::Success);
        } else if (parser.isSet(QStringLiteral("help"))) {
            console.out(overview());
            finishLater(ExitCode::Success);
        } else {
            usage(tr("Give a command: %1.").arg(commandNames().join(QStringLiteral(", "))), {});
        }
        return;
    }

    m_command = makeCommand(name);
    if (!m_command) {
        usage(
            tr("\"%1\" is not a command. Commands: %2.").arg(name, commandNames().join(QStringLiteral(", "))),
            {});
        return;
    }
    Command::Context context;
    context.console = m_options.console;
    m_command->setContext(context);
    QCommandLineParser parser;
    StartupOptions::addSharedOptions(parser);
    addHelpAndVersion(parser);
    m_command->addOptions(parser);
    if (!parser.parse(rest)) {
        usage(parser.errorText(), name);
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program as it was started, or "<executable_name>" before an application
        // exists; the usage line names the command the way it is typed.
        QString help = parser.helpText();
        static const QRegularExpression usageLine(QStringLiteral("^Usage: \\S+"));
        help.replace(usageLine, QStringLiteral("Usage: ") + kProgram + u' ' + name);
        console.out(help);
        finishLater(ExitCode::Success);
        return;
    }
    const StartupOptions startup = StartupOptions::fromParser(parser, m_options.environment);
    if (!startup.error.isEmpty()) {
        usage(startup.error, name);
        return;
    }
    context.session = m_options.session;
    context.session.startup = startup;
    if (!startup.settingsFile.isEmpty())
        context.session.location = SettingsLocation::iniFile(startup.settingsFile);
    m_command->setContext(context);
    const QString problem = m_command->readOptions(parser);
    if (!problem.isEmpty()) {
        usage(problem, name);
        return;
    }
    connect(m_command.get(), &Command::finished, this,
            [this](int code) { finishLater(static_cast<ExitCode>(code)); });
    m_command->start();
}

} // namespace snapshotdesk::cli
