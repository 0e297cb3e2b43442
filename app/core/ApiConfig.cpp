#include "core/ApiConfig.h"

#include <QStringList>

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
    // Decided on the host as QUrl normalises it (IPv4 in dotted decimal, IPv6 compressed and in
    // lower case), so the rule needs no network library and the core can use it anywhere.
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host == u"::1")
        return true;
    QStringView v4 = host;
    if (v4.startsWith(u"::ffff:", Qt::CaseInsensitive)) // an IPv4 address mapped into IPv6
        v4 = v4.mid(7);
    const QList<QStringView> parts = v4.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        bool ok = false;
        const uint value = part.toUInt(&ok);
        if (!ok || value > 255 || part.isEmpty())
            return false;
    }
    return parts.first().toUInt() == 127; // 127.0.0.0/8
}

ApiConfig::UrlProblem ApiConfig::urlProblem(const QUrl& url)
{
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return UrlProblem::NotAnAddress;
    // Credentials in the address would end up in logs and history; they belong in the keychain.
    if (!url.userInfo().isEmpty())
        return UrlProblem::CredentialsInAddress;
    if (url.scheme() == u"https")
        return UrlProblem::None;
    if (url.scheme() != u"http")
        return UrlProblem::NotHttps;
    return isLoopbackHost(url.host()) ? UrlProblem::None : UrlProblem::PlainHttpToAnotherComputer;
}

QUrl ApiConfig::urlFromText(const QString& text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace snapshotdesk
