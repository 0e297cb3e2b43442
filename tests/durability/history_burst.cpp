// Adds history entries through HistoryStore as fast as it can, printing each entry's key on its
// own line (and flushing) only once the store reports it saved (the saved() signal: on disk).
// test_durability kills it with SIGKILL in the middle of such a burst.
//
//     history_burst <ini file> <count, 0 = until killed> <tag>
//
// The exit code is non-zero when any write failed.

#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

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
    // Writes happen on the store's writer thread; keys count as saved only when saved() says so.
    int savedCount = 0;
    QObject::connect(&store, &HistoryStore::saved, &store, [&](const QString& key) {
        std::printf("%s\n", qPrintable(key));
        std::fflush(stdout);
        if (count > 0 && ++savedCount == count)
            QCoreApplication::exit(failed ? 1 : 0);
    });
    int next = 0;
    QTimer adder;
    QObject::connect(&adder, &QTimer::timeout, &store, [&] {
        if (count > 0 && next >= count) {
            adder.stop();
            return;
        }
        HistoryEntry entry;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.displayName = QStringLiteral("%1 %2").arg(tag).arg(next);
        entry.sourceId = QStringLiteral("src-%1").arg(next);
        entry.snapshotId = QStringLiteral("%1-%2").arg(tag).arg(next);
        entry.apiVersion = ApiVersion::V7;
        ++next;
        if (store.add(entry).isEmpty() || failed)
            QCoreApplication::exit(1);
    });
    adder.start(0);
    return QCoreApplication::exec();
}
