#pragma once

#include "core/Routine.h"
#include "store/SettingsLocation.h"
#include "store/SharedSettings.h"

#include <QObject>

#include <memory>
#include <optional>

namespace snapshotdesk {

// Keeps routines in QSettings, one key per routine in the "routines" group (as HistoryStore does for
// entries, so two running instances do not overwrite each other's), and moves them in and out of a
// small versioned JSON file so a team can share them.
class RoutineStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineStore)

public:
    static constexpr int kFileFormatVersion = 1;
    // A routines file is a few kilobytes (a routine of 100 sources is about 10 KiB), so 4 MiB holds
    // hundreds of routines; anything larger is the wrong file (a log, an image), and is refused
    // before it is read into memory.
    static constexpr qint64 kMaxImportBytes = 4 * 1024 * 1024;

    explicit RoutineStore(const SettingsLocation& location = SettingsLocation::native(),
                          QObject* parent = nullptr);
    ~RoutineStore() override;

    // Every readable routine, by name.
    QList<Routine> routines() const;
    std::optional<Routine> routine(const QString& id) const;

    // Stores a new routine and returns its id; empty, and nothing stored, when it has more than
    // Routine::kMaxSources sources (it would not be read back).
    QString add(Routine routine);
    // Replaces the routine with the same id; false when there is none or it has too many sources.
    bool update(const Routine& routine);
    bool rename(const QString& id, const QString& name);
    // A copy named "<name> (copy)"; returns its id, empty when `id` is unknown.
    QString duplicate(const QString& id);
    bool remove(const QString& id);

    // The export file: {"format":"snapshotdesk-routines","version":1,"routines":[...]}.
    static QByteArray toExportJson(const QList<Routine>& routines);
    // Reads an export file; the error (translated) says what is wrong and where.
    static Parsed<QList<Routine>> fromExportJson(const QByteArray& json);

    // Writes the routines with `ids` (all when empty) to `path` atomically. Returns an error, or empty.
    QString exportFile(const QString& path, const QStringList& ids = {}) const;
    // Adds every routine in the file (as new routines; a name already taken gets " (imported)").
    // All or nothing: a malformed file adds none. Returns how many were added, or the error.
    // Only a regular file is read (a FIFO would block, a device never ends), at most kMaxImportBytes.
    Parsed<int> importFile(const QString& path);
    Parsed<int> importJson(const QByteArray& json);

signals:
    void changed();
    void writeFailed(const QString& message);

private:
    bool write(const Routine& routine);

    mutable SharedSettings m_settings;
};

} // namespace snapshotdesk
