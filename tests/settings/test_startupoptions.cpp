// StartupOptions: what the command line and the environment ask for, the command line winning, and a
// clear sentence for every mistake (never a silent fallback to plain HTTP or the wrong API).

#include "store/StartupOptions.h"

#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

StartupOptions parse(QStringList arguments, const QProcessEnvironment& environment = QProcessEnvironment())
{
    arguments.prepend(u"snapshot-desk"_s);
    return StartupOptions::parse(arguments, environment);
}

QProcessEnvironment environment(const QList<QPair<QString, QString>>& variables)
{
    QProcessEnvironment env;
    for (const auto& [name, value] : variables)
        env.insert(name, value);
    return env;
}

} // namespace

class TestStartupOptions : public QObject
{
    Q_OBJECT

private slots:
    void nothingAsked();
    void help_data();
    void help();
    void version_data();
    void version();
    void demo();
    void settingsFile();
    void apiUrl_data();
    void apiUrl();
    void apiUrlRefused_data();
    void apiUrlRefused();
    void apiVersion_data();
    void apiVersion();
    void apiVersionRefused_data();
    void apiVersionRefused();
    void commandLineBeatsEnvironment();
    void environmentUsedWithoutCommandLine();
    void badEnvironmentIgnoredWhenCommandLineGiven();
    void badEnvironmentReported();
    void environmentTokensLeaveTheProcessEnvironment();
    void bearerTokenFromEnvironment();
    void basicCredentialsFromEnvironment();
    void halfBasicCredentialsRefused_data();
    void halfBasicCredentialsRefused();
    void parserErrors_data();
    void parserErrors();
};

void TestStartupOptions::nothingAsked()
{
    const StartupOptions options = parse({});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QVERIFY(!options.showHelp);
    QVERIFY(!options.showVersion);
    QVERIFY(!options.demo);
    QVERIFY(!options.apiUrl);
    QVERIFY(!options.apiVersion);
    QVERIFY(!options.credentials);
    QVERIFY(options.settingsFile.isEmpty());
}

void TestStartupOptions::help_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("long") << u"--help"_s;
    QTest::newRow("short") << u"-h"_s;
}

void TestStartupOptions::help()
{
    QFETCH(QString, flag);
    const StartupOptions options = parse({flag});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QVERIFY(options.showHelp);
    QVERIFY(!options.showVersion);
    for (const QString& mentioned : {u"--api-url"_s, u"--api-version"_s, u"--demo"_s, u"--settings-file"_s,
                                     u"--version"_s, u"TE_TOKEN"_s, u"TE_BASIC_TOKEN"_s, u"TE_API_URL"_s})
        QVERIFY2(options.helpText.contains(mentioned), qPrintable(mentioned));
}

void TestStartupOptions::version_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("long") << u"--version"_s;
    QTest::newRow("short") << u"-v"_s;
}

void TestStartupOptions::version()
{
    QFETCH(QString, flag);
    const StartupOptions options = parse({flag});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QVERIFY(options.showVersion);
    QVERIFY(!options.showHelp);
}

void TestStartupOptions::demo()
{
    QVERIFY(parse({u"--demo"_s}).demo);
    QVERIFY(!parse({}).demo);
}

void TestStartupOptions::settingsFile()
{
    QCOMPARE(parse({u"--settings-file"_s, u"/tmp/profile.ini"_s}).settingsFile, u"/tmp/profile.ini"_s);
    QCOMPARE(parse({u"--settings-file=/tmp/other.ini"_s}).settingsFile, u"/tmp/other.ini"_s);
}

void TestStartupOptions::apiUrl_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("https") << QStringList{u"--api-url"_s, u"https://te-proxy.example.com/v7"_s}
                           << QUrl(u"https://te-proxy.example.com/v7"_s);
    QTest::newRow("with =") << QStringList{u"--api-url=https://api.thousandeyes.com/v6"_s}
                            << QUrl(u"https://api.thousandeyes.com/v6"_s);
    QTest::newRow("spaces around") << QStringList{u"--api-url"_s, u"  https://api.example.com/v7 "_s}
                                   << QUrl(u"https://api.example.com/v7"_s);
    QTest::newRow("http to 127.0.0.1")
        << QStringList{u"--api-url"_s, u"http://127.0.0.1:8080/v7"_s} << QUrl(u"http://127.0.0.1:8080/v7"_s);
    QTest::newRow("http to localhost")
        << QStringList{u"--api-url"_s, u"http://localhost:9000/v6"_s} << QUrl(u"http://localhost:9000/v6"_s);
    QTest::newRow("http to ::1") << QStringList{u"--api-url"_s, u"http://[::1]:9000/v7"_s}
                                 << QUrl(u"http://[::1]:9000/v7"_s);
}

void TestStartupOptions::apiUrl()
{
    QFETCH(QStringList, arguments);
    QFETCH(QUrl, expected);
    const StartupOptions options = parse(arguments);
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QVERIFY(options.apiUrl);
    QCOMPARE(*options.apiUrl, expected);
}

