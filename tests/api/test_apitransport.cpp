// ApiTransport, exercised through SnapshotService for both backends: timeouts, refused
// connections, cancellation, the 429 retry and pacing rules (with a FakeClock instead of sleeping),
// redirects that must never carry credentials to another host, HTTPS-only addresses, connection
// reuse, and logs that never contain the token.

#include "ServiceHarness.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTcpServer>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using Fake = FakeThousandEyesServer;

namespace {

QStringList* g_logMessages = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (g_logMessages)
        g_logMessages->append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s +
                              message);
}

// After a 429 the create waits for `at` and is sent again then: not a moment before, with the
// countdown following the clock.
void retriedExactlyAt(ServiceHarness& h, const QDateTime& at)
{
    QTRY_VERIFY_WITH_TIMEOUT(!h.waits.isEmpty(), 5000);
    QCOMPARE(h.waits.first().reason, WaitReason::RateLimited);
    QCOMPARE(h.waits.first().until, at);
    h.clock.set(at.addSecs(-1));
    // The countdown showing 1 s is the tick that saw the new time and did not send.
    QTRY_COMPARE_WITH_TIMEOUT(h.waits.last().secondsLeft, 1, 5000);
    QCOMPARE(h.service->transport().heldCount(), 1);
    QCOMPARE(h.server.requestCount(), 1);
    QVERIFY(h.created.isEmpty());
    h.clock.set(at);
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.server.requestCount(), 2);
}

} // namespace

class TestApiTransport : public QObject
{
    Q_OBJECT

private slots:
    void timeout_data() { addVersionRows(); }
    void timeout();
    void connectionRefused_data() { addVersionRows(); }
    void connectionRefused();
    void cancelWhileInFlight_data() { addVersionRows(); }
    void cancelWhileInFlight();
    void cancelLoadIsSilent();
    void cancelWhileWaitingForRetry_data() { addVersionRows(); }
    void cancelWhileWaitingForRetry();
    void retryAfter429ThenSuccess_data() { addVersionRows(); }
    void retryAfter429ThenSuccess();
    void retryAfterHttpDate();
    void retryAt429ResetWithoutRetryAfter_data() { addVersionRows(); }
    void retryAt429ResetWithoutRetryAfter();
    void twice429GivesRateLimited_data() { addVersionRows(); }
    void twice429GivesRateLimited();
    void waitBeyondMaximumIsToldAtOnce_data() { addVersionRows(); }
    void waitBeyondMaximumIsToldAtOnce();
    void v7SnapshotLimitReached();
    void v6IgnoresSnapshotWindowOnCreate();
    void pacingHoldsNextRequest_data() { addVersionRows(); }
    void pacingHoldsNextRequest();
    void pacingBeyondMaximumIsToldAtOnce_data() { addVersionRows(); }
    void pacingBeyondMaximumIsToldAtOnce();
    void fastClock429WaitsForTheServersReset_data() { addVersionRows(); }
    void fastClock429WaitsForTheServersReset();
    void slowClockDoesNotHoldRequestsBack_data() { addVersionRows(); }
    void slowClockDoesNotHoldRequestsBack();
    void staleHourlyWindowDoesNotTurnAMinuteIntoAnHour();
    void heldRequestsLeaveAtThePaceOfTheWindow();
    void neverRetry_data();
    void neverRetry();
    void crossHostRedirectDropsAuthorization_data() { addVersionRows(); }
    void crossHostRedirectDropsAuthorization();
    void sameHostRedirectKeepsAuthorization_data() { addVersionRows(); }
    void sameHostRedirectKeepsAuthorization();
    void redirect303BecomesGet();
    void redirectLoop_data() { addVersionRows(); }
    void redirectLoop();
    void insecureBaseUrl_data() { addVersionRows(); }
    void insecureBaseUrl();
    void redirectToInsecureUrl_data() { addVersionRows(); }
    void redirectToInsecureUrl();
    void connectionReuse_data() { addVersionRows(); }
    void connectionReuse();
    void newerLoadReplacesOlder();
    void destroyWhileInFlightOrWaiting();
    void tokenNeverLogged();
};

