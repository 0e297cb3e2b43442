// Session and the saved token: a token goes only to the address it was saved (or confirmed) for.
// A launcher with --api-url, TE_API_URL or a changed settings file must not make the app send the
// keychain's token to another host; the user is asked once per address, and the answer is kept.
//
// Uses a throw-away keychain service name per test in the Secret Service of scripts/test.sh.

#include "FakeThousandEyesServer.h"
#include "SecretScan.h"
#include "session/Session.h"
#include "store/CredentialStore.h"
#include "store/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Secret = CredentialStore::Secret;

namespace {

constexpr int kTimeoutMs = 15'000;

QByteArray bearer(const QString& token)
{
    return "Bearer " + token.toUtf8();
}

QString displayAddress(const FakeThousandEyesServer& server)
{
    return u"127.0.0.1:"_s + QString::number(server.port());
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aSavedTokenIsNotSentToAnotherAddress();
    void confirmingOnceSendsItThereFromThenOn();
    void decliningSendsNothing();
    void aTypedTokenIsBoundToItsAddress();
    void aTokenOfAnOlderBuildIsBoundToTheSavedAddress();
    void testConnectionSendsTheSavedTokenOnlyToItsAddress();
    void anEnvironmentTokenGoesWhereTheAddressPoints();
    void aCreateLandsInTheHistoryWithItsGroup();
    void aRefusedCreateLandsInTheHistoryAsFailed();
    void switchingProfileUsesItsAddressAndItsToken();
    void forgetTokenRemovesItFromTheKeychain();

private:
    std::unique_ptr<Session> makeSession(const FakeThousandEyesServer* apiUrl);
    // As a script runs it: TE_API_URL pointing at `server` and TE_TOKEN=env-tok.
    Session::Options environmentOptions(const FakeThousandEyesServer& server) const;
    bool saveToken(const QString& token, const FakeThousandEyesServer& server);
    bool writeRaw(const QString& key, const QString& text);
    BoundToken readSaved();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    QString m_service;
    FakeThousandEyesServer m_a;
    FakeThousandEyesServer m_b;
};

void TestSession::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session bus: run the tests under scripts/test.sh (a private, unlocked keyring).");
    QVERIFY(m_a.isListening());
    QVERIFY(m_b.isListening());
}

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(u"settings.ini"_s);
    m_service = u"org.snapshotdesk.test.session."_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (FakeThousandEyesServer* server : {&m_a, &m_b}) {
        server->clearScript();
        server->takeRequests();
        server->scriptTenant(ApiVersion::V7);
    }
}

void TestSession::cleanup()
{
    CredentialStore store(m_service);
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    store.remove(Secret::BearerToken);
    QVERIFY(!removed.isEmpty() || removed.wait(kTimeoutMs));
    m_dir.reset();
}

std::unique_ptr<Session> TestSession::makeSession(const FakeThousandEyesServer* apiUrl)
{
    Session::Options options;
    options.location = SettingsLocation::iniFile(m_ini);
    options.keychainService = m_service;
    options.startup.apiVersion = ApiVersion::V7;
    if (apiUrl)
        options.startup.apiUrl = apiUrl->baseUrl(u"/v7"_s);
    return std::make_unique<Session>(options);
}

Session::Options TestSession::environmentOptions(const FakeThousandEyesServer& server) const
{
    Session::Options options;
    options.location = SettingsLocation::iniFile(m_ini);
    options.keychainService = m_service;
    options.startup.apiVersion = ApiVersion::V7;
    options.startup.apiUrl = server.baseUrl(u"/v7"_s);
    options.startup.credentials = Credentials{Credentials::Method::Bearer, {}, u"env-tok"_s};
    return options;
}

bool TestSession::saveToken(const QString& token, const FakeThousandEyesServer& server)
{
    CredentialStore store(m_service);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    BoundToken bound{token, {}};
    bound.allow(server.baseUrl(u"/v7"_s));
    store.write(Secret::BearerToken, bound);
    return (!written.isEmpty() || written.wait(kTimeoutMs)) && written.first().at(1).toBool();
}