void TestStartupOptions::apiUrlRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("http to another host") << u"http://api.thousandeyes.com/v7"_s << u"http://"_s;
    QTest::newRow("http to a LAN address") << u"http://192.168.1.10/v7"_s << u"https://"_s;
    QTest::newRow("http to a look-alike") << u"http://127.0.0.1.example.com/v7"_s << u"http://"_s;
    QTest::newRow("ftp") << u"ftp://api.example.com/v7"_s << u"https://api.thousandeyes.com/v7"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"https://api.thousandeyes.com/v7"_s;
    QTest::newRow("no host") << u"https://"_s << u"https://api.thousandeyes.com/v7"_s;
    QTest::newRow("no scheme (not guessed as http)")
        << u"api.thousandeyes.com/v7"_s << u"https://api.thousandeyes.com/v7"_s;
    QTest::newRow("password in the address") << u"https://me:secret@api.example.com/v7"_s << u"TE_TOKEN"_s;
}

void TestStartupOptions::apiUrlRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const StartupOptions options = parse({u"--api-url"_s, url});
    QVERIFY2(!options.error.isEmpty(), qPrintable(url));
    QVERIFY(!options.apiUrl);
    // A sentence that names what was given and what to do.
    QVERIFY2(options.error.contains(url), qPrintable(options.error));
    QVERIFY2(options.error.contains(mentions), qPrintable(options.error));
    QVERIFY2(options.error.endsWith(u'.'), qPrintable(options.error));

    // The same address from the environment is refused the same way.
    const StartupOptions fromEnv = parse({}, environment({{u"TE_API_URL"_s, url}}));
    QCOMPARE(fromEnv.error, options.error);
}

void TestStartupOptions::apiVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v6") << u"v6"_s << u"v6"_s;
    QTest::newRow("v7") << u"v7"_s << u"v7"_s;
    QTest::newRow("upper case") << u"V6"_s << u"v6"_s;
    QTest::newRow("bare number") << u"7"_s << u"v7"_s;
}

void TestStartupOptions::apiVersion()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const StartupOptions options = parse({u"--api-version"_s, text});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QVERIFY(options.apiVersion);
    QCOMPARE(toString(*options.apiVersion), expected);
}

void TestStartupOptions::apiVersionRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("v8") << u"v8"_s;
    QTest::newRow("v5") << u"v5"_s;
    QTest::newRow("word") << u"latest"_s;
    QTest::newRow("v6.1") << u"v6.1"_s;
}

void TestStartupOptions::apiVersionRefused()
{
    QFETCH(QString, text);
    const StartupOptions options = parse({u"--api-version"_s, text});
    QVERIFY(!options.apiVersion);
    QVERIFY2(options.error.contains(u"\"%1\""_s.arg(text)), qPrintable(options.error));
    QVERIFY2(options.error.contains(u"v6"_s) && options.error.contains(u"v7"_s), qPrintable(options.error));
}

void TestStartupOptions::commandLineBeatsEnvironment()
{
    const QProcessEnvironment env =
        environment({{u"TE_API_URL"_s, u"https://env.example.com/v6"_s}, {u"TE_API_VERSION"_s, u"v6"_s}});
    const StartupOptions options =
        parse({u"--api-url"_s, u"https://cli.example.com/v7"_s, u"--api-version"_s, u"v7"_s}, env);
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QCOMPARE(options.apiUrl.value_or(QUrl()), QUrl(u"https://cli.example.com/v7"_s));
    QVERIFY(options.apiVersion);
    QCOMPARE(toString(*options.apiVersion), u"v7"_s);

    // Each option on its own: the other still comes from the environment.
    const StartupOptions urlOnly = parse({u"--api-url"_s, u"https://cli.example.com/v7"_s}, env);
    QCOMPARE(urlOnly.apiUrl.value_or(QUrl()), QUrl(u"https://cli.example.com/v7"_s));
    QVERIFY(urlOnly.apiVersion);
    QCOMPARE(toString(*urlOnly.apiVersion), u"v6"_s);
    const StartupOptions versionOnly = parse({u"--api-version"_s, u"v7"_s}, env);
    QCOMPARE(versionOnly.apiUrl.value_or(QUrl()), QUrl(u"https://env.example.com/v6"_s));
    QVERIFY(versionOnly.apiVersion);
    QCOMPARE(toString(*versionOnly.apiVersion), u"v7"_s);
}

void TestStartupOptions::environmentUsedWithoutCommandLine()
{
    const StartupOptions options = parse(
        {}, environment({{u"TE_API_URL"_s, u"https://env.example.com/v6"_s}, {u"TE_API_VERSION"_s, u"6"_s}}));
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QCOMPARE(options.apiUrl.value_or(QUrl()), QUrl(u"https://env.example.com/v6"_s));
    QVERIFY(options.apiVersion);
    QCOMPARE(toString(*options.apiVersion), u"v6"_s);
}

