#pragma once

#include "core/ApiVersion.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>

namespace snapshotdesk {

// How to prove who we are. Held in memory only; persisted solely through CredentialStore.
struct Credentials
{
    enum class Method
    {
        Bearer,
        Basic, // v6 only: e-mail + basic-auth token
    };

    Method method = Method::Bearer;
    QString email;
    QString token;

    bool isComplete() const;
    // The Authorization header value. Never log it.
    QByteArray authorizationHeader() const;

    friend bool operator==(const Credentials&, const Credentials&) = default;
};

// Where and how to talk to the API.
struct ApiConfig
{
    QUrl baseUrl;
    ApiVersion version = ApiVersion::V7;
    Credentials credentials;
    std::chrono::milliseconds timeout{30'000};
    // The longest a 429 or an exhausted window is waited out before the user is told instead.
    std::chrono::seconds maxRateLimitWait{120};

    static QUrl defaultBaseUrl(ApiVersion version);
    // The base URL, or the default for the version when none is set.
    QUrl effectiveBaseUrl() const;

    // HTTPS for every host; plain HTTP only to this computer (tests, the demo).
    // The one rule for an API address, used by the transport, the settings dialog and the command
    // line alike (each says it in its own words).
    enum class UrlProblem
    {
        None,
        NotAnAddress,               // no scheme or host, or not a URL at all
        NotHttps,                   // another scheme (ftp:, file:, ...)
        PlainHttpToAnotherComputer, // http:// only to this computer: the token would travel unencrypted
        CredentialsInAddress,       // user:password@: would end up in logs and history
    };
    static UrlProblem urlProblem(const QUrl& url);
    // An address as typed (trimmed, strict: no guessing of a scheme).
    static QUrl urlFromText(const QString& text);
    static bool isAllowedUrl(const QUrl& url) { return urlProblem(url) == UrlProblem::None; }
    static bool isLoopbackHost(const QString& host);
};

} // namespace snapshotdesk
