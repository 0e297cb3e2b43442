// snapshot-desk-cli, command by command, against a FakeThousandEyesServer on 127.0.0.1 (v6 and v7):
// what goes to stdout (the result alone) and stderr (one line on failure), the exit code of each
// failure class, the validation before anything is sent, the history it shares with the window,
// profiles and the keychain. The commands run in this process (Cli with a BufferConsole and a
// FakeClock); test_cli_process runs the real executable.
//
// Uses a throw-away keychain service name per test in the Secret Service of scripts/test.sh.

#include "FakeClock.h"
#include "FakeSnapshotCatalog.h"
#include "FakeThousandEyesServer.h"
#include "cli/Cli.h"
#include "store/CredentialStore.h"
#include "store/HistoryStore.h"
#include "store/RoutineStore.h"
#include "store/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace snapshotdesk;
using namespace snapshotdesk::cli;
using namespace Qt::StringLiterals;
using Fake = FakeThousandEyesServer;

Q_DECLARE_METATYPE(snapshotdesk::HttpResponse)

namespace {

constexpr int kTimeoutMs = 20'000;

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray prefixOf(ApiVersion version)
{
    return version == ApiVersion::V6 ? "/v6" : "/v7";
}

QJsonDocument parse(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << text << error.errorString();
    return document;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createPrintsTheIdAlone_data() { versions(); }
    void createPrintsTheIdAlone();
    void createJsonIsOneObject_data() { versions(); }
    void createJsonIsOneObject();
    void createWithFromAndToSendsThemInUtc_data() { versions(); }
    void createWithFromAndToSendsThemInUtc();
    void namesMatchExactlyThenIgnoringCase_data() { versions(); }
    void namesMatchExactlyThenIgnoringCase();
    void anAmbiguousNameListsTheCandidates_data() { versions(); }
    void anAmbiguousNameListsTheCandidates();
    void anUnknownAccountGroupListsThem();
    void badInputIsRefusedBeforeSending_data();
    void badInputIsRefusedBeforeSending();
    void aLongRangeNeedsYes();
    void failuresExitByTheirClass_data();
    void failuresExitByTheirClass();
    void noTokenIsAnAuthenticationFailure();
    void unreachableApiIsFailure();
    void a429IsWaitedOutOnceAndToldOnStderr_data() { versions(); }
    void a429IsWaitedOutOnceAndToldOnStderr();
    void accountGroupsAndSources_data() { versions(); }
    void accountGroupsAndSources();
    void snapshotsListsTheServersSnapshots_data() { versions(); }
    void snapshotsListsTheServersSnapshots();
    void deleteAsksUnlessYes_data() { versions(); }
    void deleteAsksUnlessYes();
    void aDeleteRefusedForSomeIsPartlyFailed();
    void historyShowsWhatTheCliAndTheWindowAdded();
    void historyFiltersByProfile();
    void runRoutinePrintsTheIdsAndRecordsEach_data() { versions(); }
    void runRoutinePrintsTheIdsAndRecordsEach();
    void aRoutineWithAFailedItemExits5();
    void routinesAreImportedFromTheWindowsExport();
    void loginThenLogoutForgetsTheToken();
    void profilesChooseAccountAndToken();
    void settingsOf100BecomeTheDefaultProfile();
    void helpAndUsage();

private:
    void versions();
    void scriptTenant(ApiVersion version);
    QProcessEnvironment environment(ApiVersion version, const QString& token = u"tok-123"_s) const;
    Result run(const QStringList& arguments, const QProcessEnvironment& environment,
               const QStringList& input = {}, bool terminal = false);
    QList<HistoryEntry> history() const;
    bool saveToken(const QString& keychainKeyProfile, const QString& token, const QUrl& address);

    FakeClock m_clock;
    FakeThousandEyesServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    QString m_service;
};

void TestCli::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session bus: run the tests under scripts/test.sh (a private, unlocked keyring).");
    QVERIFY(m_server.isListening());
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(u"settings.ini"_s);
    m_service = u"org.snapshotdesk.test.cli."_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_clock.set(FakeClock::defaultStart());
    m_server.clearScript();
    m_server.takeRequests();
}

void TestCli::cleanup()
{
    for (const QString& profile : {QString(), u"Acme"_s}) {
        CredentialStore store(m_service);
        store.setProfile(profile);
        QSignalSpy removed(&store, &CredentialStore::removeFinished);
        store.remove(CredentialStore::Secret::BearerToken);
        QVERIFY(removed.wait(kTimeoutMs));
    }
    m_dir.reset();
}

void TestCli::versions()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::newRow("v6") << ApiVersion::V6;
    QTest::newRow("v7") << ApiVersion::V7;
}

void TestCli::scriptTenant(ApiVersion version)
{
    m_server.scriptTenant(version, &m_clock);
}

QProcessEnvironment TestCli::environment(ApiVersion version, const QString& token) const
{
    QProcessEnvironment env;
    env.insert(u"TE_API_URL"_s, m_server.baseUrl(QString::fromLatin1(prefixOf(version))).toString());
    env.insert(u"TE_API_VERSION"_s, toString(version));
    if (!token.isEmpty())
        env.insert(u"TE_TOKEN"_s, token);
    return env;
}

