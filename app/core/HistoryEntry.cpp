#include "core/HistoryEntry.h"

#include "core/Profile.h"
#include "core/Snapshot.h"
#include "core/SnapshotRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <array>
#include <limits>

namespace snapshotdesk {

namespace {

constexpr qsizetype kMaxTextLength = WebLink::kMaxLength; // the longest text a record keeps

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

// The binary record of toStored(): version byte 3 (the schema); four times, little-endian UTC
// milliseconds (or kNoTime); three bytes: API version, status (0 created, 1 failed, 2 unknown),
// flags; then the strings in kRecordStrings order, each UTF-8 after its length (LEB128: one byte up
// to 127); last, with kLinkHasId, where in the link the snapshot ID goes. Links carry the ID
// (".../snapshots/{id}?__a=" on v6, "...?snapshotId={id}" on v7), so it is kept once: a fifth less
// per entry, in memory (the whole file is held by QSettings) and on disk.
constexpr quint8 kRecordVersion = 3;
constexpr quint8 kAnonymized = 0x1;
constexpr quint8 kLinkHasId = 0x2;
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

// The record's strings, in order; the link (a QUrl) is the null slot.
constexpr QString HistoryEntry::*kRecordStrings[] = {
    &HistoryEntry::displayName,
    &HistoryEntry::sourceId,
    &HistoryEntry::sourceName,
    &HistoryEntry::aid,
    &HistoryEntry::accountGroupName,
    &HistoryEntry::snapshotId,
    nullptr,
    &HistoryEntry::failureReason,
};

class RecordWriter final
{
public:
    void byte(quint8 value) { m_bytes.append(static_cast<char>(value)); }
    void number(quint64 value, int size)
    {
        for (int i = 0; i < size; ++i)
            byte(static_cast<quint8>(value >> (8 * i)));
    }
    void time(const QDateTime& dateTime)
    {
        number(static_cast<quint64>(dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : kNoTime), 8);
    }
    void size(quint64 value)
    {
        do {
            byte(static_cast<quint8>((value & 0x7f) | (value > 0x7f ? 0x80 : 0)));
            value >>= 7;
        } while (value != 0);
    }
    void text(const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        size(static_cast<quint64>(utf8.size()));
        m_bytes.append(utf8);
    }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Reads a record without trusting it: every length is checked against what is left.
class RecordReader final
{
public:
    explicit RecordReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_bytes.size(); }

