#include "core/SnapshotRequest.h"

#include <QTimeZone>

#include <algorithm>

namespace snapshotdesk {

using Field = ValidationIssue::Field;
using Severity = ValidationIssue::Severity;

QString formatV6DateTime(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatV7DateTime(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString SnapshotRequest::fitDisplayName(const QString& name)
{
    if (name.size() <= kMaxDisplayNameLength)
        return name;
    qsizetype length = kMaxDisplayNameLength;
    if (name.at(length - 1).isHighSurrogate())
        --length; // its low half would be cut off: the name would end in half a character
    return name.left(length);
}

QDateTime SnapshotRequest::latestExpiration(const QDateTime& now)
{
    return now.addYears(kMaxExpirationYears).addSecs(-kClockSkewSeconds);
}

QDateTime SnapshotRequest::expirationAtEndOf(QDate day)
{
    return QDateTime::fromSecsSinceEpoch(day.endOfDay(Qt::LocalTime).toSecsSinceEpoch(), Qt::UTC);
}

QDate SnapshotRequest::latestExpirationDay(const QDateTime& now)
{
    const QDateTime latest = latestExpiration(now);
    const QDate day = latest.toLocalTime().date();
    // The latest instant usually falls inside its day, so that day's end is already too late.
    return expirationAtEndOf(day) <= latest ? day : day.addDays(-1);
}

QString SnapshotRequest::expirationTooLateMessage(const QDateTime& now)
{
    //: %1 is the latest allowed expiration, local time, yyyy-MM-dd HH:mm
    return tr("The expiration date is too far ahead: the API allows at most %n years from now, so choose "
              "%1 or earlier.",
              nullptr, kMaxExpirationYears)
        .arg(latestExpiration(now).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QList<ValidationIssue> SnapshotRequest::validate(ApiVersion version, const QDateTime& now) const
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](Field field, Severity severity, QString message) {
        issues.append({field, severity, std::move(message)});
    };

    const QString name = displayName.trimmed();
    if (name.isEmpty())
        add(Field::DisplayName, Severity::Error, tr("Enter a name for the snapshot."));
    else if (name.size() > kMaxDisplayNameLength)
        add(Field::DisplayName, Severity::Error,
            tr("The name is too long: shorten it to %n characters or fewer.", nullptr,
               static_cast<int>(kMaxDisplayNameLength)));
    else if (std::any_of(name.cbegin(), name.cend(),
                         [](QChar c) { return c.category() == QChar::Other_Control; }))
        add(Field::DisplayName, Severity::Error,
            tr("The name contains a tab, line break or other control character: remove it."));

    if (sourceId.trimmed().isEmpty())
        add(Field::Source, Severity::Error,
            version == ApiVersion::V6 ? tr("Choose a report.") : tr("Choose a dashboard."));

    if (!from.isValid())
        add(Field::From, Severity::Error, tr("Enter a start date and time."));
    if (!to.isValid())
        add(Field::To, Severity::Error, tr("Enter an end date and time."));

    if (from.isValid() && to.isValid()) {
        if (from >= to) {
            add(Field::From, Severity::Error, tr("The start must be earlier than the end."));
        } else if (from.secsTo(to) > kMaxRangeDays * 24 * 3600) {
            add(Field::To, Severity::Warning,
                // Said of the test data, which reports (v6) and dashboards (v7) alike draw on.
                tr("The range is longer than %n days; ThousandEyes keeps test data for about 90 days, "
                   "so most of the snapshot will be empty.",
                   nullptr, static_cast<int>(kMaxRangeDays)));
        }
    }
    if (to.isValid() && now.isValid() && now.secsTo(to) > kClockSkewSeconds)
        add(Field::To, Severity::Error, tr("The end is in the future: choose a time no later than now."));

    if (version == ApiVersion::V7) {
        if (expirationDate.isValid()) {
            if (expirationDate <= now)
                add(Field::ExpirationDate, Severity::Error,
                    tr("The expiration date has passed: choose a later date."));
            else if (expirationDate > latestExpiration(now))
                add(Field::ExpirationDate, Severity::Error, expirationTooLateMessage(now));
        }
        if (!timezone.isEmpty() && !QTimeZone(timezone.toUtf8()).isValid())
            add(Field::Timezone, Severity::Error,
                tr("\"%1\" is not a known time zone: use a name like Europe/Berlin.").arg(timezone));
    }
    return issues;
}

bool SnapshotRequest::isSendable(ApiVersion version, const QDateTime& now) const
{
    const QList<ValidationIssue> issues = validate(version, now);
    return std::none_of(issues.cbegin(), issues.cend(), [this](const ValidationIssue& issue) {
        return issue.severity == Severity::Error || !acknowledgeWarnings;
    });
}

QJsonObject SnapshotRequest::toV6Json() const
{
    return QJsonObject{
        {QStringLiteral("displayName"), displayName.trimmed()},
        {QStringLiteral("from"), formatV6DateTime(from)},
        {QStringLiteral("to"), formatV6DateTime(to)},
        {QStringLiteral("reportId"), sourceId},
    };
}

QJsonObject SnapshotRequest::toV7Json() const
{
    QJsonObject body{
        {QStringLiteral("dashboardId"), sourceId},
        {QStringLiteral("displayName"), displayName.trimmed()},
        {QStringLiteral("startDate"), formatV7DateTime(from)},
        {QStringLiteral("endDate"), formatV7DateTime(to)},
    };
    if (!timezone.isEmpty())
        body.insert(QStringLiteral("timezone"), timezone);
    if (anonymizeData)
        body.insert(QStringLiteral("anonymizeData"), true);
    if (expirationDate.isValid())
        body.insert(QStringLiteral("expirationDate"), formatV7DateTime(expirationDate));
    return body;
}

} // namespace snapshotdesk
