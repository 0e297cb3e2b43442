// Snapshot: reading the create answers of both API generations, with a distinct message for each
// way the snapshot ID can be wrong, and building the link a person opens.

#include "core/Snapshot.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void v6CreateSeedAnswer();
    void v6IdIsTrimmed();
    void badIds_data();
    void badIds();
    void badIdMessagesAreDistinct();
    void notAnObject_data();
    void notAnObject();
    void v7CreateWithAppLink();
    void v7CreateWithPermalinkOnly();
    void v7CreateWithLocationOnly();
    void v7CreateLinksMustBeHttp();
    void v7CreateBadIdWins();
    void v6NumericIdIsAnId();
    void v7EmptyBodyWithLocationIsCreated_data();
    void v7EmptyBodyWithLocationIsCreated();
    void buildLinkV6();
    void buildLinkV7();
    void buildLinkLoopbackKeepsHostAndPort();
    void buildLinkWithoutBase();
};

void TestSnapshot::v6CreateSeedAnswer()
{
    const Parsed<Snapshot> parsed = Snapshot::fromV6Create("{\n    \"snapshotId\": \"123\"\n}");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.id, u"123"_s);
    QVERIFY(parsed.value.link.isEmpty()); // v6 create gives no link; the service builds one
}

void TestSnapshot::v6IdIsTrimmed()
{
    const Parsed<Snapshot> parsed = Snapshot::fromV6Create(R"({"snapshotId":"  abc-1 \n"})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.id, u"abc-1"_s);
}

void TestSnapshot::badIds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("word");
    QTest::newRow("missing") << R"({"id":"123"})"_ba << u"no snapshot ID"_s;
    QTest::newRow("null") << R"({"snapshotId":null})"_ba << u"null"_s;
    QTest::newRow("fraction") << R"({"snapshotId":1.5})"_ba << u"not a whole number"_s;
    QTest::newRow("huge number") << R"({"snapshotId":1e300})"_ba << u"not a whole number"_s;
    QTest::newRow("negative") << R"({"snapshotId":-4})"_ba << u"not a whole number"_s;
    QTest::newRow("bool") << R"({"snapshotId":true})"_ba << u"not text"_s;
    QTest::newRow("object") << R"({"snapshotId":{"id":"1"}})"_ba << u"not text"_s;
    QTest::newRow("empty") << R"({"snapshotId":""})"_ba << u"empty snapshot ID"_s;
    QTest::newRow("blank") << R"({"snapshotId":"   "})"_ba << u"empty snapshot ID"_s;
    QTest::newRow("huge") << R"({"snapshotId":")"_ba + QByteArray(5000, 'a') + R"("})"_ba << u"long"_s;
}

void TestSnapshot::badIds()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, word);
    const Parsed<Snapshot> v6 = Snapshot::fromV6Create(body);
    QVERIFY(!v6.ok());
    QVERIFY2(v6.error.contains(word), qPrintable(v6.error));
    QVERIFY(v6.value.id.isEmpty());
    const Parsed<Snapshot> v7 = Snapshot::fromV7Create(body, {});
    QVERIFY(!v7.ok());
    QCOMPARE(v7.error, v6.error);
    // A 201's Location still names the snapshot the server made: it is not lost to a bad body.
    const Parsed<Snapshot> located =
        Snapshot::fromV7Create(body, "https://api.thousandeyes.com/v7/dashboard-snapshots/x");
    QVERIFY2(located.ok(), qPrintable(located.error));
    QCOMPARE(located.value.id, u"x"_s);
}

void TestSnapshot::badIdMessagesAreDistinct()
{
    const QList<QByteArray> bodies{R"({})"_ba,
                                   R"({"snapshotId":null})"_ba,
                                   R"({"snapshotId":7.5})"_ba,
                                   R"({"snapshotId":[7]})"_ba,
                                   R"({"snapshotId":""})"_ba,
                                   R"({"snapshotId":")"_ba + QByteArray(201, 'x') + "\"}",
                                   ""_ba,
                                   "nope"_ba};
    QSet<QString> messages;
    for (const QByteArray& body : bodies) {
        const Parsed<Snapshot> parsed = Snapshot::fromV6Create(body);
        QVERIFY(!parsed.ok());
        messages.insert(parsed.error);
    }
    QCOMPARE(messages.size(), bodies.size());
    // 200 characters is still an ID.
    QVERIFY(Snapshot::fromV6Create(R"({"snapshotId":")"_ba + QByteArray(200, 'x') + "\"}").ok());
}

