#include "core/BatchSpec.h"

#include "core/NameTemplate.h"

namespace snapshotdesk {

QList<SnapshotRequest> BatchSpec::requests() const
{
    QList<SnapshotRequest> list;
    list.reserve(sources.size());
    for (const SnapshotSource& source : sources) {
        SnapshotRequest request;
        request.displayName = SnapshotRequest::fitDisplayName(
            NameTemplate::expand(nameTemplate, {source.name, groupName, from, to}));
        request.sourceId = source.id;
        request.sourceName = source.name;
        request.from = from;
        request.to = to;
        request.aid = aid;
        request.expirationDate = expirationDate;
        request.anonymizeData = anonymizeData;
        request.acknowledgeWarnings = acknowledgeWarnings;
        list.append(std::move(request));
    }
    return list;
}

QString BatchSpec::validate(ApiVersion version, const QDateTime& now) const
{
    if (sources.isEmpty())
        return version == ApiVersion::V6 ? tr("Choose at least one report.")
                                         : tr("Choose at least one dashboard.");
    if (nameTemplate.trimmed().isEmpty())
        return tr("Enter a name template, for example \"{source} {from:yyyy-MM-dd}\".");
    // The range and expiry are shared, so the first request speaks for all of them; a name problem
    // may differ per source and is reported per snapshot.
    for (const ValidationIssue& issue : requests().constFirst().validate(version, now)) {
        if (issue.field == ValidationIssue::Field::Source ||
            issue.field == ValidationIssue::Field::DisplayName)
            continue;
        if (issue.severity == ValidationIssue::Severity::Error || !acknowledgeWarnings)
            return issue.message;
    }
    return {};
}

} // namespace snapshotdesk
