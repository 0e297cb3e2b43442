// History: the service that owns the entries. It keeps them oldest first, tells every change before
// and after it (so a model can follow without a copy), keeps an entry added while the file is read,
// and, reading again, takes in what another instance added or deleted, entry by entry.

#include "store/History.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kBase(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());

HistoryEntry makeEntry(int n)
{
    HistoryEntry entry;
    entry.createdAt = kBase.addSecs(60 * n);
    entry.displayName = u"Snapshot %1"_s.arg(n);
    entry.sourceId = u"src-%1"_s.arg(n);
    entry.sourceName = u"Dashboard %1"_s.arg(n);
    entry.from = entry.createdAt.addDays(-1);
    entry.to = entry.createdAt.addSecs(-60);
    entry.aid = u"75"_s;
    entry.snapshotId = u"snap-%1"_s.arg(n);
    return entry;
}

QStringList names(const History& history)
{
    QStringList result;
    for (const HistoryEntry& e : history.entries())
        result << e.displayName;
    return result;
}

// Waits until `history` has read its file (the first load, or a reload).
bool loadAndWait(History& history, bool reload = false)
{
    QSignalSpy loaded(&history, &History::loaded);
    reload ? history.reload() : history.load();
    return loaded.wait(5000);
}

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void addTellsIndexBeforeAndAfter()
    {
        History history(location());
        QVERIFY(loadAndWait(history));
        QList<int> events; // +index before an insert, -(index+1) after it
        QList<int> sizes;  // the list's size at each signal: before, then after the insert
        connect(&history, &History::aboutToInsert, this, [&](int index) {
            events << index;
            sizes << history.size();
        });
        connect(&history, &History::inserted, this, [&](int index) {
            events << -(index + 1);
            sizes << history.size();
        });
        QSignalSpy added(&history, &History::added);
        const QString later = history.add(makeEntry(2));
        const QString earlier = history.add(makeEntry(1)); // older: goes before
        QCOMPARE(events, (QList<int>{0, -1, 0, -1}));
        QCOMPARE(sizes, (QList<int>{0, 1, 1, 2}));
        QCOMPARE(names(history), (QStringList{u"Snapshot 1"_s, u"Snapshot 2"_s}));
        QCOMPARE(history.indexOf(earlier), 0);
        QCOMPARE(history.indexOf(later), 1);
        QCOMPARE(history.indexOf(u"nope"_s), -1);
        QCOMPARE(added.size(), 2);
    }

    void anEntryAddedWhileLoadingIsKept()
    {
        {
            History first(location());
            QSignalSpy saved(&first, &History::saved);
            first.add(makeEntry(1));
            QVERIFY(saved.size() == 1 || saved.wait(5000));
        }
        History history(location());
        QSignalSpy loaded(&history, &History::loaded);
        history.load();
        history.add(makeEntry(2)); // before the load's answer arrives
        QVERIFY(loaded.wait(5000));
        QCOMPARE(names(history), (QStringList{u"Snapshot 1"_s, u"Snapshot 2"_s}));
    }

    void reloadTakesInAnotherInstancesAddsAndDeletes()
    {
        History mine(location());
        History theirs(location()); // as another running instance (or the command line) would
        QVERIFY(loadAndWait(mine));
        QVERIFY(loadAndWait(theirs));
        const QString kept = mine.add(makeEntry(1));
        const QString doomed = mine.add(makeEntry(3));
        QVERIFY(loadAndWait(theirs, true));
        QCOMPARE(names(theirs), (QStringList{u"Snapshot 1"_s, u"Snapshot 3"_s}));

        // They add one between mine and delete one of mine; my reload follows row by row.
        theirs.add(makeEntry(2));
        theirs.remove({doomed});
        QSignalSpy reset(&mine, &History::reset);
        QSignalSpy inserted(&mine, &History::inserted);
        QSignalSpy removedAt(&mine, &History::removedAt);
        QSignalSpy removed(&mine, &History::removed);
        QVERIFY(loadAndWait(mine, true));
        QCOMPARE(names(mine), (QStringList{u"Snapshot 1"_s, u"Snapshot 2"_s}));
        QCOMPARE(reset.size(), 0); // a view keeps its selection
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(0).toInt(), 1);
        QCOMPARE(removedAt.size(), 1);
        QCOMPARE(removed.at(0).at(0).toStringList(), QStringList{doomed});
        QCOMPARE(mine.indexOf(kept), 0);
    }

    void updateAndClear()
    {
        History history(location());
        QVERIFY(loadAndWait(history));
        HistoryEntry entry = makeEntry(1);
        entry.key = history.add(entry);
        entry.displayName = u"Renamed"_s;
        QSignalSpy changed(&history, &History::changedAt);
        QVERIFY(history.update(entry));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(history.at(0).displayName, u"Renamed"_s);
        HistoryEntry stranger = makeEntry(9);
        stranger.key = u"not-here"_s;
        QVERIFY(!history.update(stranger));

        QSignalSpy cleared(&history, &History::cleared);
        history.clear();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(history.size(), 0);
        History reread(location());
        QVERIFY(loadAndWait(reread));
        QCOMPARE(reread.size(), 0);
    }

private:
    SettingsLocation location() const { return SettingsLocation::iniFile(m_dir->filePath(u"history.ini"_s)); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
