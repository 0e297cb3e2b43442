#include "demo/DemoServer.h"

#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace snapshotdesk {

namespace {

struct DemoGroup
{
    int aid;
    const char* name;
    bool isDefault;
};

constexpr DemoGroup kGroups[] = {
    {1'234, "Network Operations", true},
    {1'235, "Europe Region", false},
    {1'236, "Cloud Platform", false},
};

struct DemoSource
{
    const char* v6Id;
    const char* v7Id;
    const char* name;
    bool builtIn;
};

constexpr DemoSource kSources[] = {
    {"1", "646f4d2ce3c99b0536c38201", "Network Overview", true},
    {"2", "646f4d2ce3c99b0536c38202", "Web Application Health", true},
    {"3", "646f4d2ce3c99b0536c38203", "BGP Route Changes", true},
    {"4", "646f4d2ce3c99b0536c38204", "DNS Resolution Times", true},
    {"17", "646f4d2ce3c99b0536c38211", "Customer Portal SLA", false},
    {"18", "646f4d2ce3c99b0536c38212", "Branch Offices – Latency", false},
    {"19", "646f4d2ce3c99b0536c38213", "SaaS: Microsoft 365", false},
    {"20", "646f4d2ce3c99b0536c38214", "SaaS: Salesforce", false},
    {"21", "646f4d2ce3c99b0536c38215", "Data Center Interconnect", false},
    {"22", "646f4d2ce3c99b0536c38216", "VPN Gateways", false},
    {"23", "646f4d2ce3c99b0536c38217", "Payment API Availability", false},
    {"24", "646f4d2ce3c99b0536c38218", "Weekly Executive Summary", false},
};

QByteArray jsonBytes(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

HttpResponse problem(int status, const QString& title, const QString& detail, bool v7)
{
    if (v7)
        return HttpResponse::json(
            status,
            jsonBytes(QJsonObject{{QStringLiteral("type"), QStringLiteral("about:blank")},
                                  {QStringLiteral("title"), title},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("detail"), detail}}),
            "application/problem+json");
    return HttpResponse::json(status, jsonBytes(QJsonObject{{QStringLiteral("errorMessage"), detail}}));
}

} // namespace

DemoServer::DemoServer(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_server.setHandler([this](const HttpRequest& request) { return handle(request); });
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(quint16 port)
{
    if (!m_server.listen(port))
        return false;
    qCInfo(lcDemo) << "demo API listening on 127.0.0.1 port" << m_server.port();
    return true;
}

QUrl DemoServer::baseUrl(const QString& version) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.port()).arg(version));
}

void DemoServer::rollWindows()
{
    const QDateTime now = m_clock.now();
    if (!m_orgReset.isValid() || now >= m_orgReset) {
        m_orgRemaining = kOrgLimit;
        // The organisation window rolls over on the minute, like the real API.
        const qint64 epoch = now.toSecsSinceEpoch();
        m_orgReset = QDateTime::fromSecsSinceEpoch(epoch - epoch % 60 + 60, Qt::UTC);
    }
    if (!m_snapshotReset.isValid() || now >= m_snapshotReset) {
        m_snapshotRemaining = kSnapshotLimit;
        m_snapshotReset = now.addSecs(3600);
    }
}

HttpResponse DemoServer::withRateHeaders(HttpResponse response, bool snapshotWindow)
{
    const QDateTime now = m_clock.now();
    response.headers.emplaceBack("X-Organization-Rate-Limit-Limit", QByteArray::number(kOrgLimit));
    response.headers.emplaceBack("X-Organization-Rate-Limit-Remaining", QByteArray::number(m_orgRemaining));
    response.headers.emplaceBack("X-Organization-Rate-Limit-Reset",
                                 QByteArray::number(m_orgReset.toSecsSinceEpoch()));
    if (snapshotWindow) {
        response.headers.emplaceBack("X-Dashboard-Snapshot-Rate-Limit-Limit",
                                     QByteArray::number(kSnapshotLimit));
        response.headers.emplaceBack("X-Dashboard-Snapshot-Rate-Limit-Remaining",
                                     QByteArray::number(m_snapshotRemaining));
        response.headers.emplaceBack(
            "X-Dashboard-Snapshot-Rate-Limit-Reset",
            QByteArray::number(m_snapshotRemaining > 0 ? 0 : now.secsTo(m_snapshotReset)));
    }
    return response;
}

HttpResponse DemoServer::handle(const HttpRequest& request)
{
    rollWindows();
    const QByteArray path = request.path();
    const bool v7 = path.startsWith("/v7/");
    const bool api = v7 || path.startsWith("/v6/");

    if (!api && request.method == "GET") {
        // What "Open in browser" shows for a demo snapshot.
        const QString id =
            QUrlQuery(QString::fromUtf8(request.query())).queryItemValue(QStringLiteral("snapshotId"));
        const QString shown = id.isEmpty() ? QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1)) : id;
        HttpResponse page;
        page.headers.emplaceBack("Content-Type", "text/html; charset=utf-8");
        page.body =
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Snapshot Desk demo</title></head>"
            "<body style=\"font-family:sans-serif;margin:3em\"><h1>Demo snapshot</h1><p>Snapshot ID: <code>" +
            shown.toHtmlEscaped().toUtf8() +
            "</code></p><p>This page stands in for the ThousandEyes web app while Snapshot Desk runs "
            "its demo. Configure a real account in Settings to create real snapshots.</p></body></html>";
        return page;
    }
    if (!api)
        return problem(404, QStringLiteral("Not Found"), QStringLiteral("No such endpoint."), false);
    if (m_orgRemaining <= 0)
        return withRateHeaders(problem(429, QStringLiteral("Too Many Requests"),
                                       QStringLiteral("Organization rate limit exceeded."), v7),
                               false);
    --m_orgRemaining;

    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer ") && !(auth.startsWith("Basic ") && !v7))
        return withRateHeaders(
            v7 ? HttpResponse::json(401,
                                    R"({"error":"invalid_token","error_description":"Invalid access token"})")
               : problem(401, {}, QStringLiteral("Authentication failed."), false),
            false);

    const QByteArray endpoint = path.mid(3);
    if (request.method == "GET" && endpoint == "/account-groups") {
        QJsonArray groups;
        for (const DemoGroup& g : kGroups) {
            QJsonObject group{{QStringLiteral("accountGroupName"), QString::fromUtf8(g.name)},
                              {QStringLiteral("organizationName"), QStringLiteral("Example Corp (demo)")}};
            if (v7) {
                group.insert(QStringLiteral("aid"), QString::number(g.aid));
                group.insert(QStringLiteral("isCurrentAccountGroup"), g.isDefault);
                group.insert(QStringLiteral("isDefaultAccountGroup"), g.isDefault);
            } else {
                group.insert(QStringLiteral("aid"), g.aid);
                group.insert(QStringLiteral("current"), g.isDefault ? 1 : 0);
                group.insert(QStringLiteral("default"), g.isDefault ? 1 : 0);
            }
            groups.append(group);
        }
        return withRateHeaders(
            HttpResponse::json(200, jsonBytes(QJsonObject{{QStringLiteral("accountGroups"), groups}}),
                               v7 ? "application/hal+json" : "application/json"),
            false);
    }
    if (request.method == "GET" && endpoint == (v7 ? "/dashboards" : "/reports")) {
        QJsonArray sources;
        for (const DemoSource& s : kSources) {
            if (v7)
                sources.append(QJsonObject{{QStringLiteral("dashboardId"), QString::fromUtf8(s.v7Id)},
                                           {QStringLiteral("title"), QString::fromUtf8(s.name)},
                                           {QStringLiteral("isBuiltIn"), s.builtIn},
                                           {QStringLiteral("isPrivate"), false},
                                           {QStringLiteral("isDefaultForUser"), false}});
            else
                sources.append(QJsonObject{{QStringLiteral("reportId"), QString::fromUtf8(s.v6Id)},
                                           {QStringLiteral("reportName"), QString::fromUtf8(s.name)},
                                           {QStringLiteral("builtIn"), s.builtIn ? 1 : 0}});
        }
        const QByteArray body =
            v7 ? jsonBytes(sources) : jsonBytes(QJsonObject{{QStringLiteral("reports"), sources}});
        return withRateHeaders(
            HttpResponse::json(200, body, v7 ? "application/hal+json" : "application/json"), false);
    }
    if (request.method == "POST" && !v7 && endpoint == "/report-snapshots/create")
        return createV6(request);
    if (request.method == "POST" && v7 && endpoint == "/dashboard-snapshots")
        return createV7(request);
    const QByteArray list = v7 ? "/dashboard-snapshots" : "/report-snapshots";
    if (request.method == "GET" && endpoint == list)
        return listSnapshots(request, v7);
    if (endpoint.startsWith(list + '/')) {
        QByteArray id = endpoint.mid(list.size() + 1);
        if (!v7 && request.method == "POST" && id.endsWith("/delete"))
            return changeSnapshot(request, v7, id.chopped(7));
        if (v7 && (request.method == "DELETE" || request.method == "PATCH"))
            return changeSnapshot(request, v7, id);
    }
    return withRateHeaders(problem(404, QStringLiteral("Not Found"), QStringLiteral("No such endpoint."), v7),
                           false);
}

