#pragma once

#include "core/ApiConfig.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace snapshotdesk {

// What the command line and the environment ask for. Parsed before QApplication exists, so that
// --help and --version work without a display. Precedence: command line, then environment, then
// the saved settings.
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)

public:
    bool showHelp = false;
    bool showVersion = false;
    bool demo = false;
    std::optional<QUrl> apiUrl;
    std::optional<ApiVersion> apiVersion;
    // From TE_TOKEN, or TE_EMAIL with TE_BASIC_TOKEN: used for this run, never persisted.
    std::optional<Credentials> credentials;
    QString settingsFile; // --settings-file: an INI file instead of the native store
    QString error;        // a translated sentence when the arguments are wrong
    QString helpText;

    static StartupOptions
    parse(const QStringList& arguments,
          const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // parse() with this process's environment, and then the tokens taken out of it, so that a
    // browser or any other program started from the app does not inherit them.
    static StartupOptions takeFromProcess(const QStringList& arguments);
};

} // namespace snapshotdesk
