// Adds entries to a history file, as a second running Snapshot Desk would: all at once, so that the
// store writes them in a few large syncs. Used by test_historystore and scripts/history-stress.sh to
// check that several processes writing at once lose nothing.
//
//     history_writer <ini file> <count> <tag> [--gate]
//
// With --gate it prints "ready", waits for a line on stdin, then adds one entry at a time, each
// once the one before is on disk: two writers started together then write the file in turns for
// the whole run instead of one large sync each.
//
// Each entry's display name is "<tag> <n>". Each key is printed on its own line once the store
// reports it on disk (saved()); the program runs until every entry is saved, and exits 1 as soon as
// a write fails (the failure is what it reports, not an exit that looks like success).

#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>

using namespace snapshotdesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool countOk = false;
    const bool gate = args.size() == 5 && args.at(4) == u"--gate";
    const int count = args.size() == 4 || gate ? args.at(2).toInt(&countOk) : 0;
    QTextStream err(stderr);
    if (!countOk || count < 0) {
        err << "usage: history_writer <ini file> <count> <tag> [--gate]\n";
        return 2;
    }
    const QString tag = args.at(3);
    HistoryStore store(SettingsLocation::iniFile(args.at(1)));
    store.setCap(1'000'000);
    bool failed = false; // told at once by add() when the file is plainly not writable
    QObject::connect(&store, &HistoryStore::writeFailed, &store, [&err, &failed](const QString& message) {
        err << "write failed: " << message << Qt::endl;
        failed = true;
        QCoreApplication::exit(1);
    });
    const auto makeEntry = [&tag](int i) {
        HistoryEntry entry;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.displayName = QStringLiteral("%1 %2").arg(tag).arg(i);
        entry.sourceId = QStringLiteral("src-%1").arg(i);
        entry.status = HistoryEntry::Status::Created;
        entry.snapshotId = QStringLiteral("%1-%2").arg(tag).arg(i);
        entry.apiVersion = ApiVersion::V7;
        return entry;
    };
    int saved = 0;
    int added = 0;
    QObject::connect(&store, &HistoryStore::saved, &store, [&](const QString& key) {
        std::printf("%s\n", qPrintable(key));
        std::fflush(stdout);
        if (++saved == count) {
            QCoreApplication::exit(0);
        } else if (gate && added < count) {
            if (store.add(makeEntry(added++)).isEmpty())
                QCoreApplication::exit(1);
        }
    });
    if (gate) {
        std::printf("ready\n");
        std::fflush(stdout);
        char line[16];
        if (!std::fgets(line, sizeof line, stdin))
            return 2;
        if (count > 0 && store.add(makeEntry(added++)).isEmpty()) {
            err << "add 0 returned no key\n";
            return 1;
        }
    } else {
        for (; added < count; ++added) {
            if (store.add(makeEntry(added)).isEmpty()) {
                err << "add " << added << " returned no key\n";
                return 1;
            }
        }
    }
    if (count == 0)
        return 0;
    const int code = failed ? 1 : QCoreApplication::exec();
    if (code != 0)
        err << saved << " of " << count << " entries saved\n";
    return code;
}
