// ApiError: every failure a user can meet has its own kind and its own sentence telling them what to
// do, and whatever the server sends back (JSON of either generation, HTML, megabytes of junk) is
// turned into a short, clean message without crashing.

#include "core/ApiError.h"

#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(snapshotdesk::ApiError::Kind)

namespace {

QList<Kind> allErrorKinds()
{
    QList<Kind> kinds;
    for (int k = static_cast<int>(Kind::Validation); k <= static_cast<int>(Kind::HttpError); ++k)
        kinds.append(static_cast<Kind>(k));
    return kinds;
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void kindForStatus_data();
    void kindForStatus();
    void fromHttpKeepsStatusAndMessage();
    void everyKindHasItsOwnMessage();
    void noneSaysNothing();
    void unauthorizedMentionsToken();
    void forbiddenMentionsEditSnapshots();
    void rateLimitedSaysWhenItResets();
    void snapshotLimitSaysWhenItResets();
    void maintenanceSaysMaintenance();
    void serverErrorNamesStatus();
    void retryable_data();
    void retryable();
    void parseServerMessage_data();
    void parseServerMessage();
    void problemJsonFieldErrorsAreBounded();
    void htmlNeverLeaksTags();
    void hugeGarbageIsBounded_data();
    void hugeGarbageIsBounded();
    void serverMessageIsClippedInConstructor();
};

void TestApiError::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("200") << 200 << Kind::None;
    QTest::newRow("201") << 201 << Kind::None;
    QTest::newRow("204") << 204 << Kind::None;
    QTest::newRow("301") << 301 << Kind::UnknownApiVersion;
    QTest::newRow("400") << 400 << Kind::BadRequest;
    QTest::newRow("401") << 401 << Kind::Unauthorized;
    QTest::newRow("403") << 403 << Kind::Forbidden;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("405") << 405 << Kind::MethodNotAllowed;
    QTest::newRow("406") << 406 << Kind::NotAcceptable;
    QTest::newRow("415") << 415 << Kind::UnsupportedMediaType;
    QTest::newRow("429") << 429 << Kind::RateLimited;
    QTest::newRow("500") << 500 << Kind::ServerError;
    QTest::newRow("502") << 502 << Kind::ServerError;
    QTest::newRow("503") << 503 << Kind::Maintenance;
    QTest::newRow("504") << 504 << Kind::ServerError;
    QTest::newRow("418") << 418 << Kind::HttpError;
    QTest::newRow("302") << 302 << Kind::HttpError;
}

void TestApiError::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QCOMPARE(ApiError::kindForStatus(status), kind);
}

void TestApiError::fromHttpKeepsStatusAndMessage()
{
    const ApiError error =
        ApiError::fromHttp(403, R"({"errorMessage":"You do not have permission"})"_ba, "application/json");
    QCOMPARE(error.kind(), Kind::Forbidden);
    QCOMPARE(error.httpStatus(), 403);
    QCOMPARE(error.serverMessage(), u"You do not have permission"_s);
    QVERIFY(error.isError());
    QVERIFY(!ApiError().isError());
}

void TestApiError::everyKindHasItsOwnMessage()
{
    QSet<QString> messages;
    QSet<QString> titles;
    for (const Kind kind : allErrorKinds()) {
        const ApiError error(kind, {}, 500);
        const QString message = error.userMessage();
        QVERIFY2(!message.trimmed().isEmpty(), qPrintable(QString::number(static_cast<int>(kind))));
        QVERIFY2(!messages.contains(message), qPrintable(u"duplicate message: "_s + message));
        messages.insert(message);
        QVERIFY(!error.title().isEmpty());
        titles.insert(error.title());
    }
    QCOMPARE(messages.size(), allErrorKinds().size());
    QVERIFY(titles.size() > 5); // grouped, but not all the same
}

void TestApiError::noneSaysNothing()
{
    QVERIFY(ApiError().userMessage().isEmpty());
    QVERIFY(ApiError().title().isEmpty());
}

void TestApiError::unauthorizedMentionsToken()
{
    const ApiError error = ApiError::fromHttp(401, {}, {});
    QVERIFY(error.userMessage().contains(u"token"_s, Qt::CaseInsensitive));
    QVERIFY(ApiError(Kind::MissingCredentials).userMessage().contains(u"token"_s, Qt::CaseInsensitive));
}

void TestApiError::forbiddenMentionsEditSnapshots()
{
    QVERIFY(ApiError::fromHttp(403, {}, {}).userMessage().contains(u"Edit Snapshots"_s));
}

