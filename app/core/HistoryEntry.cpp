#include "core/HistoryEntry.h"

#include "core/HistoryLegacyFormats.h"
#include "core/Profile.h"
#include "core/Snapshot.h"
#include "core/SnapshotRequest.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace snapshotdesk {

namespace {

constexpr qsizetype kMaxTextLength = WebLink::kMaxLength; // the longest text an entry keeps

QString isoUtc(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The keys of a stored entry (schema 4): one CBOR map per entry, text keys, so any CBOR tool shows
// it as it is (cbor.me, Python's cbor2, `QCborValue::toDiagnosticNotation()`). Times are integers:
// milliseconds since 1970-01-01T00:00Z. Empty texts, no times and false flags are left out. Keys
// are never renamed or given another meaning: a new field gets a new key, and readers skip keys
// they do not know (so a newer build's entries still read here).
const QString kCreated = QStringLiteral("created");
const QString kName = QStringLiteral("name");
const QString kSourceId = QStringLiteral("sourceId");
const QString kSource = QStringLiteral("source");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kAid = QStringLiteral("aid");
const QString kAccountGroup = QStringLiteral("accountGroup");
const QString kSnapshotId = QStringLiteral("snapshotId");
const QString kLink = QStringLiteral("link");
const QString kApi = QStringLiteral("api");
const QString kStatus = QStringLiteral("status");
const QString kReason = QStringLiteral("reason");
const QString kExpires = QStringLiteral("expires");
const QString kAnonymize = QStringLiteral("anonymize");
const QString kProfile = QStringLiteral("profile");

// The text fields, with their keys.
const std::pair<const QString*, QString HistoryEntry::*> kTexts[] = {
    {&kName, &HistoryEntry::displayName},
    {&kSourceId, &HistoryEntry::sourceId},
    {&kSource, &HistoryEntry::sourceName},
    {&kAid, &HistoryEntry::aid},
    {&kAccountGroup, &HistoryEntry::accountGroupName},
    {&kSnapshotId, &HistoryEntry::snapshotId},
    {&kReason, &HistoryEntry::failureReason},
    {&kProfile, &HistoryEntry::profile},
};

void putTime(QCborMap& map, const QString& key, const QDateTime& time)
{
    if (time.isValid())
        map.insert(key, time.toMSecsSinceEpoch());
}

// A time outside years 1 to 9999 (what ISO 8601, and so the CSV export, can hold) is no time.
QDateTime takeTime(const QCborMap& map, const QString& key, bool* damaged)
{
    constexpr qint64 kFirst = -62'135'596'800'000; // 0001-01-01T00:00:00.000Z
    constexpr qint64 kLast = 253'402'300'799'999;  // 9999-12-31T23:59:59.999Z
    const QCborValue value = map.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isInteger() || value.toInteger() < kFirst || value.toInteger() > kLast) {
        *damaged = true;
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC);
}

QString statusName(HistoryEntry::Status status)
{
    switch (status) {
    case HistoryEntry::Status::Created:
        return QStringLiteral("created");
    case HistoryEntry::Status::Failed:
        return QStringLiteral("failed");
    case HistoryEntry::Status::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
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

HistoryEntry HistoryEntry::unknown(const SnapshotRequest& request, const QString& reason, ApiVersion version,
                                   const QString& accountGroupName, const QDateTime& now)
{
    // Kept like a failure (the reason says why the outcome is open) until the server's list tells.
    HistoryEntry entry = failed(request, reason, version, accountGroupName, now);
    entry.status = Status::Unknown;
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

QString HistoryEntry::profileName() const
{
    return profile.isEmpty() ? Profile::defaultName() : profile;
}

QByteArray HistoryEntry::toJson() const
{
    QJsonObject object{
        {QStringLiteral("schema"), kJsonSchemaVersion},
        {QStringLiteral("createdAt"), isoUtc(createdAt)},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("sourceId"), sourceId},
        {QStringLiteral("sourceName"), sourceName},
        {QStringLiteral("from"), isoUtc(from)},
        {QStringLiteral("to"), isoUtc(to)},
        {QStringLiteral("aid"), aid},
        {QStringLiteral("accountGroupName"), accountGroupName},
        {QStringLiteral("apiVersion"), toString(apiVersion)},
        {QStringLiteral("status"), status == Status::Created  ? QStringLiteral("created")
                                   : status == Status::Failed ? QStringLiteral("failed")
                                                              : QStringLiteral("unknown")},
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
    if (!profile.isEmpty())
        object.insert(QStringLiteral("profile"), profile);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray HistoryEntry::toStored() const
{
    QCborMap map;
    putTime(map, kCreated, createdAt);
    putTime(map, kFrom, from);
    putTime(map, kTo, to);
    putTime(map, kExpires, expirationDate);
    map.insert(kApi, apiVersion == ApiVersion::V6 ? 6 : 7);
    map.insert(kStatus, statusName(status));
    for (const auto& [name, field] : kTexts) {
        if (!(this->*field).isEmpty())
            map.insert(*name, this->*field);
    }
    if (!link.isEmpty())
        map.insert(kLink, link.toString(QUrl::FullyEncoded));
    if (anonymizeData)
        map.insert(kAnonymize, true);
    return map.toCborValue().toCbor();
}

Parsed<HistoryEntry> HistoryEntry::fromStored(QByteArrayView stored)
{
    // A CBOR map starts with major type 5 (0xa0 to 0xbf); anything else is an earlier form.
    if (stored.isEmpty() || (static_cast<quint8>(stored.front()) & 0xe0) != 0xa0)
        return legacy::fromStored(stored);
    Parsed<HistoryEntry> result;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(stored.data(), stored.size(), &error);
    if (error.error != QCborError::NoError || !value.isMap()) {
        result.error = tr("a damaged history record");
        return result;
    }
    const QCborMap map = value.toMap();
    HistoryEntry& entry = result.value;
    bool damaged = false;
    entry.createdAt = takeTime(map, kCreated, &damaged);
    entry.from = takeTime(map, kFrom, &damaged);
    entry.to = takeTime(map, kTo, &damaged);
    entry.expirationDate = takeTime(map, kExpires, &damaged);
    for (const auto& [name, field] : kTexts) {
        const QCborValue text = map.value(*name);
        if (text.isString())
            entry.*field = text.toString().left(kMaxTextLength);
        else if (!text.isUndefined())
            damaged = true;
    }
    const QCborValue link = map.value(kLink);
    if (link.isString())
        entry.link = WebLink::fromText(link.toString().left(kMaxTextLength));
    else if (!link.isUndefined())
        damaged = true;
    // Only an integer: QCborValue::toInteger() casts any double, and a cast of 1e300 is undefined.
    const QCborValue apiValue = map.value(kApi);
    const qint64 api = apiValue.isInteger() ? apiValue.toInteger() : 0;
    const QString status = map.value(kStatus).toString();
    entry.apiVersion = api == 6 ? ApiVersion::V6 : ApiVersion::V7;
    entry.status = status == u"failed"    ? Status::Failed
                   : status == u"unknown" ? Status::Unknown
                                          : Status::Created;
    entry.anonymizeData = map.value(kAnonymize).toBool(false);
    if (damaged || (api != 6 && api != 7) || statusName(entry.status) != status) {
        result.error = tr("a damaged history record");
        return result;
    }
    if (!entry.createdAt.isValid()) {
        result.error = tr("no valid creation time");
        return result;
    }
    if (entry.status == Status::Created && entry.snapshotId.isEmpty()) {
        result.error = tr("a created snapshot without an ID");
        return result;
    }
    return result;
}

Parsed<HistoryEntry> HistoryEntry::fromStored(QStringView stored)
{
    // Only earlier builds (and hand edits) stored text: JSON, or a record in base64url.
    return legacy::fromStored(stored.toUtf8());
}

} // namespace snapshotdesk