Result TestCli::run(const QStringList& arguments, const QProcessEnvironment& environment,
                    const QStringList& input, bool terminal)
{
    BufferConsole console;
    console.input = input;
    console.terminal = terminal;
    Cli::Options options;
    options.console = &console;
    options.environment = environment;
    options.session.location = SettingsLocation::iniFile(m_ini);
    options.session.clock = &m_clock;
    options.session.keychainService = m_service;
    Result result;
    {
        Cli cli(options);
        QSignalSpy finished(&cli, &Cli::finished);
        cli.run(QStringList{u"snapshot-desk-cli"_s} + arguments);
        if (!finished.wait(kTimeoutMs)) {
            qWarning() << "did not finish:" << arguments << console.errText;
            return result;
        }
        result.code = finished.first().first().toInt();
    } // the session goes, as at the end of the process: the history is written
    result.out = console.outText;
    result.err = console.errText;
    return result;
}

QList<HistoryEntry> TestCli::history() const
{
    HistoryStore store(SettingsLocation::iniFile(m_ini).history());
    return store.load().entries;
}

bool TestCli::saveToken(const QString& profile, const QString& token, const QUrl& address)
{
    CredentialStore store(m_service);
    store.setProfile(profile);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    BoundToken bound{token, {}};
    bound.allow(address);
    store.write(CredentialStore::Secret::BearerToken, bound);
    return written.wait(kTimeoutMs) && written.first().at(1).toBool();
}

void TestCli::createPrintsTheIdAlone()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    const Result r =
        run({u"create"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s}, environment(version));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString id = version == ApiVersion::V6 ? u"1000"_s : u"5f1c2d3e-0000-4000-8000-000000000001"_s;
    QCOMPARE(r.out, id + u'\n');

    // The window's "Yesterday" at 2026-06-15 14:00 in Berlin, sent in UTC, for the default group.
    const QByteArray createPath =
        prefixOf(version) + (version == ApiVersion::V6 ? "/report-snapshots/create" : "/dashboard-snapshots");
    QCOMPARE(m_server.requestCount(createPath), 1);
    const HttpRequest sent = m_server.requests(createPath).first();
    QCOMPARE(sent.header("Authorization"), "Bearer tok-123"_ba);
    QVERIFY2(sent.query().contains("aid=75"), sent.target.constData());
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    if (version == ApiVersion::V6) {
        QCOMPARE(body.value(u"reportId").toString(), u"17"_s);
        QCOMPARE(body.value(u"from").toString(), u"2026-06-13 22:00:00"_s);
        QCOMPARE(body.value(u"to").toString(), u"2026-06-14 22:00:00"_s);
    } else {
        QCOMPARE(body.value(u"dashboardId").toString(), u"17"_s);
        QCOMPARE(body.value(u"startDate").toString(), u"2026-06-13T22:00:00Z"_s);
        QCOMPARE(body.value(u"endDate").toString(), u"2026-06-14T22:00:00Z"_s);
    }
    // The name template of Settings, as the window's form fills it in.
    QCOMPARE(body.value(u"displayName").toString(), u"WAN 2026-06-14 00:00 – 2026-06-15 00:00"_s);
    // Only what the command needed: the groups, the sources of one group, the create.
    QCOMPARE(m_server.requestCount(), 3);

    // In the history file, before the command said it was made.
    const QList<HistoryEntry> entries = history();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().snapshotId, id);
    QCOMPARE(entries.first().status, HistoryEntry::Status::Created);
    QCOMPARE(entries.first().accountGroupName, u"API Sandbox"_s);
    QCOMPARE(entries.first().sourceName, u"WAN"_s);
}

void TestCli::createJsonIsOneObject()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    QStringList args{u"create"_s,        u"--source"_s, u"Network Overview"_s, u"--account-group"_s,
                     u"Operations"_s,    u"--range"_s,  u"last-hour"_s,        u"--name"_s,
                     u"Weekly review"_s, u"--json"_s};
    if (version == ApiVersion::V7)
        args << u"--expires"_s << u"2026-12-31"_s << u"--anonymize"_s;
    const Result r = run(args, environment(version));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(r.out.endsWith(u'\n'));
    QCOMPARE(r.out.count(u'\n'), 1);
    const QJsonObject o = parse(r.out).object();
    QCOMPARE(o.value(u"snapshotId").toString(),
             version == ApiVersion::V6 ? u"1000"_s : u"5f1c2d3e-0000-4000-8000-000000000001"_s);
    // The web app's link (on the API's host here: the fake server stands for both).
    QVERIFY2(o.value(u"link").toString().startsWith(m_server.baseUrl().toString()), qPrintable(r.out));
    QVERIFY2(o.value(u"link").toString().contains(o.value(u"snapshotId").toString() + u"&__a=1234"_s) ||
                 o.value(u"link").toString().contains(o.value(u"snapshotId").toString() + u"?__a=1234"_s),
             qPrintable(r.out));
    QCOMPARE(o.value(u"displayName").toString(), u"Weekly review"_s);
    QCOMPARE(o.value(u"from").toString(), u"2026-06-15T11:00:00Z"_s);
    QCOMPARE(o.value(u"to").toString(), u"2026-06-15T12:00:00Z"_s);
    QCOMPARE(o.value(u"source").toObject().value(u"id").toString(), u"2"_s);
    QCOMPARE(o.value(u"source").toObject().value(u"name").toString(), u"Network Overview"_s);
    QCOMPARE(o.value(u"accountGroup").toObject().value(u"aid").toString(), u"1234"_s);
    QCOMPARE(o.value(u"accountGroup").toObject().value(u"name").toString(), u"Operations"_s);
    QCOMPARE(o.value(u"apiVersion").toString(), toString(version));
    QCOMPARE(o.value(u"profile").toString(), u"Default"_s);
    const QJsonObject org = o.value(u"rateLimit").toObject().value(u"organization").toObject();
    QCOMPARE(org.value(u"limit").toInt(), 240);
    QCOMPARE(org.value(u"remaining").toInt(), 237); // groups, sources, create
    QCOMPARE(org.value(u"reset").toString(), u"2026-06-15T12:01:00Z"_s);
    const QJsonValue hourly = o.value(u"rateLimit").toObject().value(u"snapshotCreation");
    if (version == ApiVersion::V6) {
        QVERIFY(hourly.isNull());
        QVERIFY(o.value(u"expires").isNull());
    } else {
        QCOMPARE(hourly.toObject().value(u"remaining").toInt(), 99);
        // The end of that day in Berlin.
        QCOMPARE(o.value(u"expires").toString(), u"2026-12-31T22:59:59Z"_s);
        const QJsonObject body =
            QJsonDocument::fromJson(m_server.requests("/v7/dashboard-snapshots").first().body).object();
        QCOMPARE(body.value(u"anonymizeData").toBool(), true);
        QCOMPARE(body.value(u"expirationDate").toString(), u"2026-12-31T22:59:59Z"_s);
    }
}