void TestApiTransport::timeout()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version, [](ApiConfig& config) { config.timeout = 200ms; });
    h.server.on(h.createPath, Fake::delayed(h.createdAnswer(), 2000));
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    // The create was sent whole before the deadline: the server may have made it.
    QCOMPARE(h.failed.first().kind(), Kind::OutcomeUnknown);
    QVERIFY2(elapsed.elapsed() < 1500, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(h.server.requestCount(), 1);
    QVERIFY(!h.service->isCreating());

    // A list that does not answer in time is a plain timeout: asking again is harmless.
    h.server.on(h.groupsPath, Fake::delayed(Fake::empty(200), 2000));
    h.service->loadAccountGroups();
    QVERIFY(h.waitLoadDone());
    QCOMPARE(h.loadFailed.size(), 1);
    QCOMPARE(h.loadFailed.first().kind(), Kind::Timeout);
}

void TestApiTransport::connectionRefused()
{
    QFETCH(ApiVersion, version);
    quint16 port = 0;
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        port = listener.serverPort();
        listener.close();
    }
    ServiceHarness h(version, [port, version](ApiConfig& config) {
        config.baseUrl = QUrl(u"http://127.0.0.1:%1/%2"_s.arg(port).arg(toString(version)));
    });
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::ConnectionRefused);
    QVERIFY(h.failed.first().isRetryable());
}

void TestApiTransport::cancelWhileInFlight()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, Fake::delayed(h.createdAnswer(), 300));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.server.waitForRequests(1)); // it did reach the server
    QVERIFY(h.failed.isEmpty());
    const int closed = h.closedConnections();
    h.service->cancel();
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::Cancelled);
    QVERIFY(!h.service->isCreating());
    QCOMPARE(h.service->transport().pendingCount(), 0);
    // The request's connection is dropped, so the server's late answer has nowhere to go.
    QVERIFY(h.waitUntilAbandoned(closed));
    QCOMPARE(h.created.size(), 0);
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.server.requestCount(), 1);
}

void TestApiTransport::cancelLoadIsSilent()
{
    ServiceHarness h(ApiVersion::V7);
    h.server.on(h.groupsPath, Fake::delayed(Fake::v7AccountGroups({{u"1"_s, u"G"_s}}), 300));
    QSignalSpy busy(h.service.get(), &SnapshotService::busyChanged);
    h.service->loadAccountGroups();
    QVERIFY(h.server.waitForRequests(1));
    const int closed = h.closedConnections();
    h.service->cancel();
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.last().at(1).toBool(), false);
    QVERIFY(h.waitUntilAbandoned(closed));
    QVERIFY(h.loadFailed.isEmpty()); // a cancelled load is not an error to show
    QVERIFY(h.groups.isEmpty());
}

void TestApiTransport::cancelWhileWaitingForRetry()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.enqueue(h.createPath, Fake::withRetryAfter(Fake::v6Error(429, u"slow down"_s), "30"));
    h.server.on(h.createPath, h.createdAnswer());
    QVERIFY(h.service->create(h.request()));
    QTRY_VERIFY_WITH_TIMEOUT(!h.waits.isEmpty(), 5000);
    QCOMPARE(h.waits.first().reason, WaitReason::RateLimited);
    h.service->cancel();
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::Cancelled);
    QCOMPARE(h.waits.last().reason, WaitReason::None); // the countdown is taken down
    h.clock.advanceSecs(ApiTransport::kOrganizationWindowSeconds);
    QCOMPARE(h.service->transport().pendingCount(), 0); // nothing left to send when the wait would end
    QCOMPARE(h.server.requestCount(), 1);
    QCOMPARE(h.created.size(), 0);
}

void TestApiTransport::retryAfter429ThenSuccess()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    const QDateTime start = h.clock.now();
    // Retry-After (5 s) wins over the window's reset (50 s).
    h.server.enqueue(h.createPath,
                     Fake::withRetryAfter(Fake::withOrgRateLimit(Fake::v6Error(429, u"Too many requests"_s),
                                                                 240, 0, h.clock.epochSecs() + 50),
                                          "5"));
    h.server.on(h.createPath, h.createdAnswer("after-retry"));
    h.onWaiting = [&h](WaitReason reason, int, const QDateTime& until) {
        if (reason == WaitReason::RateLimited)
            h.clock.set(until);
    };
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.created.first().id, u"after-retry"_s);
    QCOMPARE(h.server.requestCount(), 2);
    QCOMPARE(h.server.requests().at(0).body, h.server.requests().at(1).body); // the same request again
    QCOMPARE(h.server.requests().at(1).header("Authorization"), "Bearer "_ba + kToken);

    QVERIFY(!h.waits.isEmpty());
    QCOMPARE(h.waits.first().reason, WaitReason::RateLimited);
    QCOMPARE(h.waits.first().secondsLeft, 5);
    QCOMPARE(h.waits.first().until, start.addSecs(5));
    QCOMPARE(h.waits.last().reason, WaitReason::None);
    QCOMPARE(h.clock.now(), start.addSecs(5)); // sent at the Retry-After time, not the reset
}

