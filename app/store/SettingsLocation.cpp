#include "store/SettingsLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace snapshotdesk {

std::unique_ptr<QSettings> SettingsLocation::open() const
{
    if (!filePath.isEmpty())
        return std::make_unique<QSettings>(filePath, format);
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QCoreApplication::organizationName(),
                                       QCoreApplication::applicationName());
}

SettingsLocation SettingsLocation::history() const
{
    if (!filePath.isEmpty()) {
        const QFileInfo file(filePath);
        return iniFile(file.dir().filePath(file.completeBaseName() + QStringLiteral("-history.ini")));
    }
    // The folder the platform keeps per-user INI files in (%APPDATA% on Windows, ~/.config on
    // Linux and macOS), asked of QSettings for a file that does not exist: on Linux the app's own
    // INI file is the settings file, which is read only under SharedSettings' guard.
    const QSettings ini(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                        QCoreApplication::applicationName() + QStringLiteral("-folder-probe"));
    return iniFile(QFileInfo(ini.fileName())
                       .dir()
                       .filePath(QCoreApplication::applicationName() + QStringLiteral("-history.ini")));
}

} // namespace snapshotdesk
