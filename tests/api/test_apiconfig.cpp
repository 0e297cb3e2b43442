// ApiConfig and Credentials: which addresses the app will talk to at all, and the exact
// Authorization header each sign-in method produces.

#include "core/ApiConfig.h"

#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

class TestApiConfig : public QObject
{
    Q_OBJECT

private slots:
    void bearerHeader();
    void basicHeader();
    void completeness_data();
    void completeness();
    void allowedUrls_data();
    void allowedUrls();
    void urlProblemNamesWhatIsWrong();
    void defaultBaseUrls();
    void apiVersionText();
};

void TestApiConfig::bearerHeader()
{
    Credentials credentials;
    credentials.token = u"  abc-123  "_s;
    QCOMPARE(credentials.authorizationHeader(), "Bearer abc-123"_ba);
}

void TestApiConfig::basicHeader()
{
    // The seed's curl example: -u noreply@thousandeyes.com:g351mw5xqhvkmh1vq6zfm51c62wyzib2
    Credentials credentials;
    credentials.method = Credentials::Method::Basic;
    credentials.email = u" noreply@thousandeyes.com "_s;
    credentials.token = u"g351mw5xqhvkmh1vq6zfm51c62wyzib2"_s;
    QCOMPARE(credentials.authorizationHeader(),
             "Basic " + "noreply@thousandeyes.com:g351mw5xqhvkmh1vq6zfm51c62wyzib2"_ba.toBase64());
}

void TestApiConfig::completeness_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("complete");
    QTest::newRow("bearer") << 0 << QString() << u"t"_s << true;
    QTest::newRow("bearer empty") << 0 << u"a@b"_s << QString() << false;
    QTest::newRow("bearer blank") << 0 << QString() << u"   "_s << false;
    QTest::newRow("basic") << 1 << u"a@b"_s << u"t"_s << true;
    QTest::newRow("basic no email") << 1 << u" "_s << u"t"_s << false;
    QTest::newRow("basic no token") << 1 << u"a@b"_s << QString() << false;
}

void TestApiConfig::completeness()
{
    QFETCH(int, method);
    QFETCH(QString, email);
    QFETCH(QString, token);
    QFETCH(bool, complete);
    Credentials credentials;
    credentials.method = method == 0 ? Credentials::Method::Bearer : Credentials::Method::Basic;
    credentials.email = email;
    credentials.token = token;
    QCOMPARE(credentials.isComplete(), complete);
}

void TestApiConfig::allowedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https api") << u"https://api.thousandeyes.com/v7"_s << true;
    QTest::newRow("https proxy") << u"https://te-proxy.corp.example:8443/v6"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/v6"_s << true;
    QTest::newRow("http loopback other") << u"http://127.0.0.2/v6"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:1234/v7"_s << true;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/v7"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080/v7"_s << true;
    QTest::newRow("http loopback v6 long form") << u"http://[0:0:0:0:0:0:0:1]/v7"_s << true;
    QTest::newRow("http loopback v4 mapped into v6") << u"http://[::ffff:127.0.0.1]/v7"_s << true;
    QTest::newRow("http v4 mapped remote") << u"http://[::ffff:10.0.0.1]/v7"_s << false;
    QTest::newRow("http look-alike host") << u"http://127.0.0.1.example.com/v6"_s << false;
    QTest::newRow("http other v6") << u"http://[::2]/v7"_s << false;
    QTest::newRow("http remote") << u"http://api.thousandeyes.com/v7"_s << false;
    QTest::newRow("http invalid") << u"http://api.example.invalid/v7"_s << false;
    QTest::newRow("http lan") << u"http://192.168.1.10/v7"_s << false;
    QTest::newRow("http localhost lookalike") << u"http://localhost.evil.example/v7"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/v7"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("no host") << u"https:///v7"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestApiConfig::allowedUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(ApiConfig::isAllowedUrl(QUrl(url)), allowed);
}

void TestApiConfig::urlProblemNamesWhatIsWrong()
{
    // The one rule, told apart so each front end can say what to change.
    using P = ApiConfig::UrlProblem;
    QCOMPARE(ApiConfig::urlProblem(ApiConfig::urlFromText(u" https://api.thousandeyes.com/v7 "_s)), P::None);
    QCOMPARE(ApiConfig::urlProblem(ApiConfig::urlFromText(u"api.thousandeyes.com/v7"_s)), P::NotAnAddress);
    QCOMPARE(ApiConfig::urlProblem(ApiConfig::urlFromText(u"ftp://api.example.com/"_s)), P::NotHttps);
    QCOMPARE(ApiConfig::urlProblem(ApiConfig::urlFromText(u"http://10.0.0.1/v7"_s)),
             P::PlainHttpToAnotherComputer);
    QCOMPARE(ApiConfig::urlProblem(ApiConfig::urlFromText(u"http://127.0.0.1:9/v7"_s)), P::None);
    QCOMPARE(ApiConfig::urlProblem(ApiConfig::urlFromText(u"https://me:pw@api.example.com/"_s)),
             P::CredentialsInAddress);
}

void TestApiConfig::defaultBaseUrls()
{
    ApiConfig config;
    config.version = ApiVersion::V6;
    QCOMPARE(config.effectiveBaseUrl(), QUrl(u"https://api.thousandeyes.com/v6"_s));
    config.version = ApiVersion::V7;
    QCOMPARE(config.effectiveBaseUrl(), QUrl(u"https://api.thousandeyes.com/v7"_s));
    config.baseUrl = QUrl(u"https://proxy.example/v7"_s);
    QCOMPARE(config.effectiveBaseUrl(), config.baseUrl);
    QVERIFY(ApiConfig().timeout.count() > 0);
}

void TestApiConfig::apiVersionText()
{
    QCOMPARE(toString(ApiVersion::V6), u"v6"_s);
    QCOMPARE(toString(ApiVersion::V7), u"v7"_s);
    QCOMPARE(apiVersionFromString(u" V6 "_s), std::optional(ApiVersion::V6));
    QCOMPARE(apiVersionFromString(u"7"_s), std::optional(ApiVersion::V7));
    QCOMPARE(apiVersionFromString(u"v8"_s), std::nullopt);
    QCOMPARE(apiVersionFromString(QString()), std::nullopt);
}

QTEST_GUILESS_MAIN(TestApiConfig)
#include "test_apiconfig.moc"
