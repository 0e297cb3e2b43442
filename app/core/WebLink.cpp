#include "core/WebLink.h"

#include <utility>

namespace snapshotdesk {

WebLink::WebLink(const QUrl& url)
{
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return;
    QString text = url.toString(QUrl::FullyEncoded);
    // Checked once encoded: text that was not encoded can grow ninefold ("\uFFFD" is "%EF%BF%BD").
    if (text.size() <= kMaxLength)
        m_text = std::move(text);
}

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// What a fully encoded http(s) address looks like, checked without parsing it: the history reads
// thousands at startup, and a strict QUrl parse of each was a fifth of the load. toUrl() still
// parses strictly (and checks the scheme) before anything is opened.
bool looksLikeEncodedWebAddress(const QString& text)
{
    if (!text.startsWith(u"https://", Qt::CaseInsensitive) &&
        !text.startsWith(u"http://", Qt::CaseInsensitive))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false; // spaces, controls and anything not encoded
        if (c == u'%' && (i + 2 >= text.size() || !isHex(text.at(i + 1)) || !isHex(text.at(i + 2))))
            return false;
    }
    return true;
}

} // namespace

WebLink WebLink::fromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (text.size() <= kMaxLength && looksLikeEncodedWebAddress(text)) {
        WebLink link;
        link.m_text = text;
        return link;
    }
    return WebLink(QUrl(text, QUrl::StrictMode)); // say, JSON of an older version, not encoded
}

QUrl WebLink::toUrl() const
{
    if (m_text.isEmpty())
        return {};
    const QUrl url(m_text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") ? url : QUrl();
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
