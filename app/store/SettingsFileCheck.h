#pragma once

#include "store/SettingsLocation.h"

#include <QDateTime>
#include <QString>

namespace snapshotdesk {

// A look at the settings file at startup, before anything writes to it. QSettings rewrites an INI
// file without the lines it cannot parse, and with undecodable bytes replaced, as soon as anything
// is saved; so a damaged file (truncated, binary garbage, hand-edited values of the wrong type) is
// copied beside itself first, as "<name>.damaged-<yyyyMMdd-HHmmss>.bak", and the user is told once.
// The same damage found again at a later start (the readable part of the file is kept and used, so
// the unreadable history entries stay where they were) makes no second copy and is not told again.
struct SettingsFileCheck
{
    bool damaged = false;         // unparsable lines, undecodable bytes or unreadable history entries
    bool alreadyReported = false; // the same damage was found, kept and told at an earlier start
    int unreadableEntries = 0;    // history entries that cannot be read
    QString problem;              // what was wrong, in a few words (for the log)
    QString backupPath;           // the copy kept this time; empty when none was made
    QString fingerprint;          // identifies the damage (see run())

    bool shouldTell() const { return damaged && !alreadyReported; }

    enum class Depth
    {
        Quick, // the file's syntax and encoding, and whether each history value looks whole
        Full,  // also reads every history entry (when load() skipped some)
    };

    // Checks the file at `location`; when it is damaged and was not reported before, keeps a copy
    // and remembers the damage in the file, so that the next start stays quiet. `now` names the copy.
    static SettingsFileCheck run(const SettingsLocation& location, const QDateTime& now,
                                 Depth depth = Depth::Quick);

    static constexpr const char* kReportedKey = "historyMeta/reportedDamage";
};

} // namespace snapshotdesk
