// WebLink: the history's links, kept as text, only http(s) addresses that parse strictly.
#include "core/WebLink.h"

#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

class TestWebLink : public QObject
{
    Q_OBJECT

private slots:
    void keepsWebAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("v6 permalink") << u"https://app.thousandeyes.com/reports/snapshots/abc-1?__a=75"_s;
        QTest::newRow("v7 app link") << u"https://app.thousandeyes.com/dashboard/?snapshotId=abc-1"_s;
        QTest::newRow("plain http (on-prem proxy)") << u"http://te.example.internal:8080/s/1"_s;
        QTest::newRow("encoded characters") << u"https://app.thousandeyes.com/s/%C3%BC?x=a%20b"_s;
    }
    void keepsWebAddresses()
    {
        QFETCH(QString, text);
        const WebLink link = WebLink::fromText(text);
        QVERIFY(!link.isEmpty());
        QCOMPARE(link.toUrl(), QUrl(text, QUrl::StrictMode));
        QCOMPARE(link.toString(QUrl::FullyEncoded), QUrl(text).toString(QUrl::FullyEncoded));
        const QUrl asUrl = link; // stands in for a QUrl
        QCOMPARE(asUrl, link.toUrl());
        QCOMPARE(WebLink(link.toUrl()), link); // the same text from the same address
    }

    void dropsEverythingElse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("no scheme") << u"app.thousandeyes.com/x"_s;
        QTest::newRow("bad escape") << u"https://exa mple.com/%zz"_s;
        QTest::newRow("empty") << QString();
    }
    void dropsEverythingElse()
    {
        QFETCH(QString, text);
        QVERIFY(WebLink::fromText(text).isEmpty());
        QVERIFY(WebLink(QUrl(text)).isEmpty());
        QVERIFY(WebLink().toUrl().isEmpty());
    }

    void encodedTextThatDoesNotParseIsNeverOpened()
    {
        // Read back from a history file: checked cheaply on the way in, strictly on the way out.
        const WebLink link = WebLink::fromText(u"https://exa[mple.com/x"_s);
        QVERIFY(link.toUrl().isEmpty());
        QVERIFY(QUrl(link).isEmpty());
    }

    void displayStringIsReadable()
    {
        const WebLink link = WebLink::fromText(u"https://app.thousandeyes.com/s/%C3%BC"_s);
        QCOMPARE(link.toDisplayString(), u"https://app.thousandeyes.com/s/ü"_s);
    }
};

QTEST_GUILESS_MAIN(TestWebLink)
#include "test_weblink.moc"