void TestApiTransport::retryAfterHttpDate()
{
    ServiceHarness h(ApiVersion::V7);
    const QDateTime start = h.clock.now(); // 2026-06-15 12:00:00 UTC
    h.server.enqueue(h.createPath, Fake::withRetryAfter(Fake::v7Problem(429, u"Too Many Requests"_s),
                                                        "Mon, 15 Jun 2026 12:00:20 GMT"));
    h.server.on(h.createPath, h.createdAnswer());
    h.onWaiting = [&h](WaitReason reason, int, const QDateTime& until) {
        if (reason == WaitReason::RateLimited)
            h.clock.set(until);
    };
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.waits.first().until, start.addSecs(20));
    QCOMPARE(h.waits.first().secondsLeft, 20);
    QCOMPARE(h.server.requestCount(), 2);
}

void TestApiTransport::retryAt429ResetWithoutRetryAfter()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    const QDateTime start = h.clock.now();
    h.server.enqueue(h.createPath, Fake::withOrgRateLimit(Fake::v6Error(429, u"Too many requests"_s), 240, 0,
                                                          h.clock.epochSecs() + 20));
    h.server.on(h.createPath, h.createdAnswer());
    QVERIFY(h.service->create(h.request()));
    retriedExactlyAt(h, start.addSecs(20));
}

void TestApiTransport::twice429GivesRateLimited()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, Fake::withRetryAfter(Fake::v6Error(429, u"Rate limit exceeded"_s), "3"));
    h.onWaiting = [&h](WaitReason reason, int, const QDateTime& until) {
        if (reason == WaitReason::RateLimited)
            h.clock.set(until);
    };
    const QDateTime start = h.clock.now();
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 0);
    QCOMPARE(h.failed.size(), 1);
    const ApiError error = h.failed.first();
    QCOMPARE(error.kind(), Kind::RateLimited);
    QCOMPARE(error.httpStatus(), 429);
    QCOMPARE(error.serverMessage(), u"Rate limit exceeded"_s);
    QCOMPARE(error.retryAt(), start.addSecs(6)); // 3 s after the second answer
    QVERIFY(error.userMessage().contains(
        QLocale().toString(error.retryAt().toLocalTime().time(), QLocale::ShortFormat)));
    QCOMPARE(h.service->transport().pendingCount(), 0); // no third attempt is waiting
    QCOMPARE(h.server.requestCount(), 2);
    QCOMPARE(h.waits.last().reason, WaitReason::None);
}

void TestApiTransport::waitBeyondMaximumIsToldAtOnce()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    QCOMPARE(h.config.maxRateLimitWait, std::chrono::seconds(120));
    h.server.on(h.createPath, Fake::withRetryAfter(Fake::v6Error(429, u"slow down"_s), "600"));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::RateLimited);
    QCOMPARE(h.failed.first().retryAt(), h.clock.now().addSecs(600));
    QVERIFY(h.waits.isEmpty()); // no countdown for a wait nobody would sit through
    QCOMPARE(h.service->transport().pendingCount(), 0);
    QCOMPARE(h.server.requestCount(), 1);
}

