#pragma once

#include "api/SnapshotService.h"

namespace snapshotdesk {

// v6 report snapshots: the seed endpoint, POST /report-snapshots/create. Basic or Bearer auth,
// UTC dates as "yyyy-MM-dd HH:mm:ss", aid as a number in answers.
class ReportSnapshotsV6 final : public SnapshotService
{
    Q_OBJECT

public:
    ReportSnapshotsV6(const ApiConfig& config, const Clock& clock, QObject* parent = nullptr);

protected:
    ApiCall accountGroupsCall() const override;
    Parsed<QList<AccountGroup>> parseAccountGroups(const ApiResponse& response) const override;
    ApiCall sourcesCall(const QString& aid) const override;
    Parsed<QList<SnapshotSource>> parseSources(const ApiResponse& response) const override;
    ApiCall createCall(const SnapshotRequest& request) const override;
    Parsed<Snapshot> parseCreated(const ApiResponse& response) const override;
    bool acceptsCredentials(const Credentials& credentials) const override;
};

} // namespace snapshotdesk