bool TestSession::writeRaw(const QString& key, const QString& text)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(text);
    QSignalSpy done(job, &QKeychain::Job::finished);
    job->start();
    return done.wait(kTimeoutMs);
}

BoundToken TestSession::readSaved()
{
    CredentialStore store(m_service);
    BoundToken saved;
    bool answered = false;
    QObject context;
    store.read(Secret::BearerToken, &context, [&](const BoundToken& stored, const QString&) {
        saved = stored;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, kTimeoutMs))
        qWarning("the keychain did not answer");
    return saved;
}

void TestSession::aSavedTokenIsNotSentToAnotherAddress()
{
    QVERIFY(saveToken(u"tok-for-a"_s, m_a));
    auto session = makeSession(&m_b); // as `snapshot-desk --api-url http://B/v7` would
    QSignalSpy asked(session.get(), &Session::tokenNeedsConfirmation);
    session->start();
    QVERIFY(asked.wait(kTimeoutMs));
    QCOMPARE(asked.first().at(0).toString(), displayAddress(m_b));
    QCOMPARE(asked.first().at(1).toStringList(), QStringList{displayAddress(m_a)});
    QVERIFY(session->isTokenAwaitingConfirmation());
    // Asked instead of sent: neither address has seen a request, and the service has no token.
    QCOMPARE(m_b.requestCount(), 0);
    QCOMPARE(m_a.requestCount(), 0);
    QVERIFY(!session->hasCredentials());
}

