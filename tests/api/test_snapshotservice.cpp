// SnapshotService end to end over real HTTP, for both backends (ReportSnapshotsV6 and
// DashboardSnapshotsV7): the exact request each sends, how each answer reaches the window as a
// typed signal, and everything that is refused before a single byte is sent.

#include "ServiceHarness.h"

#include <QSet>
#include <QUrlQuery>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using Fake = FakeThousandEyesServer;

Q_DECLARE_METATYPE(snapshotdesk::ApiError::Kind)
Q_DECLARE_METATYPE(snapshotdesk::HttpResponse)

namespace {

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QByteArray expectedAccept(ApiVersion version)
{
    return version == ApiVersion::V6 ? "application/json"_ba
                                     : "application/hal+json, application/problem+json"_ba;
}

} // namespace

class TestSnapshotService : public QObject
{
    Q_OBJECT

private slots:
    void makeChoosesBackend();
    void createSendsDocumentedRequest_data() { addVersionRows(); }
    void createSendsDocumentedRequest();
    void createWithoutAidHasNoQuery_data() { addVersionRows(); }
    void createWithoutAidHasNoQuery();
    void v7OptionalFieldsAreSent();
    void v6BasicAuthorization();
    void v7RefusesBasicCredentials();
    void missingToken_data() { addVersionRows(); }
    void missingToken();
    void createdSignalCarriesIdAndLink_data() { addVersionRows(); }
    void createdSignalCarriesIdAndLink();
    void v7AppLinkIsUsed();
    void getRequestsHaveNoBodyHeaders_data() { addVersionRows(); }
    void getRequestsHaveNoBodyHeaders();
    void statusCodes_data();
    void statusCodes();
    void errorBodies_data();
    void errorBodies();
    void unusableSuccessBodies_data();
    void unusableSuccessBodies();
    void oversizedBody_data() { addVersionRows(); }
    void madeSnapshotsAreNeverCalledFailed_data();
    void madeSnapshotsAreNeverCalledFailed();
    void oversizedBody();
    void oversizedBodyWithoutLength_data() { addVersionRows(); }
    void oversizedBodyWithoutLength();
    void bodyJustUnderLimitIsRead();
    void truncatedBody_data() { addVersionRows(); }
    void truncatedBody();
    void slowDripStillArrives_data() { addVersionRows(); }
    void slowDripStillArrives();
    void loadAccountGroups_data() { addVersionRows(); }
    void loadAccountGroups();
    void loadSourcesPassesAid_data() { addVersionRows(); }
    void loadSourcesPassesAid();
    void loadFailures_data() { addVersionRows(); }
    void loadFailures();
    void validationRefusesBeforeSending_data();
    void validationRefusesBeforeSending();
    void acknowledgedWarningIsSent_data() { addVersionRows(); }
    void acknowledgedWarningIsSent();
    void secondCreateWhileBusy_data() { addVersionRows(); }
    void secondCreateWhileBusy();
    void rateLimitChangedOnSuccessAndError_data() { addVersionRows(); }
    void rateLimitChangedOnSuccessAndError();
    void v7SnapshotWindowReported();
};

void TestSnapshotService::makeChoosesBackend()
{
    FakeClock clock;
    ApiConfig config;
    config.version = ApiVersion::V6;
    QVERIFY(SnapshotService::make(config, clock)->version() == ApiVersion::V6);
    QCOMPARE(SnapshotService::make(config, clock)->linkFor(Snapshot{u"1"_s, {}, {}, {}}, {}).path(),
             u"/reports/snapshots/1"_s);
    config.version = ApiVersion::V7;
    QVERIFY(SnapshotService::make(config, clock)->version() == ApiVersion::V7);
    QCOMPARE(SnapshotService::make(config, clock)->linkFor(Snapshot{u"1"_s, {}, {}, {}}, {}).path(),
             u"/dashboard/"_s);
}

