#pragma once

#include "api/SnapshotService.h"

namespace snapshotdesk {

// v7 dashboard snapshots: POST /dashboard-snapshots (201 + Location). Bearer auth only, ISO 8601
// UTC dates, aid as a string, its own hourly snapshot-creation limit.
class DashboardSnapshotsV7 final : public SnapshotService
{
    Q_OBJECT

public:
    DashboardSnapshotsV7(const ApiConfig& config, const Clock& clock, QObject* parent = nullptr);

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