void TestSession::confirmingOnceSendsItThereFromThenOn()
{
    QVERIFY(saveToken(u"tok-for-a"_s, m_a));
    {
        auto session = makeSession(&m_b);
        QSignalSpy asked(session.get(), &Session::tokenNeedsConfirmation);
        QSignalSpy groups(session.get(), &Session::accountGroupsChanged);
        session->start();
        QVERIFY(asked.wait(kTimeoutMs));
        session->confirmTokenForAddress();
        QVERIFY(groups.wait(kTimeoutMs));
        QCOMPARE(m_b.lastRequest().header("Authorization"), bearer(u"tok-for-a"_s));
    }
    // Kept in the keychain with both addresses...
    const BoundToken saved = readSaved();
    QCOMPARE(saved.token, u"tok-for-a"_s);
    QVERIFY(saved.allows(m_a.baseUrl()));
    QVERIFY(saved.allows(m_b.baseUrl()));
    // ...so the next start on B asks nothing.
    m_b.takeRequests();
    auto restarted = makeSession(&m_b);
    QSignalSpy asked(restarted.get(), &Session::tokenNeedsConfirmation);
    QSignalSpy groups(restarted.get(), &Session::accountGroupsChanged);
    restarted->start();
    QVERIFY(groups.wait(kTimeoutMs));
    QCOMPARE(asked.size(), 0);
    QCOMPARE(m_b.lastRequest().header("Authorization"), bearer(u"tok-for-a"_s));
    // The keychain holds it; no file of the app does, in any form.
    const QStringList found = test::findSecretInFiles(m_dir->path(), u"tok-for-a"_s);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestSession::decliningSendsNothing()
{
    QVERIFY(saveToken(u"tok-for-a"_s, m_a));
    auto session = makeSession(&m_b);
    QSignalSpy asked(session.get(), &Session::tokenNeedsConfirmation);
    QSignalSpy missing(session.get(), &Session::credentialsMissing);
    session->start();
    QVERIFY(asked.wait(kTimeoutMs));
    session->declineTokenForAddress();
    QCOMPARE(missing.size(), 1); // the window then offers the demo and Settings
    QVERIFY(!session->isTokenAwaitingConfirmation());
    session->confirmTokenForAddress(); // a late click on the old question does nothing
    session->refreshAccountGroups();
    QCOMPARE(missing.size(), 2);
    QCOMPARE(m_b.requestCount(), 0);
    // Nothing was added to the saved token.
    QCOMPARE(readSaved().origins, QStringList{BoundToken::originOf(m_a.baseUrl())});
}

void TestSession::aTypedTokenIsBoundToItsAddress()
{
    {
        auto session = makeSession(nullptr);
        QSignalSpy written(&session->credentialStore(), &CredentialStore::writeFinished);
        QSignalSpy groups(session.get(), &Session::accountGroupsChanged);
        ApiConfig config;
        config.version = ApiVersion::V7;
        config.baseUrl = m_a.baseUrl(u"/v7"_s);
        session->applyConfiguration(config, u"typed-for-a"_s, {});
        QVERIFY(groups.wait(kTimeoutMs));
        QCOMPARE(m_a.lastRequest().header("Authorization"), bearer(u"typed-for-a"_s));
        QVERIFY(!written.isEmpty() || written.wait(kTimeoutMs));
    }
    QCOMPARE(readSaved().origins, QStringList{BoundToken::originOf(m_a.baseUrl())});
    auto elsewhere = makeSession(&m_b);
    QSignalSpy asked(elsewhere.get(), &Session::tokenNeedsConfirmation);
    elsewhere->start();
    QVERIFY(asked.wait(kTimeoutMs));
    QCOMPARE(m_b.requestCount(), 0);
}

void TestSession::aTokenOfAnOlderBuildIsBoundToTheSavedAddress()
{
    // An older build kept the token alone; the address it was typed for is the one in Settings.
    QVERIFY(writeRaw(u"bearer-token"_s, u"legacy-tok"_s));
    {
        Settings settings(SettingsLocation::iniFile(m_ini));
        settings.setApiVersion(ApiVersion::V7);
        settings.setBaseUrl(ApiVersion::V7, m_a.baseUrl(u"/v7"_s));
        QVERIFY(settings.sync());
    }
    {
        auto session = makeSession(nullptr);
        QSignalSpy asked(session.get(), &Session::tokenNeedsConfirmation);
        QSignalSpy groups(session.get(), &Session::accountGroupsChanged);
        session->start();
        QVERIFY(groups.wait(kTimeoutMs));
        QCOMPARE(asked.size(), 0);
        QCOMPARE(m_a.lastRequest().header("Authorization"), bearer(u"legacy-tok"_s));
    }
    const BoundToken saved = readSaved();
    QCOMPARE(saved.token, u"legacy-tok"_s);
    QCOMPARE(saved.origins, QStringList{BoundToken::originOf(m_a.baseUrl())});

    auto elsewhere = makeSession(&m_b);
    QSignalSpy asked(elsewhere.get(), &Session::tokenNeedsConfirmation);
    elsewhere->start();
    QVERIFY(asked.wait(kTimeoutMs));
    QCOMPARE(m_b.requestCount(), 0);
}

void TestSession::testConnectionSendsTheSavedTokenOnlyToItsAddress()
{
    QVERIFY(saveToken(u"tok-for-a"_s, m_a));
    auto session = makeSession(&m_a);
    QSignalSpy groups(session.get(), &Session::accountGroupsChanged);
    session->start();
    QVERIFY(groups.wait(kTimeoutMs));

    // Settings: a newly typed base URL, no token typed.
    ApiConfig config = session->apiConfig();
    config.baseUrl = m_b.baseUrl(u"/v7"_s);
    config.credentials.token.clear();
    QSignalSpy failed(session.get(), &Session::connectionTestFailed);
    QSignalSpy tested(session.get(), &Session::connectionTested);
    session->testConnection(config);
    QVERIFY(failed.wait(kTimeoutMs));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::TokenForAnotherAddress);
    QCOMPARE(m_b.requestCount(), 0);

    // The address it was saved for is tested with it.
    m_a.takeRequests();
    config.baseUrl = m_a.baseUrl(u"/v7"_s);
    session->testConnection(config);
    QVERIFY(tested.wait(kTimeoutMs));
    QCOMPARE(m_a.lastRequest().header("Authorization"), bearer(u"tok-for-a"_s));

    // A token typed for B is B's to test.
    config.baseUrl = m_b.baseUrl(u"/v7"_s);
    config.credentials.token = u"typed-for-b"_s;
    session->testConnection(config);
    QVERIFY(tested.wait(kTimeoutMs));
    QCOMPARE(m_b.lastRequest().header("Authorization"), bearer(u"typed-for-b"_s));
}

