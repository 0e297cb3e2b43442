#pragma once

#include "api/ServerSnapshotCatalog.h"
#include "core/HistoryEntry.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace snapshotdesk {

class SnapshotService;

// Finds out what became of creates whose answer was lost (HistoryEntry::Status::Unknown): lists the
// account group's snapshots through a ServerSnapshotCatalog of its own (so the Server snapshots tab
// is neither replaced nor cancelled by it) and looks for one with the entry's display name and
// range. One list per account group answers every entry waiting for that group.
class OutcomeCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeCheck)

public:
    // A snapshot listed as created this long before the attempt was recorded may still be its: the
    // entry is written when the answer is given up on (after the timeout), and the two clocks
    // differ. Earlier ones are someone else's snapshot of the same name and range.
    static constexpr int kMatchWindowSeconds = 15 * 60;

    explicit OutcomeCheck(QObject* parent = nullptr);
    ~OutcomeCheck() override;

    // Talks through `service` from now on; a check in flight is dropped, its entries stay queued.
    void setService(SnapshotService* service);
    // Which snapshot IDs the history already holds as created (those are not an unknown entry's).
    void setIsRecorded(std::function<bool(const QString& id)> isRecorded);

    // Queues `entry` (Unknown, with its key) and starts checking unless a check runs. An entry
    // already queued is not added twice; one of another API generation waits for a service of it.
    void check(const HistoryEntry& entry);
    bool isChecking() const { return m_catalog.isLoading(); }
    int pendingCount() const { return static_cast<int>(m_queue.size()); }

    // The snapshot in `list` (the server's list of the entry's group) that the entry's create
    // made, if any: same display name and from/to to the second, created no earlier than
    // kMatchWindowSeconds before the entry, not already recorded; the closest in time first.
    static std::optional<ServerSnapshot> findMatch(const HistoryEntry& entry,
                                                   const QList<ServerSnapshot>& list,
                                                   const std::function<bool(const QString& id)>& isRecorded);

signals:
    // `entry` is now Created (with the server's ID and link) or Failed (not on the server).
    void resolved(const snapshotdesk::HistoryEntry& entry);
    // The list could not be read: `entry` stays Unknown, to be checked again later.
    void unresolved(const snapshotdesk::HistoryEntry& entry, const snapshotdesk::ApiError& error);

private:
    void checkNext();
    void onLoaded(const QString& aid, const QList<ServerSnapshot>& list);
    void onLoadFailed(const ApiError& error);

    ServerSnapshotCatalog m_catalog;
    QPointer<SnapshotService> m_service;
    std::function<bool(const QString& id)> m_isRecorded;
    QList<HistoryEntry> m_queue; // oldest first; the entries of m_checkingAid are being checked
    QString m_checkingAid;
};

} // namespace snapshotdesk
