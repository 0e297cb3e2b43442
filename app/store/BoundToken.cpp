#include "store/BoundToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace snapshotdesk {

namespace {

int defaultPort(const QString& scheme)
{
    if (scheme == u"https")
        return 443;
    if (scheme == u"http")
        return 80;
    return -1;
}

} // namespace

QString BoundToken::originOf(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    if (!url.isValid() || scheme.isEmpty() || host.isEmpty())
        return {};
    const int port = url.port(defaultPort(scheme));
    return scheme + QStringLiteral("://") + host + u':' + QString::number(port);
}

QString BoundToken::displayName(const QString& origin)
{
    const QUrl url(origin);
    const QString host = url.host();
    if (host.isEmpty())
        return origin;
    const int port = url.port();
    return port < 0 || port == defaultPort(url.scheme()) ? host : host + u':' + QString::number(port);
}

bool BoundToken::allows(const QUrl& url) const
{
    const QString origin = originOf(url);
    return !origin.isEmpty() && origins.contains(origin);
}

void BoundToken::allow(const QUrl& url)
{
    const QString origin = originOf(url);
    if (!origin.isEmpty() && !origins.contains(origin))
        origins.append(origin);
}

QString BoundToken::toKeychainText() const
{
    const QJsonObject object{
        {QStringLiteral("token"), token},
        {QStringLiteral("origins"), QJsonArray::fromStringList(origins)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

BoundToken BoundToken::fromKeychainText(const QString& text)
{
    // A token is letters, digits and dashes; only our own JSON starts with '{'.
    if (!text.startsWith(u'{'))
        return {text, {}};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject object = document.object();
    const QJsonValue token = object.value(QLatin1StringView("token"));
    if (!document.isObject() || !token.isString())
        return {text, {}};
    BoundToken bound{token.toString(), {}};
    const QJsonArray origins = object.value(QLatin1StringView("origins")).toArray();
    for (const QJsonValue& origin : origins) {
        // Normalised again, so a hand-edited entry cannot widen what it allows by its spelling.
        const QString normal = originOf(QUrl(origin.toString()));
        if (!normal.isEmpty() && !bound.origins.contains(normal))
            bound.origins.append(normal);
    }
    return bound;
}

} // namespace snapshotdesk