void TestSnapshotService::createSendsDocumentedRequest()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, h.createdAnswer());
    const QString aid = version == ApiVersion::V6 ? u"75"_s : u"1234"_s;
    QVERIFY(h.service->create(h.request(aid)));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.server.requestCount(), 1);

    const HttpRequest sent = h.server.lastRequest();
    QCOMPARE(sent.method, "POST"_ba);
    QCOMPARE(sent.path(), h.createPath);
    QCOMPARE(sent.query(), "aid=" + aid.toLatin1());
    QCOMPARE(sent.header("Accept"), expectedAccept(version));
    QCOMPARE(sent.header("Content-Type"), "application/json"_ba);
    QVERIFY2(sent.header("User-Agent").contains("SnapshotDesk/"), sent.header("User-Agent").constData());
    QCOMPARE(sent.header("Authorization"), "Bearer "_ba + kToken);

    // The body, as the documentation defines it.
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(sent.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject body = document.object();
    QJsonObject expected;
    if (version == ApiVersion::V6) {
        expected = QJsonDocument::fromJson(R"({"displayName":"Weekly WAN review","from":"2026-06-14 06:00:00",
                                               "to":"2026-06-15 06:00:00","reportId":"123"})")
                       .object();
        QCOMPARE(keysOf(body), (QSet<QString>{u"displayName"_s, u"from"_s, u"to"_s, u"reportId"_s}));
    } else {
        expected = QJsonDocument::fromJson(R"({"dashboardId":"123","displayName":"Weekly WAN review",
                                               "startDate":"2026-06-14T06:00:00Z","endDate":"2026-06-15T06:00:00Z"})")
                       .object();
        QCOMPARE(keysOf(body),
                 (QSet<QString>{u"dashboardId"_s, u"displayName"_s, u"startDate"_s, u"endDate"_s}));
    }
    QCOMPARE(body, expected);
    QCOMPARE(sent.header("Content-Length").toLongLong(), sent.body.size());
}

void TestSnapshotService::createWithoutAidHasNoQuery()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, h.createdAnswer());
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.server.lastRequest().target, h.createPath);
}

void TestSnapshotService::v7OptionalFieldsAreSent()
{
    ServiceHarness h(ApiVersion::V7);
    h.server.on(h.createPath, h.createdAnswer());
    SnapshotRequest request = h.request();
    request.timezone = u"Europe/Berlin"_s;
    request.anonymizeData = true;
    request.expirationDate = QDateTime(QDate(2027, 6, 15), QTime(0, 0), Qt::UTC);
    QVERIFY(h.service->create(request));
    QVERIFY(h.waitCreateDone());
    const QJsonObject body = h.lastBody();
    QCOMPARE(keysOf(body), (QSet<QString>{u"dashboardId"_s, u"displayName"_s, u"startDate"_s, u"endDate"_s,
                                          u"timezone"_s, u"anonymizeData"_s, u"expirationDate"_s}));
    QCOMPARE(body.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(body.value(u"anonymizeData"_s), QJsonValue(true));
    QCOMPARE(body.value(u"expirationDate"_s).toString(), u"2027-06-15T00:00:00Z"_s);
}

void TestSnapshotService::v6BasicAuthorization()
{
    ServiceHarness h(ApiVersion::V6, [](ApiConfig& config) {
        config.credentials.method = Credentials::Method::Basic;
        config.credentials.email = u"noreply@thousandeyes.com"_s;
    });
    h.server.on(h.createPath, h.createdAnswer());
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.server.lastRequest().header("Authorization"),
             "Basic " + ("noreply@thousandeyes.com:"_ba + kToken).toBase64());
}

