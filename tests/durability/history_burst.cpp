// Adds history entries through HistoryStore as fast as it can, printing each entry's key on its
// own line (and flushing) only once the store reports it saved (the saved() signal: on disk).
// test_durability kills it with SIGKILL in the middle of such a burst.
//
//     history_burst <ini file> <count, 0 = until killed> <tag> [<n>]
//
// With <n>, it kills itself with SIGKILL once n entries are saved, whatever the writer thread is
// doing then (usually in the middle of the next sync, as adds go on meanwhile): scripts/history-stress.sh
// uses that to kill one writer early in a run, while the others are still writing, which a kill from a
// polling script on a loaded machine does not manage.
//
// The exit code is non-zero when any write failed.

#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace snapshotdesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool countOk = false;
    const int count = args.size() == 4 || args.size() == 5 ? args.at(2).toInt(&countOk) : 0;
    bool dieOk = true;
    const int dieAfter = args.size() == 5 ? args.at(4).toInt(&dieOk) : 0;
    if (!countOk || count < 0 || !dieOk || dieAfter < 0) {
        std::fputs("usage: history_burst <ini file> <count, 0 = until killed> <tag> [<n>]\n", stderr);
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
        ++savedCount;
        if (savedCount == dieAfter)
            std::raise(SIGKILL); // no handler, no flush, no cleanup
        if (count > 0 && savedCount == count)
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
