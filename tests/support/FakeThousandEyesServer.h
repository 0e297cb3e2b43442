#pragma once

#include "core/ApiVersion.h"
#include "core/Clock.h"
#include "demo/LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QUrl>

#include <functional>

namespace snapshotdesk {

// A scriptable stand-in for api.thousandeyes.com, speaking real HTTP/1.1 on 127.0.0.1 (random free
// port) through LoopbackHttpServer, so the real SnapshotService/ApiTransport code is exercised
// end to end. It records every request and answers from a script:
//
//     FakeThousandEyesServer server;                        // already listening
//     ApiConfig config;
//     config.baseUrl = server.baseUrl(QStringLiteral("/v6")); // http://127.0.0.1:PORT/v6
//     server.on("/v6/account-groups", FakeThousandEyesServer::v6AccountGroups({{75, u"API Sandbox"_s}}));
//     server.enqueue("/v6/report-snapshots/create",         // answered once, first
//                    FakeThousandEyesServer::withRetryAfter(
//                        FakeThousandEyesServer::v6Error(429, u"slow down"_s), "5"));
//     server.on("/v6/report-snapshots/create", FakeThousandEyesServer::v6Created("123"));
//     ...
//     QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 2, 5000);
//     QCOMPARE(server.lastRequest().header("Authorization"), ...);
//
// How an answer is chosen for a request to PATH (the target without its query):
//   1. the oldest response enqueue()d for PATH, if any (each is used once);
//   2. otherwise the default set with on(PATH, ...) (used every time);
//   3. otherwise the fallback (setFallback), by default 404 with a problem+json body naming PATH.
//
// Misbehaviour is part of the answer (see the with*/delayed/truncatedAt/dripping helpers): a delay
// before answering, a connection closed mid-body, a body sent in small pieces, redirects, a raw
// answer written verbatim. Rate-limit headers are added with withOrgRateLimit() and
// withSnapshotRateLimit().
//
// Two hosts: run a second FakeThousandEyesServer and address it as baseUrl(prefix, "localhost");
// the HTTP client treats "localhost" and "127.0.0.1" as different hosts, so a redirect between the
// two is a cross-host redirect.
class FakeThousandEyesServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeThousandEyesServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    // Starts listening at once on 127.0.0.1 and a free port; check isListening().
    explicit FakeThousandEyesServer(QObject* parent = nullptr);
    ~FakeThousandEyesServer() override;

    bool isListening() const { return m_listening; }
    quint16 port() const;
    // "http://HOST:PORT" + prefix, e.g. baseUrl(u"/v7"_s) -> http://127.0.0.1:PORT/v7.
    QUrl baseUrl(const QString& prefix = {}, const QString& host = QStringLiteral("127.0.0.1")) const;
    // The same as baseUrl() + pathAndQuery, as bytes, for a Location header.
    QByteArray url(const QByteArray& pathAndQuery, const QString& host = QStringLiteral("127.0.0.1")) const;

    // ---- Script -------------------------------------------------------------------------------
    // The answer for PATH whenever nothing is queued for it (replaces an earlier default).
    void on(const QByteArray& path, const HttpResponse& response);
    // As above, computed per request (e.g. to echo something back).
    void on(const QByteArray& path, Handler handler);
    // An answer for the next request to PATH only; several are used in order.
    void enqueue(const QByteArray& path, const HttpResponse& response);
    // Whatever no script covers. Default: 404 problem+json.
    void setFallback(Handler handler);
    // Forgets every default, queued answer and the fallback (recorded requests stay).
    void clearScript();
    // How many enqueue()d answers for PATH are still unused.
    int queuedCount(const QByteArray& path) const;

    // A realistic tenant for `version`: account groups (aid 75 "API Sandbox", current and default;
    // aid 1234 "Operations"), two sources (v6 reports "2"/"Network Overview", "17"/"WAN"; v7 dashboards
    // with the same ids), and a create endpoint answering like the real API, with organisation
    // rate-limit headers (limit 240, counting down). Paths are under "/v6" or "/v7".
    // Reset times are taken from `clock` (a FakeClock in tests), else from the system clock.
    void scriptTenant(ApiVersion version, const Clock* clock = nullptr);

    // ---- Recording ----------------------------------------------------------------------------
    const QList<HttpRequest>& requests() const { return m_requests; }
    QList<HttpRequest> requests(const QByteArray& path) const;
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    int requestCount(const QByteArray& path) const;
    // The most recent request (a default-constructed one when there was none).
    HttpRequest lastRequest() const;
    // Everything recorded so far, and forget it.
    QList<HttpRequest> takeRequests();
    // Spins the event loop until at least `count` requests arrived, or `timeoutMs` passed.
    bool waitForRequests(int count, int timeoutMs = 5000);
    // TCP connections accepted so far.
    int connectionCount() const { return m_http.connectionCount(); }