HttpResponse DemoServer::createV6(const HttpRequest& request)
{
    ++m_createRequests;
    if (m_createRequests % kRateLimitEvery == 0) {
        HttpResponse limited = problem(429, {}, QStringLiteral("Rate limit exceeded (demo)."), false);
        limited.headers.emplaceBack("Retry-After", "5");
        return withRateHeaders(limited, false);
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    for (const char* field : {"displayName", "from", "to", "reportId"}) {
        if (!body.value(QLatin1StringView(field)).isString())
            return withRateHeaders(
                problem(400, {}, QStringLiteral("Missing or invalid field: %1").arg(QLatin1StringView(field)),
                        false),
                false);
    }
    ++m_created;
    const QString id = QString::number(m_nextV6Id++);
    remember(body, id, false,
             QUrlQuery(QString::fromUtf8(request.query())).queryItemValue(QStringLiteral("aid")));
    HttpResponse response = HttpResponse::json(
        200, jsonBytes(QJsonObject{{QStringLiteral("snapshotId"), id}}), "application/json;charset=UTF-8");
    response.delayMs = kCreateDelayMs;
    return withRateHeaders(response, false);
}

HttpResponse DemoServer::createV7(const HttpRequest& request)
{
    ++m_createRequests;
    if (m_createRequests % kRateLimitEvery == 0) {
        HttpResponse limited = problem(429, QStringLiteral("Too Many Requests"),
                                       QStringLiteral("Rate limit exceeded (demo)."), true);
        limited.headers.emplaceBack("Retry-After", "5");
        return withRateHeaders(limited, true);
    }
    if (m_snapshotRemaining <= 0)
        return withRateHeaders(problem(429, QStringLiteral("Too Many Requests"),
                                       QStringLiteral("Snapshot creation limit exceeded."), true),
                               true);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    for (const char* field : {"dashboardId", "displayName", "startDate", "endDate"}) {
        if (!body.value(QLatin1StringView(field)).isString())
            return withRateHeaders(
                problem(400, QStringLiteral("Bad Request"),
                        QStringLiteral("Missing or invalid field: %1").arg(QLatin1StringView(field)), true),
                true);
    }
    --m_snapshotRemaining;
    ++m_created;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    remember(body, id, true,
             QUrlQuery(QString::fromUtf8(request.query())).queryItemValue(QStringLiteral("aid")));
    const QString self =
        baseUrl(QStringLiteral("v7")).toString() + QStringLiteral("/dashboard-snapshots/") + id;
    const QString app = QStringLiteral("http://127.0.0.1:%1/dashboard/?snapshotId=%2").arg(port()).arg(id);
    HttpResponse response = HttpResponse::json(
        201,
        jsonBytes(QJsonObject{
            {QStringLiteral("snapshotId"), id},
            {QStringLiteral("_links"),
             QJsonObject{{QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), self}}},
                         {QStringLiteral("appLink"), QJsonObject{{QStringLiteral("href"), app}}}}}}),
        "application/hal+json");
    response.headers.emplaceBack("Location", self.toUtf8());
    response.delayMs = kCreateDelayMs;
    return withRateHeaders(response, true);
}

