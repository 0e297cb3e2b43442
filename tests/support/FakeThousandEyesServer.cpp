#include "FakeThousandEyesServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

#include <memory>

namespace snapshotdesk {

FakeThousandEyesServer::FakeThousandEyesServer(QObject* parent)
    : QObject(parent)
{
    m_http.setHandler([this](const HttpRequest& request) { return answer(request); });
    m_listening = m_http.listen(0);
}

FakeThousandEyesServer::~FakeThousandEyesServer() = default;

quint16 FakeThousandEyesServer::port() const
{
    return m_http.port();
}

QUrl FakeThousandEyesServer::baseUrl(const QString& prefix, const QString& host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port());
    url.setPath(prefix);
    return url;
}

QByteArray FakeThousandEyesServer::url(const QByteArray& pathAndQuery, const QString& host) const
{
    return baseUrl({}, host).toEncoded() + pathAndQuery;
}

void FakeThousandEyesServer::on(const QByteArray& path, const HttpResponse& response)
{
    m_defaults.insert(path, [response](const HttpRequest&) { return response; });
}

void FakeThousandEyesServer::on(const QByteArray& path, Handler handler)
{
    m_defaults.insert(path, std::move(handler));
}

void FakeThousandEyesServer::enqueue(const QByteArray& path, const HttpResponse& response)
{
    m_queues[path].enqueue(response);
}

void FakeThousandEyesServer::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

void FakeThousandEyesServer::clearScript()
{
    m_defaults.clear();
    m_queues.clear();
    m_fallback = nullptr;
}

int FakeThousandEyesServer::queuedCount(const QByteArray& path) const
{
    const auto it = m_queues.constFind(path);
    return it == m_queues.cend() ? 0 : static_cast<int>(it->size());
}

HttpResponse FakeThousandEyesServer::answer(const HttpRequest& request)
{
    m_requests.append(request);
    emit requestReceived(request);
    const QByteArray path = request.path();
    if (auto it = m_queues.find(path); it != m_queues.end() && !it->isEmpty())
        return it->dequeue();
    if (const auto it = m_defaults.constFind(path); it != m_defaults.cend())
        return (*it)(request);
    if (m_fallback)
        return m_fallback(request);
    return v7Problem(404, QStringLiteral("Not Found"),
                     QStringLiteral("FakeThousandEyesServer: nothing scripted for %1 %2")
                         .arg(QString::fromLatin1(request.method), QString::fromLatin1(path)));
}

void FakeThousandEyesServer::scriptTenant(ApiVersion version, const Clock* clock)
{
    const Clock* time = clock ? clock : &Clock::system();
    const QByteArray prefix = version == ApiVersion::V6 ? QByteArrayLiteral("/v6") : QByteArrayLiteral("/v7");
    auto remaining = std::make_shared<int>(240);
    // Every answer carries the organisation window, counting down like the real API.
    const auto limited = [remaining, time](HttpResponse response) {
        *remaining = std::max(0, *remaining - 1);
        return withOrgRateLimit(std::move(response), 240, *remaining, time->now().toSecsSinceEpoch() + 60);
    };
    const QList<Group> groups{{QStringLiteral("75"), QStringLiteral("API Sandbox")},
                              {QStringLiteral("1234"), QStringLiteral("Operations")}};
    const QList<Source> sources{{QStringLiteral("2"), QStringLiteral("Network Overview"), true},
                                {QStringLiteral("17"), QStringLiteral("WAN"), false}};
    if (version == ApiVersion::V6) {
        on(prefix + "/account-groups", [=](const HttpRequest&) { return limited(v6AccountGroups(groups)); });
        on(prefix + "/reports", [=](const HttpRequest&) { return limited(v6Reports(sources)); });
        auto next = std::make_shared<int>(1000);
        on(prefix + "/report-snapshots/create",
           [=](const HttpRequest&) { return limited(v6Created(QByteArray::number((*next)++))); });
    } else {
        on(prefix + "/account-groups", [=](const HttpRequest&) { return limited(v7AccountGroups(groups)); });
        on(prefix + "/dashboards", [=](const HttpRequest&) { return limited(v7Dashboards(sources)); });
        auto next = std::make_shared<int>(1);
        auto snapshotsLeft = std::make_shared<int>(100);
        on(prefix + "/dashboard-snapshots", [=, this](const HttpRequest&) {
            const QByteArray id = QByteArrayLiteral("5f1c2d3e-0000-4000-8000-") +
                                  QByteArray::number((*next)++).rightJustified(12, '0');
            *snapshotsLeft = std::max(0, *snapshotsLeft - 1);
            return withSnapshotRateLimit(limited(v7Created(id, url(prefix + "/dashboard-snapshots/" + id))),
                                         100, *snapshotsLeft, 3600);
        });
    }
}

