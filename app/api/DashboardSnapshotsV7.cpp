#include "api/DashboardSnapshotsV7.h"

#include <QJsonDocument>

namespace snapshotdesk {

DashboardSnapshotsV7::DashboardSnapshotsV7(const ApiConfig& config, const Clock& clock, QObject* parent)
    : SnapshotService(config, clock, parent)
{}

ApiCall DashboardSnapshotsV7::accountGroupsCall() const
{
    return {"GET", QStringLiteral("/account-groups"), {}, {}, false};
}

Parsed<QList<AccountGroup>> DashboardSnapshotsV7::parseAccountGroups(const ApiResponse& response) const
{
    return AccountGroup::fromV7(response.body);
}

ApiCall DashboardSnapshotsV7::sourcesCall(const QString& aid) const
{
    return {"GET", QStringLiteral("/dashboards"), aid, {}, false};
}

Parsed<QList<SnapshotSource>> DashboardSnapshotsV7::parseSources(const ApiResponse& response) const
{
    return SnapshotSource::fromV7Dashboards(response.body);
}

ApiCall DashboardSnapshotsV7::createCall(const SnapshotRequest& request) const
{
    return {"POST", QStringLiteral("/dashboard-snapshots"), request.aid,
            QJsonDocument(request.toV7Json()).toJson(QJsonDocument::Compact), true};
}

Parsed<Snapshot> DashboardSnapshotsV7::parseCreated(const ApiResponse& response) const
{
    return Snapshot::fromV7Create(response.body, headerValue(response.headers, "Location"));
}

bool DashboardSnapshotsV7::acceptsCredentials(const Credentials& credentials) const
{
    // v7 knows Bearer tokens only; a v6 basic-auth token would only earn a 401.
    return credentials.isComplete() && credentials.method == Credentials::Method::Bearer;
}

} // namespace snapshotdesk
