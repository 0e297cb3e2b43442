#pragma once

#include "core/Parsed.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace snapshotdesk {

// A report (v6) or dashboard (v7) that a snapshot can be made of.
struct SnapshotSource
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotSource)

public:
    QString id;
    QString name;
    QString description;
    bool builtIn = false;

    // v6 GET /reports: {"reports":[{"reportId":"2","reportName":"…","builtIn":1}]}
    static Parsed<QList<SnapshotSource>> fromV6Reports(const QByteArray& body);
    // v7 GET /dashboards: a bare array of {"dashboardId","title","description","isBuiltIn",…}
    static Parsed<QList<SnapshotSource>> fromV7Dashboards(const QByteArray& body);

    friend bool operator==(const SnapshotSource&, const SnapshotSource&) = default;
};

} // namespace snapshotdesk
