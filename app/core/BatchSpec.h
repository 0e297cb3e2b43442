#pragma once

#include "core/ApiVersion.h"
#include "core/SnapshotRequest.h"
#include "core/SnapshotSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace snapshotdesk {

// What a batch is asked to do: one snapshot of each source, all over the same time range, each
// named from the same template.
struct BatchSpec
{
    Q_DECLARE_TR_FUNCTIONS(BatchSpec)

public:
    QList<SnapshotSource> sources; // id and name are used
    QDateTime from;
    QDateTime to;
    QString nameTemplate;
    QString aid;
    QString groupName; // for {group}
    // v7 only
    QDateTime expirationDate;
    bool anonymizeData = false;
    // The person has seen the warnings (e.g. a range over 93 days) and wants to go ahead.
    bool acknowledgeWarnings = false;

    // One request per source, in order, names filled in.
    QList<SnapshotRequest> requests() const;
    // The first problem that would make every request fail (translated), or empty.
    QString validate(ApiVersion version, const QDateTime& now) const;

    friend bool operator==(const BatchSpec&, const BatchSpec&) = default;
};

} // namespace snapshotdesk
