#pragma once

#include "core/HistoryEntry.h"
#include "core/ServerSnapshot.h"

#include <QList>

namespace snapshotdesk {

// One row of the server list after comparing it with the local history.
struct MergedSnapshot
{
    enum class Origin
    {
        Both,             // on the server and in this app's history
        CreatedElsewhere, // on the server only: made in the web app, another client or another machine
        Gone,             // in the history as created, but no longer on the server (deleted or expired)
    };

    Origin origin = Origin::Both;
    ServerSnapshot server; // for Gone: filled from the history entry
    QString historyKey;    // empty for CreatedElsewhere

    friend bool operator==(const MergedSnapshot&, const MergedSnapshot&) = default;
};

// The merge of the local history with the server's list, as a pure function so it is tested alone.
class SnapshotMerge final
{
public:
    // `server` is the complete list for account group `aid` on API `version`. Only history entries
    // that were Created, on the same version and for the same group, can be Gone: an entry of
    // another group or API generation says nothing about this list. Server rows come first, in the
    // server's order, then the gone entries, newest first. An entry created at or after
    // `listedAt` (when the list was asked for) cannot be in it yet: it is shown as in the history,
    // from the history's data, never as gone.
    static QList<MergedSnapshot> merge(const QList<HistoryEntry>& history,
                                       const QList<ServerSnapshot>& server, const QString& aid,
                                       ApiVersion version, const QDateTime& listedAt = {});
};

} // namespace snapshotdesk
