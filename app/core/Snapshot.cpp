#include "core/Snapshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace snapshotdesk {

namespace {

constexpr qsizetype kMaxIdLength = 200;
// Beyond 2^53 a double no longer holds every integer: such a number is not an ID anybody sent.
constexpr double kMaxExactInteger = 9007199254740992.0;

Parsed<QJsonObject> parseObject(const QByteArray& body)
{
    Parsed<QJsonObject> result;
    if (body.trimmed().isEmpty()) {
        result.error = Snapshot::tr("The server's answer was empty.");
        return result;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = Snapshot::tr("The server's answer is not a JSON object.");
        return result;
    }
    result.value = document.object();
    return result;
}

Parsed<Snapshot> readId(const QJsonObject& object)
{
    Parsed<Snapshot> result;
    const QJsonValue id = object.value(QLatin1StringView("snapshotId"));
    if (id.isUndefined())
        result.error = Snapshot::tr("The server's answer has no snapshot ID.");
    else if (id.isNull())
        result.error = Snapshot::tr("The server's answer has an empty (null) snapshot ID.");
    else if (id.isDouble()) {
        // v6 has sent IDs as JSON numbers ({"snapshotId": 123}): an integer is an ID like any
        // other; 1.5 or 1e300 is not, and is never rounded into one.
        const double number = id.toDouble();
        if (number >= 0 && number <= kMaxExactInteger && number == std::floor(number))
            result.value.id = QString::number(static_cast<qint64>(number));
        else
            result.error = Snapshot::tr("The server's answer has a snapshot ID that is not a whole number.");
    } else if (!id.isString())
        result.error = Snapshot::tr("The server's answer has a snapshot ID that is not text.");
    else if (id.toString().trimmed().isEmpty())
        result.error = Snapshot::tr("The server's answer has an empty snapshot ID.");
    else if (id.toString().size() > kMaxIdLength)
        result.error = Snapshot::tr("The server's answer has an implausibly long snapshot ID.");
    else
        result.value.id = id.toString().trimmed();
    return result;
}

QUrl httpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    return url;
}

QString linkHref(const QJsonObject& links, QLatin1StringView name)
{
    return links.value(name).toObject().value(QLatin1StringView("href")).toString();
}

} // namespace

Parsed<Snapshot> Snapshot::fromV6Create(const QByteArray& body)
{
    const Parsed<QJsonObject> object = parseObject(body);
    if (!object.ok())
        return {{}, object.error};
    return readId(object.value);
}

// The snapshot a Location header names: ".../dashboard-snapshots/{id}" (RFC 9110: the created
// resource). Empty when it names nothing usable.
static Parsed<Snapshot> fromLocation(const QByteArray& location)
{
    Parsed<Snapshot> result;
    const QUrl url = httpUrl(QString::fromUtf8(location.trimmed()));
    const QString id = url.path().section(u'/', -1);
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    if (!url.path().contains(u"/dashboard-snapshots/") || id.size() > kMaxIdLength ||
        !safe.match(id).hasMatch())
        return result;
    result.value.id = id;
    result.value.apiUrl = url;
    return result;
}

Parsed<Snapshot> Snapshot::fromV7Create(const QByteArray& body, const QByteArray& location)
{
    // A 201 means the snapshot exists: when the body does not say which (empty, cut off, or
    // without an ID), the Location header still does, and the snapshot is never called failed.
    const Parsed<Snapshot> located = fromLocation(location);
    const Parsed<QJsonObject> object = parseObject(body);
    if (!object.ok())
        return located.value.id.isEmpty() ? Parsed<Snapshot>{{}, object.error} : located;
    Parsed<Snapshot> result = readId(object.value);
    if (!result.ok())
        return located.value.id.isEmpty() ? result : located;
    const QJsonObject links = object.value.value(QLatin1StringView("_links")).toObject();
    result.value.link = httpUrl(linkHref(links, QLatin1StringView("appLink")));
    if (result.value.link.isEmpty())
        result.value.link = httpUrl(object.value.value(QLatin1StringView("permalink")).toString());
    result.value.apiUrl = httpUrl(linkHref(links, QLatin1StringView("self")));
    if (result.value.apiUrl.isEmpty())
        result.value.apiUrl = httpUrl(QString::fromUtf8(location.trimmed()));
    return result;
}

QUrl Snapshot::buildLink(ApiVersion version, const QUrl& apiBase, const QString& id, const QString& aid)
{
    QUrl link;
    link.setScheme(apiBase.scheme().isEmpty() ? QStringLiteral("https") : apiBase.scheme());
    QString host = apiBase.host();
    if (host.startsWith(u"api."))
        host.replace(0, 4, QStringLiteral("app."));
    else
        link.setPort(apiBase.port());
    link.setHost(host.isEmpty() ? QStringLiteral("app.thousandeyes.com") : host);
    QUrlQuery query;
    if (version == ApiVersion::V6) {
        link.setPath(QStringLiteral("/reports/snapshots/") + id);
        if (!aid.isEmpty())
            query.addQueryItem(QStringLiteral("__a"), aid);
    } else {
        link.setPath(QStringLiteral("/dashboard/"));
        query.addQueryItem(QStringLiteral("snapshotId"), id);
        if (!aid.isEmpty())
            query.addQueryItem(QStringLiteral("__a"), aid);
    }
    link.setQuery(query);
    return link;
}

} // namespace snapshotdesk
