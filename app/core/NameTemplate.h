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
    // The display name of one snapshot: `nameTemplate` (the default one when empty) expanded,
    // runs of white space made one space, cut to the API's length between characters. What the
    // window's form proposes and what snapshot-desk-cli sends without --name.
    static QString displayName(const QString& nameTemplate, const Values& values);
    static QString defaultTemplate() { return QStringLiteral("{source} {from} \u2013 {to}"); }
};

} // namespace snapshotdesk
