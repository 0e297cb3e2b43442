#pragma once

#include "store/SettingsLocation.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace snapshotdesk {

// A QSettings file that several running instances read and write at once (the history, the
// settings, the routines), synced only while this process holds an OS-level lock of ours.
//
// QSettings alone loses other processes' changes (Qt 6.4, QConfFileSettingsPrivate::syncConfFile):
// - A sync with nothing to write reads the file without QSettings' lock, and takes the file's size
//   and modification time only after reading it. When another process replaces the file between
//   the two, the old contents are kept under the new file's size and time; the next write, which
//   re-reads only when size or time changed, then writes the old contents back with its own
//   changes, and the other process's last entries are gone.
// - Even under the lock, "size and time unchanged" is taken to mean "file unchanged". Two versions
//   of equal size (an entry added and the oldest pruned) written within one tick of the file
//   system's clock (a whole second or two on FAT/exFAT, SMB, NFS and HFS+) are not told apart.
//
// So: every sync and every open of the file happens under an exclusive lock (flock/LockFileEx) on
// "<file>.guard", released by the system even when a process is killed; the guard file holds a
// generation number that each write increments; and when another process wrote since this one
// last synced while size and time look unchanged, the file's modification time is moved on so
// that QSettings reads it again. QSettings' own deferred syncs (which would run unguarded) are
// turned off: changes reach the disk when sync() is called, and at the latest when this is
// destroyed.
//
// Registry and macOS preferences are not files that QSettings rewrites, and are synced as they are.
class SharedSettings final
{
    Q_DISABLE_COPY_MOVE(SharedSettings)

public:
    // The QSettings inside: it never syncs by itself, and sync() through it does not compile (use
    // SharedSettings::sync(), which holds the guard).
    class File final : public QSettings
    {
    public:
        using QSettings::QSettings;
        void sync() = delete;

    protected:
        bool event(QEvent* event) override;
    };

    explicit SharedSettings(const SettingsLocation& location);
    ~SharedSettings();

    File* operator->() const { return m_settings.get(); }
    QSettings& operator*() const { return *m_settings; }

    // Writes this process's changes and reads the other processes', under the lock. Returns how
    // this sync went (QSettings::status() stays at the first error for as long as it lives). Call it
    // outside any group: after an error the QSettings object is a new one.
    QSettings::Status sync();

    QString fileName() const { return m_settings->fileName(); }

    // The guard's file, beside `settingsFile`.
    static QString guardFileName(const QString& settingsFile);

private:
    template <typename Job> QSettings::Status guarded(Job&& job);

    SettingsLocation m_location;
    std::unique_ptr<File> m_settings;
    bool m_isFile = false; // QSettings rewrites a file of its own (INI, or native on Linux)
};

} // namespace snapshotdesk
