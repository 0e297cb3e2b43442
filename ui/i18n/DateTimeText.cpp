#include "ui/i18n/DateTimeText.h"

namespace snapshotdesk {

namespace {

QString localText(const QDateTime& when, QStringView format)
{
    return when.isValid() ? when.toLocalTime().toString(format) : QString();
}

} // namespace

QString dateTimeText(const QDateTime& when)
{
    return localText(when, datetimeformat::kDateTime);
}

QString dateTimeTextWithSeconds(const QDateTime& when)
{
    return localText(when, datetimeformat::kDateTimeSeconds);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(datetimeformat::kDate) : QString();
}

QString timeText(const QDateTime& when)
{
    return localText(when, datetimeformat::kTime);
}

} // namespace snapshotdesk
