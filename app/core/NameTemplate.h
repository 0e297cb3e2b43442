#pragma once

#include <QDateTime>
#include <QString>

namespace snapshotdesk {

// Fills a display-name template for one snapshot of a batch: {source} (report or dashboard name),
// {group} (account group name), {from} and {to} (the range, in local time), the latter two with an
// optional QDateTime format after a colon, e.g. "{source} {from:yyyy-MM-dd}". Unknown placeholders
// are left as they are, so a typo shows in the name instead of vanishing.
class NameTemplate final
{
public:
    // Used for {from} and {to} without a format.
    static QString defaultDateFormat() { return QStringLiteral("yyyy-MM-dd HH:mm"); }

    struct Values
    {
        QString source;
        QString group;
        QDateTime from;
        QDateTime to;
    };

    static QString expand(const QString& nameTemplate, const Values& values);
};

} // namespace snapshotdesk