void TestSnapshotService::v7RefusesBasicCredentials()
{
    ServiceHarness h(ApiVersion::V7, [](ApiConfig& config) {
        config.credentials.method = Credentials::Method::Basic;
        config.credentials.email = u"noreply@thousandeyes.com"_s;
    });
    h.server.on(h.createPath, h.createdAnswer());
    QVERIFY(!h.service->create(h.request()));
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::MissingCredentials);
    QVERIFY(!h.service->isCreating());
    // Refused before the transport: nothing queued, so nothing can be sent later.
    QCOMPARE(h.service->transport().pendingCount(), 0);
    QCOMPARE(h.server.requestCount(), 0);
}

void TestSnapshotService::missingToken()
{
    QFETCH(ApiVersion, version);
    for (const QString& token : {QString(), u"   "_s}) {
        ServiceHarness h(version, [&token](ApiConfig& config) { config.credentials.token = token; });
        h.server.on(h.createPath, h.createdAnswer());
        QVERIFY(!h.service->create(h.request()));
        QCOMPARE(h.failed.size(), 1);
        QCOMPARE(h.failed.first().kind(), Kind::MissingCredentials);
        QVERIFY(h.failed.first().userMessage().contains(u"token"_s));

        h.service->loadAccountGroups();
        QVERIFY(h.waitLoadDone());
        QCOMPARE(h.loadFailed.size(), 1);
        QCOMPARE(h.loadFailed.first().kind(), Kind::MissingCredentials);
        QCOMPARE(h.server.requestCount(), 0);
    }
}

void TestSnapshotService::createdSignalCarriesIdAndLink()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, h.createdAnswer("abc-42"));
    h.clock.set(QDateTime(QDate(2026, 6, 15), QTime(12, 34, 56), Qt::UTC));
    QSignalSpy busy(h.service.get(), &SnapshotService::busyChanged);
    QVERIFY(h.service->create(h.request(u"75"_s)));
    QVERIFY(h.service->isCreating());
    QVERIFY(h.waitCreateDone());
    QVERIFY(!h.service->isCreating());
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.created.size(), 1);
    const Snapshot snapshot = h.created.first();
    QCOMPARE(snapshot.id, u"abc-42"_s);
    QCOMPARE(snapshot.created, h.clock.now());
    const QString base = u"http://127.0.0.1:"_s + QString::number(h.server.port());
    if (version == ApiVersion::V6) {
        QCOMPARE(snapshot.link, QUrl(base + u"/reports/snapshots/abc-42?__a=75"_s));
    } else {
        QCOMPARE(snapshot.link, QUrl(base + u"/dashboard/?snapshotId=abc-42&__a=75"_s));
        QCOMPARE(snapshot.apiUrl, QUrl(base + u"/v7/dashboard-snapshots/abc-42"_s));
    }
    QCOMPARE(busy.size(), 2); // busy, then idle
    QCOMPARE(busy.at(0).at(1).toBool(), true);
    QCOMPARE(busy.at(1).at(1).toBool(), false);
}

void TestSnapshotService::v7AppLinkIsUsed()
{
    ServiceHarness h(ApiVersion::V7);
    h.server.on(h.createPath, Fake::v7Created("u-1", h.server.url("/v7/dashboard-snapshots/u-1"),
                                              "https://app.thousandeyes.com/dashboard/?snapshotId=u-1"));
    QVERIFY(h.service->create(h.request(u"1234"_s)));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.created.first().link, QUrl(u"https://app.thousandeyes.com/dashboard/?snapshotId=u-1"_s));
}

void TestSnapshotService::getRequestsHaveNoBodyHeaders()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.scriptTenant(version, &h.clock);
    h.service->loadAccountGroups();
    QVERIFY(h.waitLoadDone());
    const HttpRequest sent = h.server.lastRequest();
    QCOMPARE(sent.method, "GET"_ba);
    QCOMPARE(sent.target, h.groupsPath);
    QVERIFY(sent.body.isEmpty());
    QVERIFY(sent.header("Content-Type").isNull());
    QCOMPARE(sent.header("Accept"), expectedAccept(version));
    QCOMPARE(sent.header("Authorization"), "Bearer "_ba + kToken);
    QVERIFY(sent.header("User-Agent").startsWith("SnapshotDesk/"));
}

