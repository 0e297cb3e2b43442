#include "WebLink.h"

namespace snapshotdesk {

WebLink::WebLink(const QUrl& url)
{
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
        m_text = url.toString(QUrl::FullyEncoded);
}

WebLink WebLink::fromText(const QString& text)
{
    return text.isEmpty() ? WebLink() : WebLink(QUrl(text, QUrl::StrictMode));
}

QUrl WebLink::toUrl() const
{
    return m_text.isEmpty() ? QUrl() : QUrl(m_text, QUrl::StrictMode);
}

QString WebLink::toString(QUrl::FormattingOptions options) const
{
    // The kept text is already fully encoded: no parse for the common case.
    return options == QUrl::FullyEncoded ? m_text : toUrl().toString(options);
}

QString WebLink::toDisplayString() const
{
    return toUrl().toDisplayString();
}

} // namespace snapshotdesk
