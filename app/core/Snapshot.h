#pragma once

#include "core/ApiVersion.h"
#include "core/Parsed.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace snapshotdesk {

// A snapshot the server has created.
struct Snapshot
{
    Q_DECLARE_TR_FUNCTIONS(Snapshot)

public:
    QString id;
    QUrl link;   // for a person, in the ThousandEyes web app
    QUrl apiUrl; // the API resource (v7 Location / _links.self), when given
    QDateTime created;

    // v6 create answer: {"snapshotId":"123"}
    static Parsed<Snapshot> fromV6Create(const QByteArray& body);
    // v7 create answer: {"snapshotId":"<uuid>","_links":{"self":{"href"},"appLink"?:{"href"}}}
    // plus the Location header.
    static Parsed<Snapshot> fromV7Create(const QByteArray& body, const QByteArray& location);

    // The link for a person when the API gave none, as API-NOTES documents it. The web app lives on
    // "app." beside "api."; any other host (a proxy, the demo) serves the path itself.
    static QUrl buildLink(ApiVersion version, const QUrl& apiBase, const QString& id, const QString& aid);

    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

} // namespace snapshotdesk
