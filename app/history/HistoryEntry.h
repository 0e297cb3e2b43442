#pragma once

#include "core/ApiVersion.h"
#include "core/Parsed.h"

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
    };

    static constexpr int kSchemaVersion = 2;

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
    QUrl link;
    ApiVersion apiVersion = ApiVersion::V7;
    Status status = Status::Created;
    QString failureReason;
    // v7 choices, so "use these settings again" restores them.
    QDateTime expirationDate;
    bool anonymizeData = false;

    static HistoryEntry created(const SnapshotRequest& request, const Snapshot& snapshot, ApiVersion version,
                                const QString& accountGroupName, const QDateTime& now);
    static HistoryEntry failed(const SnapshotRequest& request, const QString& reason, ApiVersion version,
                               const QString& accountGroupName, const QDateTime& now);
    // The request that would make this snapshot again.
    SnapshotRequest toRequest() const;

    // Compact JSON, one entry per settings key.
    QByteArray toJson() const;
    // Reads any schema version this app has written (1 and 2); an error names what is wrong.
    static Parsed<HistoryEntry> fromJson(const QByteArray& json);

    friend bool operator==(const HistoryEntry&, const HistoryEntry&) = default;
};

} // namespace snapshotdesk
