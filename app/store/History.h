#pragma once

#include "core/HistoryEntry.h"
#include "store/HistoryStore.h"
#include "store/SettingsLocation.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace snapshotdesk {

// The history as the program holds it: every entry, oldest first, owned here and nowhere else.
// The window's table, its CSV export, the server list's merge and the command line all read it
// from this object; HistoryStore below it keeps the file (one writer thread, safe for several
// processes).
//
// Changes are told twice, as KeePassXC's groups tell its entry model: index-level pairs
// (aboutToInsert/inserted, aboutToRemove/removedAt, aboutToReset/reset, changedAt) for a model that
// adapts the list to a view without a copy, and entry-level signals (added, updated, removed,
// cleared, loaded) for everything else.
class History final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(History)

public:
    explicit History(const SettingsLocation& location = SettingsLocation::native(),
                     QObject* parent = nullptr);
    ~History() override;

    // Reads the file on the writer thread; loaded() follows (and reset() before it). An entry
    // add()ed meanwhile is kept. `beforeReading` runs on the writer thread first (a look at the
    // file as it was found, before anything writes it).
    void load(std::function<void()> beforeReading = {});
    // Reads the file and waits: for programs without an event loop to spare (the command line).
    HistoryStore::LoadResult loadNow();
    // Reads the file again (in the background) and applies what other instances added or deleted
    // since, entry by entry, so that a view keeps its selection.
    void reload();
    // Moves the entries that an earlier version kept in the settings file at `legacy` here.
    void moveFrom(const SettingsLocation& legacy) { m_store->moveFrom(legacy); }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_store->isLoading(); }

    const QList<HistoryEntry>& entries() const { return m_entries; }
    int size() const { return static_cast<int>(m_entries.size()); }
    const HistoryEntry& at(int index) const { return m_entries.at(index); }
    // -1 when absent.
    int indexOf(const QString& key) const;

    // Adds `entry` under a new key, which it returns (see HistoryStore::add: written off the UI
    // thread; saved(key) once on disk, writeFailed() if not).
    QString add(HistoryEntry entry);
    // Rewrites the entry with `entry.key` (an unknown outcome found out); false when absent.
    bool update(const HistoryEntry& entry);
    // Deletes from the file first, then from the list (a failed write leaves both).
    void remove(const QStringList& keys);
    void clear();

    int cap() const { return m_store->cap(); }
    void setCap(int cap) { m_store->setCap(cap); }
    QString fileName() const { return m_store->fileName(); }

signals:
    void aboutToReset();
    void reset();
    void aboutToInsert(int index);
    void inserted(int index);
    void aboutToRemove(int index);
    void removedAt(int index);
    void changedAt(int index);

    // The file was read (entries() holds it): how many entries could not be read, and why.
    void loaded(int skipped, const QString& firstProblem);
    void added(const snapshotdesk::HistoryEntry& entry);
    void updated(const snapshotdesk::HistoryEntry& entry);
    // Deleted by the user, pruned by the cap, or gone from the file (another instance deleted them).
    void removed(const QStringList& keys);
    void cleared();
    void writeFailed(const QString& message);
    void saved(const QString& key);

private:
    void takeLoad(const HistoryStore::LoadResult& result);
    void insertSorted(const HistoryEntry& entry);
    void removeKeys(const QStringList& keys);

    std::unique_ptr<HistoryStore> m_store;
    QList<HistoryEntry> m_entries; // oldest first (keys sort by creation time)
    bool m_loaded = false;
};

} // namespace snapshotdesk
