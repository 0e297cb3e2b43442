#pragma once

#include "core/ApiVersion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace snapshotdesk {

// One problem with a request, tied to the field a person has to correct.
struct ValidationIssue
{
    enum class Field
    {
        DisplayName,
        Source,
        From,
        To,
        ExpirationDate,
        Timezone,
    };
    enum class Severity
    {
        Error,   // blocks sending
        Warning, // sent only when the caller acknowledged it
    };

    Field field = Field::DisplayName;
    Severity severity = Severity::Error;
    QString message;

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

// What a person asks for: a snapshot of one report (v6) or dashboard (v7) over a time range.
// Times are absolute instants; they are sent in UTC whatever zone they were picked in.
struct SnapshotRequest
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotRequest)

public:
    static constexpr qsizetype kMaxDisplayNameLength = 255;
    // `name` cut to kMaxDisplayNameLength without splitting a character (a surrogate pair).
    static QString fitDisplayName(const QString& name);
    static constexpr qint64 kMaxRangeDays = 93;
    static constexpr qint64 kClockSkewSeconds = 300;
    static constexpr int kMaxExpirationYears = 5;
    // The latest v7 expiration to send at `now`. The API allows "within 5 years from the current
    // date" by its own clock, which may run up to kClockSkewSeconds ahead of ours, so the skew comes
    // off the window (adding it would send dates the API may refuse).
    static QDateTime latestExpiration(const QDateTime& now);
    // The instant a snapshot kept "until the end of `day`" (local time) expires, in whole seconds:
    // what the expiry pickers send.
    static QDateTime expirationAtEndOf(QDate day);
    // The last day an expiry picker may offer at `now`: the latest whose end is still within
    // latestExpiration(), so the day on offer is never one the request then refuses.
    static QDate latestExpirationDay(const QDateTime& now);
    // Why `expirationDate` is too late at `now`, naming the latest allowed date and time (translated).
    static QString expirationTooLateMessage(const QDateTime& now);

    QString displayName;
    QString sourceId;   // reportId (v6) or dashboardId (v7)
    QString sourceName; // for the history and the link; not sent
    QDateTime from;
    QDateTime to;
    QString aid; // account group; empty = the user's default
    // v7 only
    QDateTime expirationDate; // invalid = server default (one year)
    bool anonymizeData = false;
    QString timezone; // IANA or abbreviation; empty = not sent
    // The caller has seen the warnings (e.g. a range over 93 days) and wants to go ahead.
    bool acknowledgeWarnings = false;

    // Every problem, before anything is sent. `now` is the caller's clock.
    QList<ValidationIssue> validate(ApiVersion version, const QDateTime& now) const;
    // True when validate() has no errors, and no warnings unless they are acknowledged.
    bool isSendable(ApiVersion version, const QDateTime& now) const;

    // The request bodies, field for field as documented.
    QJsonObject toV6Json() const;
    QJsonObject toV7Json() const;

    friend bool operator==(const SnapshotRequest&, const SnapshotRequest&) = default;
};

// "2019-09-02 18:00:00" in UTC, as v6 expects.
QString formatV6DateTime(const QDateTime& dateTime);
// "2026-11-02T18:00:00Z", as v7 expects.
QString formatV7DateTime(const QDateTime& dateTime);

} // namespace snapshotdesk
