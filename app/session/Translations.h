#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace snapshotdesk {

// Loads the app's and Qt's own translations (used by the window and snapshot-desk-cli) for `language` ("" =
// the system locale), so that the standard dialogs and buttons speak the same language as the rest of the
// window. A second call replaces the first. Returns the locale in use.
QLocale installTranslations(QCoreApplication& app, const QString& language);

// The languages the app ships, as settings values ("de", "fr", …), English first.
QStringList availableLanguages();

} // namespace snapshotdesk
