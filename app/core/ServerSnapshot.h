#pragma once

#include "core/ApiVersion.h"
#include "core/Parsed.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace snapshotdesk {

// A snapshot as the server lists it (v6 GET /report-snapshots, v7 GET /dashboard-snapshots), whoever
// created it. Parsing lives here, next to the type, so a fuzz target can call it directly.
struct ServerSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ServerSnapshot)

public:
    QString id;
    QString name;
    QString sourceId;   // reportId (v6) or dashboardId (v7)
    QString sourceName; // report name or dashboard title
    QString aid;        // as the server says; may be empty (v6 never says)
    QDateTime from;     // UTC; invalid when the server gave no time span
    QDateTime to;       // from + duration
    QDateTime created;  // UTC
    QDateTime expires;  // v7 only; invalid = not said (v6 snapshots never expire)
    bool shared = false;
    bool scheduled = false;
    QUrl link; // for a person: v7 _links.appLink.href, else permalink

    // One page of the v7 list: the snapshots and the next page's href (empty on the last page).
    struct Page
    {
        QList<ServerSnapshot> snapshots;
        QUrl next;
    };

    // v6: {"reportSnapshots":[{"snapshotId","snapshotName","createdDate","scheduled","shared",
    //      "report":{"reportId","reportName"},"timeSpan":{"startDate","duration"},"permalink"}]}
    static Parsed<QList<ServerSnapshot>> fromV6List(const QByteArray& body);
    // v7: {"dashboardSnapshots":[{"snapshotId","snapshotName","aid","isShared","snapshotCreatedDate",
    //      "dashboard":{"dashboardId","title"},"timeSpan":{"start"|"startDate","duration"},
    //      "snapshotExpirationDate","_links":{"appLink":{"href"}},"permalink"?}],
    //      "_links":{"next":{"href"}}}
    // Items without a snapshotId are skipped; a body that is not such an object is an error.
    static Parsed<Page> fromV7Page(const QByteArray& body);

    // A date as either API writes it: ISO 8601 with a zone ("2026-05-16T10:14:28Z"), or the older
    // "2026-05-16 10:14:28", which is UTC. Invalid when it is neither.
    static QDateTime parseApiDateTime(const QString& text);

    friend bool operator==(const ServerSnapshot&, const ServerSnapshot&) = default;
};

} // namespace snapshotdesk
