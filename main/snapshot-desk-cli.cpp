// snapshot-desk-cli: the snapshots of the window from scripts, cron and CI. A QCoreApplication
// only (no Qt Gui or Widgets), so it runs on a server without a display or X libraries.

#include "cli/Cli.h"
#include "session/ProcessStart.h"
#include "session/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>

int main(int argc, char** argv)
{
    // The window's identity, so QSettings finds the window's settings, history and routines.
    snapshotdesk::ProcessStart::setIdentity();
    QCoreApplication app(argc, argv);
    // Standard error is for the person or the script's log: problems, not the chatter of every
    // request (QT_LOGGING_RULES, read after these rules, still turns it on).
    QLoggingCategory::setFilterRules(QStringLiteral("snapshotdesk.*.info=false\nsnapshotdesk.*.debug=false"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    snapshotdesk::cli::StdConsole console;
    snapshotdesk::cli::Cli::Options options;
    options.console = &console;
    // Read once, then taken out of the environment, as the window does: nothing this process
    // starts inherits the tokens.
    options.environment = QProcessEnvironment::systemEnvironment();
    snapshotdesk::StartupOptions::forgetEnvironmentTokens();
    {
        // The language chosen in the window's Settings, else the system's.
        const snapshotdesk::Settings settings;
        snapshotdesk::installTranslations(app, settings.language());
    }
    snapshotdesk::cli::Cli cli(options);
    QObject::connect(&cli, &snapshotdesk::cli::Cli::finished, &app, &QCoreApplication::exit);
    cli.run(snapshotdesk::ProcessStart::arguments(argc, argv));
    return QCoreApplication::exec();
}
