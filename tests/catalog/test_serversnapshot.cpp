// The list parsers for both API generations, including the answers a server should not give.

#include "core/ServerSnapshot.h"

#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;

class TestServerSnapshot final : public QObject
{
    Q_OBJECT

private slots:
    void v6ListReadsEveryField()
    {
        const QByteArray body = R"({"reportSnapshots":[{"snapshotId":123,"snapshotName":"Weekly WAN",
            "createdDate":"2026-06-01 08:00:00","scheduled":0,"shared":1,
            "report":{"reportId":"17","reportName":"WAN","builtIn":0},
            "timeSpan":{"startDate":"2026-05-25 00:00:00","duration":604800},
            "permalink":"https:\/\/app.thousandeyes.com/reports/snapshots/123?__a=75"}]})";
        const Parsed<QList<ServerSnapshot>> parsed = ServerSnapshot::fromV6List(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 1);
        const ServerSnapshot& s = parsed.value.constFirst();
        QCOMPARE(s.id, QStringLiteral("123"));
        QCOMPARE(s.name, QStringLiteral("Weekly WAN"));
        QCOMPARE(s.sourceId, QStringLiteral("17"));
        QCOMPARE(s.sourceName, QStringLiteral("WAN"));
        QCOMPARE(s.created, QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(s.from, QDateTime(QDate(2026, 5, 25), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(s.to, QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(s.shared);
        QVERIFY(!s.expires.isValid());
        QCOMPARE(s.link, QUrl(QStringLiteral("https://app.thousandeyes.com/reports/snapshots/123?__a=75")));
    }

    void v7PageReadsItemsAndNextLink()
    {
        const QByteArray body = R"({"dashboardSnapshots":[{"snapshotId":"d28bb71f","snapshotName":"HTTP",
            "aid":"1234","isShared":true,"snapshotCreatedDate":"2026-05-16T10:14:28Z",
            "dashboard":{"dashboardId":"646f","title":"HTTP Server"},
            "timeSpan":{"start":"2026-05-15T10:00:00Z","duration":3600},
            "snapshotExpirationDate":"2027-05-16T10:14:28Z",
            "_links":{"appLink":{"href":"https:\/\/app.thousandeyes.com/dashboard/?snapshotId=d28bb71f"}}},
            {"snapshotName":"no id, skipped"},
            {"snapshotId":"legacy","permalink":"https:\/\/app.thousandeyes.com/dashboard/?snapshotId=legacy",
             "createdDate":"2026-05-16 10:14:28","timeSpan":{"startDate":"2026-05-15 10:00:00","duration":60}}],
            "_links":{"next":{"href":"https:\/\/api.thousandeyes.com/v7/dashboard-snapshots?cursor=abc"}}})";
        const Parsed<ServerSnapshot::Page> parsed = ServerSnapshot::fromV7Page(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.snapshots.size(), 2);
        const ServerSnapshot& s = parsed.value.snapshots.constFirst();
        QCOMPARE(s.aid, QStringLiteral("1234"));
        QCOMPARE(s.sourceName, QStringLiteral("HTTP Server"));
        QCOMPARE(s.to.toString(Qt::ISODate), QStringLiteral("2026-05-15T11:00:00Z"));
        QCOMPARE(s.expires.toString(Qt::ISODate), QStringLiteral("2027-05-16T10:14:28Z"));
        QCOMPARE(s.link.toString(),
                 QStringLiteral("https://app.thousandeyes.com/dashboard/?snapshotId=d28bb71f"));
        const ServerSnapshot& legacy = parsed.value.snapshots.at(1);
        QCOMPARE(legacy.created.toString(Qt::ISODate), QStringLiteral("2026-05-16T10:14:28Z"));
        QCOMPARE(legacy.link.toString(),
                 QStringLiteral("https://app.thousandeyes.com/dashboard/?snapshotId=legacy"));
        QCOMPARE(parsed.value.next.query(), QStringLiteral("cursor=abc"));
    }

    void v7LastPageHasNoNext()
    {
        const Parsed<ServerSnapshot::Page> parsed =
            ServerSnapshot::fromV7Page(R"({"dashboardSnapshots":[],"_links":{"self":{"href":"x"}}})");
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value.next.isEmpty());
        QVERIFY(ServerSnapshot::fromV7Page("{}").ok()); // an empty group may leave the list out
    }

    void malformedBodiesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong type") << QByteArray(R"({"dashboardSnapshots":"no","reportSnapshots":7})");
    }
    void malformedBodiesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!ServerSnapshot::fromV6List(body).ok());
        QVERIFY(!ServerSnapshot::fromV7Page(body).ok());
        QVERIFY(!ServerSnapshot::fromV6List(body).error.isEmpty());
    }

    void unsafeLinksAndSillyDurationsAreDropped()
    {
        const QByteArray body = R"J({"reportSnapshots":[{"snapshotId":"1","permalink":"javascript:alert(1)",
            "timeSpan":{"startDate":"2026-05-25 00:00:00","duration":1e300}},
            {"snapshotId":"2","permalink":"file:\/\/\/etc/passwd","timeSpan":{"startDate":"nonsense"}}]})J";
        const Parsed<QList<ServerSnapshot>> parsed = ServerSnapshot::fromV6List(body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 2);
        for (const ServerSnapshot& s : parsed.value) {
            QVERIFY(s.link.isEmpty());
            QVERIFY(!s.to.isValid());
        }
    }

    void parseApiDateTimeAcceptsBothForms()
    {
        const QDateTime expected(QDate(2026, 10, 25), QTime(1, 30), QTimeZone::utc());
        QCOMPARE(ServerSnapshot::parseApiDateTime(QStringLiteral("2026-10-25T01:30:00Z")), expected);
        QCOMPARE(ServerSnapshot::parseApiDateTime(QStringLiteral("2026-10-25T03:30:00+02:00")), expected);
        QCOMPARE(ServerSnapshot::parseApiDateTime(QStringLiteral("2026-10-25 01:30:00")), expected);
        QVERIFY(!ServerSnapshot::parseApiDateTime(QStringLiteral("yesterday")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestServerSnapshot)
#include "test_serversnapshot.moc"