void TestSnapshotService::statusCodes_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    const QList<QPair<int, Kind>> codes{
        {301, Kind::UnknownApiVersion}, {400, Kind::BadRequest},
        {401, Kind::Unauthorized},      {403, Kind::Forbidden},
        {404, Kind::NotFound},          {405, Kind::MethodNotAllowed},
        {406, Kind::NotAcceptable},     {415, Kind::UnsupportedMediaType},
        {500, Kind::ServerError},       {502, Kind::ServerError},
        {503, Kind::Maintenance},       {418, Kind::HttpError},
    };
    for (const ApiVersion version : {ApiVersion::V6, ApiVersion::V7}) {
        for (const auto& [status, kind] : codes) {
            QTest::addRow("%s %d", version == ApiVersion::V6 ? "v6" : "v7", status)
                << version << status << kind;
        }
    }
}

void TestSnapshotService::statusCodes()
{
    QFETCH(ApiVersion, version);
    QFETCH(int, status);
    QFETCH(Kind, kind);
    ServiceHarness h(version);
    const HttpResponse answer = version == ApiVersion::V6
                                    ? Fake::v6Error(status, u"server says %1"_s.arg(status))
                                    : Fake::v7Problem(status, u"server says %1"_s.arg(status));
    h.server.on(h.createPath, answer);
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 0);
    QCOMPARE(h.failed.size(), 1);
    const ApiError error = h.failed.first();
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.serverMessage(), u"server says %1"_s.arg(status));
    QVERIFY(!error.userMessage().isEmpty());
    // None of these is retried: the operation is over, no retry is waiting in the transport.
    QCOMPARE(h.service->transport().pendingCount(), 0);
    QCOMPARE(h.server.requestCount(), 1);
}

void TestSnapshotService::errorBodies_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<HttpResponse>("answer");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    for (const ApiVersion v : {ApiVersion::V6, ApiVersion::V7}) {
        const char* tag = v == ApiVersion::V6 ? "v6" : "v7";
        QTest::addRow("%s errorMessage", tag)
            << v << Fake::v6Error(403, u"Missing permission: Edit Snapshots"_s) << Kind::Forbidden
            << u"Missing permission: Edit Snapshots"_s;
        QTest::addRow("%s problem+json", tag)
            << v
            << Fake::v7Problem(
                   400, u"Bad Request"_s, u"Validation failed"_s,
                   {{u"endDate"_s, u"must be after startDate"_s}, {u"dashboardId"_s, u"unknown"_s}})
            << Kind::BadRequest
            << u"Validation failed; endDate: must be after startDate; dashboardId: unknown"_s;
        QTest::addRow("%s 401 error_description", tag) << v << Fake::v7Unauthorized(u"Invalid access token"_s)
                                                       << Kind::Unauthorized << u"Invalid access token"_s;
        QTest::addRow("%s spring", tag) << v << Fake::springError(400, u"Invalid aid: abc"_s)
                                        << Kind::BadRequest << u"Invalid aid: abc"_s;
        QTest::addRow("%s html", tag)
            << v << Fake::html(502, u"502 Bad Gateway"_s) << Kind::ServerError << u"502 Bad Gateway"_s;
        QTest::addRow("%s text", tag) << v << Fake::text(503, "Down for maintenance until 14:00 UTC")
                                      << Kind::Maintenance << u"Down for maintenance until 14:00 UTC"_s;
        QTest::addRow("%s empty", tag) << v << Fake::empty(404) << Kind::NotFound << QString();
        QTest::addRow("%s broken json", tag)
            << v << HttpResponse::json(500, R"({"errorMessage":"cut o)") << Kind::ServerError << QString();
    }
}

void TestSnapshotService::errorBodies()
{
    QFETCH(ApiVersion, version);
    QFETCH(HttpResponse, answer);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    ServiceHarness h(version);
    h.server.on(h.createPath, answer);
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), kind);
    QCOMPARE(h.failed.first().serverMessage(), message);
}

