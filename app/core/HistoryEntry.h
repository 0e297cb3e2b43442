#pragma once

#include "core/ApiVersion.h"
#include "core/Parsed.h"
#include "core/WebLink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace snapshotdesk {

struct SnapshotRequest;
struct Snapshot;

// One attempt to create a snapshot, successful or not, as kept in the history.
struct HistoryEntry
{
    Q_DECLARE_TR_FUNCTIONS(HistoryEntry)

public:
    enum class Status
    {
        Created,
        Failed,
        // Sent, but the answer was lost: the server may have made it. Resolved to Created or
        // Failed from the server's list; until then the app offers no retry (a duplicate).
        Unknown,
    };

    // The history file's schema: 4 stores each entry as a CBOR map (toStored()). Released builds
    // wrote 2 (JSON text, in the settings file) and 3 (base64url records, in the history file);
    // both are still read (core/HistoryLegacyFormats) and rewritten as CBOR on the first load.
    static constexpr int kSchemaVersion = 4;
    // The schema written into toJson()'s output (the same fields as the JSON of schema 2).
    static constexpr int kJsonSchemaVersion = 2;

    QString key; // unique, sortable by creation time; assigned by HistoryStore
    QDateTime createdAt;
    QString displayName;
    QString sourceId;
    QString sourceName;
    QDateTime from;
    QDateTime to;
    QString aid;
    QString accountGroupName;
    QString snapshotId;
    WebLink link;
    ApiVersion apiVersion = ApiVersion::V7;
    Status status = Status::Created;
    QString failureReason;
    // v7 choices, so "use these settings again" restores them.
    QDateTime expirationDate;
    bool anonymizeData = false;
    // The profile (account) it was made with; empty in entries from before profiles, which were
    // all made with the one account that became the profile "Default".
    QString profile;
    // profile, or "Default" for an entry from before profiles.
    QString profileName() const;

    static HistoryEntry created(const SnapshotRequest& request, const Snapshot& snapshot, ApiVersion version,
                                const QString& accountGroupName, const QDateTime& now);
    static HistoryEntry failed(const SnapshotRequest& request, const QString& reason, ApiVersion version,
                               const QString& accountGroupName, const QDateTime& now);
    static HistoryEntry unknown(const SnapshotRequest& request, const QString& reason, ApiVersion version,
                                const QString& accountGroupName, const QDateTime& now);
    // The request that would make this snapshot again.
    SnapshotRequest toRequest() const;

    // What one history key holds: a CBOR map with text keys (see HistoryEntry.cpp), which Qt
    // writes and reads itself and any CBOR tool can show. Loads 10,000 entries off the UI thread
    // within the benchmark's figures (bench/RESULTS.md).
    QByteArray toStored() const;
    // Reads what toStored() wrote, or what a released build wrote before it (JSON of schema 2,
    // records of schema 3, as bytes or as text); an error names what is wrong.
    static Parsed<HistoryEntry> fromStored(QByteArrayView stored);
    static Parsed<HistoryEntry> fromStored(QStringView stored);

    // Compact JSON with readable field names and ISO 8601 UTC times: for export (the command line's
    // `history --format json`), never stored any more.
    QByteArray toJson() const;

    friend bool operator==(const HistoryEntry&, const HistoryEntry&) = default;
};

} // namespace snapshotdesk