    LoopbackHttpServer& http() { return m_http; }

    // ---- Canned answers -----------------------------------------------------------------------
    // Any JSON body.
    static HttpResponse json(int status, const QJsonObject& body,
                             const QByteArray& contentType = "application/json");
    static HttpResponse json(int status, const QJsonArray& body,
                             const QByteArray& contentType = "application/json");
    // v6 create: 200 {"snapshotId":"<id>"} (application/json;charset=UTF-8, as the seed shows).
    static HttpResponse v6Created(const QByteArray& snapshotId = "123");
    // v7 create: 201 {"snapshotId","_links":{"self":{"href":location}[,"appLink":{"href"}]}} with a
    // Location header (both omitted when `location` is empty), as application/hal+json.
    static HttpResponse v7Created(const QByteArray& snapshotId, const QByteArray& location = {},
                                  const QByteArray& appLink = {});
    // v6 GET /reports: {"reports":[{"reportId","reportName","builtIn":0|1}]}
    struct Source
    {
        QString id;
        QString name;
        bool builtIn = false;
    };
    static HttpResponse v6Reports(const QList<Source>& reports);
    // v7 GET /dashboards: a bare array of {"dashboardId","title","description","isBuiltIn",...}
    static HttpResponse v7Dashboards(const QList<Source>& dashboards);
    // GET /account-groups; the first group is current and default. v6 sends aid as a number
    // (so give digits), v7 as a string.
    struct Group
    {
        QString aid;
        QString name;
    };
    static HttpResponse v6AccountGroups(const QList<Group>& groups);
    static HttpResponse v7AccountGroups(const QList<Group>& groups);

    // Error bodies in each form the API uses.
    static HttpResponse v6Error(int status, const QString& message); // {"errorMessage"}
    static HttpResponse v7Problem(int status, const QString& title, const QString& detail = {},
                                  const QList<QPair<QString, QString>>& fieldErrors = {}); // problem+json
    static HttpResponse v7Unauthorized(const QString& description);      // {"error","error_description"}
    static HttpResponse springError(int status, const QString& message); // {"timestamp",...,"message"}
    static HttpResponse html(int status, const QString& title);          // an nginx-style page
    static HttpResponse text(int status, const QByteArray& body);        // text/plain
    static HttpResponse empty(int status);                               // no body at all
    // `status` (301/302/303/307/308) with a Location header.
    static HttpResponse redirect(int status, const QByteArray& location);

    // ---- Modifiers (return a changed copy) ----------------------------------------------------
    static HttpResponse withHeader(HttpResponse response, const QByteArray& name, const QByteArray& value);
    // X-Organization-Rate-Limit-{Limit,Remaining,Reset}; reset as UTC epoch seconds.
    static HttpResponse withOrgRateLimit(HttpResponse response, int limit, int remaining, qint64 resetEpoch);
    // X-Dashboard-Snapshot-Rate-Limit-{Limit,Remaining,Reset}; reset as seconds remaining.
    static HttpResponse withSnapshotRateLimit(HttpResponse response, int limit, int remaining,
                                              qint64 resetSeconds);
    // Retry-After: delta-seconds ("5") or an HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT").
    static HttpResponse withRetryAfter(HttpResponse response, const QByteArray& value);
    // Waits `ms` before writing anything.
    static HttpResponse delayed(HttpResponse response, int ms);
    // Sends the head and `bytes` of the body, then closes the connection.
    static HttpResponse truncatedAt(HttpResponse response, qint64 bytes);
    // Sends the head and `bytes` of the body, then resets the connection (TCP RST).
    static HttpResponse resetAt(HttpResponse response, qint64 bytes);
    // Reads the whole request, then closes the connection without a byte of answer.
    static HttpResponse closedWithoutAnswer();
    // Sends the head at once, then the body 4 bytes every `intervalMs`.
    static HttpResponse dripping(HttpResponse response, int intervalMs);

signals:
    // After recording, before answering.
    void requestReceived(const snapshotdesk::HttpRequest& request);

private:
    HttpResponse answer(const HttpRequest& request);

    LoopbackHttpServer m_http;
    bool m_listening = false;
    QList<HttpRequest> m_requests;
    QHash<QByteArray, Handler> m_defaults;
    QHash<QByteArray, QQueue<HttpResponse>> m_queues;
    Handler m_fallback;
};

} // namespace snapshotdesk