void TestSnapshotService::unusableSuccessBodies_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<HttpResponse>("answer");
    for (const ApiVersion v : {ApiVersion::V6, ApiVersion::V7}) {
        const char* tag = v == ApiVersion::V6 ? "v6" : "v7";
        const int ok = v == ApiVersion::V6 ? 200 : 201;
        QTest::addRow("%s empty", tag) << v << Fake::empty(ok);
        QTest::addRow("%s not json", tag) << v << Fake::text(ok, "snapshot created");
        QTest::addRow("%s html", tag) << v << Fake::html(ok, u"Welcome"_s);
        QTest::addRow("%s array", tag) << v << HttpResponse::json(ok, R"([{"snapshotId":"1"}])");
        QTest::addRow("%s null id", tag) << v << HttpResponse::json(ok, R"({"snapshotId":null})");
        QTest::addRow("%s fractional id", tag) << v << HttpResponse::json(ok, R"({"snapshotId":1.5})");
        QTest::addRow("%s no id", tag) << v << HttpResponse::json(ok, R"({"id":"12"})");
        QTest::addRow("%s truncated json", tag) << v << HttpResponse::json(ok, R"({"snapshotId":"12)");
    }
}

void TestSnapshotService::unusableSuccessBodies()
{
    QFETCH(ApiVersion, version);
    QFETCH(HttpResponse, answer);
    ServiceHarness h(version);
    h.server.on(h.createPath, answer);
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 0);
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::InvalidResponse);
    QVERIFY(!h.failed.first().serverMessage().isEmpty()); // says what was wrong with the answer
    QCOMPARE(h.failed.first().httpStatus(), answer.status);
}

void TestSnapshotService::madeSnapshotsAreNeverCalledFailed_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<HttpResponse>("answer");
    QTest::addColumn<QString>("id");
    QTest::newRow("v6 numeric id") << ApiVersion::V6 << HttpResponse::json(200, R"({"snapshotId":4711})")
                                   << u"4711"_s;
    // The 201 says the snapshot exists, and Location says which, whatever the body.
    for (const QByteArray& body : {QByteArray(), R"({"_links":{}})"_ba, R"({"snapshotId":"5e)"_ba}) {
        HttpResponse answer = HttpResponse::json(201, body, "application/hal+json");
        answer.headers.emplaceBack("Location", "http://127.0.0.1:1/v7/dashboard-snapshots/5e1c-77ab");
        QTest::addRow("v7 201 with Location, body '%s'", body.constData())
            << ApiVersion::V7 << answer << u"5e1c-77ab"_s;
    }
}

void TestSnapshotService::madeSnapshotsAreNeverCalledFailed()
{
    QFETCH(ApiVersion, version);
    QFETCH(HttpResponse, answer);
    QFETCH(QString, id);
    ServiceHarness h(version);
    h.server.on(h.createPath, answer);
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.created.first().id, id);
    QVERIFY(!h.created.first().link.isEmpty()); // a link for a person, built from the ID
}

void TestSnapshotService::oversizedBody()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath,
                HttpResponse::json(200, R"({"snapshotId":")" + QByteArray(2 * 1024 * 1024, 'x') + "\"}"));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::ResponseTooLarge);
}

void TestSnapshotService::oversizedBodyWithoutLength()
{
    // No Content-Length: the body ends when the connection closes, and is cut off while reading.
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    HttpResponse raw;
    raw.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"_ba +
              QByteArray(2 * 1024 * 1024, ' ');
    raw.truncateBodyAt = raw.raw.size(); // write it all, then close
    h.server.on(h.createPath, raw);
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::ResponseTooLarge);
}