QList<HttpRequest> FakeThousandEyesServer::requests(const QByteArray& path) const
{
    QList<HttpRequest> matching;
    for (const HttpRequest& request : m_requests) {
        if (request.path() == path)
            matching.append(request);
    }
    return matching;
}

int FakeThousandEyesServer::requestCount(const QByteArray& path) const
{
    return static_cast<int>(requests(path).size());
}

HttpRequest FakeThousandEyesServer::lastRequest() const
{
    return m_requests.isEmpty() ? HttpRequest() : m_requests.constLast();
}

QList<HttpRequest> FakeThousandEyesServer::takeRequests()
{
    return std::exchange(m_requests, {});
}

bool FakeThousandEyesServer::waitForRequests(int count, int timeoutMs)
{
    return QTest::qWaitFor([this, count] { return requestCount() >= count; }, timeoutMs);
}

// ---- Canned answers ------------------------------------------------------------------------------

HttpResponse FakeThousandEyesServer::json(int status, const QJsonObject& body, const QByteArray& contentType)
{
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact), contentType);
}

HttpResponse FakeThousandEyesServer::json(int status, const QJsonArray& body, const QByteArray& contentType)
{
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact), contentType);
}

HttpResponse FakeThousandEyesServer::v6Created(const QByteArray& snapshotId)
{
    return json(200, QJsonObject{{QStringLiteral("snapshotId"), QString::fromUtf8(snapshotId)}},
                "application/json;charset=UTF-8");
}

HttpResponse FakeThousandEyesServer::v7Created(const QByteArray& snapshotId, const QByteArray& location,
                                               const QByteArray& appLink)
{
    QJsonObject links;
    if (!location.isEmpty())
        links.insert(QStringLiteral("self"),
                     QJsonObject{{QStringLiteral("href"), QString::fromUtf8(location)}});
    if (!appLink.isEmpty())
        links.insert(QStringLiteral("appLink"),
                     QJsonObject{{QStringLiteral("href"), QString::fromUtf8(appLink)}});
    QJsonObject body{{QStringLiteral("snapshotId"), QString::fromUtf8(snapshotId)}};
    if (!links.isEmpty())
        body.insert(QStringLiteral("_links"), links);
    HttpResponse response = json(201, body, "application/hal+json");
    if (!location.isEmpty())
        response.headers.append({"Location", location});
    return response;
}

HttpResponse FakeThousandEyesServer::v6Reports(const QList<Source>& reports)
{
    QJsonArray list;
    for (const Source& source : reports) {
        list.append(QJsonObject{
            {QStringLiteral("reportId"), source.id},
            {QStringLiteral("reportName"), source.name},
            {QStringLiteral("builtIn"), source.builtIn ? 1 : 0},
            {QStringLiteral("apiLinks"), QJsonArray{}},
        });
    }
    return json(200, QJsonObject{{QStringLiteral("reports"), list}});
}

HttpResponse FakeThousandEyesServer::v7Dashboards(const QList<Source>& dashboards)
{
    QJsonArray list;
    for (const Source& source : dashboards) {
        list.append(QJsonObject{
            {QStringLiteral("dashboardId"), source.id},
            {QStringLiteral("title"), source.name},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("isBuiltIn"), source.builtIn},
            {QStringLiteral("isPrivate"), false},
            {QStringLiteral("isDefaultForUser"), false},
        });
    }
    return json(200, list, "application/hal+json");
}

HttpResponse FakeThousandEyesServer::v6AccountGroups(const QList<Group>& groups)
{
    QJsonArray list;
    bool first = true;
    for (const Group& group : groups) {
        list.append(QJsonObject{
            {QStringLiteral("accountGroupName"), group.name},
            {QStringLiteral("aid"), group.aid.toLongLong()},
            {QStringLiteral("current"), first ? 1 : 0},
            {QStringLiteral("default"), first ? 1 : 0},
            {QStringLiteral("organizationName"), QStringLiteral("Example Org")},
        });
        first = false;
    }
    return json(200, QJsonObject{{QStringLiteral("accountGroups"), list}});
}

HttpResponse FakeThousandEyesServer::v7AccountGroups(const QList<Group>& groups)
{
    QJsonArray list;
    bool first = true;
    for (const Group& group : groups) {
        list.append(QJsonObject{
            {QStringLiteral("aid"), group.aid},
            {QStringLiteral("accountGroupName"), group.name},
            {QStringLiteral("isCurrentAccountGroup"), first},
            {QStringLiteral("isDefaultAccountGroup"), first},
            {QStringLiteral("organizationName"), QStringLiteral("Example Org")},
        });
        first = false;
    }
    return json(200, QJsonObject{{QStringLiteral("accountGroups"), list}}, "application/hal+json");
}

