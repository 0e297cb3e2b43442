#include "core/TimeRange.h"

namespace snapshotdesk {

namespace {

QDateTime startOfLocalDay(QDate date)
{
    return date.startOfDay(Qt::LocalTime);
}

} // namespace

QList<TimeRange::Preset> TimeRange::presets()
{
    return {Preset::LastHour, Preset::Last24Hours, Preset::Last7Days, Preset::Yesterday,
            Preset::LastWeek, Preset::Last30Days,  Preset::Custom};
}

QString TimeRange::label(Preset preset)
{
    switch (preset) {
    case Preset::LastHour:
        return tr("Last hour");
    case Preset::Last24Hours:
        return tr("Last 24 hours");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Yesterday:
        return tr("Yesterday");
    case Preset::LastWeek:
        return tr("Last week");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Custom:
        break;
    }
    return tr("Custom");
}

QString TimeRange::key(Preset preset)
{
    switch (preset) {
    case Preset::LastHour:
        return QStringLiteral("lastHour");
    case Preset::Last24Hours:
        return QStringLiteral("last24Hours");
    case Preset::Last7Days:
        return QStringLiteral("last7Days");
    case Preset::Yesterday:
        return QStringLiteral("yesterday");
    case Preset::LastWeek:
        return QStringLiteral("lastWeek");
    case Preset::Last30Days:
        return QStringLiteral("last30Days");
    case Preset::Custom:
        break;
    }
    return QStringLiteral("custom");
}

TimeRange::Preset TimeRange::fromKey(const QString& text, Preset fallback)
{
    for (const Preset preset : presets()) {
        if (key(preset) == text)
            return preset;
    }
    return fallback;
}

TimeRange TimeRange::forPreset(Preset preset, const QDateTime& now, Qt::DayOfWeek firstDayOfWeek)
{
    // Whole minutes: the pickers show minutes, and a range to "now" must not drift into the future.
    // Truncated on the instant, not by rebuilding the local wall-clock time: in the hour repeated
    // when clocks go back that time is ambiguous, and the end could land an hour off.
    const qint64 msecs = now.toMSecsSinceEpoch();
    const QDateTime endUtc =
        QDateTime::fromMSecsSinceEpoch(msecs - ((msecs % 60'000) + 60'000) % 60'000, Qt::UTC);
    const QDateTime end = endUtc.toLocalTime();
    const QDate today = end.date();
    switch (preset) {
    case Preset::LastHour:
        return {endUtc.addSecs(-3600).toLocalTime(), end};
    case Preset::Last24Hours:
        return {endUtc.addSecs(-24 * 3600).toLocalTime(), end};
    case Preset::Last7Days:
        return {end.addDays(-7), end};
    case Preset::Last30Days:
        return {end.addDays(-30), end};
    case Preset::Yesterday:
        return {startOfLocalDay(today.addDays(-1)), startOfLocalDay(today)};
    case Preset::LastWeek: {
        const int sinceWeekStart = (today.dayOfWeek() - static_cast<int>(firstDayOfWeek) + 7) % 7;
        const QDate thisWeek = today.addDays(-sinceWeekStart);
        return {startOfLocalDay(thisWeek.addDays(-7)), startOfLocalDay(thisWeek)};
    }
    case Preset::Custom:
        break;
    }
    return {};
}

} // namespace snapshotdesk
