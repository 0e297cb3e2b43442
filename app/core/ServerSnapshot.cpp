#include "core/ServerSnapshot.h"

#include "core/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace snapshotdesk {

namespace {

// Longer than any range the API accepts by far; a larger number is garbage, not a time span.
constexpr double kMaxDurationSeconds = 10.0 * 366 * 24 * 3600;

QUrl webLink(const QString& text)
{
    // Only links a browser may safely be sent to: a server answer must not make the app open
    // file:// or javascript: URLs.
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return {};
    return url;
}

QString href(const QJsonObject& links, QLatin1StringView name)
{
    return json::textField(links.value(name).toObject(), QLatin1StringView("href"));
}

void readTimeSpan(const QJsonObject& span, ServerSnapshot& snapshot)
{
    QString start = json::textField(span, QLatin1StringView("start"));
    if (start.isEmpty())
        start = json::textField(span, QLatin1StringView("startDate"));
    snapshot.from = ServerSnapshot::parseApiDateTime(start);
    const QJsonValue duration = span.value(QLatin1StringView("duration"));
    double seconds = -1;
    if (duration.isDouble())
        seconds = duration.toDouble();
    else if (duration.isString())
        seconds = duration.toString().toDouble();
    if (snapshot.from.isValid() && seconds >= 0 && seconds < kMaxDurationSeconds)
        snapshot.to = snapshot.from.addSecs(static_cast<qint64>(seconds));
    const QDateTime end = ServerSnapshot::parseApiDateTime(json::textField(span, QLatin1StringView("end")));
    if (end.isValid())
        snapshot.to = end;
}

Parsed<QJsonObject> objectBody(const QByteArray& body)
{
    Parsed<QJsonObject> result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = ServerSnapshot::tr("The server's answer is not a JSON object.");
        return result;
    }
    result.value = document.object();
    return result;
}

} // namespace

QDateTime ServerSnapshot::parseApiDateTime(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (parsed.isValid()) {
        // ISO without a zone is UTC here: both APIs work in UTC only.
        if (parsed.timeSpec() == Qt::LocalTime)
            parsed.setTimeZone(QTimeZone::utc());
        return parsed.toUTC();
    }
    parsed = QDateTime::fromString(trimmed, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!parsed.isValid())
        return {};
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

Parsed<QList<ServerSnapshot>> ServerSnapshot::fromV6List(const QByteArray& body)
{
    Parsed<QList<ServerSnapshot>> result;
    const Parsed<QJsonArray> list = json::arrayIn(body, QLatin1StringView("reportSnapshots"));
    if (!list.ok()) {
        result.error = list.error;
        return result;
    }
    for (const QJsonValue& value : list.value) {
        const QJsonObject item = value.toObject();
        ServerSnapshot snapshot;
        snapshot.id = json::idField(item, QLatin1StringView("snapshotId"));
        if (snapshot.id.isEmpty())
            continue;
        snapshot.name = json::textField(item, QLatin1StringView("snapshotName"));
        const QJsonObject report = item.value(QLatin1StringView("report")).toObject();
        snapshot.sourceId = json::idField(report, QLatin1StringView("reportId"));
        snapshot.sourceName = json::textField(report, QLatin1StringView("reportName"));
        snapshot.created = parseApiDateTime(json::textField(item, QLatin1StringView("createdDate")));
        snapshot.shared = json::flagField(item, QLatin1StringView("shared"));
        snapshot.scheduled = json::flagField(item, QLatin1StringView("scheduled"));
        readTimeSpan(item.value(QLatin1StringView("timeSpan")).toObject(), snapshot);
        snapshot.link = webLink(json::textField(item, QLatin1StringView("permalink")));
        result.value.append(std::move(snapshot));
    }
    return result;
}

Parsed<ServerSnapshot::Page> ServerSnapshot::fromV7Page(const QByteArray& body)
{
    Parsed<Page> result;
    const Parsed<QJsonObject> document = objectBody(body);
    if (!document.ok()) {
        result.error = document.error;
        return result;
    }
    const QJsonValue list = document.value.value(QLatin1StringView("dashboardSnapshots"));
    // An empty account group may answer without the list at all.
    if (!list.isArray() && !list.isUndefined() && !list.isNull()) {
        result.error = tr("The server's answer has no \"dashboardSnapshots\" list.");
        return result;
    }
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject item = value.toObject();
        ServerSnapshot snapshot;
        snapshot.id = json::idField(item, QLatin1StringView("snapshotId"));
        if (snapshot.id.isEmpty())
            continue;
        snapshot.name = json::textField(item, QLatin1StringView("snapshotName"));
        snapshot.aid = json::idField(item, QLatin1StringView("aid"));
        if (snapshot.aid.isEmpty())
            snapshot.aid = json::idField(item, QLatin1StringView("accountId"));
        const QJsonObject dashboard = item.value(QLatin1StringView("dashboard")).toObject();
        snapshot.sourceId = json::idField(dashboard, QLatin1StringView("dashboardId"));
        snapshot.sourceName = json::textField(dashboard, QLatin1StringView("title"));
        snapshot.created = parseApiDateTime(json::textField(item, QLatin1StringView("snapshotCreatedDate")));
        if (!snapshot.created.isValid())
            snapshot.created = parseApiDateTime(json::textField(item, QLatin1StringView("createdDate")));
        snapshot.expires =
            parseApiDateTime(json::textField(item, QLatin1StringView("snapshotExpirationDate")));
        if (!snapshot.expires.isValid())
            snapshot.expires = parseApiDateTime(json::textField(item, QLatin1StringView("expirationDate")));
        snapshot.shared = json::flagField(item, QLatin1StringView("isShared"));
        snapshot.scheduled = json::flagField(item, QLatin1StringView("isScheduled"));
        readTimeSpan(item.value(QLatin1StringView("timeSpan")).toObject(), snapshot);
        snapshot.link =
            webLink(href(item.value(QLatin1StringView("_links")).toObject(), QLatin1StringView("appLink")));
        if (snapshot.link.isEmpty())
            snapshot.link = webLink(json::textField(item, QLatin1StringView("permalink")));
        result.value.snapshots.append(std::move(snapshot));
    }
    const QString next =
        href(document.value.value(QLatin1StringView("_links")).toObject(), QLatin1StringView("next"));
    if (!next.trimmed().isEmpty())
        result.value.next = QUrl(next.trimmed());
    return result;
}

} // namespace snapshotdesk
