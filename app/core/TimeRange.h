#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace snapshotdesk {

// The time-range presets of the form. Ranges are computed in the user's local time (a person
// thinks "yesterday" in their own zone) and end up as absolute instants, sent in UTC.
class TimeRange
{
    Q_DECLARE_TR_FUNCTIONS(TimeRange)

public:
    enum class Preset
    {
        LastHour,
        Last24Hours,
        Last7Days,
        Yesterday,
        LastWeek,
        Last30Days,
        Custom,
    };

    QDateTime from;
    QDateTime to;

    static QList<Preset> presets();
    static QString label(Preset preset);
    // A stable name for settings ("last24Hours"), and back.
    static QString key(Preset preset);
    static Preset fromKey(const QString& key, Preset fallback = Preset::Last24Hours);
    // The name on the command line ("last-24h"), and back (also accepting key()'s names, any case);
    // nullopt for Custom or an unknown name.
    static QString commandLineKey(Preset preset);
    static std::optional<Preset> fromCommandLineKey(const QString& text);

    // The range for `preset` at `now` (any zone; computed in local time). Custom gives an empty
    // range. Rolling ranges end at the current minute, so the end is never in the future.
    static TimeRange forPreset(Preset preset, const QDateTime& now,
                               Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
};

} // namespace snapshotdesk
