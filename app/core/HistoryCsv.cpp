#include "core/HistoryCsv.h"

#include <QSaveFile>
#include <QStringList>

namespace snapshotdesk {

namespace {

QString field(QString text)
{
    // A leading =, +, - or @ would run as a formula in a spreadsheet, and so may one after a
    // leading tab or carriage return (which some spreadsheets skip): neutralise it.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r') ||
        text.contains(u'\t'))
        return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

QString iso(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray historyToCsv(const QList<HistoryEntry>& entries)
{
    QStringList lines;
    lines.reserve(entries.size() + 1);
    lines << QStringLiteral("created_at,display_name,source_id,source_name,from,to,account_group_id,"
                            "account_group,snapshot_id,link,api_version,status,failure_reason,profile");
    for (const HistoryEntry& e : entries) {
        const QStringList fields{
            iso(e.createdAt),
            field(e.displayName),
            field(e.sourceId),
            field(e.sourceName),
            iso(e.from),
            iso(e.to),
            field(e.aid),
            field(e.accountGroupName),
            field(e.snapshotId),
            field(e.link.toString(QUrl::FullyEncoded)),
            toString(e.apiVersion),
            e.status == HistoryEntry::Status::Created ? QStringLiteral("created") : QStringLiteral("failed"),
            field(e.failureReason),
            // Last, so that scripts reading the columns of earlier exports by position still work.
            // A profile name is the user's free text: guarded like the others.
            field(e.profileName()),
        };
        lines << fields.join(u',');
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString writeHistoryCsv(const QString& path, const QList<HistoryEntry>& entries)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(historyToCsv(entries)) < 0 || !file.commit())
        return file.errorString();
    return {};
}

} // namespace snapshotdesk