void TestSession::anEnvironmentTokenGoesWhereTheAddressPoints()
{
    QVERIFY(saveToken(u"tok-for-a"_s, m_a));
    const Session::Options options = environmentOptions(m_b);
    Session session(options);
    QSignalSpy asked(&session, &Session::tokenNeedsConfirmation);
    QSignalSpy groups(&session, &Session::accountGroupsChanged);
    session.start();
    QVERIFY(groups.wait(kTimeoutMs));
    QCOMPARE(asked.size(), 0);
    QCOMPARE(m_b.lastRequest().header("Authorization"), bearer(u"env-tok"_s));
    QCOMPARE(m_a.requestCount(), 0);
}

// The wiring of a create, from the form's request to the history on disk: the current account
// group is filled in, the entry carries the group's name and the server's ID and link.
void TestSession::aCreateLandsInTheHistoryWithItsGroup()
{
    const Session::Options options = environmentOptions(m_a);
    QString key;
    {
        Session session(options);
        QSignalSpy groups(&session, &Session::accountGroupsChanged);
        session.start();
        QVERIFY(groups.wait(kTimeoutMs));
        session.selectAccountGroup(u"1234"_s);
        QSignalSpy created(&session, &Session::created);
        SnapshotRequest request;
        request.displayName = u"Weekly WAN review"_s;
        request.sourceId = u"17"_s;
        request.sourceName = u"WAN"_s;
        request.to = QDateTime::currentDateTimeUtc().addSecs(-3600);
        request.from = request.to.addDays(-7);
        QVERIFY(session.create(request)); // no aid: the session's current group
        QVERIFY(created.wait(kTimeoutMs));
        const auto entry = created.first().first().value<HistoryEntry>();
        QVERIFY(!entry.key.isEmpty());
        QCOMPARE(entry.aid, u"1234"_s);
        QCOMPARE(entry.accountGroupName, u"Operations"_s);
        QCOMPARE(entry.status, HistoryEntry::Status::Created);
        QVERIFY(entry.snapshotId.startsWith(u"5f1c2d3e-"_s));
        QVERIFY(m_a.lastRequest().target.contains("aid=1234"));
        key = entry.key;
        QSignalSpy saved(&session.history(), &History::saved);
        QVERIFY(saved.wait(kTimeoutMs) || !saved.isEmpty());
    }
    HistoryStore reread(SettingsLocation::iniFile(m_ini).history());
    const QList<HistoryEntry> entries = reread.load().entries;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().key, key);
    QCOMPARE(entries.first().displayName, u"Weekly WAN review"_s);
    QCOMPARE(entries.first().accountGroupName, u"Operations"_s);
}