void DemoServer::remember(const QJsonObject& body, const QString& id, bool v7, const QString& aid)
{
    Stored stored;
    stored.id = id;
    stored.v7 = v7;
    stored.aid = aid.isEmpty() ? QString::number(kGroups[0].aid) : aid;
    stored.name = body.value(QStringLiteral("displayName")).toString();
    stored.sourceId = body.value(v7 ? QStringLiteral("dashboardId") : QStringLiteral("reportId")).toString();
    for (const DemoSource& s : kSources) {
        if (QString::fromUtf8(v7 ? s.v7Id : s.v6Id) == stored.sourceId)
            stored.sourceName = QString::fromUtf8(s.name);
    }
    const auto date = [&body](const char* key) {
        QDateTime at = QDateTime::fromString(body.value(QLatin1StringView(key)).toString(), Qt::ISODate);
        if (!at.isValid()) {
            at = QDateTime::fromString(body.value(QLatin1StringView(key)).toString(),
                                       QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            at.setTimeSpec(Qt::UTC);
        }
        return at.toUTC();
    };
    stored.from = date(v7 ? "startDate" : "from");
    stored.to = date(v7 ? "endDate" : "to");
    stored.created = m_clock.now();
    stored.expires = v7 ? (body.contains(QStringLiteral("expirationDate")) ? date("expirationDate")
                                                                           : stored.created.addYears(1))
                        : QDateTime();
    m_snapshots.append(stored);
}

HttpResponse DemoServer::listSnapshots(const HttpRequest& request, bool v7)
{
    QString aid = QUrlQuery(QString::fromUtf8(request.query())).queryItemValue(QStringLiteral("aid"));
    if (aid.isEmpty())
        aid = QString::number(kGroups[0].aid);
    QJsonArray items;
    for (const Stored& s : std::as_const(m_snapshots)) {
        if (s.v7 != v7 || s.aid != aid)
            continue;
        const qint64 duration = s.from.secsTo(s.to);
        if (v7) {
            const QString app =
                QStringLiteral("http://127.0.0.1:%1/dashboard/?snapshotId=%2").arg(port()).arg(s.id);
            items.append(QJsonObject{
                {QStringLiteral("snapshotId"), s.id},
                {QStringLiteral("snapshotName"), s.name},
                {QStringLiteral("aid"), s.aid},
                {QStringLiteral("isShared"), false},
                {QStringLiteral("isScheduled"), false},
                {QStringLiteral("snapshotCreatedDate"), s.created.toString(Qt::ISODate)},
                {QStringLiteral("snapshotExpirationDate"), s.expires.toString(Qt::ISODate)},
                {QStringLiteral("dashboard"), QJsonObject{{QStringLiteral("dashboardId"), s.sourceId},
                                                          {QStringLiteral("title"), s.sourceName}}},
                {QStringLiteral("timeSpan"),
                 QJsonObject{{QStringLiteral("start"), s.from.toString(Qt::ISODate)},
                             {QStringLiteral("duration"), duration}}},
                {QStringLiteral("_links"),
                 QJsonObject{{QStringLiteral("appLink"), QJsonObject{{QStringLiteral("href"), app}}}}},
            });
        } else {
            const QString link = QStringLiteral("http://127.0.0.1:%1/reports/snapshots/%2?__a=%3")
                                     .arg(port())
                                     .arg(s.id, s.aid);
            items.append(QJsonObject{
                {QStringLiteral("snapshotId"), s.id},
                {QStringLiteral("snapshotName"), s.name},
                {QStringLiteral("createdDate"), s.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
                {QStringLiteral("scheduled"), 0},
                {QStringLiteral("shared"), 0},
                {QStringLiteral("report"), QJsonObject{{QStringLiteral("reportId"), s.sourceId},
                                                       {QStringLiteral("reportName"), s.sourceName}}},
                {QStringLiteral("timeSpan"),
                 QJsonObject{
                     {QStringLiteral("startDate"), s.from.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
                     {QStringLiteral("duration"), duration}}},
                {QStringLiteral("permalink"), link},
            });
        }
    }
    const QJsonObject body = v7 ? QJsonObject{{QStringLiteral("dashboardSnapshots"), items},
                                              {QStringLiteral("_links"), QJsonObject{}}}
                                : QJsonObject{{QStringLiteral("reportSnapshots"), items}};
    return withRateHeaders(
        HttpResponse::json(200, jsonBytes(body), v7 ? "application/hal+json" : "application/json"), false);
}

HttpResponse DemoServer::changeSnapshot(const HttpRequest& request, bool v7, const QByteArray& id)
{
    const QString wanted = QString::fromUtf8(id);
    const auto it = std::find_if(m_snapshots.begin(), m_snapshots.end(),
                                 [&](const Stored& s) { return s.v7 == v7 && s.id == wanted; });
    if (it == m_snapshots.end())
        return withRateHeaders(
            problem(404, QStringLiteral("Not Found"), QStringLiteral("No such snapshot."), v7), false);
    if (request.method == "PATCH") {
        const QDateTime at = QDateTime::fromString(QJsonDocument::fromJson(request.body)
                                                       .object()
                                                       .value(QStringLiteral("snapshotExpirationDate"))
                                                       .toString(),
                                                   Qt::ISODate);
        if (!at.isValid())
            return withRateHeaders(problem(400, QStringLiteral("Bad Request"),
                                           QStringLiteral("snapshotExpirationDate must be an ISO date-time."),
                                           true),
                                   false);
        it->expires = at.toUTC();
    } else {
        m_snapshots.erase(it);
    }
    HttpResponse done;
    done.status = 204;
    return withRateHeaders(done, false);
}

} // namespace snapshotdesk
