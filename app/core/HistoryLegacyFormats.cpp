#include "core/HistoryLegacyFormats.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace snapshotdesk::legacy {

namespace {

constexpr qsizetype kMaxTextLength = WebLink::kMaxLength;

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
// milliseconds (or the lowest qint64 for none); three bytes: API version, status (0 created, 1 failed, 2
// unknown), flags; then the strings in kRecordStrings order, each UTF-8 after its length (LEB128: one byte up
// to 127); last, with kLinkHasId, where in the link the snapshot ID goes. Links carry the ID
// (".../snapshots/{id}?__a=" on v6, "...?snapshotId={id}" on v7), so it is kept once: a fifth less
// per entry, in memory (the whole file is held by QSettings) and on disk.
constexpr quint8 kRecordVersion = 3;
constexpr quint8 kAnonymized = 0x1;
constexpr quint8 kLinkHasId = 0x2;

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

// Schema 2: the JSON that the first release kept in the settings file.
Parsed<HistoryEntry> fromJson(QByteArrayView json)
{
    Parsed<HistoryEntry> result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = HistoryEntry::tr("not a JSON object");
        return result;
    }
    const QJsonObject object = document.object();
    const int schema = object.value(QLatin1StringView("schema")).toInt(0);
    if (schema != 2) {
        //: Why a history entry was skipped; %1 is a number
        result.error = schema > 2 ? HistoryEntry::tr("written by a newer version (schema %1)").arg(schema)
                                  : HistoryEntry::tr("not a history record");
        return result;
    }
    HistoryEntry& entry = result.value;
    entry.createdAt = readDate(object, QLatin1StringView("createdAt"));
    if (!entry.createdAt.isValid()) {
        result.error = HistoryEntry::tr("no valid creation time");
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
    entry.apiVersion = apiVersionFromString(object.value(QLatin1StringView("apiVersion")).toString())
                           .value_or(ApiVersion::V7);
    const QString status = object.value(QLatin1StringView("status")).toString();
    entry.status = status == u"failed"    ? HistoryEntry::Status::Failed
                   : status == u"unknown" ? HistoryEntry::Status::Unknown
                                          : HistoryEntry::Status::Created;
    if (entry.status == HistoryEntry::Status::Created && entry.snapshotId.isEmpty()) {
        result.error = HistoryEntry::tr("a created snapshot without an ID");
        return result;
    }
    return result;
}

// Schema 3: the record of the later 1.0.0 builds.
Parsed<HistoryEntry> fromRecord(QByteArrayView stored)
{
    Parsed<HistoryEntry> result;
    // Qt's own decoder, strict: a character outside the alphabet is damage.
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        stored.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                  QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray& bytes = decoded.decoded;
    if (!decoded || bytes.isEmpty()) {
        result.error = HistoryEntry::tr("not a history record");
        return result;
    }
    RecordReader record(bytes);
    const auto version = static_cast<int>(record.number(1));
    if (version != kRecordVersion) {
        result.error = version > kRecordVersion
                           ? HistoryEntry::tr("written by a newer version (schema %1)").arg(version)
                           : HistoryEntry::tr("not a history record");
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
        result.error = HistoryEntry::tr("a damaged history record");
        return result;
    }
    if (!entry.createdAt.isValid()) {
        result.error = HistoryEntry::tr("no valid creation time");
        return result;
    }
    entry.apiVersion = api == 6 ? ApiVersion::V6 : ApiVersion::V7;
    entry.status = status == 0   ? HistoryEntry::Status::Created
                   : status == 1 ? HistoryEntry::Status::Failed
                                 : HistoryEntry::Status::Unknown;
    entry.anonymizeData = (flags & kAnonymized) != 0;
    if ((flags & kLinkHasId) != 0)
        linkText.insert(static_cast<qsizetype>(idAt), entry.snapshotId);
    entry.link = WebLink::fromText(linkText);
    if (entry.status == HistoryEntry::Status::Created && entry.snapshotId.isEmpty()) {
        result.error = HistoryEntry::tr("a created snapshot without an ID");
        return result;
    }
    return result;
}

} // namespace

Parsed<HistoryEntry> fromStored(QByteArrayView stored)
{
    return stored.startsWith('{') ? fromJson(stored) : fromRecord(stored);
}

} // namespace snapshotdesk::legacy