void TestApiTransport::v7SnapshotLimitReached()
{
    ServiceHarness h(ApiVersion::V7);
    const QDateTime start = h.clock.now();
    h.server.enqueue(h.createPath, Fake::withSnapshotRateLimit(
                                       Fake::v7Problem(429, u"Snapshot limit reached"_s), 100, 0, 1800));
    h.server.on(h.createPath, h.createdAnswer());
    h.server.on(h.sourcesPath, Fake::v7Dashboards({{u"1"_s, u"D"_s, false}}));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::SnapshotLimitReached);
    QCOMPARE(h.failed.first().retryAt(), start.addSecs(1800));
    QCOMPARE(h.failed.first().serverMessage(), u"Snapshot limit reached"_s);
    QVERIFY(h.waits.isEmpty());
    QCOMPARE(h.service->transport().pendingCount(), 0);
    QCOMPARE(h.server.requestCount(), 1); // no retry

    // The next create is told without asking the server again...
    QVERIFY(h.service->create(h.request()));
    QTRY_COMPARE_WITH_TIMEOUT(h.failed.size(), 2, 5000);
    QCOMPARE(h.failed.at(1).kind(), Kind::SnapshotLimitReached);
    QCOMPARE(h.failed.at(1).retryAt(), start.addSecs(1800));
    QCOMPARE(h.server.requestCount(), 1);
    // ...while lists, which the hourly window does not cover, still load.
    h.service->loadSources(u"1234"_s);
    QVERIFY(h.waitLoadDone());
    QCOMPARE(h.sources.size(), 1);
    // After the reset, creating works again.
    h.clock.advanceSecs(1801);
    QVERIFY(h.service->create(h.request()));
    QTRY_COMPARE_WITH_TIMEOUT(h.created.size(), 1, 5000);
    QCOMPARE(h.server.requestCount(h.createPath), 2);
}

void TestApiTransport::v6IgnoresSnapshotWindowOnCreate()
{
    // v6 has no snapshot window; a 429 there is the organisation's and is retried once.
    ServiceHarness h(ApiVersion::V6);
    h.server.enqueue(h.createPath, Fake::withRetryAfter(Fake::v6Error(429, u"slow"_s), "2"));
    h.server.on(h.createPath, h.createdAnswer());
    h.onWaiting = [&h](WaitReason reason, int, const QDateTime& until) {
        if (reason == WaitReason::RateLimited)
            h.clock.set(until);
    };
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.server.requestCount(), 2);
}

void TestApiTransport::pacingHoldsNextRequest()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    const QDateTime reset = h.clock.now().addSecs(30);
    h.server.on(h.groupsPath,
                Fake::withOrgRateLimit(version == ApiVersion::V6 ? Fake::v6AccountGroups({{u"75"_s, u"G"_s}})
                                                                 : Fake::v7AccountGroups({{u"75"_s, u"G"_s}}),
                                       240, 0, reset.toSecsSinceEpoch()));
    h.server.on(h.createPath, h.createdAnswer());
    h.service->loadAccountGroups();
    QVERIFY(h.waitLoadDone());
    QCOMPARE(h.service->rateLimit().organization.remaining, 0);

    QVERIFY(h.service->create(h.request()));
    QTRY_VERIFY_WITH_TIMEOUT(!h.waits.isEmpty(), 5000);
    QCOMPARE(h.waits.first().reason, WaitReason::Pacing);
    QCOMPARE(h.waits.first().secondsLeft, 30);
    QCOMPARE(h.waits.first().until, reset);
    QCOMPARE(h.service->transport().heldCount(), 1);
    QCOMPARE(h.server.requestCount(), 1); // held back
    h.clock.advanceSecs(29);
    // The countdown at 1 s is the tick that saw the new time and still held the request.
    QTRY_COMPARE_WITH_TIMEOUT(h.waits.last().secondsLeft, 1, 5000);
    QCOMPARE(h.service->transport().heldCount(), 1);
    QCOMPARE(h.server.requestCount(), 1);
    QVERIFY(h.created.isEmpty());
    h.clock.advanceSecs(2);
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.server.requestCount(), 2);
    QCOMPARE(h.server.lastRequest().path(), h.createPath);
    QCOMPARE(h.waits.last().reason, WaitReason::None);
}

void TestApiTransport::pacingBeyondMaximumIsToldAtOnce()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version, [](ApiConfig& config) { config.maxRateLimitWait = std::chrono::seconds(10); });
    h.server.on(h.groupsPath,
                Fake::withOrgRateLimit(Fake::v6AccountGroups({}), 240, 0, h.clock.epochSecs() + 45));
    h.server.on(h.createPath, h.createdAnswer());
    h.service->loadAccountGroups();
    QVERIFY(h.waitLoadDone());
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::RateLimited);
    QCOMPARE(h.failed.first().retryAt(), h.clock.now().addSecs(45));
    QCOMPARE(h.server.requestCount(), 1);
}

