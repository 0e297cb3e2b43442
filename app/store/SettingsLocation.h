#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace snapshotdesk {

// Where settings and history live: the platform's native store by default (registry, plist, INI
// under ~/.config), or one file, for tests, benchmarks and a second profile.
struct SettingsLocation
{
    QString filePath; // empty = native store for the organisation and application name
    QSettings::Format format = QSettings::NativeFormat;

    static SettingsLocation native() { return {}; }
    static SettingsLocation iniFile(const QString& path) { return {path, QSettings::IniFormat}; }

    std::unique_ptr<QSettings> open() const;

    // Where the history lives: an INI file of its own beside the settings ("<name>-history.ini"),
    // on every platform. Ten thousand entries do not belong in the registry or a plist, and with
    // them elsewhere the settings stay small, so reading them at startup costs nothing and a
    // history write never rewrites them.
    SettingsLocation history() const;
};

} // namespace snapshotdesk