void TestCli::createWithFromAndToSendsThemInUtc()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    // Local time (Berlin, summer: UTC+2) and ISO 8601 with an offset, mixed.
    const Result r = run({u"create"_s, u"--source"_s, u"2"_s, u"--from"_s, u"2026-06-01 08:30"_s, u"--to"_s,
                          u"2026-06-01T12:00:00+02:00"_s, u"--json"_s},
                         environment(version));
    QCOMPARE(r.code, 0);
    const QJsonObject o = parse(r.out).object();
    QCOMPARE(o.value(u"from").toString(), u"2026-06-01T06:30:00Z"_s);
    QCOMPARE(o.value(u"to").toString(), u"2026-06-01T10:00:00Z"_s);
}

void TestCli::namesMatchExactlyThenIgnoringCase()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    const Result r = run({u"create"_s, u"--source"_s, u"network OVERVIEW"_s, u"--account-group"_s,
                          u"operations"_s, u"--range"_s, u"last-24h"_s, u"--json"_s},
                         environment(version));
    QCOMPARE(r.code, 0);
    const QJsonObject o = parse(r.out).object();
    QCOMPARE(o.value(u"source").toObject().value(u"id").toString(), u"2"_s);
    QCOMPARE(o.value(u"accountGroup").toObject().value(u"aid").toString(), u"1234"_s);
}

void TestCli::anAmbiguousNameListsTheCandidates()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    const QList<Fake::Source> twins{
        {u"31"_s, u"Latency"_s, false}, {u"32"_s, u"latency"_s, false}, {u"33"_s, u"WAN"_s, false}};
    m_server.on(prefixOf(version) + (version == ApiVersion::V6 ? "/reports" : "/dashboards"),
                version == ApiVersion::V6 ? Fake::v6Reports(twins) : Fake::v7Dashboards(twins));
    // Exactly one is "Latency": it wins over its case-insensitive twin.
    Result r = run({u"create"_s, u"--source"_s, u"Latency"_s, u"--range"_s, u"last-hour"_s, u"--json"_s},
                   environment(version));
    QCOMPARE(r.code, 0);
    QCOMPARE(parse(r.out).object().value(u"source").toObject().value(u"id").toString(), u"31"_s);

    m_server.takeRequests();
    r = run({u"create"_s, u"--source"_s, u"LATENCY"_s, u"--range"_s, u"last-hour"_s}, environment(version));
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"--source"_s) && r.err.contains(u"(31)"_s) && r.err.contains(u"(32)"_s) &&
                 !r.err.contains(u"(33)"_s),
             qPrintable(r.err));
    QCOMPARE(m_server.requestCount(prefixOf(version) + (version == ApiVersion::V6 ? "/report-snapshots/create"
                                                                                  : "/dashboard-snapshots")),
             0);
}

void TestCli::anUnknownAccountGroupListsThem()
{
    scriptTenant(ApiVersion::V7);
    const Result r = run({u"create"_s, u"--source"_s, u"WAN"_s, u"--account-group"_s, u"Finance"_s,
                          u"--range"_s, u"last-hour"_s},
                         environment(ApiVersion::V7));
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"--account-group"_s) && r.err.contains(u"\"Finance\""_s) &&
                 r.err.contains(u"\"API Sandbox\" (75)"_s) && r.err.contains(u"\"Operations\" (1234)"_s),
             qPrintable(r.err));
    QCOMPARE(m_server.requestCount("/v7/dashboard-snapshots"), 0);
}