void TestSession::switchingProfileUsesItsAddressAndItsToken()
{
    QVERIFY(saveToken(u"tok-for-a"_s, m_a));
    {
        Settings settings(SettingsLocation::iniFile(m_ini));
        settings.setBaseUrl(ApiVersion::V7, m_a.baseUrl(u"/v7"_s));
        ApiConfig acme;
        acme.baseUrl = m_b.baseUrl(u"/v7"_s);
        QVERIFY(settings.addProfile(u"Acme"_s, acme).isEmpty());
    }
    {
        CredentialStore store(m_service);
        store.setProfile(u"Acme"_s);
        QSignalSpy written(&store, &CredentialStore::writeFinished);
        BoundToken bound{u"tok-for-b"_s, {}};
        bound.allow(m_b.baseUrl(u"/v7"_s));
        store.write(Secret::BearerToken, bound);
        QVERIFY(written.wait(kTimeoutMs));
    }
    Session::Options options;
    options.location = SettingsLocation::iniFile(m_ini);
    options.keychainService = m_service;
    Session session(options);
    QCOMPARE(session.profile(), u"Default"_s);
    QSignalSpy groups(&session, &Session::accountGroupsChanged);
    session.start();
    QVERIFY(groups.wait(kTimeoutMs));
    QCOMPARE(m_a.lastRequest().header("Authorization"), bearer(u"tok-for-a"_s));

    QSignalSpy changed(&session, &Session::profileChanged);
    QVERIFY(session.switchProfile(u"acme"_s)); // any case
    QCOMPARE(changed.size(), 1);
    QCOMPARE(session.profile(), u"Acme"_s);
    QVERIFY(groups.wait(kTimeoutMs));
    QCOMPARE(m_b.lastRequest().header("Authorization"), bearer(u"tok-for-b"_s));
    for (const HttpRequest& request : m_a.requests())
        QVERIFY(request.header("Authorization") != bearer(u"tok-for-b"_s));
    QCOMPARE(session.settings().currentProfile(), u"Acme"_s); // the window's choice is kept
    QVERIFY(!session.switchProfile(u"Nobody"_s));

    CredentialStore store(m_service);
    store.setProfile(u"Acme"_s);
    QSignalSpy removed(&store, &CredentialStore::removeFinished);
    store.remove(Secret::BearerToken);
    QVERIFY(removed.wait(kTimeoutMs));
}

void TestSession::forgetTokenRemovesItFromTheKeychain()
{
    QVERIFY(saveToken(u"tok-for-a"_s, m_a));
    auto session = makeSession(&m_a);
    QSignalSpy forgotten(session.get(), &Session::tokenForgotten);
    session->forgetToken();
    QVERIFY(forgotten.wait(kTimeoutMs));
    QCOMPARE(forgotten.first().at(0).toString(), u"Default"_s);
    QCOMPARE(forgotten.first().at(1).toBool(), true);
    QVERIFY(forgotten.first().at(2).toString().isEmpty());
    QVERIFY(readSaved().isEmpty());
    session->forgetToken();
    QVERIFY(forgotten.wait(kTimeoutMs));
    QCOMPARE(forgotten.last().at(1).toBool(), false); // nothing left to remove
}

void TestSession::aRefusedCreateLandsInTheHistoryAsFailed()
{
    m_a.on("/v7/dashboard-snapshots",
           FakeThousandEyesServer::v7Problem(403, u"Forbidden"_s, u"No Edit Snapshots"_s));
    const Session::Options options = environmentOptions(m_a);
    Session session(options);
    QSignalSpy groups(&session, &Session::accountGroupsChanged);
    session.start();
    QVERIFY(groups.wait(kTimeoutMs));
    QSignalSpy failed(&session, &Session::createFailed);
    SnapshotRequest request;
    request.displayName = u"Not allowed"_s;
    request.sourceId = u"2"_s;
    request.to = QDateTime::currentDateTimeUtc().addSecs(-3600);
    request.from = request.to.addDays(-1);
    QVERIFY(session.create(request));
    QVERIFY(failed.wait(kTimeoutMs));
    const auto entry = failed.first().first().value<HistoryEntry>();
    QCOMPARE(entry.status, HistoryEntry::Status::Failed);
    QVERIFY(!entry.key.isEmpty()); // recorded
    QVERIFY2(entry.failureReason.contains(u"No Edit Snapshots"_s), qPrintable(entry.failureReason));
    QCOMPARE(failed.first().at(1).value<ApiError>().kind(), ApiError::Kind::Forbidden);
}

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
