#pragma once

#include <QDateTime>
#include <QString>

namespace snapshotdesk {

// One way of writing dates and times across the app, in every language: the form's ISO-like
// "2026-12-03 14:09" in local time. Unambiguous across locales (no two-digit years, no day/month
// order to guess), sortable, and as wide in German as in English. Seconds only where they tell
// two moments apart (the history's creation times, in their tooltips).
namespace datetimeformat {
inline constexpr QStringView kDateTime = u"yyyy-MM-dd HH:mm";
inline constexpr QStringView kDateTimeSeconds = u"yyyy-MM-dd HH:mm:ss";
inline constexpr QStringView kDate = u"yyyy-MM-dd";
inline constexpr QStringView kTime = u"HH:mm";
} // namespace datetimeformat

// `when` in local time as "yyyy-MM-dd HH:mm" (empty when invalid).
QString dateTimeText(const QDateTime& when);
// The same with seconds.
QString dateTimeTextWithSeconds(const QDateTime& when);
QString dateText(const QDate& date);
// The local time of day, "HH:mm".
QString timeText(const QDateTime& when);

} // namespace snapshotdesk