void TestCli::badInputIsRefusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const QStringList base{u"create"_s, u"--source"_s, u"WAN"_s};
    QTest::newRow("end before start")
        << base + QStringList{u"--from"_s, u"2026-06-10 10:00"_s, u"--to"_s, u"2026-06-10 09:00"_s}
        << u"--from"_s;
    QTest::newRow("in the future") << base + QStringList{u"--from"_s, u"2026-06-15 10:00"_s, u"--to"_s,
                                                         u"2026-06-16 10:00"_s}
                                   << u"--to"_s;
    QTest::newRow("not a time") << base + QStringList{u"--from"_s, u"10.06.2026"_s, u"--to"_s,
                                                      u"2026-06-10 09:00"_s}
                                << u"--from"_s;
    QTest::newRow("ISO without a zone")
        << base + QStringList{u"--from"_s, u"2026-06-10T08:00:00"_s, u"--to"_s, u"2026-06-10 09:00"_s}
        << u"--from"_s;
    QTest::newRow("unknown range") << base + QStringList{u"--range"_s, u"fortnight"_s} << u"--range"_s;
    QTest::newRow("range and from") << base + QStringList{u"--range"_s, u"yesterday"_s, u"--from"_s,
                                                          u"2026-06-10 09:00"_s}
                                    << u"--range"_s;
    QTest::newRow("no range") << base << u"--range"_s;
    QTest::newRow("no source") << QStringList{u"create"_s, u"--range"_s, u"yesterday"_s} << u"--source"_s;
    QTest::newRow("name too long") << base + QStringList{u"--range"_s, u"yesterday"_s, u"--name"_s,
                                                         QString(256, u'x')}
                                   << u"--name"_s;
    QTest::newRow("expiry past five years")
        << base + QStringList{u"--range"_s, u"yesterday"_s, u"--expires"_s, u"2031-06-16"_s}
        << u"--expires"_s;
    QTest::newRow("unknown option") << base + QStringList{u"--range"_s, u"yesterday"_s, u"--colour"_s}
                                    << u"'colour'"_s;
}

void TestCli::badInputIsRefusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    scriptTenant(ApiVersion::V7);
    const Result r = run(arguments, environment(ApiVersion::V7));
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    // Nothing left this process: not even the account groups.
    QCOMPARE(m_server.requestCount(), 0);
}

void TestCli::aLongRangeNeedsYes()
{
    scriptTenant(ApiVersion::V6);
    const QStringList args{u"create"_s, u"--source"_s,        u"WAN"_s, u"--from"_s, u"2026-02-01 00:00"_s,
                           u"--to"_s,   u"2026-06-01 00:00"_s};
    Result r = run(args, environment(ApiVersion::V6));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
    QCOMPARE(m_server.requestCount(), 0);
    r = run(args + QStringList{u"--yes"_s}, environment(ApiVersion::V6));
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"1000\n"_s);
}

void TestCli::failuresExitByTheirClass_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<HttpResponse>("answer");
    QTest::addColumn<int>("code");
    for (const ApiVersion v : {ApiVersion::V6, ApiVersion::V7}) {
        const QByteArray n = toString(v).toLatin1();
        const auto error = [v](int status, const QString& text) {
            return v == ApiVersion::V6 ? Fake::v6Error(status, text) : Fake::v7Problem(status, text);
        };
        QTest::newRow((n + " 401").constData()) << v << error(401, u"Invalid token"_s) << 3;
        QTest::newRow((n + " 403").constData())
            << v << error(403, u"Edit Snapshots permission needed"_s) << 3;
        QTest::newRow((n + " 500").constData()) << v << error(500, u"Internal error"_s) << 1;
        QTest::newRow((n + " 400").constData()) << v << error(400, u"Bad request"_s) << 1;
        // Longer than the two minutes the app waits: given up at once.
        QTest::newRow((n + " 429").constData())
            << v << Fake::withRetryAfter(error(429, u"Too many requests"_s), "600") << 4;
    }
}

void TestCli::failuresExitByTheirClass()
{
    QFETCH(ApiVersion, version);
    QFETCH(HttpResponse, answer);
    QFETCH(int, code);
    scriptTenant(version);
    const QByteArray createPath =
        prefixOf(version) + (version == ApiVersion::V6 ? "/report-snapshots/create" : "/dashboard-snapshots");
    m_server.on(createPath, answer);
    const Result r =
        run({u"create"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s}, environment(version));
    QCOMPARE(r.code, code);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.startsWith(u"snapshot-desk-cli: "_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"tok-123"_s), qPrintable(r.err));
    // A refused token is never sent again (failed authentications count against the office).
    QCOMPARE(m_server.requestCount(createPath), 1);
    // The same failure on the lists: the class does not depend on which request failed.
    m_server.on(prefixOf(version) + "/account-groups", answer);
    const Result listed = run({u"account-groups"_s}, environment(version));
    QCOMPARE(listed.code, code);
    QVERIFY(listed.out.isEmpty());
}

void TestCli::noTokenIsAnAuthenticationFailure()
{
    scriptTenant(ApiVersion::V7);
    const Result r = run({u"account-groups"_s}, environment(ApiVersion::V7, {}));
    QCOMPARE(r.code, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"TE_TOKEN"_s) && r.err.contains(u"login"_s), qPrintable(r.err));
    QCOMPARE(m_server.requestCount(), 0);
}

void TestCli::unreachableApiIsFailure()
{
    // A port nothing listens on: the fake server's, once it is closed.
    QUrl closed;
    {
        FakeThousandEyesServer gone;
        closed = gone.baseUrl(u"/v7"_s);
    }
    QProcessEnvironment env = environment(ApiVersion::V7);
    env.insert(u"TE_API_URL"_s, closed.toString());
    const Result r = run({u"sources"_s}, env);
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(u'\n'), 1);
}