void TestSnapshot::notAnObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << " \n "_ba;
    QTest::newRow("array") << R"([{"snapshotId":"1"}])"_ba;
    QTest::newRow("string") << R"("123")"_ba;
    QTest::newRow("html") << "<html><title>OK</title></html>"_ba;
    QTest::newRow("truncated") << R"({"snapshotId":"12)"_ba;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
}

void TestSnapshot::notAnObject()
{
    QFETCH(QByteArray, body);
    const Parsed<Snapshot> v6 = Snapshot::fromV6Create(body);
    QVERIFY(!v6.ok());
    QVERIFY(!v6.error.isEmpty());
    QVERIFY(!Snapshot::fromV7Create(body, {}).ok());
}

void TestSnapshot::v7CreateWithAppLink()
{
    const QByteArray body =
        R"({"snapshotId":"0b6e1c2a-1111-4aaa-9bbb-123456789abc","_links":{)"
        R"("self":{"href":"https://api.thousandeyes.com/v7/dashboard-snapshots/0b6e1c2a-1111-4aaa-9bbb-123456789abc"},)"
        R"("appLink":{"href":"https://app.thousandeyes.com/dashboard/?snapshotId=0b6e1c2a"}},)"
        R"("permalink":"https://app.thousandeyes.com/old"})";
    const Parsed<Snapshot> parsed =
        Snapshot::fromV7Create(body, "https://api.thousandeyes.com/v7/dashboard-snapshots/from-location");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.id, u"0b6e1c2a-1111-4aaa-9bbb-123456789abc"_s);
    QCOMPARE(parsed.value.link, QUrl(u"https://app.thousandeyes.com/dashboard/?snapshotId=0b6e1c2a"_s));
    // _links.self wins over Location.
    QCOMPARE(
        parsed.value.apiUrl,
        QUrl(u"https://api.thousandeyes.com/v7/dashboard-snapshots/0b6e1c2a-1111-4aaa-9bbb-123456789abc"_s));
}

void TestSnapshot::v7CreateWithPermalinkOnly()
{
    const QByteArray body =
        R"({"snapshotId":"s1","permalink":"https://app.thousandeyes.com/dashboard/?snapshotId=s1"})";
    const Parsed<Snapshot> parsed = Snapshot::fromV7Create(body, {});
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.link, QUrl(u"https://app.thousandeyes.com/dashboard/?snapshotId=s1"_s));
    QVERIFY(parsed.value.apiUrl.isEmpty());
}

void TestSnapshot::v7CreateWithLocationOnly()
{
    const Parsed<Snapshot> parsed = Snapshot::fromV7Create(
        R"({"snapshotId":"s2"})", " https://api.thousandeyes.com/v7/dashboard-snapshots/s2 ");
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value.link.isEmpty());
    QCOMPARE(parsed.value.apiUrl, QUrl(u"https://api.thousandeyes.com/v7/dashboard-snapshots/s2"_s));
}

void TestSnapshot::v7CreateLinksMustBeHttp()
{
    // A link a person clicks must never be javascript:, file: or garbage.
    const QByteArray body =
        R"json({"snapshotId":"s3","_links":{"appLink":{"href":"javascript:alert(1)"},)json"
        R"json("self":{"href":"file:///etc/passwd"}},"permalink":"not a url at all"})json";
    const Parsed<Snapshot> parsed = Snapshot::fromV7Create(body, "ftp://example.com/x");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.id, u"s3"_s);
    QVERIFY(parsed.value.link.isEmpty());
    QVERIFY(parsed.value.apiUrl.isEmpty());
}

void TestSnapshot::v7CreateBadIdWins()
{
    const Parsed<Snapshot> parsed =
        Snapshot::fromV7Create(R"({"_links":{"appLink":{"href":"https://app.thousandeyes.com/x"}}})", {});
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error.contains(u"snapshot ID"_s));
}