// The server's Date header for an instant `skewSeconds` from `local` on the server's clock.
static QByteArray serverDate(const QDateTime& local, qint64 skewSeconds)
{
    return QLocale::c()
        .toString(local.addSecs(skewSeconds).toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
        .toLatin1();
}

void TestApiTransport::fastClock429WaitsForTheServersReset()
{
    // Our clock is 2 minutes fast. The server's window resets 20 s from its "now"; compared with
    // our clock that reset is long past, which used to mean "retry in 1 s", a request a second.
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    const QDateTime start = h.clock.now();
    const qint64 skew = -120;
    h.server.enqueue(h.createPath,
                     Fake::withHeader(Fake::withOrgRateLimit(Fake::v6Error(429, u"Too many requests"_s), 240,
                                                             0, start.addSecs(skew + 20).toSecsSinceEpoch()),
                                      "Date", serverDate(start, skew)));
    h.server.on(h.createPath, h.createdAnswer());
    QVERIFY(h.service->create(h.request()));
    retriedExactlyAt(h, start.addSecs(20));
}

void TestApiTransport::slowClockDoesNotHoldRequestsBack()
{
    // Our clock is 5 minutes slow. The window is spent and resets 30 s from the server's "now":
    // the app holds the next request 30 s, not 5.5 minutes (nor refuses it as too long a wait).
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    const QDateTime start = h.clock.now();
    const qint64 skew = 300;
    h.server.on(h.groupsPath,
                Fake::withHeader(Fake::withOrgRateLimit(version == ApiVersion::V6 ? Fake::v6AccountGroups({})
                                                                                  : Fake::v7AccountGroups({}),
                                                        240, 0, start.addSecs(skew + 30).toSecsSinceEpoch()),
                                 "Date", serverDate(start, skew)));
    h.server.on(h.createPath, h.createdAnswer());
    h.service->loadAccountGroups();
    QVERIFY(h.waitLoadDone());
    QCOMPARE(h.service->rateLimit().organization.reset, start.addSecs(30));
    QVERIFY(h.service->create(h.request()));
    QTRY_VERIFY_WITH_TIMEOUT(!h.waits.isEmpty(), 5000);
    QCOMPARE(h.waits.first().reason, WaitReason::Pacing);
    QCOMPARE(h.waits.first().secondsLeft, 30);
    h.clock.advanceSecs(30);
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
}

void TestApiTransport::staleHourlyWindowDoesNotTurnAMinuteIntoAnHour()
{
    ServiceHarness h(ApiVersion::V7);
    // The hourly snapshot window is spent and resets in 30 minutes.
    h.server.enqueue(h.createPath, Fake::withSnapshotRateLimit(
                                       Fake::v7Problem(429, u"Snapshot limit reached"_s), 100, 0, 1800));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.first().kind(), Kind::SnapshotLimitReached);
    // An hour later that window is history; now the organisation's minute is spent.
    h.clock.advanceSecs(3600);
    const QDateTime later = h.clock.now();
    h.server.enqueue(h.createPath, Fake::withOrgRateLimit(Fake::v7Problem(429, u"Too Many Requests"_s), 240,
                                                          0, later.addSecs(40).toSecsSinceEpoch()));
    h.server.on(h.createPath, h.createdAnswer("after-a-minute"));
    h.onWaiting = [&h](WaitReason reason, int, const QDateTime& until) {
        if (reason == WaitReason::RateLimited)
            h.clock.set(until);
    };
    QVERIFY(h.service->create(h.request()));
    QTRY_COMPARE_WITH_TIMEOUT(h.created.size(), 1, 5000);
    QCOMPARE(h.failed.size(), 1); // only the first
    QCOMPARE(h.waits.first().reason, WaitReason::RateLimited);
    QCOMPARE(h.waits.first().until, later.addSecs(40)); // a minute's wait, not an hour's
    QCOMPARE(h.created.first().id, u"after-a-minute"_s);
}