void TestCli::a429IsWaitedOutOnceAndToldOnStderr()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    const QByteArray createPath =
        prefixOf(version) + (version == ApiVersion::V6 ? "/report-snapshots/create" : "/dashboard-snapshots");
    m_server.enqueue(createPath, Fake::withRetryAfter(Fake::v6Error(429, u"slow down"_s), "5"));
    // Time passes quickly: a (fake) second every 20 ms, so the wait ends without the test waiting it.
    QTimer time;
    connect(&time, &QTimer::timeout, this, [this] { m_clock.advanceSecs(1); });
    time.start(20);
    const Result r =
        run({u"create"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s}, environment(version));
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.isEmpty());
    QCOMPARE(m_server.requestCount(createPath), 2);
    QCOMPARE(m_server.requests(createPath).at(0).body, m_server.requests(createPath).at(1).body);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"429"_s) && r.err.contains(u"5 second"_s), qPrintable(r.err));

    // Twice: given up after the one retry.
    m_server.takeRequests();
    m_server.on(createPath, Fake::withRetryAfter(Fake::v6Error(429, u"slow down"_s), "5"));
    const Result again =
        run({u"create"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s}, environment(version));
    QCOMPARE(again.code, 4);
    QVERIFY(again.out.isEmpty());
    QCOMPARE(m_server.requestCount(createPath), 2);
}

void TestCli::accountGroupsAndSources()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    Result r = run({u"account-groups"_s, u"--json"_s}, environment(version));
    QCOMPARE(r.code, 0);
    const QJsonArray groups = parse(r.out).array();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).toObject().value(u"aid").toString(), u"75"_s);
    QCOMPARE(groups.at(0).toObject().value(u"name").toString(), u"API Sandbox"_s);
    QCOMPARE(groups.at(0).toObject().value(u"default").toBool(), true);
    QCOMPARE(groups.at(0).toObject().value(u"used").toBool(), true);
    QCOMPARE(groups.at(1).toObject().value(u"aid").toString(), u"1234"_s);
    QCOMPARE(groups.at(1).toObject().value(u"used").toBool(), false);

    r = run({u"account-groups"_s}, environment(version));
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).startsWith(u"*"_s) && lines.at(1).contains(u"API Sandbox"_s), qPrintable(r.out));

    r = run({u"sources"_s, u"--account-group"_s, u"1234"_s, u"--json"_s}, environment(version));
    QCOMPARE(r.code, 0);
    const QJsonArray sources = parse(r.out).array();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).toObject().value(u"id").toString(), u"2"_s);
    QCOMPARE(sources.at(0).toObject().value(u"name").toString(), u"Network Overview"_s);
    QCOMPARE(sources.at(0).toObject().value(u"builtIn").toBool(), true);
    QCOMPARE(sources.at(1).toObject().value(u"name").toString(), u"WAN"_s);
    const QList<HttpRequest> listed =
        m_server.requests(prefixOf(version) + (version == ApiVersion::V6 ? "/reports" : "/dashboards"));
    QCOMPARE(listed.size(), 1);
    QVERIFY2(listed.first().query().contains("aid=1234"), listed.first().target.constData());

    r = run({u"sources"_s}, environment(version));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Network Overview"_s) && r.out.contains(u"WAN"_s), qPrintable(r.out));
}

void TestCli::snapshotsListsTheServersSnapshots()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    FakeSnapshotCatalog catalog(m_server, version, m_clock);
    catalog.pageSize = 2; // v7 pages are followed
    catalog.install();
    const QString a = catalog.addExisting(u"Monday review"_s, u"2"_s);
    const QString b = catalog.addExisting(u"Outage"_s, u"17"_s);
    const QString c = catalog.addExisting(u"Tuesday"_s, u"17"_s);
    Result r = run({u"snapshots"_s, u"--json"_s}, environment(version));
    QCOMPARE(r.code, 0);
    const QJsonArray list = parse(r.out).array();
    QCOMPARE(list.size(), 3);
    QStringList ids;
    for (const QJsonValue& v : list)
        ids << v.toObject().value(u"snapshotId").toString();
    QCOMPARE(ids, (QStringList{a, b, c}));
    QCOMPARE(list.at(0).toObject().value(u"name").toString(), u"Monday review"_s);
    QCOMPARE(list.at(1).toObject().value(u"source").toObject().value(u"id").toString(), u"17"_s);
    r = run({u"snapshots"_s}, environment(version));
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 4);
    QVERIFY(r.out.contains(u"Outage"_s));
}

void TestCli::deleteAsksUnlessYes()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    FakeSnapshotCatalog catalog(m_server, version, m_clock);
    catalog.install();
    const QString a = catalog.addExisting(u"Old one"_s, u"2"_s);
    const QString b = catalog.addExisting(u"Keep"_s, u"17"_s);

    // Nobody to ask: refused, nothing sent.
    Result r = run({u"delete"_s, a}, environment(version));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
    QCOMPARE(m_server.requestCount(), 0);

    // Asked, and the answer is no.
    r = run({u"delete"_s, a}, environment(version), {u"n"_s}, true);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"\"Old one\""_s), qPrintable(r.err)); // the question names it
    QVERIFY(catalog.contains(a));

    // Asked, and yes.
    r = run({u"delete"_s, a}, environment(version), {u"y"_s}, true);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, a + u'\n');
    QVERIFY(!catalog.contains(a));
    QVERIFY(catalog.contains(b));

    // A typo is not sent.
    r = run({u"delete"_s, u"--yes"_s, u"no-such-id"_s}, environment(version));
    QCOMPARE(r.code, 2);
    QVERIFY(catalog.contains(b));

    r = run({u"delete"_s, u"--yes"_s, b}, environment(version));
    QCOMPARE(r.code, 0);
    QVERIFY(catalog.entries().isEmpty());
}