void TestSnapshot::v6NumericIdIsAnId()
{
    const Parsed<Snapshot> parsed = Snapshot::fromV6Create(R"({"snapshotId":123})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.id, u"123"_s);
    const Parsed<Snapshot> large = Snapshot::fromV6Create(R"({"snapshotId":9007199254740991})");
    QCOMPARE(large.value.id, u"9007199254740991"_s);
}

void TestSnapshot::v7EmptyBodyWithLocationIsCreated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("id"); // empty: refused
    const QByteArray uuid = "https://api.thousandeyes.com/v7/dashboard-snapshots/5e1c-77ab";
    QTest::newRow("empty body") << QByteArray() << uuid << u"5e1c-77ab"_s;
    QTest::newRow("cut-off body") << R"({"snapshotId":"5e)"_ba << uuid << u"5e1c-77ab"_s;
    QTest::newRow("relative Location") << QByteArray() << "/v7/dashboard-snapshots/5e1c"_ba << QString();
    QTest::newRow("Location elsewhere")
        << QByteArray() << "https://api.thousandeyes.com/v7/dashboards/9"_ba << QString();
    QTest::newRow("Location with a query") << QByteArray() << uuid + "?aid=1" << u"5e1c-77ab"_s;
    QTest::newRow("Location with markup")
        << QByteArray() << "https://api.thousandeyes.com/v7/dashboard-snapshots/%3Cb%3E"_ba << QString();
    QTest::newRow("no Location") << QByteArray() << QByteArray() << QString();
}

void TestSnapshot::v7EmptyBodyWithLocationIsCreated()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, location);
    QFETCH(QString, id);
    const Parsed<Snapshot> parsed = Snapshot::fromV7Create(body, location);
    QCOMPARE(parsed.ok(), !id.isEmpty());
    QCOMPARE(parsed.value.id, id);
    if (parsed.ok())
        QCOMPARE(parsed.value.apiUrl, QUrl(QString::fromLatin1(location)));
}

void TestSnapshot::buildLinkV6()
{
    const QUrl base(u"https://api.thousandeyes.com/v6"_s);
    QCOMPARE(Snapshot::buildLink(ApiVersion::V6, base, u"123"_s, u"75"_s),
             QUrl(u"https://app.thousandeyes.com/reports/snapshots/123?__a=75"_s));
    QCOMPARE(Snapshot::buildLink(ApiVersion::V6, base, u"123"_s, {}),
             QUrl(u"https://app.thousandeyes.com/reports/snapshots/123"_s));
}

void TestSnapshot::buildLinkV7()
{
    const QUrl base(u"https://api.thousandeyes.com/v7"_s);
    const QUrl link = Snapshot::buildLink(ApiVersion::V7, base, u"0b6e1c2a-1111"_s, u"1234"_s);
    QCOMPARE(link.scheme(), u"https"_s);
    QCOMPARE(link.host(), u"app.thousandeyes.com"_s);
    QCOMPARE(link.path(), u"/dashboard/"_s);
    const QUrlQuery query(link);
    QCOMPARE(query.queryItemValue(u"snapshotId"_s), u"0b6e1c2a-1111"_s);
    QCOMPARE(query.queryItemValue(u"__a"_s), u"1234"_s);
    QCOMPARE(Snapshot::buildLink(ApiVersion::V7, base, u"abc"_s, {}),
             QUrl(u"https://app.thousandeyes.com/dashboard/?snapshotId=abc"_s));
    // Another region's api. host becomes its app. host.
    QCOMPARE(Snapshot::buildLink(ApiVersion::V7, QUrl(u"https://api.eu.thousandeyes.com/v7"_s), u"abc"_s, {})
                 .host(),
             u"app.eu.thousandeyes.com"_s);
}

void TestSnapshot::buildLinkLoopbackKeepsHostAndPort()
{
    // The demo server and on-prem proxies serve the web path themselves.
    QCOMPARE(Snapshot::buildLink(ApiVersion::V6, QUrl(u"http://127.0.0.1:8123/v6"_s), u"9"_s, u"75"_s),
             QUrl(u"http://127.0.0.1:8123/reports/snapshots/9?__a=75"_s));
    QCOMPARE(
        Snapshot::buildLink(ApiVersion::V7, QUrl(u"https://te-proxy.corp.example:8443/v7"_s), u"9"_s, {}),
        QUrl(u"https://te-proxy.corp.example:8443/dashboard/?snapshotId=9"_s));
}

void TestSnapshot::buildLinkWithoutBase()
{
    QCOMPARE(Snapshot::buildLink(ApiVersion::V6, QUrl(), u"5"_s, {}),
             QUrl(u"https://app.thousandeyes.com/reports/snapshots/5"_s));
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "test_snapshot.moc"