void TestSnapshotService::bodyJustUnderLimitIsRead()
{
    // Whitespace is valid JSON padding: an answer of almost 1 MiB is still read.
    ServiceHarness h(ApiVersion::V6);
    QByteArray body = R"({"snapshotId":"big-ok"})";
    body += QByteArray(ApiTransport::kMaxBodyBytes - body.size(), ' ');
    QCOMPARE(static_cast<qint64>(body.size()), ApiTransport::kMaxBodyBytes);
    h.server.on(h.createPath, HttpResponse::json(200, body));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.created.first().id, u"big-ok"_s);
}

void TestSnapshotService::truncatedBody()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, Fake::truncatedAt(h.createdAnswer("cut-short"), 6));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 0);
    QCOMPARE(h.failed.size(), 1);
    // The request was sent whole before the answer broke off: the snapshot may exist.
    QCOMPARE(h.failed.first().kind(), Kind::OutcomeUnknown);
    QCOMPARE(h.server.requestCount(), 1);
}

void TestSnapshotService::slowDripStillArrives()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, Fake::dripping(h.createdAnswer("drip"), 2));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone(10000));
    QCOMPARE(h.failed.size(), 0);
    QCOMPARE(h.created.first().id, u"drip"_s);
}

void TestSnapshotService::loadAccountGroups()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.scriptTenant(version, &h.clock);
    QSignalSpy busy(h.service.get(), &SnapshotService::busyChanged);
    h.service->loadAccountGroups();
    QVERIFY(h.waitLoadDone());
    QCOMPARE(h.loadFailed.size(), 0);
    QCOMPARE(h.groups.size(), 1);
    const QList<AccountGroup> groups = h.groups.first();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).aid, u"75"_s);
    QCOMPARE(groups.at(0).name, u"API Sandbox"_s);
    QVERIFY(groups.at(0).current);
    QVERIFY(groups.at(0).isDefault);
    QCOMPARE(groups.at(1).aid, u"1234"_s);
    QVERIFY(!groups.at(1).current);
    QCOMPARE(h.server.lastRequest().target, h.groupsPath);
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).value<SnapshotService::Operation>(), SnapshotService::Operation::AccountGroups);
}

void TestSnapshotService::loadSourcesPassesAid()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.scriptTenant(version, &h.clock);
    h.service->loadSources(u"1234"_s);
    QVERIFY(h.waitLoadDone());
    QCOMPARE(h.loadFailed.size(), 0);
    QCOMPARE(h.sources.size(), 1);
    QCOMPARE(h.sourcesAid.first(), u"1234"_s);
    QCOMPARE(h.sources.first().size(), 2);
    QCOMPARE(h.sources.first().at(0).id, u"2"_s);
    QCOMPARE(h.sources.first().at(0).name, u"Network Overview"_s);
    QVERIFY(h.sources.first().at(0).builtIn);
    QCOMPARE(h.server.lastRequest().path(), h.sourcesPath);
    QCOMPARE(h.server.lastRequest().query(), "aid=1234"_ba);
    QCOMPARE(h.server.lastRequest().method, "GET"_ba);
}

void TestSnapshotService::loadFailures()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    // A source list of the wrong shape: the other generation's answer.
    h.server.on(h.sourcesPath, version == ApiVersion::V6 ? Fake::v7Dashboards({{u"1"_s, u"D"_s, false}})
                                                         : Fake::v6Reports({{u"1"_s, u"R"_s, false}}));
    h.server.on(h.groupsPath, Fake::v6Error(403, u"Not in this account group"_s));
    h.service->loadSources(u"75"_s);
    QVERIFY(h.waitLoadDone());
    QCOMPARE(h.sources.size(), 0);
    QCOMPARE(h.loadFailed.size(), 1);
    QCOMPARE(h.loadFailedOps.first(), SnapshotService::Operation::Sources);
    QCOMPARE(h.loadFailed.first().kind(), Kind::InvalidResponse);
    QVERIFY(!h.loadFailed.first().serverMessage().isEmpty());

    h.service->loadAccountGroups();
    QTRY_COMPARE_WITH_TIMEOUT(h.loadFailed.size(), 2, 5000);
    QCOMPARE(h.loadFailedOps.at(1), SnapshotService::Operation::AccountGroups);
    QCOMPARE(h.loadFailed.at(1).kind(), Kind::Forbidden);
    QCOMPARE(h.loadFailed.at(1).serverMessage(), u"Not in this account group"_s);
}

