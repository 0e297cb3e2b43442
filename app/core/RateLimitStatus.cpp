#include "core/RateLimitStatus.h"

#include <QLocale>

#include <cstdlib>

namespace snapshotdesk {

namespace {

// Epoch seconds before this are not a plausible reset time; such a value is a relative count.
constexpr qint64 kEarliestEpoch = 1'000'000'000;
// Resets further away than this are nonsense from a broken proxy; they are ignored.
constexpr qint64 kLatestResetSeconds = 7 * 24 * 3600;

std::optional<qint64> parseNonNegative(const QByteArray& value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

std::optional<int> parseCount(const QByteArray& value)
{
    const auto number = parseNonNegative(value);
    if (!number || *number > 1'000'000'000)
        return std::nullopt;
    return static_cast<int>(*number);
}

enum class ResetKind
{
    EpochSeconds,
    SecondsRemaining,
};

// An IMF-fixdate, e.g. "Wed, 21 Oct 2026 07:28:00 GMT" (RFC 9110), the form of Date and of an
// absolute Retry-After.
std::optional<QDateTime> parseHttpDate(const QByteArray& value)
{
    if (!value.endsWith(" GMT"))
        return std::nullopt;
    // Date and time are read apart: read together they would be taken as local time, and a GMT
    // time that falls into a local daylight-saving gap would not exist.
    const QString text = QString::fromLatin1(value.chopped(4));
    const qsizetype split = text.lastIndexOf(u' ');
    if (split < 0)
        return std::nullopt;
    const QDate date = QLocale::c().toDate(text.left(split), QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = QLocale::c().toTime(text.mid(split + 1), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

// A time on the server's clock as the same instant on ours: the answer's Date says what the
// server's clock read when `now` was ours. The reset of the organisation window is epoch seconds
// by the server's clock; compared with a local clock two minutes fast it would look past at once
// (a request a second until the window rolls over), two minutes slow it would hold requests back.
QDateTime toLocalClock(const QDateTime& serverTime, const HeaderList& headers, const QDateTime& now)
{
    const std::optional<QDateTime> serverNow = parseHttpDate(headerValue(headers, "Date").trimmed());
    if (!serverNow)
        return serverTime;
    const qint64 skew = now.secsTo(*serverNow);
    // Date has whole seconds and the answer took time to arrive: a second is no skew.
    if (std::abs(skew) <= 1 || std::abs(skew) > kLatestResetSeconds)
        return serverTime;
    return serverTime.addSecs(-skew);
}

RateLimitWindow readWindow(const HeaderList& headers, QByteArrayView prefix, ResetKind kind,
                           const QDateTime& now)
{
    RateLimitWindow window;
    const QByteArray p = prefix.toByteArray();
    const auto limit = parseCount(headerValue(headers, QByteArray(p + "Limit")));
    const auto remaining = parseCount(headerValue(headers, QByteArray(p + "Remaining")));
    if (!limit || !remaining)
        return window; // a window is only known when both counts are
    window.limit = *limit;
    window.remaining = std::min(*remaining, *limit);
    if (const auto reset = parseNonNegative(headerValue(headers, QByteArray(p + "Reset")))) {
        if (kind == ResetKind::EpochSeconds && *reset >= kEarliestEpoch) {
            const QDateTime at = toLocalClock(QDateTime::fromSecsSinceEpoch(*reset, Qt::UTC), headers, now);
            if (now.secsTo(at) <= kLatestResetSeconds)
                window.reset = at;
        } else if (*reset <= kLatestResetSeconds) {
            // v7 snapshot window: seconds remaining; some proxies send the org reset that way too.
            window.reset = now.addSecs(*reset).toUTC();
        }
    }
    return window;
}

} // namespace

QByteArray headerValue(const HeaderList& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RateLimitStatus RateLimitStatus::fromHeaders(const HeaderList& headers, const QDateTime& now)
{
    RateLimitStatus status;
    status.organization = readWindow(headers, "X-Organization-Rate-Limit-", ResetKind::EpochSeconds, now);
    status.snapshotCreation =
        readWindow(headers, "X-Dashboard-Snapshot-Rate-Limit-", ResetKind::SecondsRemaining, now);
    return status;
}

void RateLimitStatus::mergeFrom(const RateLimitStatus& newer)
{
    if (newer.organization.isKnown())
        organization = newer.organization;
    if (newer.snapshotCreation.isKnown())
        snapshotCreation = newer.snapshotCreation;
}

std::optional<QDateTime> retryAfter(const HeaderList& headers, const QDateTime& now)
{
    const QByteArray value = headerValue(headers, "Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (const auto seconds = parseNonNegative(value)) {
        if (*seconds > kLatestResetSeconds)
            return std::nullopt;
        return now.addSecs(*seconds).toUTC();
    }
    const std::optional<QDateTime> date = parseHttpDate(value);
    if (!date)
        return std::nullopt;
    const QDateTime at = toLocalClock(*date, headers, now);
    if (now.secsTo(at) > kLatestResetSeconds)
        return std::nullopt;
    return at;
}

} // namespace snapshotdesk
