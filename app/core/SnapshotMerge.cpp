#include "core/SnapshotMerge.h"

#include <QHash>
#include <QSet>

namespace snapshotdesk {

QList<MergedSnapshot> SnapshotMerge::merge(const QList<HistoryEntry>& history,
                                           const QList<ServerSnapshot>& server, const QString& aid,
                                           ApiVersion version, const QDateTime& listedAt)
{
    // Snapshot IDs are unique per API generation, whatever the group, so an entry made in another
    // group still counts as "known here" when the server lists it.
    QHash<QString, QString> keyById;
    for (const HistoryEntry& entry : history) {
        if (entry.status == HistoryEntry::Status::Created && entry.apiVersion == version &&
            !entry.snapshotId.isEmpty())
            keyById.insert(entry.snapshotId, entry.key);
    }

    QList<MergedSnapshot> rows;
    rows.reserve(server.size());
    QSet<QString> onServer;
    for (const ServerSnapshot& snapshot : server) {
        onServer.insert(snapshot.id);
        MergedSnapshot row;
        row.server = snapshot;
        const auto it = keyById.constFind(snapshot.id);
        if (it == keyById.cend()) {
            row.origin = MergedSnapshot::Origin::CreatedElsewhere;
        } else {
            row.origin = MergedSnapshot::Origin::Both;
            row.historyKey = *it;
        }
        rows.append(std::move(row));
    }

    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const HistoryEntry& entry = *it;
        if (entry.status != HistoryEntry::Status::Created || entry.apiVersion != version ||
            entry.snapshotId.isEmpty() || entry.aid != aid || onServer.contains(entry.snapshotId))
            continue;
        MergedSnapshot row;
        // Made after the list was read (a batch running meanwhile): the list cannot know it yet.
        const bool newerThanList =
            listedAt.isValid() && entry.createdAt.isValid() && entry.createdAt >= listedAt;
        row.origin = newerThanList ? MergedSnapshot::Origin::Both : MergedSnapshot::Origin::Gone;
        row.historyKey = entry.key;
        row.server.id = entry.snapshotId;
        row.server.name = entry.displayName;
        row.server.sourceId = entry.sourceId;
        row.server.sourceName = entry.sourceName;
        row.server.aid = entry.aid;
        row.server.from = entry.from;
        row.server.to = entry.to;
        row.server.created = entry.createdAt;
        row.server.expires = entry.expirationDate;
        row.server.link = entry.link;
        onServer.insert(entry.snapshotId); // one row per snapshot, even if the history has it twice
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace snapshotdesk
