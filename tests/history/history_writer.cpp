// Adds entries to a history file, as a second running Snapshot Desk would. Used by
// test_historystore to check that two processes writing at once lose nothing.
//
//     history_writer <ini file> <count> <tag>
//
// Each entry's display name is "<tag> <n>"; the exit code is non-zero when any add failed.

#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

using namespace snapshotdesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool countOk = false;
    const int count = args.size() == 4 ? args.at(2).toInt(&countOk) : 0;
    QTextStream err(stderr);
    if (!countOk || count < 0) {
        err << "usage: history_writer <ini file> <count> <tag>\n";
        return 2;
    }
    const QString tag = args.at(3);
    HistoryStore store(SettingsLocation::iniFile(args.at(1)));
    int failures = 0;
    QObject::connect(&store, &HistoryStore::writeFailed, &store,
                     [&err](const QString& message) { err << "write failed: " << message << '\n'; });
    for (int i = 0; i < count; ++i) {
        HistoryEntry entry;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.displayName = QStringLiteral("%1 %2").arg(tag).arg(i);
        entry.sourceId = QStringLiteral("src-%1").arg(i);
        entry.status = HistoryEntry::Status::Created;
        entry.snapshotId = QStringLiteral("%1-%2").arg(tag).arg(i);
        entry.apiVersion = ApiVersion::V7;
        if (store.add(entry).isEmpty())
            ++failures;
    }
    if (failures > 0)
        err << failures << " of " << count << " adds failed\n";
    return failures == 0 ? 0 : 1;
}
