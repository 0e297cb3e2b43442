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

    // The history file's schema: 3 stores each entry as a compact record (toStored()); 1 and 2
    // stored JSON (toJson()), still read, and rewritten as records on the first load.
    static constexpr int kSchemaVersion = 3;
    // The schema written into toJson()'s output.
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

    // What one settings key holds: a binary record in unpadded base64url. Chosen over JSON because
    // loading 10,000 entries must take well under 60 ms: the record needs no escaping in the INI
    // file, no JSON parse and no date-string parsing. HistoryStore keeps it as bytes (QSettings
    // then holds one byte per character, not two, for the whole file, as long as it is open).
    QString toStored() const;
    // Reads a stored record, or the JSON of schema 1 and 2; an error names what is wrong.
    static Parsed<HistoryEntry> fromStored(QStringView stored);
    static Parsed<HistoryEntry> fromStored(QByteArrayView stored);

    // Compact JSON (schema kJsonSchemaVersion): the older stored form, and a readable one.
    QByteArray toJson() const;
    // Reads JSON of schema 1 and 2; an error names what is wrong.
    static Parsed<HistoryEntry> fromJson(const QByteArray& json);

    friend bool operator==(const HistoryEntry&, const HistoryEntry&) = default;

private:
    template <typename Text> static Parsed<HistoryEntry> fromRecordText(Text stored);
};

} // namespace snapshotdesk
