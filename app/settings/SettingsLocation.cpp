#include "SettingsLocation.h"

#include <QCoreApplication>

namespace snapshotdesk {

std::unique_ptr<QSettings> SettingsLocation::open() const
{
    if (!filePath.isEmpty())
        return std::make_unique<QSettings>(filePath, format);
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QCoreApplication::organizationName(),
                                       QCoreApplication::applicationName());
}

} // namespace snapshotdesk
