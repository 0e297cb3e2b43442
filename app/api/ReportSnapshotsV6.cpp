#include "api/ReportSnapshotsV6.h"

#include <QJsonDocument>

namespace snapshotdesk {

ReportSnapshotsV6::ReportSnapshotsV6(const ApiConfig& config, const Clock& clock, QObject* parent)
    : SnapshotService(config, clock, parent)
{}

ApiCall ReportSnapshotsV6::accountGroupsCall() const
{
    return {"GET", QStringLiteral("/account-groups"), {}, {}, false};
}

Parsed<QList<AccountGroup>> ReportSnapshotsV6::parseAccountGroups(const ApiResponse& response) const
{
    return AccountGroup::fromV6(response.body);
}

ApiCall ReportSnapshotsV6::sourcesCall(const QString& aid) const
{
    return {"GET", QStringLiteral("/reports"), aid, {}, false};
}

Parsed<QList<SnapshotSource>> ReportSnapshotsV6::parseSources(const ApiResponse& response) const
{
    return SnapshotSource::fromV6Reports(response.body);
}

ApiCall ReportSnapshotsV6::createCall(const SnapshotRequest& request) const
{
    return {"POST", QStringLiteral("/report-snapshots/create"), request.aid,
            QJsonDocument(request.toV6Json()).toJson(QJsonDocument::Compact), true};
}

Parsed<Snapshot> ReportSnapshotsV6::parseCreated(const ApiResponse& response) const
{
    return Snapshot::fromV6Create(response.body);
}

bool ReportSnapshotsV6::acceptsCredentials(const Credentials& credentials) const
{
    return credentials.isComplete();
}

} // namespace snapshotdesk
