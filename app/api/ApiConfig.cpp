#include "ApiConfig.h"

#include <QHostAddress>

namespace snapshotdesk {

bool Credentials::isComplete() const
{
    if (token.trimmed().isEmpty())
        return false;
    return method == Method::Bearer || !email.trimmed().isEmpty();
}

QByteArray Credentials::authorizationHeader() const
{
    if (method == Method::Basic)
        return "Basic " + (email.trimmed() + u':' + token.trimmed()).toUtf8().toBase64();
    return "Bearer " + token.trimmed().toUtf8();
}

QUrl ApiConfig::defaultBaseUrl(ApiVersion version)
{
    return QUrl(version == ApiVersion::V6 ? QStringLiteral("https://api.thousandeyes.com/v6")
                                          : QStringLiteral("https://api.thousandeyes.com/v7"));
}

QUrl ApiConfig::effectiveBaseUrl() const
{
    return baseUrl.isEmpty() ? defaultBaseUrl(version) : baseUrl;
}

bool ApiConfig::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiConfig::isAllowedUrl(const QUrl& url)
{
    // Credentials in the address would end up in logs and history; they belong in the keychain.
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    return url.scheme() == u"http" && isLoopbackHost(url.host());
}

} // namespace snapshotdesk