void TestCli::aDeleteRefusedForSomeIsPartlyFailed()
{
    scriptTenant(ApiVersion::V7);
    FakeSnapshotCatalog catalog(m_server, ApiVersion::V7, m_clock);
    catalog.install();
    const QString a = catalog.addExisting(u"One"_s, u"2"_s);
    const QString b = catalog.addExisting(u"Two"_s, u"17"_s);
    catalog.forceStatusFor(b, 500);
    Result r = run({u"delete"_s, u"--yes"_s, a, b}, environment(ApiVersion::V7));
    QCOMPARE(r.code, 5);
    QCOMPARE(r.out, a + u'\n');
    QVERIFY2(r.err.contains(b), qPrintable(r.err));
    // Refused credentials stop the rest: an authentication failure, not "some failed".
    const QString c = catalog.addExisting(u"Three"_s, u"2"_s);
    catalog.forceStatusFor(c, 403);
    r = run({u"delete"_s, u"--yes"_s, c, b}, environment(ApiVersion::V7));
    QCOMPARE(r.code, 3);
}

void TestCli::historyShowsWhatTheCliAndTheWindowAdded()
{
    scriptTenant(ApiVersion::V7);
    // An entry the window made earlier.
    {
        HistoryStore window(SettingsLocation::iniFile(m_ini).history());
        window.load();
        HistoryEntry earlier;
        earlier.createdAt = m_clock.now().addDays(-1);
        earlier.displayName = u"From the window"_s;
        earlier.sourceId = u"2"_s;
        earlier.sourceName = u"Network Overview"_s;
        earlier.snapshotId = u"window-1"_s;
        earlier.accountGroupName = u"API Sandbox"_s;
        QSignalSpy saved(&window, &HistoryStore::saved);
        window.add(earlier);
        QVERIFY(saved.wait(kTimeoutMs));
    }
    const Result made = run({u"create"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s},
                            environment(ApiVersion::V7));
    QCOMPARE(made.code, 0);
    const QString id = made.out.trimmed();

    Result r = run({u"history"_s, u"--format"_s, u"json"_s}, {});
    QCOMPARE(r.code, 0);
    const QJsonArray list = parse(r.out).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"snapshotId").toString(), id); // newest first
    QCOMPARE(list.at(0).toObject().value(u"status").toString(), u"created"_s);
    QCOMPARE(list.at(0).toObject().value(u"profile").toString(), u"Default"_s);
    QCOMPARE(list.at(1).toObject().value(u"snapshotId").toString(), u"window-1"_s);

    r = run({u"history"_s, u"--limit"_s, u"1"_s, u"--format"_s, u"csv"_s}, {});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(id) && !r.out.contains(u"window-1"_s), qPrintable(r.out));
    QCOMPARE(r.out.count(u"\r\n"_s), 2); // header and one entry, RFC 4180 line ends

    r = run({u"history"_s}, {});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
    QVERIFY(r.out.contains(u"From the window"_s));

    r = run({u"history"_s, u"--format"_s, u"xml"_s}, {});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--format"_s));
}

void TestCli::historyFiltersByProfile()
{
    {
        Settings settings(SettingsLocation::iniFile(m_ini));
        QVERIFY(settings.addProfile(u"Acme"_s, ApiConfig{}).isEmpty());
        QVERIFY(settings.sync());
        HistoryStore store(SettingsLocation::iniFile(m_ini).history());
        store.load();
        HistoryEntry entry;
        entry.createdAt = m_clock.now();
        entry.snapshotId = u"before-profiles"_s; // no profile: made with what became "Default"
        QSignalSpy saved(&store, &HistoryStore::saved);
        store.add(entry);
        QVERIFY(saved.wait(kTimeoutMs));
    }
    Result r = run({u"history"_s, u"--profile"_s, u"default"_s, u"--format"_s, u"json"_s}, {});
    QCOMPARE(r.code, 0);
    QCOMPARE(parse(r.out).array().size(), 1);
    r = run({u"history"_s, u"--profile"_s, u"Acme"_s, u"--format"_s, u"json"_s}, {});
    QCOMPARE(r.code, 0);
    QCOMPARE(parse(r.out).array().size(), 0);
    r = run({u"history"_s, u"--profile"_s, u"Nobody"_s}, {});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"Acme"_s) && r.err.contains(u"Default"_s), qPrintable(r.err));
}