void TestApiTransport::heldRequestsLeaveAtThePaceOfTheWindow()
{
    // 3 requests a minute, none left until the reset in 10 s, and 8 requests waiting: at the
    // reset 3 go, the other 5 wait for the next minute (3 go) and the one after (2 go).
    ServiceHarness h(ApiVersion::V7);
    const QDateTime reset = h.clock.now().addSecs(10);
    h.server.enqueue(h.groupsPath,
                     Fake::withOrgRateLimit(Fake::v7AccountGroups({}), 3, 0, reset.toSecsSinceEpoch()));
    // Later answers say nothing about the window: the pace is the app's own.
    h.server.on(h.groupsPath, Fake::v7AccountGroups({}));
    h.service->loadAccountGroups();
    QVERIFY(h.waitLoadDone());
    ApiTransport& transport = h.service->transport();
    int answered = 0;
    for (int i = 0; i < 8; ++i) {
        ApiCall call;
        call.path = u"/account-groups"_s;
        transport.send(call, nullptr, [&answered](const ApiResponse&) { ++answered; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(transport.heldCount(), 8, 5000); // all held
    QCOMPARE(h.server.requestCount(), 1);
    h.clock.set(reset);
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 5000);
    // The other five are held again for the next window, none on the wire.
    QTRY_COMPARE_WITH_TIMEOUT(transport.heldCount(), 5, 5000);
    QCOMPARE(transport.pendingCount(), 5);
    QCOMPARE(h.server.requestCount(), 1 + 3);
    h.clock.advanceSecs(ApiTransport::kOrganizationWindowSeconds);
    QTRY_COMPARE_WITH_TIMEOUT(answered, 6, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(transport.heldCount(), 2, 5000);
    QCOMPARE(transport.pendingCount(), 2);
    QCOMPARE(h.server.requestCount(), 1 + 6);
    h.clock.advanceSecs(ApiTransport::kOrganizationWindowSeconds);
    QTRY_COMPARE_WITH_TIMEOUT(answered, 8, 5000);
    QCOMPARE(h.server.requestCount(), 1 + 8);
}

void TestApiTransport::neverRetry_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<int>("status");
    for (const ApiVersion v : {ApiVersion::V6, ApiVersion::V7}) {
        for (const int status : {400, 401, 403})
            QTest::addRow("%s %d", v == ApiVersion::V6 ? "v6" : "v7", status) << v << status;
    }
}

void TestApiTransport::neverRetry()
{
    QFETCH(ApiVersion, version);
    QFETCH(int, status);
    ServiceHarness h(version);
    // Even with a Retry-After header: 120 failed sign-ins an hour get an IP blocked.
    h.server.on(h.createPath, Fake::withRetryAfter(Fake::v6Error(status, u"no"_s), "1"));
    h.onWaiting = [&h](WaitReason, int, const QDateTime& until) { h.clock.set(until); };
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), ApiError::kindForStatus(status));
    QVERIFY(!h.failed.first().isRetryable());
    h.clock.advanceSecs(5);
    // Not retried: the operation is over, nothing waits in the transport to be sent again.
    QCOMPARE(h.service->transport().pendingCount(), 0);
    QCOMPARE(h.server.requestCount(), 1);
    QVERIFY(h.waits.isEmpty());
}

void TestApiTransport::crossHostRedirectDropsAuthorization()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    FakeThousandEyesServer other; // the same machine, addressed as "localhost": another host
    QVERIFY(other.isListening());
    h.server.on(h.createPath, Fake::redirect(307, other.url(h.createPath + "?aid=75", u"localhost"_s)));
    other.on(h.createPath, h.createdAnswer("moved"));
    QVERIFY(h.service->create(h.request(u"75"_s)));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.created.first().id, u"moved"_s);

    QCOMPARE(h.server.requestCount(), 1);
    QCOMPARE(h.server.lastRequest().header("Authorization"), "Bearer "_ba + kToken);
    QCOMPARE(other.requestCount(), 1);
    const HttpRequest followed = other.lastRequest();
    QVERIFY2(followed.header("Authorization").isNull(), followed.header("Authorization").constData());
    QVERIFY(followed.header("Host").startsWith("localhost:"));
    // 307 keeps the method and the body.
    QCOMPARE(followed.method, "POST"_ba);
    QCOMPARE(followed.body, h.server.lastRequest().body);
    QCOMPARE(followed.query(), "aid=75"_ba);
}

