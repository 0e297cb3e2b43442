#pragma once

#include "core/ApiVersion.h"
#include "core/BatchSpec.h"
#include "core/Clock.h"
#include "core/Parsed.h"
#include "core/SnapshotSource.h"
#include "core/TimeRange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace snapshotdesk {

// A batch saved under a name to run again: the sources, a range relative to the day it runs
// ("Last week"), the name template and the account group.
struct Routine
{
    Q_DECLARE_TR_FUNCTIONS(Routine)

public:
    // A run sends one snapshot per source at once. v7 allows 100 snapshots an hour (and the
    // organisation about 240 requests a minute, shared with everyone in it), so a longer routine
    // could not finish in one go; it is refused when read and when saved.
    static constexpr qsizetype kMaxSources = 100;

    QString id; // assigned by RoutineStore
    QString name;
    QList<SnapshotSource> sources; // id and name
    TimeRange::Preset range = TimeRange::Preset::Yesterday;
    QString nameTemplate;
    QString aid;
    QString groupName;
    ApiVersion apiVersion = ApiVersion::V7;

    // The range on the day `clock` says it is, in local time.
    TimeRange resolveRange(const Clock& clock) const;
    // The batch this routine runs at `clock`'s now.
    BatchSpec toBatchSpec(const Clock& clock) const;

    QJsonObject toJson() const;
    // Reads what toJson() writes; the error (translated) names the field that is wrong.
    static Parsed<Routine> fromJson(const QJsonObject& object);

    friend bool operator==(const Routine&, const Routine&) = default;
};

} // namespace snapshotdesk