void TestCli::runRoutinePrintsTheIdsAndRecordsEach()
{
    QFETCH(ApiVersion, version);
    scriptTenant(version);
    Routine routine;
    routine.name = u"Weekly"_s;
    routine.sources = {{u"2"_s, u"Network Overview"_s, {}, false}, {u"17"_s, u"WAN"_s, {}, false}};
    routine.range = TimeRange::Preset::LastWeek;
    routine.nameTemplate = u"{source} week of {from:yyyy-MM-dd}"_s;
    routine.aid = u"1234"_s;
    routine.groupName = u"Ops (old name)"_s;
    routine.apiVersion = version;
    {
        RoutineStore store(SettingsLocation::iniFile(m_ini));
        QVERIFY(!store.add(routine).isEmpty());
    }
    Result r = run({u"routines"_s, u"--json"_s}, {});
    QCOMPARE(r.code, 0);
    QCOMPARE(parse(r.out).array().size(), 1);
    QCOMPARE(parse(r.out).array().first().toObject().value(u"range").toString(), u"last-week"_s);

    r = run({u"run-routine"_s, u"weekly"_s, u"--json"_s}, environment(version));
    QCOMPARE(r.code, 0);
    const QJsonObject o = parse(r.out).object();
    QCOMPARE(o.value(u"routine").toString(), u"Weekly"_s);
    QCOMPARE(o.value(u"created").toInt(), 2);
    QCOMPARE(o.value(u"failed").toInt(), 0);
    // Last week, Monday to Monday in Berlin, resolved at the (fake) now.
    QCOMPARE(o.value(u"from").toString(), u"2026-06-07T22:00:00Z"_s);
    QCOMPARE(o.value(u"to").toString(), u"2026-06-14T22:00:00Z"_s);
    const QJsonArray items = o.value(u"items").toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"displayName").toString(),
             u"Network Overview week of 2026-06-08"_s);
    QCOMPARE(items.at(1).toObject().value(u"state").toString(), u"created"_s);
    const QByteArray createPath =
        prefixOf(version) + (version == ApiVersion::V6 ? "/report-snapshots/create" : "/dashboard-snapshots");
    for (const HttpRequest& sent : m_server.requests(createPath))
        QVERIFY2(sent.query().contains("aid=1234"), sent.target.constData());

    QSet<QString> recorded;
    for (const HistoryEntry& entry : history())
        recorded.insert(entry.snapshotId);
    QCOMPARE(recorded, (QSet<QString>{items.at(0).toObject().value(u"snapshotId").toString(),
                                      items.at(1).toObject().value(u"snapshotId").toString()}));

    // Without --json: the IDs, one per line.
    r = run({u"run-routine"_s, u"Weekly"_s}, environment(version));
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);

    r = run({u"run-routine"_s, u"Daily"_s}, environment(version));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"\"Weekly\""_s), qPrintable(r.err));
}

void TestCli::aRoutineWithAFailedItemExits5()
{
    scriptTenant(ApiVersion::V7);
    FakeSnapshotCatalog catalog(m_server, ApiVersion::V7, m_clock);
    catalog.install();
    catalog.failNextCreate(u"17"_s, 500);
    Routine routine;
    routine.name = u"Daily"_s;
    routine.sources = {{u"2"_s, u"Network Overview"_s, {}, false}, {u"17"_s, u"WAN"_s, {}, false}};
    routine.range = TimeRange::Preset::Yesterday;
    routine.nameTemplate = u"{source}"_s;
    routine.apiVersion = ApiVersion::V7;
    {
        RoutineStore store(SettingsLocation::iniFile(m_ini));
        QVERIFY(!store.add(routine).isEmpty());
    }
    const Result r = run({u"run-routine"_s, u"Daily"_s}, environment(ApiVersion::V7));
    QCOMPARE(r.code, 5);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 1); // the one that was made
    QVERIFY2(r.err.contains(u"WAN"_s), qPrintable(r.err));
    QCOMPARE(history().size(), 2); // the failure too, as in the window
}

void TestCli::routinesAreImportedFromTheWindowsExport()
{
    Routine routine;
    routine.name = u"Shared"_s;
    routine.sources = {{u"2"_s, u"Network Overview"_s, {}, false}};
    routine.range = TimeRange::Preset::Yesterday;
    routine.nameTemplate = u"{source}"_s;
    routine.profile = u"Acme"_s;
    const QString file = m_dir->filePath(u"team.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(RoutineStore::toExportJson({routine}));
    out.close();
    Result r = run({u"routines"_s, u"import"_s, file}, {});
    QCOMPARE(r.code, 0);
    r = run({u"routines"_s, u"--json"_s}, {});
    const QJsonArray list = parse(r.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"name").toString(), u"Shared"_s);
    QCOMPARE(list.first().toObject().value(u"profile").toString(), u"Acme"_s); // a routine may name one
    r = run({u"routines"_s, u"import"_s, m_dir->filePath(u"missing.json"_s)}, {});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count(u'\n'), 1);
}