void TestApiTransport::sameHostRedirectKeepsAuthorization()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    const QByteArray moved = h.prefix + "/moved-here";
    h.server.on(h.createPath, Fake::redirect(308, h.server.url(moved)));
    h.server.on(moved, h.createdAnswer("same-host"));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.server.requestCount(), 2);
    QCOMPARE(h.server.lastRequest().path(), moved);
    QCOMPARE(h.server.lastRequest().method, "POST"_ba);
    QCOMPARE(h.server.lastRequest().header("Authorization"), "Bearer "_ba + kToken);

    // A relative Location is resolved against the request's address: still the same host.
    ServiceHarness r(version);
    r.server.on(r.createPath, Fake::redirect(307, moved));
    r.server.on(moved, r.createdAnswer("relative"));
    QVERIFY(r.service->create(r.request()));
    QVERIFY(r.waitCreateDone());
    QCOMPARE(r.created.size(), 1);
    QCOMPARE(r.server.lastRequest().header("Authorization"), "Bearer "_ba + kToken);
}

void TestApiTransport::redirect303BecomesGet()
{
    ServiceHarness h(ApiVersion::V7);
    const QByteArray result = "/v7/dashboard-snapshots/s-303";
    h.server.on(h.createPath, Fake::redirect(303, h.server.url(result)));
    h.server.on(result, HttpResponse::json(200, R"({"snapshotId":"s-303"})", "application/hal+json"));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    const HttpRequest followed = h.server.lastRequest();
    QCOMPARE(followed.method, "GET"_ba);
    QVERIFY(followed.body.isEmpty());
    QVERIFY(followed.header("Content-Type").isNull());
}

void TestApiTransport::redirectLoop()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, Fake::redirect(302, h.server.url(h.createPath)));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::TooManyRedirects);
    QCOMPARE(h.server.requestCount(), ApiTransport::kMaxRedirects + 1);
}

void TestApiTransport::insecureBaseUrl()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version, [version](ApiConfig& config) {
        config.baseUrl = QUrl(u"http://api.example.invalid/"_s + toString(version));
    });
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone(2000));
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::InsecureUrl);
    QVERIFY(h.failed.first().userMessage().contains(u"https://"_s));
    h.service->loadAccountGroups();
    QVERIFY(h.waitLoadDone(2000));
    QCOMPARE(h.loadFailed.first().kind(), Kind::InsecureUrl);
    QCOMPARE(h.server.requestCount(), 0);
}

void TestApiTransport::redirectToInsecureUrl()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, Fake::redirect(302, "http://api.example.invalid/v7/dashboard-snapshots"));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::InsecureUrl);
    QCOMPARE(h.server.requestCount(), 1);
}

void TestApiTransport::connectionReuse()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.scriptTenant(version, &h.clock);
    h.service->loadAccountGroups();
    QVERIFY(h.waitLoadDone());
    h.service->loadSources(u"75"_s);
    QTRY_COMPARE_WITH_TIMEOUT(h.sources.size(), 1, 5000);
    QVERIFY(h.service->create(h.request(u"75"_s)));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    const QList<HttpRequest> requests = h.server.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).connection, requests.at(0).connection);
    QCOMPARE(requests.at(2).connection, requests.at(0).connection);
    QCOMPARE(h.server.connectionCount(), 1);
}

void TestApiTransport::newerLoadReplacesOlder()
{
    ServiceHarness h(ApiVersion::V6);
    h.server.enqueue(h.sourcesPath, Fake::delayed(Fake::v6Reports({{u"1"_s, u"old"_s, false}}), 200));
    h.server.enqueue(h.sourcesPath, Fake::v6Reports({{u"2"_s, u"new"_s, false}}));
    h.service->loadSources(u"75"_s);
    QVERIFY(h.server.waitForRequests(1));
    const int closed = h.closedConnections();
    h.service->loadSources(u"1234"_s);
    QTRY_COMPARE_WITH_TIMEOUT(h.sources.size(), 1, 5000);
    // The older request's connection is dropped: its answer can no longer arrive.
    QVERIFY(h.waitUntilAbandoned(closed));
    QCOMPARE(h.sources.size(), 1); // the stale answer never reaches the form
    QCOMPARE(h.sourcesAid.first(), u"1234"_s);
    QCOMPARE(h.sources.first().first().name, u"new"_s);
    QVERIFY(h.loadFailed.isEmpty());
}