void TestApiError::rateLimitedSaysWhenItResets()
{
    ApiError error(Kind::RateLimited, {}, 429);
    const QString withoutTime = error.userMessage();
    const QDateTime at(QDate(2026, 6, 15), QTime(17, 42), QTimeZone::utc());
    error.setRetryAt(at);
    QCOMPARE(error.retryAt(), at);
    const QString when = QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY2(error.userMessage().contains(when), qPrintable(error.userMessage()));
    QVERIFY(!withoutTime.contains(when));
    QVERIFY(withoutTime != error.userMessage());
    // TZ=Europe/Berlin in the test environment: shown in local time (19:42), not UTC.
    if (qEnvironmentVariable("TZ") == u"Europe/Berlin")
        QVERIFY(error.userMessage().contains(u"19:42"_s) || error.userMessage().contains(u"7:42"_s));
}

void TestApiError::snapshotLimitSaysWhenItResets()
{
    ApiError error(Kind::SnapshotLimitReached, {}, 429);
    error.setRetryAt(QDateTime(QDate(2026, 6, 15), QTime(9, 5), QTimeZone::utc()));
    const QString when = QLocale().toString(error.retryAt().toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY(error.userMessage().contains(when));
    QVERIFY(error.userMessage().contains(u"hour"_s));
}

void TestApiError::maintenanceSaysMaintenance()
{
    QVERIFY(ApiError::fromHttp(503, {}, {}).userMessage().contains(u"maintenance"_s, Qt::CaseInsensitive));
}

void TestApiError::serverErrorNamesStatus()
{
    QVERIFY(ApiError::fromHttp(500, {}, {}).userMessage().contains(u"500"_s));
    QVERIFY(ApiError::fromHttp(502, {}, {}).userMessage().contains(u"502"_s));
    QVERIFY(ApiError::fromHttp(500, {}, {}).userMessage().contains(u"support"_s));
    QVERIFY(ApiError::fromHttp(418, {}, {}).userMessage().contains(u"418"_s));
}

void TestApiError::retryable_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("400") << Kind::BadRequest << false;
    QTest::newRow("401") << Kind::Unauthorized << false;
    QTest::newRow("403") << Kind::Forbidden << false;
    QTest::newRow("validation") << Kind::Validation << false;
    QTest::newRow("insecure") << Kind::InsecureUrl << false;
    QTest::newRow("429") << Kind::RateLimited << true;
    QTest::newRow("snapshot limit") << Kind::SnapshotLimitReached << true;
    QTest::newRow("500") << Kind::ServerError << true;
    QTest::newRow("503") << Kind::Maintenance << true;
    QTest::newRow("timeout") << Kind::Timeout << true;
    QTest::newRow("refused") << Kind::ConnectionRefused << true;
    // Sent, answer lost: the snapshot may exist, so sending it again may make a duplicate.
    QTest::newRow("outcome unknown") << Kind::OutcomeUnknown << false;
}

void TestApiError::retryable()
{
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    QCOMPARE(ApiError(kind).isRetryable(), retryable);
}

void TestApiError::parseServerMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");

    QTest::newRow("v6 errorMessage") << R"({"errorMessage":"  Report 123 not found  "})"_ba
                                     << "application/json"_ba << u"Report 123 not found"_s;
    QTest::newRow("v7 problem detail and errors")
        << R"({"type":"about:blank","title":"Bad Request","status":400,"detail":"Validation failed",)"
           R"("instance":"/v7/dashboard-snapshots","errors":[{"code":"X","field":"endDate",)"
           R"("message":"must be after startDate"},{"code":"Y","message":"window is not allowed"},)"
           R"({"code":"Z","field":"ignored"}]})"_ba
        << "application/problem+json"_ba
        << u"Validation failed; endDate: must be after startDate; window is not allowed"_s;
    QTest::newRow("v7 problem title only") << R"({"title":"Forbidden","status":403})"_ba
                                           << "application/problem+json"_ba << u"Forbidden"_s;
    QTest::newRow("v7 401") << R"({"error":"invalid_token","error_description":"Access token expired"})"_ba
                            << "application/json"_ba << u"Access token expired"_s;
    QTest::newRow("spring") << R"({"timestamp":"2026-06-15T12:00:00.000+00:00","status":400,)"
                               R"("error":"Bad Request","message":"Invalid aid","path":"/v7/dashboards"})"_ba
                            << "application/json"_ba << u"Invalid aid"_s;
    QTest::newRow("only error") << R"({"error":"unauthorized"})"_ba
                                << "application/json"_ba << u"unauthorized"_s;
    QTest::newRow("empty") << QByteArray() << "application/json"_ba << QString();
    QTest::newRow("blank") << "  \r\n "_ba
                           << "text/plain"_ba << QString();
    QTest::newRow("empty object") << "{}"_ba
                                  << "application/json"_ba << QString();
    QTest::newRow("wrong types") << R"({"errorMessage":42,"detail":["x"],"errors":"no"})"_ba
                                 << "application/json"_ba << QString();
    QTest::newRow("html title")
        << "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><h1>502 Bad Gateway</h1>"
           "<hr><center>nginx</center></body></html>"_ba
        << "text/html"_ba << u"502 Bad Gateway"_s;
    QTest::newRow("html no title")
        << "<html><body><script>var token='x';</script><p>Service <b>down</b> for maintenance</p>"
           "</body></html>"_ba
        << "text/html; charset=utf-8"_ba << u"Service down for maintenance"_s;
    QTest::newRow("html without content type")
        << "<!DOCTYPE html><html><title> Oops </title></html>"_ba << QByteArray() << u"Oops"_s;
    QTest::newRow("plain text") << "Upstream request timeout\n"_ba
                                << "text/plain"_ba << u"Upstream request timeout"_s;
    QTest::newRow("broken json") << R"({"errorMessage": "unterminated)"_ba
                                 << "application/json"_ba << QString();
    QTest::newRow("json array") << R"(["a","b"])"_ba
                                << "application/json"_ba << QString();
    QTest::newRow("utf8") << R"({"errorMessage":"Zugriff verweigert für Gruppe „Büro“"})"_ba
                          << "application/json"_ba << u"Zugriff verweigert für Gruppe „Büro“"_s;
}

