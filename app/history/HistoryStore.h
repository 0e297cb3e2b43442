#pragma once

#include "HistoryEntry.h"
#include "settings/SettingsLocation.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace snapshotdesk {

// Keeps the history in QSettings: each entry under its own unique key in the "history" group, so
// that two running instances adding entries at once lose nothing (QSettings merges per key when it
// syncs), written and synced at once after every change so that a crash loses nothing.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr int kDefaultCap = 10'000;

    struct LoadResult
    {
        QList<HistoryEntry> entries; // oldest first
        int skipped = 0;             // entries that could not be read (left untouched in the file)
        QString firstProblem;        // what was wrong with the first of them
    };

    explicit HistoryStore(const SettingsLocation& location = SettingsLocation::native(),
                          QObject* parent = nullptr);
    ~HistoryStore() override;

    LoadResult load();
    // Stores `entry` under a new key, which it returns (empty when the store cannot be written).
    QString add(HistoryEntry entry);
    void remove(const QStringList& keys);
    void clear();

    int cap() const { return m_cap; }
    // Keeps at most `cap` newest entries; older ones are pruned on the next add.
    void setCap(int cap);

    QString fileName() const;

signals:
    void added(const snapshotdesk::HistoryEntry& entry);
    void removed(const QStringList& keys);
    void pruned(const QStringList& keys);
    void cleared();
    void writeFailed(const QString& message);

private:
    bool syncOrReport();
    void prune();

    SettingsLocation m_location;
    std::unique_ptr<QSettings> m_settings;
    int m_cap = kDefaultCap;
    int m_count = 0;
};

} // namespace snapshotdesk
