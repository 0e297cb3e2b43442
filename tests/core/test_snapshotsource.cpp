// SnapshotSource: the reports (v6) and dashboards (v7) a person picks from. The two generations
// differ in shape (object with "reports" vs bare array) and in types (0/1 vs booleans); anything
// else is an error message, never a crash and never a half-read list.

#include "core/SnapshotSource.h"

#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

class TestSnapshotSource : public QObject
{
    Q_OBJECT

private slots:
    void v6Reports();
    void v6ReportIdAsNumber();
    void v6SkipsEntriesWithoutId();
    void v7Dashboards();
    void v7EmptyList();
    void wrongShapes_data();
    void wrongShapes();
    void v7IgnoresItemsThatAreNotObjects();
};

void TestSnapshotSource::v6Reports()
{
    const QByteArray body = R"({"reports":[
        {"reportId":"2","reportName":" Network Overview ","builtIn":1,"apiLinks":[{"rel":"self"}]},
        {"reportId":"17","reportName":"WAN","builtIn":0,"description":"Branch links"}]})";
    const auto parsed = SnapshotSource::fromV6Reports(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.size(), 2);
    QCOMPARE(parsed.value.at(0).id, u"2"_s);
    QCOMPARE(parsed.value.at(0).name, u"Network Overview"_s);
    QCOMPARE(parsed.value.at(0).builtIn, true);
    QCOMPARE(parsed.value.at(1).id, u"17"_s);
    QCOMPARE(parsed.value.at(1).builtIn, false);
    QCOMPARE(parsed.value.at(1).description, u"Branch links"_s);
}

void TestSnapshotSource::v6ReportIdAsNumber()
{
    const auto parsed =
        SnapshotSource::fromV6Reports(R"({"reports":[{"reportId":42,"reportName":"R","builtIn":true}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.size(), 1);
    QCOMPARE(parsed.value.first().id, u"42"_s);
    QVERIFY(parsed.value.first().builtIn);
}

void TestSnapshotSource::v6SkipsEntriesWithoutId()
{
    const auto parsed = SnapshotSource::fromV6Reports(
        R"({"reports":[{"reportName":"no id"},{"reportId":"","reportName":"blank"},{"reportId":1.5},)"
        R"({"reportId":"9"}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.size(), 1);
    QCOMPARE(parsed.value.first().id, u"9"_s);
    QCOMPARE(parsed.value.first().name, u"9"_s); // a nameless entry is shown by its id
}

void TestSnapshotSource::v7Dashboards()
{
    const QByteArray body = R"([
        {"dashboardId":"6409a0f6e1b5c0","title":"Overview","description":"Main","isBuiltIn":true,
         "isPrivate":false,"isDefaultForUser":true,"_links":{}},
        {"dashboardId":"77","title":"Private one","isBuiltIn":false,"isPrivate":true}])";
    const auto parsed = SnapshotSource::fromV7Dashboards(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.size(), 2);
    QCOMPARE(parsed.value.at(0), (SnapshotSource{u"6409a0f6e1b5c0"_s, u"Overview"_s, u"Main"_s, true}));
    QCOMPARE(parsed.value.at(1), (SnapshotSource{u"77"_s, u"Private one"_s, QString(), false}));
}

void TestSnapshotSource::v7EmptyList()
{
    const auto parsed = SnapshotSource::fromV7Dashboards("[]");
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value.isEmpty());
}

void TestSnapshotSource::wrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("v7");
    QTest::newRow("v7 object instead of array") << R"({"dashboards":[{"dashboardId":"1"}]})"_ba << true;
    QTest::newRow("v7 v6 answer") << R"({"reports":[{"reportId":"1"}]})"_ba << true;
    QTest::newRow("v7 empty") << QByteArray() << true;
    QTest::newRow("v7 html") << "<html><title>Login</title></html>"_ba << true;
    QTest::newRow("v7 number") << "42"_ba << true;
    QTest::newRow("v7 truncated") << R"([{"dashboardId":"1")"_ba << true;
    QTest::newRow("v6 bare array") << R"([{"reportId":"1"}])"_ba << false;
    QTest::newRow("v6 no reports key") << R"({"dashboards":[]})"_ba << false;
    QTest::newRow("v6 reports is object") << R"({"reports":{"reportId":"1"}})"_ba << false;
    QTest::newRow("v6 reports is null") << R"({"reports":null})"_ba << false;
    QTest::newRow("v6 empty") << QByteArray() << false;
    QTest::newRow("v6 garbage") << QByteArray(100000, '\xff') << false;
}

void TestSnapshotSource::wrongShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, v7);
    const auto parsed = v7 ? SnapshotSource::fromV7Dashboards(body) : SnapshotSource::fromV6Reports(body);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error.trimmed().isEmpty());
    QVERIFY(parsed.value.isEmpty());
}

void TestSnapshotSource::v7IgnoresItemsThatAreNotObjects()
{
    const auto parsed =
        SnapshotSource::fromV7Dashboards(R"([1,"two",null,[],{"dashboardId":"3","title":"T"}])");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.size(), 1);
    QCOMPARE(parsed.value.first().id, u"3"_s);
}

QTEST_GUILESS_MAIN(TestSnapshotSource)
#include "test_snapshotsource.moc"
