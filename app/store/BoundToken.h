#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace snapshotdesk {

// An API token together with the API addresses it may be sent to. A token is saved for the address
// it was typed for; a launcher or script that points the app at another address (--api-url,
// TE_API_URL, a shared settings file) must not make the app send it there unasked. Another address
// is added only when the user confirms it once.
struct BoundToken
{
    QString token;
    // Origins ("https://api.thousandeyes.com:443"): scheme, lower-case host and port, the path left
    // out (v6 and v7 share a host, and a token belongs to the account, not to a path).
    QStringList origins;

    bool isEmpty() const { return token.isEmpty(); }
    bool allows(const QUrl& url) const;
    // Adds the origin of `url` (once).
    void allow(const QUrl& url);

    // The origin of `url`, or empty when it has no scheme or host.
    static QString originOf(const QUrl& url);
    // How an origin is named to the user: the host, and the port when it is not the scheme's own.
    static QString displayName(const QString& origin);

    // What the keychain holds: a small JSON object. A plain token (what builds before this kept)
    // reads as a token with no origins: the caller binds it to the address it was saved for.
    QString toKeychainText() const;
    static BoundToken fromKeychainText(const QString& text);

    friend bool operator==(const BoundToken&, const BoundToken&) = default;
};

} // namespace snapshotdesk
