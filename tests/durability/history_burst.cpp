// Adds history entries through HistoryStore as fast as it can, printing each entry's key on its
// own line (and flushing) only once add() has returned, i.e. once the entry is reported saved.
// test_durability kills it with SIGKILL in the middle of such a burst.
//
//     history_burst <ini file> <count, 0 = until killed> <tag>
//
// The exit code is non-zero when any write failed.

#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace snapshotdesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool countOk = false;
    const int count = args.size() == 4 ? args.at(2).toInt(&countOk) : 0;
    if (!countOk || count < 0) {
        std::fputs("usage: history_burst <ini file> <count, 0 = until killed> <tag>\n", stderr);
        return 2;
    }
    const QString tag = args.at(3);
    HistoryStore store(SettingsLocation::iniFile(args.at(1)));
    store.setCap(1'000'000);
    bool failed = false;
    QObject::connect(&store, &HistoryStore::writeFailed, &store, [&failed](const QString& message) {
        failed = true;
        std::fprintf(stderr, "write failed: %s\n", qPrintable(message));
    });
    for (int i = 0; count == 0 || i < count; ++i) {
        HistoryEntry entry;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.displayName = QStringLiteral("%1 %2").arg(tag).arg(i);
        entry.sourceId = QStringLiteral("src-%1").arg(i);
        entry.snapshotId = QStringLiteral("%1-%2").arg(tag).arg(i);
        entry.apiVersion = ApiVersion::V7;
        failed = false;
        const QString key = store.add(entry);
        if (failed || key.isEmpty())
            return 1; // not reported saved
        std::printf("%s\n", qPrintable(key));
        std::fflush(stdout);
    }
    return 0;
}