void TestSnapshotService::validationRefusesBeforeSending_data()
{
    // Each rule with the field it must mark and words its message must say (written here, not
    // read from the code under test), so a row whose own rule did not fire fails.
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("says");
    using Field = ValidationIssue::Field;
    struct Rule
    {
        const char* name;
        Field field;
        const char* says;
        bool v7Only;
    };
    const Rule rules[] = {
        {"blank name", Field::DisplayName, "Enter a name", false},
        {"long name", Field::DisplayName, "too long", false},
        {"no source", Field::Source, "Choose a", false},
        {"no start", Field::From, "start date", false},
        {"from after to", Field::From, "earlier than the end", false},
        {"future end", Field::To, "in the future", false},
        {"over 93 days", Field::To, "93 days", false},
        {"expired", Field::ExpirationDate, "has passed", true},
        {"expiry too far", Field::ExpirationDate, "too far ahead", true},
        {"bad timezone", Field::Timezone, "not a known time zone", true},
    };
    for (const ApiVersion v : {ApiVersion::V6, ApiVersion::V7}) {
        for (const Rule& rule : rules) {
            if (rule.v7Only && v != ApiVersion::V7)
                continue;
            QTest::addRow("%s %s", v == ApiVersion::V6 ? "v6" : "v7", rule.name)
                << v << QString::fromLatin1(rule.name) << static_cast<int>(rule.field)
                << QString::fromLatin1(rule.says);
        }
    }
}

void TestSnapshotService::validationRefusesBeforeSending()
{
    QFETCH(ApiVersion, version);
    QFETCH(QString, rule);
    QFETCH(int, field);
    QFETCH(QString, says);
    ServiceHarness h(version);
    h.server.on(h.createPath, h.createdAnswer());
    SnapshotRequest request = h.request();
    const QDateTime now = h.clock.now();
    QVERIFY(request.validate(version, now).isEmpty()); // the base request is fine: the rule alone fails it
    if (rule == u"blank name")
        request.displayName = u"   "_s;
    else if (rule == u"long name")
        request.displayName = QString(256, u'x');
    else if (rule == u"no source")
        request.sourceId.clear();
    else if (rule == u"no start")
        request.from = QDateTime();
    else if (rule == u"from after to")
        request.from = request.to.addSecs(60);
    else if (rule == u"future end")
        request.to = now.addSecs(3600);
    else if (rule == u"over 93 days")
        request.from = request.to.addDays(-94);
    else if (rule == u"expired")
        request.expirationDate = now.addSecs(-60);
    else if (rule == u"expiry too far")
        request.expirationDate = now.addYears(6);
    else if (rule == u"bad timezone")
        request.timezone = u"Atlantis/Capital"_s;
    const QList<ValidationIssue> issues = request.validate(version, now);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(static_cast<int>(issues.first().field), field);
    QVERIFY2(issues.first().message.contains(says), qPrintable(issues.first().message));

    QSignalSpy busy(h.service.get(), &SnapshotService::busyChanged);
    QVERIFY(!h.service->create(request));
    QCOMPARE(h.failed.size(), 1); // synchronously
    QCOMPARE(h.failed.first().kind(), Kind::Validation);
    QVERIFY2(h.failed.first().serverMessage().contains(says), qPrintable(h.failed.first().serverMessage()));
    QVERIFY(!h.service->isCreating());
    QCOMPARE(busy.size(), 0);
    // Nothing queued in the transport, so nothing can be sent later either.
    QCOMPARE(h.service->transport().pendingCount(), 0);
    QCOMPARE(h.server.requestCount(), 0);
}