    quint64 number(int size)
    {
        if (!m_ok || m_bytes.size() - m_pos < size) {
            m_ok = false;
            return 0;
        }
        quint64 value = 0;
        for (int i = 0; i < size; ++i)
            value |= quint64(static_cast<quint8>(m_bytes.at(m_pos + i))) << (8 * i);
        m_pos += size;
        return value;
    }
    // A time outside years 1 to 9999 (what ISO 8601 text, and so the JSON form, can hold) reads
    // as no time at all.
    QDateTime time()
    {
        constexpr qint64 kFirst = -62'135'596'800'000; // 0001-01-01T00:00:00.000Z
        constexpr qint64 kLast = 253'402'300'799'999;  // 9999-12-31T23:59:59.999Z
        const auto ms = static_cast<qint64>(number(8));
        return !m_ok || ms < kFirst || ms > kLast ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    // At most five bytes (35 bits); anything longer is damage.
    quint64 size()
    {
        quint64 value = 0;
        for (int shift = 0;; shift += 7) {
            const quint64 part = number(1);
            if (!m_ok || shift > 28) {
                m_ok = false;
                return 0;
            }
            value |= (part & 0x7f) << shift;
            if ((part & 0x80) == 0)
                return value;
        }
    }
    QString text()
    {
        const quint64 size = this->size();
        if (!m_ok || size > quint64(m_bytes.size() - m_pos)) {
            m_ok = false;
            return {};
        }
        const auto length = static_cast<qsizetype>(size);
        QString value = QString::fromUtf8(m_bytes.sliced(m_pos, std::min(length, kMaxTextLength * 4)));
        if (value.size() > kMaxTextLength)
            value.truncate(kMaxTextLength);
        m_pos += length;
        return value;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Decodes the unpadded base64url that toStored() writes straight from the stored text, into a
// buffer that holds a usual record without touching the heap: QByteArray::fromBase64Encoding()
// needed the text as Latin-1 first and two allocations per entry, a fifth of a 10,000-entry load.
// False on any character outside the alphabet, or a length no encoding produces.
char16_t codeUnit(QChar c)
{
    return c.unicode();
}
char16_t codeUnit(char c)
{
    return static_cast<uchar>(c);
}

template <typename Text> bool decodeBase64Url(Text text, QVarLengthArray<char, 1024>& out)
{
    static constexpr auto kValues = [] {
        std::array<qint8, 128> values{};
        values.fill(-1);
        for (int i = 0; i < 26; ++i) {
            values[static_cast<size_t>('A' + i)] = static_cast<qint8>(i);
            values[static_cast<size_t>('a' + i)] = static_cast<qint8>(26 + i);
        }
        for (int i = 0; i < 10; ++i)
            values[static_cast<size_t>('0' + i)] = static_cast<qint8>(52 + i);
        values[static_cast<size_t>('-')] = 62;
        values[static_cast<size_t>('_')] = 63;
        return values;
    }();
    if (text.size() % 4 == 1)
        return false;
    out.clear();
    out.reserve(text.size() * 3 / 4);
    quint32 bits = 0;
    int count = 0;
    for (const auto c : text) {
        const char16_t u = codeUnit(c);
        const qint8 value = u < 128 ? kValues[u] : qint8(-1);
        if (value < 0)
            return false;
        bits = (bits << 6) | static_cast<quint32>(value);
        if (++count == 4) {
            out.append(static_cast<char>(bits >> 16));
            out.append(static_cast<char>(bits >> 8));
            out.append(static_cast<char>(bits));
            bits = 0;
            count = 0;
        }
    }
    if (count == 2) {
        out.append(static_cast<char>(bits >> 4));
    } else if (count == 3) {
        out.append(static_cast<char>(bits >> 10));
        out.append(static_cast<char>(bits >> 2));
    }
    return true;
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
    if (schema < 1 || schema > kJsonSchemaVersion) {
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
    entry.link = WebLink::fromText(readText(object, QLatin1StringView("link")));
    entry.failureReason = readText(object, QLatin1StringView("failureReason"));
    entry.expirationDate = readDate(object, QLatin1StringView("expirationDate"));
    entry.anonymizeData = object.value(QLatin1StringView("anonymizeData")).toBool();
    entry.profile = readText(object, QLatin1StringView("profile"));
    if (schema == 1) {
        // Schema 1 (the first release) only recorded v6 successes and had no status field.
        entry.apiVersion = ApiVersion::V6;
        entry.status = entry.snapshotId.isEmpty() ? Status::Failed : Status::Created;
    } else {
        entry.apiVersion = apiVersionFromString(object.value(QLatin1StringView("apiVersion")).toString())
                               .value_or(ApiVersion::V7);
        const QString status = object.value(QLatin1StringView("status")).toString();
        entry.status = status == u"failed"    ? Status::Failed
                       : status == u"unknown" ? Status::Unknown
                                              : Status::Created;
    }
    if (entry.status == Status::Created && entry.snapshotId.isEmpty()) {
        result.error = tr("a created snapshot without an ID");
        return result;
    }
    return result;
}

QString HistoryEntry::toStored() const
{
    RecordWriter record;
    record.byte(kRecordVersion);
    record.time(createdAt);
    record.time(from);
    record.time(to);
    record.time(expirationDate);
    record.byte(apiVersion == ApiVersion::V6 ? 6 : 7);
    record.byte(status == Status::Created ? 0 : status == Status::Failed ? 1 : 2);
    QString linkText = link.toString(QUrl::FullyEncoded);
    const qsizetype idAt = snapshotId.isEmpty() ? -1 : linkText.indexOf(snapshotId);
    if (idAt >= 0)
        linkText.remove(idAt, snapshotId.size());
    record.byte((anonymizeData ? kAnonymized : 0) | (idAt >= 0 ? kLinkHasId : 0));
    for (QString HistoryEntry::*field : kRecordStrings)
        record.text(field ? this->*field : linkText);
    if (idAt >= 0)
        record.size(static_cast<quint64>(idAt));
    return QString::fromLatin1(record.bytes().toBase64(kBase64));
}

Parsed<HistoryEntry> HistoryEntry::fromStored(QStringView stored)
{
    return stored.startsWith(u'{') ? fromJson(stored.toUtf8()) : fromRecordText(stored);
}

Parsed<HistoryEntry> HistoryEntry::fromStored(QByteArrayView stored)
{
    return stored.startsWith('{') ? fromJson(stored.toByteArray()) : fromRecordText(stored);
}

template <typename Text> Parsed<HistoryEntry> HistoryEntry::fromRecordText(Text stored)
{
    Parsed<HistoryEntry> result;
    QVarLengthArray<char, 1024> bytes;
    if (!decodeBase64Url(stored, bytes) || bytes.isEmpty()) {
        result.error = tr("not a history record");
        return result;
    }
    RecordReader record(QByteArrayView(bytes.constData(), bytes.size()));
    const auto version = static_cast<int>(record.number(1));
    if (version != kRecordVersion) {
        result.error = version > kRecordVersion ? tr("written by a newer version (schema %1)").arg(version)
                                                : tr("not a history record");
        return result;
    }
    HistoryEntry& entry = result.value;
    entry.createdAt = record.time();
    entry.from = record.time();
    entry.to = record.time();
    entry.expirationDate = record.time();
    const quint64 api = record.number(1);
    const quint64 status = record.number(1);
    const quint64 flags = record.number(1);
    QString linkText;
    for (QString HistoryEntry::*field : kRecordStrings)
        (field ? entry.*field : linkText) = record.text();
    const quint64 idAt = (flags & kLinkHasId) != 0 ? record.size() : 0;
    if (!record.ok() || !record.atEnd() || (api != 6 && api != 7) || status > 2 ||
        (flags & ~quint64(kAnonymized | kLinkHasId)) != 0 ||
        ((flags & kLinkHasId) != 0 && (entry.snapshotId.isEmpty() || idAt > quint64(linkText.size())))) {
        result.error = tr("a damaged history record");
        return result;
    }
    if (!entry.createdAt.isValid()) {
        result.error = tr("no valid creation time");
        return result;
    }
    entry.apiVersion = api == 6 ? ApiVersion::V6 : ApiVersion::V7;
    entry.status = status == 0 ? Status::Created : status == 1 ? Status::Failed : Status::Unknown;
    entry.anonymizeData = (flags & kAnonymized) != 0;
    if ((flags & kLinkHasId) != 0)
        linkText.insert(static_cast<qsizetype>(idAt), entry.snapshotId);
    entry.link = WebLink::fromText(linkText);
    if (entry.status == Status::Created && entry.snapshotId.isEmpty()) {
        result.error = tr("a created snapshot without an ID");
        return result;
    }
    return result;
}

} // namespace snapshotdesk
