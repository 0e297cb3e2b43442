// FakeThousandEyesServer itself: the GUI and API tests rely on its script rules (queued answers
// first, then the default, then the fallback) and on what it records, so those are pinned here.

#include "FakeClock.h"
#include "FakeThousandEyesServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Fake = FakeThousandEyesServer;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Answer get(QNetworkAccessManager& network, const QUrl& url)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Test", "1");
    QNetworkReply* reply = network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        return {};
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->error()};
    reply->deleteLater();
    return answer;
}

} // namespace

class TestFakeThousandEyesServer : public QObject
{
    Q_OBJECT

private slots:
    void baseUrl();
    void queueThenDefaultThenFallback();
    void customFallbackAndHandlers();
    void recordsRequests();
    void twoServersAreIndependent();
    void scriptTenantV6();
    void scriptTenantV7();
    void modifiers();
};

void TestFakeThousandEyesServer::baseUrl()
{
    Fake server;
    QVERIFY(server.isListening());
    QVERIFY(server.port() > 0);
    QCOMPARE(server.baseUrl(u"/v6"_s), QUrl(u"http://127.0.0.1:%1/v6"_s.arg(server.port())));
    QCOMPARE(server.baseUrl(u"/v7"_s, u"localhost"_s), QUrl(u"http://localhost:%1/v7"_s.arg(server.port())));
    QCOMPARE(server.url("/v7/x?y=1"), "http://127.0.0.1:" + QByteArray::number(server.port()) + "/v7/x?y=1");
}

void TestFakeThousandEyesServer::queueThenDefaultThenFallback()
{
    Fake server;
    QNetworkAccessManager network;
    server.on("/a", Fake::text(200, "default"));
    server.enqueue("/a", Fake::text(201, "first"));
    server.enqueue("/a", Fake::text(202, "second"));
    QCOMPARE(server.queuedCount("/a"), 2);
    const QUrl a = server.baseUrl(u"/a"_s);
    QCOMPARE(get(network, a).body, "first"_ba);
    QCOMPARE(get(network, a).status, 202);
    QCOMPARE(server.queuedCount("/a"), 0);
    QCOMPARE(get(network, a).body, "default"_ba);
    QCOMPARE(get(network, a).body, "default"_ba);
    // The query is not part of the path.
    QUrl withQuery = a;
    withQuery.setQuery(u"aid=1"_s);
    QCOMPARE(get(network, withQuery).body, "default"_ba);
    // Nothing scripted: 404 naming the path.
    const Answer missing = get(network, server.baseUrl(u"/nothing"_s));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.contains("/nothing"));
    server.clearScript();
    QCOMPARE(get(network, a).status, 404);
}

void TestFakeThousandEyesServer::customFallbackAndHandlers()
{
    Fake server;
    QNetworkAccessManager network;
    server.setFallback([](const HttpRequest& request) { return Fake::text(200, "echo " + request.target); });
    server.on("/h", [](const HttpRequest& request) { return Fake::text(200, request.header("x-test")); });
    QCOMPARE(get(network, server.baseUrl(u"/zzz"_s)).body, "echo /zzz"_ba);
    QCOMPARE(get(network, server.baseUrl(u"/h"_s)).body, "1"_ba);
}

void TestFakeThousandEyesServer::recordsRequests()
{
    Fake server;
    QNetworkAccessManager network;
    QSignalSpy received(&server, &Fake::requestReceived);
    QCOMPARE(server.lastRequest().method, QByteArray());
    get(network, server.baseUrl(u"/one"_s));
    get(network, server.baseUrl(u"/two"_s));
    get(network, server.baseUrl(u"/two"_s));
    QCOMPARE(received.size(), 3);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(server.requestCount("/two"), 2);
    QCOMPARE(server.requests("/one").size(), 1);
    QCOMPARE(server.lastRequest().target, "/two"_ba);
    QCOMPARE(server.lastRequest().header("X-TEST"), "1"_ba);
    QCOMPARE(server.takeRequests().size(), 3);
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(!server.waitForRequests(1, 20));
}

