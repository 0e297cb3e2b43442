// The merge of the local history with the server list, both ways: snapshots made elsewhere appear
// and are marked; local snapshots the server no longer has are marked gone, but only for the same
// account group and API generation.

#include "core/SnapshotMerge.h"

#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;

namespace {

HistoryEntry created(const QString& key, const QString& id, const QString& aid = QStringLiteral("75"),
                     ApiVersion version = ApiVersion::V7)
{
    HistoryEntry e;
    e.key = key;
    e.snapshotId = id;
    e.aid = aid;
    e.apiVersion = version;
    e.status = HistoryEntry::Status::Created;
    e.displayName = QStringLiteral("Local ") + id;
    e.link = QUrl(QStringLiteral("https://app.thousandeyes.com/dashboard/?snapshotId=") + id);
    return e;
}

ServerSnapshot onServer(const QString& id)
{
    ServerSnapshot s;
    s.id = id;
    s.name = QStringLiteral("Server ") + id;
    return s;
}

} // namespace

class TestSnapshotMerge final : public QObject
{
    Q_OBJECT

private slots:
    void serverOnlyIsCreatedElsewhere()
    {
        const QList<MergedSnapshot> rows =
            SnapshotMerge::merge({created(QStringLiteral("k1"), QStringLiteral("a"))},
                                 {onServer(QStringLiteral("a")), onServer(QStringLiteral("b"))},
                                 QStringLiteral("75"), ApiVersion::V7);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).origin, MergedSnapshot::Origin::Both);
        QCOMPARE(rows.at(0).historyKey, QStringLiteral("k1"));
        QCOMPARE(rows.at(0).server.name, QStringLiteral("Server a"));
        QCOMPARE(rows.at(1).origin, MergedSnapshot::Origin::CreatedElsewhere);
        QVERIFY(rows.at(1).historyKey.isEmpty());
    }

    void localOnlyIsGone()
    {
        const QList<MergedSnapshot> rows =
            SnapshotMerge::merge({created(QStringLiteral("k1"), QStringLiteral("a")),
                                  created(QStringLiteral("k2"), QStringLiteral("gone"))},
                                 {onServer(QStringLiteral("a"))}, QStringLiteral("75"), ApiVersion::V7);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).origin, MergedSnapshot::Origin::Gone);
        QCOMPARE(rows.at(1).historyKey, QStringLiteral("k2"));
        QCOMPARE(rows.at(1).server.id, QStringLiteral("gone"));
        QCOMPARE(rows.at(1).server.name, QStringLiteral("Local gone"));
        QVERIFY(!rows.at(1).server.link.isEmpty());
    }

    void otherGroupsVersionsAndFailuresAreNeverGone()
    {
        HistoryEntry failed = created(QStringLiteral("k3"), QString());
        failed.status = HistoryEntry::Status::Failed;
        const QList<HistoryEntry> history{
            created(QStringLiteral("k1"), QStringLiteral("x"), QStringLiteral("1234")), // other group
            created(QStringLiteral("k2"), QStringLiteral("y"), QStringLiteral("75"),
                    ApiVersion::V6), // other API
            failed,
        };
        QVERIFY(SnapshotMerge::merge(history, {}, QStringLiteral("75"), ApiVersion::V7).isEmpty());
    }

    void anEntryOfAnotherGroupListedHereIsNotElsewhere()
    {
        // IDs are global: the server is the judge of which group a snapshot is in.
        const QList<MergedSnapshot> rows =
            SnapshotMerge::merge({created(QStringLiteral("k1"), QStringLiteral("x"), QStringLiteral("1234"))},
                                 {onServer(QStringLiteral("x"))}, QStringLiteral("75"), ApiVersion::V7);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).origin, MergedSnapshot::Origin::Both);
    }

    void goneRowsAreNewestFirstAndNotDuplicated()
    {
        const QList<MergedSnapshot> rows =
            SnapshotMerge::merge({created(QStringLiteral("k1"), QStringLiteral("old")),
                                  created(QStringLiteral("k2"), QStringLiteral("new")),
                                  created(QStringLiteral("k3"), QStringLiteral("new"))},
                                 {}, QStringLiteral("75"), ApiVersion::V7);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).server.id, QStringLiteral("new"));
        QCOMPARE(rows.at(0).historyKey, QStringLiteral("k3"));
        QCOMPARE(rows.at(1).server.id, QStringLiteral("old"));
    }

    // Snapshots a batch made after the list was read are not "gone": the list could not know them
    // (issue 16, item 4). One made before the list was asked for and missing from it is.
    void entriesNewerThanTheListAreNotGone()
    {
        const QDateTime listedAt(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
        HistoryEntry before = created(QStringLiteral("k1"), QStringLiteral("deleted"));
        before.createdAt = listedAt.addSecs(-60);
        HistoryEntry during = created(QStringLiteral("k2"), QStringLiteral("fresh"));
        during.createdAt = listedAt.addSecs(5);
        const QList<MergedSnapshot> rows =
            SnapshotMerge::merge({before, during}, {onServer(QStringLiteral("a"))}, QStringLiteral("75"),
                                 ApiVersion::V7, listedAt);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).server.id, QStringLiteral("fresh"));
        QCOMPARE(rows.at(1).origin, MergedSnapshot::Origin::Both);
        QCOMPARE(rows.at(1).historyKey, QStringLiteral("k2"));
        QCOMPARE(rows.at(2).server.id, QStringLiteral("deleted"));
        QCOMPARE(rows.at(2).origin, MergedSnapshot::Origin::Gone);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotMerge)
#include "test_snapshotmerge.moc"
