#pragma once

#include "core/HistoryEntry.h"
#include "store/SettingsLocation.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace snapshotdesk {

// Keeps the history in QSettings: each entry under its own unique key in the "history" group, so
// that two running instances adding entries at once lose nothing (QSettings merges per key when it
// syncs, and SharedSettings makes every sync re-read what the other instance wrote), written and
// synced at once after every change so that a crash loses nothing.
//
// The writing happens on one writer thread per process, in order: a sync rewrites the whole file
// (MiBs with 10,000 entries) and must not block the UI thread. added() and pruned() are emitted at
// once; a write that then fails is reported by writeFailed() a moment later, or at once when the
// file or its folder is plainly not writable (the entry is kept and written again with the next
// change, and when the store closes: saved() follows if that works); remove() and clear() (rare, deliberate)
// still wait for their write and emit removed()/cleared() only once it succeeded; saved() says when an added
// entry is on disk (what survives a kill -9). load() and the destructor wait for the writes asked for before
// them, by any store in the process.
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

    // Reads the file (picking up what other instances wrote), waiting for it.
    LoadResult load();
    // The same on the writer thread, so that the window can be painted meanwhile: loaded() tells
    // the result, including any entry add()ed while it ran.
    // `beforeReading` (optional) runs on the writer thread first, before anything writes the file:
    // for a look at the file as it was found.
    void loadInBackground(std::function<void()> beforeReading = {});
    // Moves the entries that an earlier version kept in the settings file at `legacy` into this
    // store's file (done on the writer thread, before any load asked for after it).
    void moveFrom(const SettingsLocation& legacy);
    bool isLoading() const { return m_loading; }
    // Stores `entry` under a new key, which it returns. When the file cannot be written, writeFailed()
    // says so and the entry is still added (kept in memory, where a later sync may yet save it).
    QString add(HistoryEntry entry);
    // Rewrites the entry stored under `entry.key` (an outcome found out later: Unknown becoming
    // Created or Failed), written like add(); saved(key) follows once it is on disk. An entry this
    // store does not have (removed, pruned, never added) is left alone: false.
    bool update(const HistoryEntry& entry);
    void remove(const QStringList& keys);
    void clear();

    int cap() const { return m_cap; }
    // Keeps at most `cap` newest entries; older ones are pruned on the next add.
    void setCap(int cap);

    QString fileName() const;

    // The keys of the entries in `settings`' "history" group, sorted (oldest first). In the
    // settings file of earlier versions that group also holds the history cap setting.
    static QStringList entryKeys(QSettings& settings);

signals:
    void loaded(const snapshotdesk::HistoryStore::LoadResult& result);
    void added(const snapshotdesk::HistoryEntry& entry);
    void updated(const snapshotdesk::HistoryEntry& entry);
    void removed(const QStringList& keys);
    void pruned(const QStringList& keys);
    void cleared();
    void writeFailed(const QString& message);
    // The entry added under `key` is in the file (synced by the writer thread).
    void saved(const QString& key);

private:
    struct Backend;

    struct ReadResult;
    static ReadResult read(Backend& backend);
    LoadResult finishLoad(ReadResult read, bool background);
    bool plainlyUnwritable() const;
    void prune();

    std::shared_ptr<Backend> m_backend; // used on the writer thread only
    QString m_fileName;
    QStringList m_keys; // every key in the file as far as this store knows, oldest first
    int m_cap = kDefaultCap;
    bool m_loading = false;
    QList<HistoryEntry> m_addedWhileLoading; // not in the background load's result: added after it
};

} // namespace snapshotdesk
