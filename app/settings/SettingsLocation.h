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
};

} // namespace snapshotdesk