void TestFakeThousandEyesServer::twoServersAreIndependent()
{
    Fake first;
    Fake second;
    QVERIFY(first.port() != second.port());
    QNetworkAccessManager network;
    second.on("/x", Fake::text(200, "second"));
    QCOMPARE(get(network, second.baseUrl(u"/x"_s, u"localhost"_s)).body, "second"_ba);
    QCOMPARE(get(network, first.baseUrl(u"/x"_s)).status, 404);
    QCOMPARE(first.requestCount(), 1);
    QCOMPARE(second.requestCount(), 1);
    QVERIFY(second.lastRequest().header("Host").startsWith("localhost:"));
}

void TestFakeThousandEyesServer::scriptTenantV6()
{
    FakeClock clock;
    Fake server;
    server.scriptTenant(ApiVersion::V6, &clock);
    QNetworkAccessManager network;
    const Answer groups = get(network, server.baseUrl(u"/v6/account-groups"_s));
    QCOMPARE(groups.status, 200);
    QCOMPARE(QJsonDocument::fromJson(groups.body)[u"accountGroups"_s][0][u"aid"_s].toInt(), 75);
    const Answer reports = get(network, server.baseUrl(u"/v6/reports"_s));
    QCOMPARE(QJsonDocument::fromJson(reports.body)[u"reports"_s][1][u"reportName"_s].toString(), u"WAN"_s);
}

void TestFakeThousandEyesServer::scriptTenantV7()
{
    Fake server;
    server.scriptTenant(ApiVersion::V7);
    QNetworkAccessManager network;
    const Answer dashboards = get(network, server.baseUrl(u"/v7/dashboards"_s));
    QVERIFY(QJsonDocument::fromJson(dashboards.body).isArray());
    QCOMPARE(QJsonDocument::fromJson(
                 get(network, server.baseUrl(u"/v7/account-groups"_s)).body)[u"accountGroups"_s][0][u"aid"_s]
                 .toString(),
             u"75"_s);
}

void TestFakeThousandEyesServer::modifiers()
{
    HttpResponse r = Fake::withOrgRateLimit(Fake::v6Created("1"), 240, 7, 1492076340);
    r = Fake::withSnapshotRateLimit(r, 100, 3, 160);
    r = Fake::withRetryAfter(r, "5");
    r = Fake::delayed(Fake::truncatedAt(Fake::dripping(r, 3), 2), 9);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.delayMs, 9);
    QCOMPARE(r.truncateBodyAt, 2);
    QCOMPARE(r.dripIntervalMs, 3);
    const auto has = [&r](const QByteArray& name, const QByteArray& value) {
        return std::any_of(r.headers.cbegin(), r.headers.cend(), [&](const auto& header) {
            return header.first == name && header.second == value;
        });
    };
    QVERIFY(has("X-Organization-Rate-Limit-Limit", "240"));
    QVERIFY(has("X-Organization-Rate-Limit-Remaining", "7"));
    QVERIFY(has("X-Organization-Rate-Limit-Reset", "1492076340"));
    QVERIFY(has("X-Dashboard-Snapshot-Rate-Limit-Limit", "100"));
    QVERIFY(has("X-Dashboard-Snapshot-Rate-Limit-Remaining", "3"));
    QVERIFY(has("X-Dashboard-Snapshot-Rate-Limit-Reset", "160"));
    QVERIFY(has("Retry-After", "5"));
    const HttpResponse moved = Fake::redirect(307, "http://localhost:1/x");
    QCOMPARE(moved.status, 307);
    QCOMPARE(moved.headers.first().second, "http://localhost:1/x"_ba);
    const HttpResponse created = Fake::v7Created("id-1", "http://127.0.0.1:1/v7/dashboard-snapshots/id-1");
    QCOMPARE(created.status, 201);
    QCOMPARE(QJsonDocument::fromJson(created.body)[u"_links"_s][u"self"_s][u"href"_s].toString(),
             u"http://127.0.0.1:1/v7/dashboard-snapshots/id-1"_s);
}

QTEST_GUILESS_MAIN(TestFakeThousandEyesServer)
#include "test_fakethousandeyesserver.moc"