void TestStartupOptions::badEnvironmentIgnoredWhenCommandLineGiven()
{
    const QProcessEnvironment env =
        environment({{u"TE_API_URL"_s, u"http://insecure.example.com/v7"_s}, {u"TE_API_VERSION"_s, u"v9"_s}});
    const StartupOptions options =
        parse({u"--api-url"_s, u"https://cli.example.com/v7"_s, u"--api-version"_s, u"v7"_s}, env);
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QCOMPARE(options.apiUrl.value_or(QUrl()), QUrl(u"https://cli.example.com/v7"_s));
}

void TestStartupOptions::badEnvironmentReported()
{
    const StartupOptions options = parse({}, environment({{u"TE_API_VERSION"_s, u"v8"_s}}));
    QVERIFY(!options.apiVersion);
    QVERIFY2(options.error.contains(u"\"v8\""_s), qPrintable(options.error));
}

// Programs the app starts (the browser for a link) must not inherit the token.
void TestStartupOptions::environmentTokensLeaveTheProcessEnvironment()
{
    qputenv("TE_TOKEN", "tok-inherited-9");
    qputenv("TE_EMAIL", "noc@example.com");
    qputenv("TE_BASIC_TOKEN", "basic-inherited-9");
    StartupOptions::takeFromProcess({u"snapshot-desk"_s});
    QVERIFY(!qEnvironmentVariableIsSet("TE_TOKEN"));
    QVERIFY(!qEnvironmentVariableIsSet("TE_BASIC_TOKEN"));
    QVERIFY(!QProcessEnvironment::systemEnvironment().contains(u"TE_TOKEN"_s));
    QCOMPARE(qEnvironmentVariable("TE_EMAIL"), u"noc@example.com"_s); // not a secret: left as it was
    qunsetenv("TE_EMAIL");

    qputenv("TE_TOKEN", "tok-inherited-10");
    const StartupOptions options = StartupOptions::takeFromProcess({u"snapshot-desk"_s});
    QVERIFY(options.credentials);
    QCOMPARE(options.credentials->token, u"tok-inherited-10"_s);
    QVERIFY(!qEnvironmentVariableIsSet("TE_TOKEN"));
}

void TestStartupOptions::bearerTokenFromEnvironment()
{
    const StartupOptions options = parse({}, environment({{u"TE_TOKEN"_s, u"tok-1f2e3d"_s}}));
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QVERIFY(options.credentials);
    QCOMPARE(options.credentials->method, Credentials::Method::Bearer);
    QCOMPARE(options.credentials->token, u"tok-1f2e3d"_s);
    QVERIFY(options.credentials->email.isEmpty());
    QCOMPARE(options.credentials->authorizationHeader(), QByteArray("Bearer tok-1f2e3d"));
}

void TestStartupOptions::basicCredentialsFromEnvironment()
{
    const StartupOptions options = parse(
        {}, environment({{u"TE_EMAIL"_s, u"ops@example.com"_s}, {u"TE_BASIC_TOKEN"_s, u"basic-9a8b"_s}}));
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QVERIFY(options.credentials);
    QCOMPARE(options.credentials->method, Credentials::Method::Basic);
    QCOMPARE(options.credentials->email, u"ops@example.com"_s);
    QCOMPARE(options.credentials->token, u"basic-9a8b"_s);
    QCOMPARE(options.credentials->authorizationHeader(),
             "Basic " + QByteArray("ops@example.com:basic-9a8b").toBase64());
}

void TestStartupOptions::halfBasicCredentialsRefused_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::newRow("e-mail only") << u"TE_EMAIL"_s << u"ops@example.com"_s;
    QTest::newRow("basic token only") << u"TE_BASIC_TOKEN"_s << u"basic-9a8b"_s;
}

void TestStartupOptions::halfBasicCredentialsRefused()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    const StartupOptions options = parse({}, environment({{variable, value}}));
    QVERIFY(!options.credentials);
    QVERIFY2(options.error.contains(u"TE_EMAIL"_s) && options.error.contains(u"TE_BASIC_TOKEN"_s),
             qPrintable(options.error));
    QVERIFY2(!options.error.contains(u"basic-9a8b"_s), "a token must never appear in a message");
}

void TestStartupOptions::parserErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"\"extra\""_s;
    QTest::newRow("positional after options") << QStringList{u"--demo"_s, u"report.csv"_s} << u"report.csv"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("missing value") << QStringList{u"--api-url"_s} << u"api-url"_s;
}

void TestStartupOptions::parserErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const StartupOptions options = parse(arguments);
    QVERIFY2(!options.error.isEmpty(), qPrintable(arguments.join(u' ')));
    QVERIFY2(options.error.contains(mentions), qPrintable(options.error));
    // Help is still available to show with the error.
    QVERIFY(options.helpText.contains(u"--api-url"_s));
}

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "test_startupoptions.moc"