void TestSnapshotService::acknowledgedWarningIsSent()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, h.createdAnswer());
    SnapshotRequest request = h.request();
    request.from = request.to.addDays(-120);
    request.acknowledgeWarnings = true;
    QVERIFY(h.service->create(request));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.server.requestCount(), 1);
}

void TestSnapshotService::secondCreateWhileBusy()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    h.server.on(h.createPath, Fake::delayed(h.createdAnswer(), 150));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(!h.service->create(h.request()));
    QCOMPARE(h.failed.size(), 1);
    QCOMPARE(h.failed.first().kind(), Kind::Busy);
    QVERIFY(h.service->isCreating());
    QTRY_COMPARE_WITH_TIMEOUT(h.created.size(), 1, 5000);
    // The refused second create left nothing queued to be sent later.
    QCOMPARE(h.service->transport().pendingCount(), 0);
    QCOMPARE(h.server.requestCount(h.createPath), 1);
    QCOMPARE(h.server.requestCount(), 1);
    // Once done, the next create goes through.
    QVERIFY(h.service->create(h.request()));
    QTRY_COMPARE_WITH_TIMEOUT(h.created.size(), 2, 5000);
}

void TestSnapshotService::rateLimitChangedOnSuccessAndError()
{
    QFETCH(ApiVersion, version);
    ServiceHarness h(version);
    const qint64 reset = h.clock.epochSecs() + 42;
    h.server.enqueue(h.createPath, Fake::withOrgRateLimit(h.createdAnswer(), 970, 968, reset));
    h.server.enqueue(h.createPath, Fake::withOrgRateLimit(Fake::v6Error(403, u"no"_s), 970, 967, reset));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.created.size(), 1);
    QCOMPARE(h.rateLimits.size(), 1);
    QCOMPARE(h.rateLimits.last().organization.limit, 970);
    QCOMPARE(h.rateLimits.last().organization.remaining, 968);
    QCOMPARE(h.rateLimits.last().organization.reset, QDateTime::fromSecsSinceEpoch(reset, Qt::UTC));
    QCOMPARE(h.service->rateLimit(), h.rateLimits.last());

    QVERIFY(h.service->create(h.request()));
    QTRY_COMPARE_WITH_TIMEOUT(h.failed.size(), 1, 5000);
    QCOMPARE(h.failed.first().kind(), Kind::Forbidden);
    QCOMPARE(h.rateLimits.size(), 2);
    QCOMPARE(h.rateLimits.last().organization.remaining, 967);

    // Headers on a load answer count too.
    h.server.on(h.groupsPath, Fake::withOrgRateLimit(Fake::v6AccountGroups({}), 970, 900, reset));
    h.service->loadAccountGroups();
    QTRY_COMPARE_WITH_TIMEOUT(h.rateLimits.size(), 3, 5000);
    QCOMPARE(h.rateLimits.last().organization.remaining, 900);
}

void TestSnapshotService::v7SnapshotWindowReported()
{
    ServiceHarness h(ApiVersion::V7);
    h.server.on(h.createPath, Fake::withSnapshotRateLimit(Fake::withOrgRateLimit(h.createdAnswer(), 240, 200,
                                                                                 h.clock.epochSecs() + 30),
                                                          100, 57, 1500));
    QVERIFY(h.service->create(h.request()));
    QVERIFY(h.waitCreateDone());
    QCOMPARE(h.rateLimits.size(), 1);
    const RateLimitStatus status = h.rateLimits.first();
    QCOMPARE(status.organization.remaining, 200);
    QCOMPARE(status.snapshotCreation.limit, 100);
    QCOMPARE(status.snapshotCreation.remaining, 57);
    QCOMPARE(status.snapshotCreation.reset, h.clock.now().addSecs(1500));
}

QTEST_GUILESS_MAIN(TestSnapshotService)
#include "test_snapshotservice.moc"
