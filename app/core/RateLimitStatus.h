#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace snapshotdesk {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One rate-limit window as the server last described it. -1 means "not reported".
struct RateLimitWindow
{
    int limit = -1;
    int remaining = -1;
    QDateTime reset; // absolute, UTC; invalid when unknown

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
    bool isExhausted() const { return remaining == 0; }
    friend bool operator==(const RateLimitWindow&, const RateLimitWindow&) = default;
};

// What the server's rate-limit headers say: the organisation-wide window (requests per minute) and,
// on v7, the separate hourly window for snapshot creation.
struct RateLimitStatus
{
    RateLimitWindow organization;
    RateLimitWindow snapshotCreation;

    bool isEmpty() const { return !organization.isKnown() && !snapshotCreation.isKnown(); }

    // Reads every header family, case-insensitively. `now` turns the relative snapshot reset
    // (seconds remaining) into an absolute time; the organisation's reset (the server's epoch
    // seconds) is moved onto the local clock by the skew the answer's Date header shows.
    // Malformed values are ignored, never trusted.
    static RateLimitStatus fromHeaders(const HeaderList& headers, const QDateTime& now);

    // Takes every window that `newer` knows; keeps the rest.
    void mergeFrom(const RateLimitStatus& newer);

    friend bool operator==(const RateLimitStatus&, const RateLimitStatus&) = default;
};

// `Retry-After` as an absolute time on the local clock: delta-seconds or an HTTP-date (corrected
// by the answer's Date like a reset). nullopt when absent or malformed.
std::optional<QDateTime> retryAfter(const HeaderList& headers, const QDateTime& now);

// A header's value, looked up case-insensitively; null when absent.
QByteArray headerValue(const HeaderList& headers, QByteArrayView name);

} // namespace snapshotdesk
