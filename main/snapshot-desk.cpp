// Snapshot Desk: parse the command line before any GUI exists (so --help and --version work
// without a display), then build the session and show the window.

#include "session/ProcessStart.h"
#include "session/Session.h"
#include "session/Translations.h"
#include "ui/history/HistoryView.h"
#include "ui/widgets/AppStyle.h"
#include "ui/window/FirstPaintProbe.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QNetworkProxyFactory>
#include <QTableView>

#include <cstdio>

int main(int argc, char** argv)
{
    snapshotdesk::ProcessStart::setIdentity();
    const snapshotdesk::StartupOptions options =
        snapshotdesk::StartupOptions::takeFromProcess(snapshotdesk::ProcessStart::arguments(argc, argv));
    if (options.showHelp) {
        std::fputs(options.helpText.toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (options.showVersion) {
        std::printf("snapshot-desk %s\n", SNAPSHOTDESK_VERSION);
        return 0;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "snapshot-desk: %s\n", options.error.toLocal8Bit().constData());
        return 2;
    }

    QApplication app(argc, argv);
    // The desktop's style, minus the image plugins it would load before the first frame.
    QApplication::setStyle(new snapshotdesk::AppStyle(QApplication::style()->name()));
    // Corporate networks need their proxy (PAC, environment, system settings) to reach the API.
    // A process-wide choice, so it is made once here rather than by every transport.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QApplication::setApplicationDisplayName(QStringLiteral("Snapshot Desk"));
    QApplication::setDesktopFileName(QStringLiteral(SNAPSHOTDESK_APP_ID));

    snapshotdesk::Session::Options sessionOptions;
    sessionOptions.startup = options;
    sessionOptions.loadHistoryAtStart = false; // the window reads it after its first paint
    if (!options.settingsFile.isEmpty())
        sessionOptions.location = snapshotdesk::SettingsLocation::iniFile(options.settingsFile);
    snapshotdesk::Session session(sessionOptions);
    if (!session.unknownProfile().isEmpty()) {
        const QString message =
            QCoreApplication::translate("main", "There is no profile \"%1\". Profiles: %2.")
                .arg(session.unknownProfile(), session.settings().profiles().join(u", "));
        std::fprintf(stderr, "snapshot-desk: %s\n", message.toLocal8Bit().constData());
        return 2;
    }
    snapshotdesk::installTranslations(app, session.settings().language());

    snapshotdesk::MainWindow window(session);
    if (snapshotdesk::FirstPaintProbe::requested()) // benchmarks only: see FirstPaintProbe.h
        new snapshotdesk::FirstPaintProbe(&window, window.historyView()->table()->viewport(),
                                          [&session] { return session.isHistoryLoaded(); });
    // The keychain (D-Bus), the demo server and the network wait until the window is on screen:
    // the first frame shows none of them. (So does the history, which the window reads then.)
    QObject::connect(&window, &snapshotdesk::MainWindow::firstPainted, &session,
                     &snapshotdesk::Session::start);
    window.show();
    return QApplication::exec();
}