void TestApiTransport::destroyWhileInFlightOrWaiting()
{
    // Closing the window mid-request: no callback into a dead service, no crash.
    ServiceHarness h(ApiVersion::V7);
    h.server.on(h.createPath, Fake::delayed(h.createdAnswer(), 100));
    h.server.on(h.groupsPath, Fake::withRetryAfter(Fake::v7Problem(429, u"Too Many Requests"_s), "30"));
    QVERIFY(h.service->create(h.request()));
    h.service->loadAccountGroups();
    QVERIFY(h.server.waitForRequests(2));
    QTRY_VERIFY_WITH_TIMEOUT(!h.waits.isEmpty(), 5000); // the load is waiting out its 429
    h.service.reset();
    h.clock.advanceSecs(ApiTransport::kOrganizationWindowSeconds);
    // Every connection of the dead service is closed: no answer can come back to it.
    QTRY_COMPARE_WITH_TIMEOUT(h.server.http().openConnectionCount(), 0, 5000);
    QCoreApplication::processEvents();
    QVERIFY(h.created.isEmpty());
    QVERIFY(h.failed.isEmpty());
    QVERIFY(h.loadFailed.isEmpty());
    QCOMPARE(h.server.requestCount(), 2);
}

void TestApiTransport::tokenNeverLogged()
{
    QStringList messages;
    g_logMessages = &messages;
    QLoggingCategory::setFilterRules(u"snapshotdesk.*.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        g_logMessages = nullptr;
    });

    const QString email = u"noreply@thousandeyes.com"_s;
    {
        // v6 with basic auth: success, then a 401, then a 429 retry.
        ServiceHarness h(ApiVersion::V6, [&email](ApiConfig& config) {
            config.credentials.method = Credentials::Method::Basic;
            config.credentials.email = email;
        });
        h.onWaiting = [&h](WaitReason, int, const QDateTime& until) { h.clock.set(until); };
        h.server.scriptTenant(ApiVersion::V6, &h.clock);
        h.service->loadAccountGroups();
        QVERIFY(h.waitLoadDone());
        QVERIFY(h.service->create(h.request(u"75"_s)));
        QVERIFY(h.waitCreateDone());
        h.server.enqueue(h.createPath, Fake::v6Error(401, u"Invalid credentials"_s));
        QVERIFY(h.service->create(h.request(u"75"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(h.failed.size(), 1, 5000);
        h.server.enqueue(h.createPath, Fake::withRetryAfter(Fake::v6Error(429, u"slow"_s), "1"));
        QVERIFY(h.service->create(h.request(u"75"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(h.created.size(), 2, 5000);
    }
    {
        // v7 with a bearer token: a cross-host redirect and a timeout.
        ServiceHarness h(ApiVersion::V7, [](ApiConfig& config) { config.timeout = 200ms; });
        FakeThousandEyesServer other;
        h.server.on(h.createPath, Fake::redirect(307, other.url(h.createPath, u"localhost"_s)));
        other.on(h.createPath, h.createdAnswer());
        QVERIFY(h.service->create(h.request(u"1234"_s)));
        QVERIFY(h.waitCreateDone());
        QCOMPARE(h.created.size(), 1);
        h.server.on(h.groupsPath, Fake::delayed(Fake::v7AccountGroups({}), 1000));
        h.service->loadAccountGroups();
        QVERIFY(h.waitLoadDone());
    }

    QVERIFY2(!messages.isEmpty(), "nothing was logged: the check below would prove nothing");
    QVERIFY(std::any_of(messages.cbegin(), messages.cend(),
                        [](const QString& m) { return m.startsWith(u"snapshotdesk.api"_s); }));
    const QString basic =
        QString::fromLatin1((email + u':' + QString::fromLatin1(kToken)).toUtf8().toBase64());
    for (const QString& message : std::as_const(messages)) {
        QVERIFY2(!message.contains(QString::fromLatin1(kToken)), qPrintable(message));
        QVERIFY2(!message.contains(u"SECRET"_s), qPrintable(message));
        QVERIFY2(!message.contains(basic), qPrintable(message));
        QVERIFY2(!message.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestApiTransport)
#include "test_apitransport.moc"