void TestCli::loginThenLogoutForgetsTheToken()
{
    scriptTenant(ApiVersion::V7);
    QProcessEnvironment env = environment(ApiVersion::V7, {});
    Result r = run({u"login"_s}, env, {u"saved-tok"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.contains(u"saved-tok"_s));
    // Used from the keychain, and only for the address it was saved for.
    r = run({u"account-groups"_s}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(m_server.lastRequest().header("Authorization"), "Bearer saved-tok"_ba);

    r = run({u"logout"_s}, env);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(u"Removed"_s), qPrintable(r.err));
    {
        CredentialStore store(m_service);
        QSignalSpy read(&store, &CredentialStore::removeFinished);
        bool found = true;
        bool answered = false;
        store.read(CredentialStore::Secret::BearerToken, this, [&](const BoundToken& stored, const QString&) {
            found = !stored.isEmpty();
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeoutMs);
        QVERIFY(!found);
    }
    m_server.takeRequests();
    r = run({u"account-groups"_s}, env);
    QCOMPARE(r.code, 3);
    QCOMPARE(m_server.requestCount(), 0);
    // Again: there is nothing to remove, which is no failure.
    r = run({u"logout"_s}, env);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(u"No token"_s), qPrintable(r.err));
    r = run({u"logout"_s, u"--profile"_s, u"Nobody"_s}, env);
    QCOMPARE(r.code, 2);
}

void TestCli::profilesChooseAccountAndToken()
{
    FakeThousandEyesServer acme;
    acme.scriptTenant(ApiVersion::V6, &m_clock);
    scriptTenant(ApiVersion::V7);
    {
        Settings settings(SettingsLocation::iniFile(m_ini));
        settings.setBaseUrl(ApiVersion::V7, m_server.baseUrl(u"/v7"_s));
    }
    QVERIFY(saveToken({}, u"default-tok"_s, m_server.baseUrl(u"/v7"_s)));
    Result r = run({u"profiles"_s, u"add"_s, u"Acme"_s, u"--api-version"_s, u"v6"_s, u"--api-url"_s,
                    acme.baseUrl(u"/v6"_s).toString()},
                   {});
    QCOMPARE(r.code, 0);
    r = run({u"profiles"_s, u"add"_s, u"acme"_s}, {});
    QCOMPARE(r.code, 2); // names differ not only by case
    QVERIFY(saveToken(u"Acme"_s, u"acme-tok"_s, acme.baseUrl(u"/v6"_s)));

    r = run({u"profiles"_s, u"--json"_s}, {});
    QCOMPARE(r.code, 0);
    const QJsonArray profiles = parse(r.out).array();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).toObject().value(u"name").toString(), u"Default"_s);
    QCOMPARE(profiles.at(0).toObject().value(u"current").toBool(), true);
    QCOMPARE(profiles.at(1).toObject().value(u"name").toString(), u"Acme"_s);
    QCOMPARE(profiles.at(1).toObject().value(u"apiVersion").toString(), u"v6"_s);

    r = run({u"create"_s, u"--profile"_s, u"Acme"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s,
             u"--json"_s},
            {});
    QCOMPARE(r.code, 0);
    QCOMPARE(parse(r.out).object().value(u"profile").toString(), u"Acme"_s);
    QCOMPARE(acme.lastRequest().header("Authorization"), "Bearer acme-tok"_ba);
    QCOMPARE(m_server.requestCount(), 0);

    r = run({u"create"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s}, {});
    QCOMPARE(r.code, 0);
    QCOMPARE(m_server.lastRequest().header("Authorization"), "Bearer default-tok"_ba);
    for (const HttpRequest& request : acme.requests())
        QVERIFY(request.header("Authorization") != "Bearer default-tok"_ba);

    r = run({u"profiles"_s, u"remove"_s, u"Acme"_s, u"--yes"_s}, {});
    QCOMPARE(r.code, 0);
    r = run({u"account-groups"_s, u"--profile"_s, u"Acme"_s}, {});
    QCOMPARE(r.code, 2);
}

void TestCli::settingsOf100BecomeTheDefaultProfile()
{
    // A settings file as 1.0.0 wrote it, with its token under 1.0.0's keychain entry.
    QFile fixture(QStringLiteral(SNAPSHOTDESK_TEST_DATA "/settings-1.0.0.ini"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray ini = fixture.readAll();
    ini.replace("https://te-proxy.example.com/v6", m_server.baseUrl(u"/v6"_s).toString().toUtf8());
    QFile target(m_ini);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(ini);
    target.close();
    scriptTenant(ApiVersion::V6);
    QVERIFY(saveToken({}, u"old-tok"_s, m_server.baseUrl(u"/v6"_s)));
    {
        Settings settings(SettingsLocation::iniFile(m_ini));
        QCOMPARE(settings.profiles(), QStringList{u"Default"_s});
        QCOMPARE(settings.profile(), u"Default"_s);
        QVERIFY(settings.apiVersion() == ApiVersion::V6);
        QCOMPARE(settings.accountGroup(), u"1234"_s);
    }
    const Result r =
        run({u"create"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s, u"--json"_s}, {});
    QCOMPARE(r.code, 0);
    const QJsonObject o = parse(r.out).object();
    QCOMPARE(o.value(u"profile").toString(), u"Default"_s);
    QCOMPARE(o.value(u"apiVersion").toString(), u"v6"_s);
    QCOMPARE(o.value(u"accountGroup").toObject().value(u"aid").toString(), u"1234"_s); // the one remembered
    QCOMPARE(m_server.lastRequest().header("Authorization"), "Bearer old-tok"_ba);
    // Nothing moved: 1.0.0 would still find its settings where it left them.
    Settings after(SettingsLocation::iniFile(m_ini));
    QCOMPARE(after.value(Settings::Key::ApiVersion).toString(), u"v6"_s);
    QSettings raw(m_ini, QSettings::IniFormat);
    QCOMPARE(raw.value(u"api/version"_s).toString(), u"v6"_s);
    QCOMPARE(raw.value(u"form/accountGroup"_s).toString(), u"1234"_s);
}

void TestCli::helpAndUsage()
{
    Result r = run({u"--help"_s}, {});
    QCOMPARE(r.code, 0);
    for (const QString& command : Cli::commandNames())
        QVERIFY2(r.out.contains(u"  "_s + command + u' '), qPrintable(command));
    for (const QString& command : Cli::commandNames()) {
        r = run({command, u"--help"_s}, {});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Usage: snapshot-desk-cli "_s + command), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"--profile"_s), qPrintable(command));
    }
    r = run({u"help"_s, u"create"_s}, {});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"--range"_s));
    r = run({u"--version"_s}, {});
    QCOMPARE(r.out, u"snapshot-desk-cli " SNAPSHOTDESK_VERSION "\n"_s);
    r = run({u"frobnicate"_s}, {});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(u'\n'), 1);
    r = run({}, {});
    QCOMPARE(r.code, 2);
    r = run({u"--api-version"_s, u"v8"_s, u"account-groups"_s}, {});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"v8"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
