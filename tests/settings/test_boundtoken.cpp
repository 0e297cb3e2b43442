// BoundToken: which addresses a saved token may be sent to, and how that is kept in the keychain.

#include "store/BoundToken.h"

#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

class TestBoundToken : public QObject
{
    Q_OBJECT

private slots:
    void originIgnoresPathCaseAndDefaultPort_data();
    void originIgnoresPathCaseAndDefaultPort();
    void anotherOriginIsNotAllowed_data();
    void anotherOriginIsNotAllowed();
    void displayNameShowsThePortOnlyWhenItMatters();
    void keychainTextRoundTrips();
    void plainTextIsATokenWithoutAddresses();
    void handEditedOriginsAreNormalised();
};

void TestBoundToken::originIgnoresPathCaseAndDefaultPort_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");
    QTest::newRow("v7") << u"https://api.thousandeyes.com/v7"_s << u"https://api.thousandeyes.com:443"_s;
    QTest::newRow("v6, other case") << u"HTTPS://API.ThousandEyes.COM/v6/"_s
                                    << u"https://api.thousandeyes.com:443"_s;
    QTest::newRow("explicit 443") << u"https://api.thousandeyes.com:443/v7"_s
                                  << u"https://api.thousandeyes.com:443"_s;
    QTest::newRow("loopback port") << u"http://127.0.0.1:8080/v7"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("no host") << u"/v7"_s << QString();
}

void TestBoundToken::originIgnoresPathCaseAndDefaultPort()
{
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QCOMPARE(BoundToken::originOf(QUrl(url)), origin);
}

void TestBoundToken::anotherOriginIsNotAllowed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("same, other path") << u"https://api.thousandeyes.com/v6"_s << true;
    QTest::newRow("other host") << u"https://example.net/v7"_s << false;
    QTest::newRow("suffix host") << u"https://api.thousandeyes.com.example.net/v7"_s << false;
    QTest::newRow("other port") << u"https://api.thousandeyes.com:8443/v7"_s << false;
    QTest::newRow("plain http") << u"http://api.thousandeyes.com/v7"_s << false;
    QTest::newRow("userinfo host trick") << u"https://api.thousandeyes.com@example.net/v7"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestBoundToken::anotherOriginIsNotAllowed()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    BoundToken token{u"tok"_s, {}};
    token.allow(QUrl(u"https://api.thousandeyes.com/v7"_s));
    QCOMPARE(token.allows(QUrl(url)), allowed);
}

void TestBoundToken::displayNameShowsThePortOnlyWhenItMatters()
{
    QCOMPARE(BoundToken::displayName(u"https://api.thousandeyes.com:443"_s), u"api.thousandeyes.com"_s);
    QCOMPARE(BoundToken::displayName(u"http://127.0.0.1:8080"_s), u"127.0.0.1:8080"_s);
    QCOMPARE(BoundToken::displayName(u"https://example.net:8443"_s), u"example.net:8443"_s);
}

void TestBoundToken::keychainTextRoundTrips()
{
    BoundToken token{u"tok-\"quoted\" Ü/+="_s, {}};
    token.allow(QUrl(u"https://api.thousandeyes.com/v7"_s));
    token.allow(QUrl(u"http://127.0.0.1:9000/v6"_s));
    token.allow(QUrl(u"https://api.thousandeyes.com/v6"_s)); // already there
    QCOMPARE(token.origins.size(), 2);
    QCOMPARE(BoundToken::fromKeychainText(token.toKeychainText()), token);
}

void TestBoundToken::plainTextIsATokenWithoutAddresses()
{
    const BoundToken token = BoundToken::fromKeychainText(u"3b8c0f5e-1d2a-4c1b-9f00-abcdef123456"_s);
    QCOMPARE(token.token, u"3b8c0f5e-1d2a-4c1b-9f00-abcdef123456"_s);
    QVERIFY(token.origins.isEmpty());
    QVERIFY(!token.allows(QUrl(u"https://api.thousandeyes.com/v7"_s)));
}

void TestBoundToken::handEditedOriginsAreNormalised()
{
    const BoundToken token = BoundToken::fromKeychainText(
        uR"({"token":"t","origins":["HTTPS://Api.ThousandEyes.com/v7/anything","not a url",""]})"_s);
    QCOMPARE(token.token, u"t"_s);
    QCOMPARE(token.origins, QStringList{u"https://api.thousandeyes.com:443"_s});
}

QTEST_APPLESS_MAIN(TestBoundToken)
#include "test_boundtoken.moc"
