#include "FakeSnapshotCatalog.h"

#include "core/SnapshotRequest.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

namespace snapshotdesk {

namespace {

QDateTime parseDate(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    // v6 writes "2026-05-16 10:14:28", which Qt's ISO parsing also takes, as local time: it is UTC,
    // as the API means it (under TZ=Europe/Berlin the snapshot was an hour off its request).
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        parsed.setTimeZone(QTimeZone::utc());
    }
    return parsed.toUTC();
}

} // namespace

FakeSnapshotCatalog::FakeSnapshotCatalog(FakeThousandEyesServer& server, ApiVersion version,
                                         const Clock& clock)
    : m_server(server)
    , m_version(version)
    , m_clock(clock)
    , m_prefix(version == ApiVersion::V6 ? QByteArrayLiteral("/v6") : QByteArrayLiteral("/v7"))
{}

void FakeSnapshotCatalog::install()
{
    if (m_version == ApiVersion::V6) {
        m_server.on(m_prefix + "/report-snapshots/create",
                    [this](const HttpRequest& r) { return create(r); });
        m_server.on(m_prefix + "/report-snapshots", [this](const HttpRequest& r) { return list(r); });
    } else {
        m_server.on(m_prefix + "/dashboard-snapshots",
                    [this](const HttpRequest& r) { return r.method == "POST" ? create(r) : list(r); });
    }
    m_server.setFallback([this](const HttpRequest& r) { return perSnapshot(r); });
}

QString FakeSnapshotCatalog::addExisting(const QString& name, const QString& sourceId, const QString& aid)
{
    Entry entry;
    entry.id = m_version == ApiVersion::V6
                   ? QString::number(5000 + m_next++)
                   : QStringLiteral("a0a0a0a0-0000-4000-8000-%1").arg(m_next++, 12, 10, QLatin1Char('0'));
    entry.name = name;
    entry.sourceId = sourceId;
    entry.sourceName = QStringLiteral("Source %1").arg(sourceId);
    entry.aid = aid;
    entry.created = m_clock.now().addDays(-3);
    entry.from = entry.created.addDays(-1);
    entry.to = entry.created;
    if (m_version == ApiVersion::V7)
        entry.expires = entry.created.addYears(1);
    m_entries.append(entry);
    return entry.id;
}

bool FakeSnapshotCatalog::contains(const QString& id) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&id](const Entry& e) { return e.id == id; });
}

void FakeSnapshotCatalog::enforceOrgLimit(int limit, int remaining, int windowSecs)
{
    m_enforceOrg = true;
    m_orgLimit = limit;
    m_orgRefill = remaining;
    m_orgRemaining = remaining;
    m_windowSecs = windowSecs;
    m_orgReset = m_clock.now().addSecs(windowSecs);
}

void FakeSnapshotCatalog::setSnapshotWindow(int limit, int remaining, int resetSecs)
{
    m_snapshotWindow = true;
    m_snapshotLimit = limit;
    m_snapshotRemaining = remaining;
    m_snapshotReset = m_clock.now().addSecs(resetSecs);
}

void FakeSnapshotCatalog::failNextCreate(const QString& sourceId, int status)
{
    m_createFailures[sourceId].enqueue(status);
}

void FakeSnapshotCatalog::forceStatusFor(const QString& id, int status)
{
    m_forced.insert(id, status);
}

HttpResponse FakeSnapshotCatalog::error(int status, const QString& message) const
{
    return m_version == ApiVersion::V6 ? FakeThousandEyesServer::v6Error(status, message)
                                       : FakeThousandEyesServer::v7Problem(status, message);
}

HttpResponse FakeSnapshotCatalog::limited(HttpResponse response)
{
    if (!m_enforceOrg)
        return response;
    const QDateTime now = m_clock.now();
    if (now >= m_orgReset) {
        m_orgRemaining = m_orgRefill;
        m_orgReset = now.addSecs(m_windowSecs);
    }
    if (m_orgRemaining == 0) {
        ++rejectedForRateLimit;
        response = error(429, QStringLiteral("Rate limit exceeded"));
    } else {
        --m_orgRemaining;
    }
    return FakeThousandEyesServer::withOrgRateLimit(std::move(response), m_orgLimit, m_orgRemaining,
                                                    m_orgReset.toSecsSinceEpoch());
}

void FakeSnapshotCatalog::loseNextAnswer(const QString& sourceId, LostAnswer how, bool made)
{
    m_lostAnswers[sourceId].enqueue({how, made});
}

