#pragma once

#include <QString>
#include <QUrl>

namespace snapshotdesk {

// A web address to show and open, kept as its text. The history holds thousands of them: a QUrl
// costs about 370 bytes (its private data and one string per part), its text less than half, and
// a QUrl is made only when one is used. Only a http or https address is kept (anything else becomes
// an empty link), and only up to kMaxLength characters encoded; toUrl() gives an empty QUrl for text that
// does not parse strictly.
class WebLink final
{
public:
    // Longer addresses are no ThousandEyes link, and are not kept (the history stores texts of up
    // to this length: a longer link would come back cut short).
    static constexpr qsizetype kMaxLength = 4096;

    WebLink() = default;
    // Implicit on purpose: a WebLink stands in for the QUrl that the history used to hold.
    WebLink(const QUrl& url); // NOLINT(google-explicit-constructor)
    static WebLink fromText(const QString& text);

    bool isEmpty() const { return m_text.isEmpty(); }
    // The address as it was kept (fully encoded).
    const QString& text() const { return m_text; }
    QUrl toUrl() const;
    operator QUrl() const { return toUrl(); } // NOLINT(google-explicit-constructor)
    QString toString(QUrl::FormattingOptions options = QUrl::PrettyDecoded) const;
    QString toDisplayString() const;

    friend bool operator==(const WebLink&, const WebLink&) = default;

private:
    QString m_text;
};

} // namespace snapshotdesk