void TestApiError::parseServerMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::parseServerMessage(body, contentType), expected);
}

void TestApiError::problemJsonFieldErrorsAreBounded()
{
    QByteArray body = R"({"title":"Bad Request","errors":[)";
    for (int i = 0; i < 500; ++i)
        body += (i ? "," : "") + R"({"field":"f)"_ba + QByteArray::number(i) + R"(","message":"wrong"})";
    body += "]}";
    const QString message = ApiError::parseServerMessage(body, "application/problem+json");
    QVERIFY(message.startsWith(u"Bad Request; f0: wrong"_s));
    QVERIFY(message.size() <= 400);
}

void TestApiError::htmlNeverLeaksTags()
{
    const QByteArray body = "<html><head><style>body{color:red}</style></head><body><div class=\"x\">"
                            "<h1>Error</h1><p>Something <i>broke</i>.</p></div></body></html>";
    const QString message = ApiError::parseServerMessage(body, "text/html");
    QVERIFY(!message.contains(u'<'));
    QVERIFY(!message.contains(u'>'));
    QVERIFY(!message.contains(u"color"_s));
    QVERIFY(message.contains(u"Something broke"_s));
}

void TestApiError::hugeGarbageIsBounded_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    constexpr qsizetype kTwoMiB = 2 * 1024 * 1024;
    QByteArray binary(kTwoMiB, Qt::Uninitialized);
    for (qsizetype i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 7919 + 13) % 256);
    QTest::newRow("binary") << binary << "application/octet-stream"_ba;
    QTest::newRow("letters") << QByteArray(kTwoMiB, 'x') << "text/plain"_ba;
    QTest::newRow("angle brackets") << QByteArray(kTwoMiB, '<') << "text/html"_ba;
    QTest::newRow("open tags") << QByteArray("<title>").repeated(300'000) << "text/html"_ba;
    QTest::newRow("nested json") << QByteArray(kTwoMiB / 2, '[') + QByteArray(kTwoMiB / 2, ']')
                                 << "application/json"_ba;
    QTest::newRow("json with huge message")
        << R"({"errorMessage":")"_ba + QByteArray(kTwoMiB, 'a') + R"("})"_ba
        << "application/json"_ba;
    QTest::newRow("braces") << QByteArray(kTwoMiB, '{') << "application/json"_ba;
}

void TestApiError::hugeGarbageIsBounded()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const QString message = ApiError::parseServerMessage(body, contentType);
    QVERIFY2(message.size() <= 400, qPrintable(QString::number(message.size())));
    const ApiError error = ApiError::fromHttp(500, body, contentType);
    QVERIFY(error.serverMessage().size() <= 400);
    QVERIFY(!error.userMessage().isEmpty());
}

void TestApiError::serverMessageIsClippedInConstructor()
{
    const ApiError error(Kind::BadRequest, QString(5000, u'y') + u"\n\n  tail"_s);
    QCOMPARE(error.serverMessage().size(), 400);
    QVERIFY(error.serverMessage().endsWith(QChar(0x2026)));
    const ApiError spaced(Kind::BadRequest, u"  two\n\tlines  "_s);
    QCOMPARE(spaced.serverMessage(), u"two lines"_s);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "test_apierror.moc"
