#include "HistoryEntry.h"

#include "core/Snapshot.h"
#include "core/SnapshotRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace snapshotdesk {

namespace {

constexpr qsizetype kMaxTextLength = 4096;

QString isoUtc(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime readDate(const QJsonObject& object, QLatin1StringView key)
{
    QDateTime dateTime = QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
    return dateTime.isValid() ? dateTime.toUTC() : QDateTime();
}

QString readText(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toString().left(kMaxTextLength);
}

HistoryEntry fromRequest(const SnapshotRequest& request, ApiVersion version, const QString& accountGroupName,
                         const QDateTime& now)
{
    HistoryEntry entry;
    entry.createdAt = now.toUTC();
    entry.displayName = request.displayName.trimmed();
    entry.sourceId = request.sourceId;
    entry.sourceName = request.sourceName;
    entry.from = request.from.toUTC();
    entry.to = request.to.toUTC();
    entry.aid = request.aid;
    entry.accountGroupName = accountGroupName;
    entry.apiVersion = version;
    entry.expirationDate = request.expirationDate.isValid() ? request.expirationDate.toUTC() : QDateTime();
    entry.anonymizeData = request.anonymizeData;
    return entry;
}

} // namespace

HistoryEntry HistoryEntry::created(const SnapshotRequest& request, const Snapshot& snapshot,
                                   ApiVersion version, const QString& accountGroupName, const QDateTime& now)
{
    HistoryEntry entry = fromRequest(request, version, accountGroupName, now);
    entry.snapshotId = snapshot.id;
    entry.link = snapshot.link;
    entry.status = Status::Created;
    return entry;
}

HistoryEntry HistoryEntry::failed(const SnapshotRequest& request, const QString& reason, ApiVersion version,
                                  const QString& accountGroupName, const QDateTime& now)
{
    HistoryEntry entry = fromRequest(request, version, accountGroupName, now);
    entry.status = Status::Failed;
    entry.failureReason = reason;
    return entry;
}

SnapshotRequest HistoryEntry::toRequest() const
{
    SnapshotRequest request;
    request.displayName = displayName;
    request.sourceId = sourceId;
    request.sourceName = sourceName;
    request.from = from;
    request.to = to;
    request.aid = aid;
    request.expirationDate = expirationDate;
    request.anonymizeData = anonymizeData;
    return request;
}

QByteArray HistoryEntry::toJson() const
{
    QJsonObject object{
        {QStringLiteral("schema"), kSchemaVersion},
        {QStringLiteral("createdAt"), isoUtc(createdAt)},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("sourceId"), sourceId},
        {QStringLiteral("sourceName"), sourceName},
        {QStringLiteral("from"), isoUtc(from)},
        {QStringLiteral("to"), isoUtc(to)},
        {QStringLiteral("aid"), aid},
        {QStringLiteral("accountGroupName"), accountGroupName},
        {QStringLiteral("apiVersion"), toString(apiVersion)},
        {QStringLiteral("status"),
         status == Status::Created ? QStringLiteral("created") : QStringLiteral("failed")},
    };
    if (!snapshotId.isEmpty())
        object.insert(QStringLiteral("snapshotId"), snapshotId);
    if (!link.isEmpty())
        object.insert(QStringLiteral("link"), link.toString(QUrl::FullyEncoded));
    if (!failureReason.isEmpty())
        object.insert(QStringLiteral("failureReason"), failureReason);
    if (expirationDate.isValid())
        object.insert(QStringLiteral("expirationDate"), isoUtc(expirationDate));
    if (anonymizeData)
        object.insert(QStringLiteral("anonymizeData"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Parsed<HistoryEntry> HistoryEntry::fromJson(const QByteArray& json)
{
    Parsed<HistoryEntry> result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = tr("not a JSON object");
        return result;
    }
    const QJsonObject object = document.object();
    const int schema = object.value(QLatin1StringView("schema")).toInt(1);
    if (schema < 1 || schema > kSchemaVersion) {
        //: Why a history entry was skipped; %1 is a number
        result.error = tr("written by a newer version (schema %1)").arg(schema);
        return result;
    }
    HistoryEntry& entry = result.value;
    entry.createdAt = readDate(object, QLatin1StringView("createdAt"));
    if (!entry.createdAt.isValid()) {
        result.error = tr("no valid creation time");
        return result;
    }
    entry.displayName = readText(object, QLatin1StringView("displayName"));
    entry.sourceId = readText(object, QLatin1StringView("sourceId"));
    entry.sourceName = readText(object, QLatin1StringView("sourceName"));
    entry.from = readDate(object, QLatin1StringView("from"));
    entry.to = readDate(object, QLatin1StringView("to"));
    entry.aid = readText(object, QLatin1StringView("aid"));
    entry.accountGroupName = readText(object, QLatin1StringView("accountGroupName"));
    entry.snapshotId = readText(object, QLatin1StringView("snapshotId"));
    const QUrl link(readText(object, QLatin1StringView("link")), QUrl::StrictMode);
    if (link.isValid() && (link.scheme() == u"https" || link.scheme() == u"http"))
        entry.link = link;
    entry.failureReason = readText(object, QLatin1StringView("failureReason"));
    entry.expirationDate = readDate(object, QLatin1StringView("expirationDate"));
    entry.anonymizeData = object.value(QLatin1StringView("anonymizeData")).toBool();
    if (schema == 1) {
        // Schema 1 (the first release) only recorded v6 successes and had no status field.
        entry.apiVersion = ApiVersion::V6;
        entry.status = entry.snapshotId.isEmpty() ? Status::Failed : Status::Created;
    } else {
        entry.apiVersion = apiVersionFromString(object.value(QLatin1StringView("apiVersion")).toString())
                               .value_or(ApiVersion::V7);
        entry.status = object.value(QLatin1StringView("status")).toString() == u"failed" ? Status::Failed
                                                                                         : Status::Created;
    }
    if (entry.status == Status::Created && entry.snapshotId.isEmpty()) {
        result.error = tr("a created snapshot without an ID");
        return result;
    }
    return result;
}

} // namespace snapshotdesk