HttpResponse FakeSnapshotCatalog::create(const HttpRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString sourceId = body.value(m_version == ApiVersion::V6 ? QLatin1StringView("reportId")
                                                                    : QLatin1StringView("dashboardId"))
                                 .toString();
    const auto lost = m_lostAnswers.find(sourceId);
    if (request.method != "POST" || lost == m_lostAnswers.end() || lost->isEmpty())
        return createAnswer(request);
    const auto [how, made] = lost->dequeue();
    HttpResponse answer;
    if (made) {
        answer = createAnswer(request);
    } else {
        createAttempts.append(sourceId);
        answer = error(500, QStringLiteral("never sent"));
    }
    return how == LostAnswer::Closed ? FakeThousandEyesServer::closedWithoutAnswer()
                                     : FakeThousandEyesServer::delayed(answer, 60'000);
}

HttpResponse FakeSnapshotCatalog::createAnswer(const HttpRequest& request)
{
    if (request.method != "POST")
        return limited(error(405, QStringLiteral("Method not allowed")));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool v6 = m_version == ApiVersion::V6;
    Entry entry;
    entry.sourceId =
        body.value(v6 ? QLatin1StringView("reportId") : QLatin1StringView("dashboardId")).toString();
    entry.name = body.value(QLatin1StringView("displayName")).toString();
    entry.from =
        parseDate(body.value(v6 ? QLatin1StringView("from") : QLatin1StringView("startDate")).toString());
    entry.to = parseDate(body.value(v6 ? QLatin1StringView("to") : QLatin1StringView("endDate")).toString());
    entry.aid = QUrlQuery(QString::fromLatin1(request.query())).queryItemValue(QStringLiteral("aid"));
    entry.sourceName = QStringLiteral("Source %1").arg(entry.sourceId);
    entry.created = m_clock.now();
    createAttempts.append(entry.sourceId);

    if (m_enforceOrg) {
        // Counted before the create itself, as the real API does.
        const QDateTime now = m_clock.now();
        if (now >= m_orgReset) {
            m_orgRemaining = m_orgRefill;
            m_orgReset = now.addSecs(m_windowSecs);
        }
        if (m_orgRemaining == 0)
            return limited(FakeThousandEyesServer::empty(429));
    }
    const auto withWindow = [this](HttpResponse response) {
        if (!m_snapshotWindow)
            return response;
        return FakeThousandEyesServer::withSnapshotRateLimit(
            std::move(response), m_snapshotLimit, m_snapshotRemaining,
            std::max<qint64>(0, m_clock.now().secsTo(m_snapshotReset)));
    };
    if (auto it = m_createFailures.find(entry.sourceId); it != m_createFailures.end() && !it->isEmpty())
        return withWindow(limited(error(it->dequeue(), QStringLiteral("Injected failure"))));
    if (!v6 && m_snapshotWindow) {
        if (m_clock.now() >= m_snapshotReset) {
            m_snapshotRemaining = m_snapshotLimit;
            m_snapshotReset = m_clock.now().addSecs(3600);
        }
        if (m_snapshotRemaining == 0)
            return withWindow(limited(error(429, QStringLiteral("Snapshot limit reached"))));
        --m_snapshotRemaining;
    }
    if (v6) {
        entry.id = QString::number(7000 + m_next++);
        m_entries.append(entry);
        return limited(FakeThousandEyesServer::v6Created(entry.id.toUtf8()));
    }
    entry.id = QStringLiteral("5f1c2d3e-0000-4000-8000-%1").arg(m_next++, 12, 10, QLatin1Char('0'));
    entry.expires = entry.created.addYears(1);
    m_entries.append(entry);
    const QByteArray id = entry.id.toUtf8();
    return withWindow(limited(
        FakeThousandEyesServer::v7Created(id, m_server.url(m_prefix + "/dashboard-snapshots/" + id),
                                          "https://app.thousandeyes.com/dashboard/?snapshotId=" + id)));
}

QJsonObject FakeSnapshotCatalog::toJson(const Entry& e) const
{
    if (m_version == ApiVersion::V6) {
        return QJsonObject{
            {QStringLiteral("snapshotId"), e.id.toLongLong()},
            {QStringLiteral("snapshotName"), e.name},
            {QStringLiteral("createdDate"), formatV6DateTime(e.created)},
            {QStringLiteral("scheduled"), 0},
            {QStringLiteral("shared"), 1},
            {QStringLiteral("report"), QJsonObject{{QStringLiteral("reportId"), e.sourceId},
                                                   {QStringLiteral("reportName"), e.sourceName},
                                                   {QStringLiteral("builtIn"), 0}}},
            {QStringLiteral("timeSpan"), QJsonObject{{QStringLiteral("startDate"), formatV6DateTime(e.from)},
                                                     {QStringLiteral("duration"), e.from.secsTo(e.to)}}},
            {QStringLiteral("permalink"),
             QStringLiteral("https://app.thousandeyes.com/reports/snapshots/%1?__a=%2").arg(e.id, e.aid)},
        };
    }
    return QJsonObject{
        {QStringLiteral("snapshotId"), e.id},
        {QStringLiteral("snapshotName"), e.name},
        {QStringLiteral("aid"), e.aid},
        {QStringLiteral("isShared"), false},
        {QStringLiteral("isScheduled"), false},
        {QStringLiteral("snapshotCreatedDate"), formatV7DateTime(e.created)},
        {QStringLiteral("snapshotExpirationDate"), formatV7DateTime(e.expires)},
        {QStringLiteral("dashboard"),
         QJsonObject{{QStringLiteral("dashboardId"), e.sourceId}, {QStringLiteral("title"), e.sourceName}}},
        {QStringLiteral("timeSpan"), QJsonObject{{QStringLiteral("start"), formatV7DateTime(e.from)},
                                                 {QStringLiteral("duration"), e.from.secsTo(e.to)}}},
        {QStringLiteral("_links"),
         QJsonObject{
             {QStringLiteral("appLink"),
              QJsonObject{
                  {QStringLiteral("href"),
                   QStringLiteral("https://app.thousandeyes.com/dashboard/?snapshotId=%1").arg(e.id)}}},
             {QStringLiteral("self"),
              QJsonObject{
                  {QStringLiteral("href"),
                   QString::fromUtf8(m_server.url(m_prefix + "/dashboard-snapshots/" + e.id.toUtf8()))}}}}},
    };
}

HttpResponse FakeSnapshotCatalog::list(const HttpRequest& request)
{
    if (request.method != "GET")
        return limited(error(405, QStringLiteral("Method not allowed")));
    if (failNextLists > 0) {
        --failNextLists;
        return error(500, QStringLiteral("Injected list failure"));
    }
    const QUrlQuery query(QString::fromLatin1(request.query()));
    const QString aid = query.queryItemValue(QStringLiteral("aid"));
    QList<Entry> visible;
    for (const Entry& e : std::as_const(m_entries)) {
        if (aid.isEmpty() || e.aid.isEmpty() || e.aid == aid)
            visible.append(e);
    }
    QJsonArray items;
    if (m_version == ApiVersion::V6) {
        for (const Entry& e : std::as_const(visible))
            items.append(toJson(e));
        return limited(
            FakeThousandEyesServer::json(200, QJsonObject{{QStringLiteral("reportSnapshots"), items}}));
    }
    const qsizetype offset = query.queryItemValue(QStringLiteral("cursor")).toLongLong();
    const qsizetype end = std::min<qsizetype>(visible.size(), offset + pageSize);
    for (qsizetype i = offset; i < end; ++i)
        items.append(toJson(visible.at(i)));
    QJsonObject links{
        {QStringLiteral("self"),
         QJsonObject{{QStringLiteral("href"), QString::fromUtf8(m_server.url(request.target))}}}};
    if (end < visible.size()) {
        QByteArray next = m_prefix + "/dashboard-snapshots?cursor=" + QByteArray::number(end);
        if (!aid.isEmpty())
            next += "&aid=" + aid.toUtf8();
        links.insert(QStringLiteral("next"),
                     QJsonObject{{QStringLiteral("href"), QString::fromUtf8(m_server.url(next))}});
    }
    return limited(FakeThousandEyesServer::json(
        200, QJsonObject{{QStringLiteral("dashboardSnapshots"), items}, {QStringLiteral("_links"), links}},
        "application/hal+json"));
}

HttpResponse FakeSnapshotCatalog::perSnapshot(const HttpRequest& request)
{
    QByteArray path = request.path();
    const QByteArray base =
        m_prefix + (m_version == ApiVersion::V6 ? QByteArrayLiteral("/report-snapshots/")
                                                : QByteArrayLiteral("/dashboard-snapshots/"));
    if (!path.startsWith(base))
        return limited(error(404, QStringLiteral("No such endpoint")));
    path = path.mid(base.size());
    bool isDelete = false;
    bool isPatch = false;
    if (m_version == ApiVersion::V6) {
        if (!path.endsWith("/delete") || request.method != "POST")
            return limited(error(405, QStringLiteral("Method not allowed")));
        path.chop(7);
        isDelete = true;
    } else {
        isDelete = request.method == "DELETE";
        isPatch = request.method == "PATCH";
        if (!isDelete && !isPatch)
            return limited(error(405, QStringLiteral("Method not allowed")));
    }
    const QString id = QString::fromUtf8(path);
    if (const auto it = m_forced.constFind(id); it != m_forced.cend())
        return limited(error(*it, QStringLiteral("Forced answer")));
    const auto entry =
        std::find_if(m_entries.begin(), m_entries.end(), [&id](const Entry& e) { return e.id == id; });
    if (entry == m_entries.end())
        return limited(error(404, QStringLiteral("Snapshot not found")));
    if (isDelete) {
        m_entries.erase(entry);
        return limited(FakeThousandEyesServer::empty(204));
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QDateTime expires = QDateTime::fromString(
        body.value(QLatin1StringView("snapshotExpirationDate")).toString(), Qt::ISODate);
    if (!expires.isValid())
        return limited(error(400, QStringLiteral("snapshotExpirationDate is required")));
    entry->expires = expires.toUTC();
    return limited(FakeThousandEyesServer::empty(204));
}

} // namespace snapshotdesk