HttpResponse FakeThousandEyesServer::v6Error(int status, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("errorMessage"), message}});
}

HttpResponse FakeThousandEyesServer::v7Problem(int status, const QString& title, const QString& detail,
                                               const QList<QPair<QString, QString>>& fieldErrors)
{
    QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("about:blank")},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), status},
        {QStringLiteral("instance"), QStringLiteral("/v7/dashboard-snapshots")},
    };
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    if (!fieldErrors.isEmpty()) {
        QJsonArray errors;
        for (const auto& [field, message] : fieldErrors) {
            errors.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("INVALID")},
                                      {QStringLiteral("field"), field},
                                      {QStringLiteral("message"), message}});
        }
        body.insert(QStringLiteral("errors"), errors);
    }
    return json(status, body, "application/problem+json");
}

HttpResponse FakeThousandEyesServer::v7Unauthorized(const QString& description)
{
    return json(401, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_token")},
                                 {QStringLiteral("error_description"), description}});
}

HttpResponse FakeThousandEyesServer::springError(int status, const QString& message)
{
    return json(status, QJsonObject{
                            {QStringLiteral("timestamp"), QStringLiteral("2026-06-15T12:00:00.000+00:00")},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("error"), QStringLiteral("Bad Request")},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("path"), QStringLiteral("/v7/dashboard-snapshots")},
                        });
}

HttpResponse FakeThousandEyesServer::html(int status, const QString& title)
{
    const QByteArray t = title.toHtmlEscaped().toUtf8();
    return HttpResponse::json(status,
                              "<html>\r\n<head><title>" + t + "</title></head>\r\n<body>\r\n<center><h1>" +
                                  t +
                                  "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                              "text/html");
}

HttpResponse FakeThousandEyesServer::text(int status, const QByteArray& body)
{
    return HttpResponse::json(status, body, "text/plain; charset=utf-8");
}

HttpResponse FakeThousandEyesServer::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

HttpResponse FakeThousandEyesServer::redirect(int status, const QByteArray& location)
{
    HttpResponse response = empty(status);
    response.headers.append({"Location", location});
    return response;
}

// ---- Modifiers -----------------------------------------------------------------------------------

HttpResponse FakeThousandEyesServer::withHeader(HttpResponse response, const QByteArray& name,
                                                const QByteArray& value)
{
    response.headers.append({name, value});
    return response;
}

HttpResponse FakeThousandEyesServer::withOrgRateLimit(HttpResponse response, int limit, int remaining,
                                                      qint64 resetEpoch)
{
    response.headers.append({"X-Organization-Rate-Limit-Limit", QByteArray::number(limit)});
    response.headers.append({"X-Organization-Rate-Limit-Remaining", QByteArray::number(remaining)});
    response.headers.append({"X-Organization-Rate-Limit-Reset", QByteArray::number(resetEpoch)});
    return response;
}

HttpResponse FakeThousandEyesServer::withSnapshotRateLimit(HttpResponse response, int limit, int remaining,
                                                           qint64 resetSeconds)
{
    response.headers.append({"X-Dashboard-Snapshot-Rate-Limit-Limit", QByteArray::number(limit)});
    response.headers.append({"X-Dashboard-Snapshot-Rate-Limit-Remaining", QByteArray::number(remaining)});
    response.headers.append({"X-Dashboard-Snapshot-Rate-Limit-Reset", QByteArray::number(resetSeconds)});
    return response;
}

HttpResponse FakeThousandEyesServer::withRetryAfter(HttpResponse response, const QByteArray& value)
{
    return withHeader(std::move(response), "Retry-After", value);
}

HttpResponse FakeThousandEyesServer::delayed(HttpResponse response, int ms)
{
    response.delayMs = ms;
    return response;
}

HttpResponse FakeThousandEyesServer::truncatedAt(HttpResponse response, qint64 bytes)
{
    response.truncateBodyAt = bytes;
    return response;
}

HttpResponse FakeThousandEyesServer::resetAt(HttpResponse response, qint64 bytes)
{
    response.truncateBodyAt = bytes;
    response.resetAfter = true;
    return response;
}

HttpResponse FakeThousandEyesServer::closedWithoutAnswer()
{
    // A raw answer cut at its first byte: nothing is written, then the connection is closed.
    HttpResponse response;
    response.raw = "-";
    response.truncateBodyAt = 0;
    return response;
}

HttpResponse FakeThousandEyesServer::dripping(HttpResponse response, int intervalMs)
{
    response.dripIntervalMs = intervalMs;
    return response;
}

} // namespace snapshotdesk
