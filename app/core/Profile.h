#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace snapshotdesk {

// Profiles: several ThousandEyes accounts side by side (one token per organisation), each with its
// API version, address, authentication and keychain entry. The rules for their names live here so
// that the window, the command line and the store agree.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr qsizetype kMaxNameLength = 64;

    // What settings and tokens from before profiles became, without anything being moved.
    static QString defaultName() { return QStringLiteral("Default"); }
    // Why `name` cannot name a new profile among `existing` (translated), or empty. Names are
    // compared without regard to case: the Windows registry and macOS file names do not tell
    // "Acme" from "acme".
    static QString validateName(const QString& name, const QStringList& existing);
    // The profile in `names` that `name` means (exactly, then ignoring case), or empty.
    static QString find(const QStringList& names, const QString& name);
};

} // namespace snapshotdesk
