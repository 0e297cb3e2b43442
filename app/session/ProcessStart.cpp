#include "session/ProcessStart.h"

#include <QCoreApplication>

namespace snapshotdesk::ProcessStart {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SnapshotDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("snapshotdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("SnapshotDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SNAPSHOTDESK_VERSION));
}

QStringList arguments(int argc, char** argv)
{
    QStringList list;
    list.reserve(argc);
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace snapshotdesk::ProcessStart
