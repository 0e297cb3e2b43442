// CredentialStore against the real Secret Service (through QtKeychain): a saved token is there after
// a restart with the addresses it was saved for, a removed one is gone, a session-only token never
// reaches the keychain, and a token the keychain holds is not also kept in memory.
//
// Needs a D-Bus session with an unlocked keyring: scripts/test.sh runs the tests inside
// dbus-run-session with a throw-away gnome-keyring. Each test uses its own service name, so nothing
// of the user's keychain is read or changed.

#include "store/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Secret = CredentialStore::Secret;

namespace {

constexpr int kTimeoutMs = 15'000;

struct ReadResult
{
    bool answered = false;
    QString value;
    QStringList origins;
    QString problem;
};

ReadResult readSecret(CredentialStore& store, Secret secret)
{
    ReadResult result;
    QObject context;
    store.read(secret, &context, [&result](const BoundToken& stored, const QString& problem) {
        result.answered = true;
        result.value = stored.token;
        result.origins = stored.origins;
        result.problem = problem;
    });
    // result.answered stays false when the keychain never answers; the callers check it.
    if (!QTest::qWaitFor([&result] { return result.answered; }, kTimeoutMs))
        qWarning("the keychain did not answer within %d ms", kTimeoutMs);
    return result;
}

BoundToken bound(const QString& token, const QString& address = u"https://api.thousandeyes.com/v7"_s)
{
    BoundToken value{token, {}};
    value.allow(QUrl(address));
    return value;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nothingStoredReadsEmpty();
    void writePersistsAcrossInstances();
    void secretsKeptApart();
    void overwriteReplaces();
    void removeForgets();
    void emptyWriteRemoves();
    void sessionOnlyNeverPersisted();
    void savedTokenKeepsItsAddresses();
    void writtenTokenIsNotKeptInMemory();
    void plainTokenOfAnOlderBuildReadsWithoutAddresses();

private:
    bool write(CredentialStore& store, Secret secret, const QString& value);
    bool remove(CredentialStore& store, Secret secret);

    QString m_service;
};

void TestCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL(
            "No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset). Run the tests under scripts/test.sh, "
            "which starts a private session bus with an unlocked throw-away keyring.");
    // One clear failure when the keyring is unusable, rather than one per test.
    CredentialStore probe(u"org.snapshotdesk.test.probe."_s +
                          QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSignalSpy written(&probe, &CredentialStore::writeFinished);
    probe.write(Secret::BearerToken, bound(u"probe"_s));
    QVERIFY2(!written.isEmpty() || written.wait(kTimeoutMs), "the Secret Service did not answer");
    const QString problem = written.first().at(2).toString();
    QVERIFY2(written.first().at(1).toBool(),
             qPrintable(u"The Secret Service cannot store a secret: %1 The keyring needs an unlocked default "
                        "(login) collection; scripts/test.sh creates one by unlocking gnome-keyring-daemon "
                        "with an empty password line."_s.arg(problem)));
    QSignalSpy removed(&probe, &CredentialStore::removeFinished);
    probe.remove(Secret::BearerToken);
    QVERIFY(!removed.isEmpty() || removed.wait(kTimeoutMs));
}

void TestCredentialStore::init()
{
    m_service = u"org.snapshotdesk.test."_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestCredentialStore::cleanup()
{
    // Leave nothing behind in the keyring.
    CredentialStore store(m_service);
    remove(store, Secret::BearerToken);
    remove(store, Secret::BasicToken);
}

bool TestCredentialStore::write(CredentialStore& store, Secret secret, const QString& value)
{
    QSignalSpy spy(&store, &CredentialStore::writeFinished);
    store.write(secret, bound(value));
    if (spy.isEmpty() && !spy.wait(kTimeoutMs)) {
        qWarning("no writeFinished within %d ms", kTimeoutMs);
        return false;
    }
    const bool persisted = spy.first().at(1).toBool();
    if (!persisted)
        qWarning("not persisted: %s", qPrintable(spy.first().at(2).toString()));
    return spy.first().at(0).value<Secret>() == secret && persisted && spy.first().at(2).toString().isEmpty();
}

bool TestCredentialStore::remove(CredentialStore& store, Secret secret)
{
    QSignalSpy spy(&store, &CredentialStore::removeFinished);
    store.remove(secret);
    return !spy.isEmpty() || spy.wait(kTimeoutMs);
}

void TestCredentialStore::nothingStoredReadsEmpty()
{
    CredentialStore store(m_service);
    QCOMPARE(store.service(), m_service);
    const ReadResult bearer = readSecret(store, Secret::BearerToken);
    QVERIFY(bearer.answered);
    QVERIFY2(bearer.problem.isEmpty(), qPrintable(bearer.problem));
    QCOMPARE(bearer.value, QString());
    const ReadResult basic = readSecret(store, Secret::BasicToken);
    QVERIFY(basic.answered);
    QVERIFY2(basic.problem.isEmpty(), qPrintable(basic.problem));
    QCOMPARE(basic.value, QString());
}

void TestCredentialStore::writePersistsAcrossInstances()
{
    const QString token = u"tok-7c1d4e Ünïcödé/+="_s;
    {
        CredentialStore store(m_service);
        QVERIFY(write(store, Secret::BearerToken, token));
    }
    // A restart: a new store, with nothing in memory.
    CredentialStore restarted(m_service);
    QVERIFY(restarted.sessionValue(Secret::BearerToken).isEmpty());
    const ReadResult read = readSecret(restarted, Secret::BearerToken);
    QVERIFY(read.answered);
    QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
    QCOMPARE(read.value, token);

    // Another service name does not see it.
    CredentialStore other(m_service + u".other"_s);
    const ReadResult elsewhere = readSecret(other, Secret::BearerToken);
    QVERIFY(elsewhere.answered);
    QCOMPARE(elsewhere.value, QString());
}

void TestCredentialStore::secretsKeptApart()
{
    {
        CredentialStore store(m_service);
        QVERIFY(write(store, Secret::BearerToken, u"bearer-1111"_s));
        QVERIFY(write(store, Secret::BasicToken, u"basic-2222"_s));
    }
    CredentialStore restarted(m_service);
    QCOMPARE(readSecret(restarted, Secret::BearerToken).value, u"bearer-1111"_s);
    QCOMPARE(readSecret(restarted, Secret::BasicToken).value, u"basic-2222"_s);
}

void TestCredentialStore::overwriteReplaces()
{
    {
        CredentialStore store(m_service);
        QVERIFY(write(store, Secret::BearerToken, u"old-token"_s));
        QVERIFY(write(store, Secret::BearerToken, u"new-token"_s));
    }
    CredentialStore restarted(m_service);
    QCOMPARE(readSecret(restarted, Secret::BearerToken).value, u"new-token"_s);
}

void TestCredentialStore::removeForgets()
{
    {
        CredentialStore store(m_service);
        QVERIFY(write(store, Secret::BearerToken, u"bearer-3333"_s));
        QVERIFY(write(store, Secret::BasicToken, u"basic-4444"_s));
        QVERIFY(remove(store, Secret::BearerToken));
        QVERIFY(store.sessionValue(Secret::BearerToken).isEmpty());
        // The same instance reads nothing either.
        QCOMPARE(readSecret(store, Secret::BearerToken).value, QString());
    }
    CredentialStore restarted(m_service);
    const ReadResult read = readSecret(restarted, Secret::BearerToken);
    QVERIFY(read.answered);
    QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
    QCOMPARE(read.value, QString());
    // Only that secret.
    QCOMPARE(readSecret(restarted, Secret::BasicToken).value, u"basic-4444"_s);
}

void TestCredentialStore::emptyWriteRemoves()
{
    {
        CredentialStore store(m_service);
        QVERIFY(write(store, Secret::BearerToken, u"bearer-5555"_s));
        QSignalSpy removed(&store, &CredentialStore::removeFinished);
        store.write(Secret::BearerToken, BoundToken{});
        QVERIFY(!removed.isEmpty() || removed.wait(kTimeoutMs));
    }
    CredentialStore restarted(m_service);
    QCOMPARE(readSecret(restarted, Secret::BearerToken).value, QString());
}

void TestCredentialStore::sessionOnlyNeverPersisted()
{
    const QString token = u"session-only-6666"_s;
    {
        CredentialStore store(m_service);
        QSignalSpy written(&store, &CredentialStore::writeFinished);
        store.write(Secret::BearerToken, bound(token), false);
        QCOMPARE(store.sessionValue(Secret::BearerToken).token, token);
        // This run still has it.
        const ReadResult read = readSecret(store, Secret::BearerToken);
        QVERIFY(read.answered);
        QCOMPARE(read.value, token);
        QVERIFY(written.isEmpty() || !written.first().at(1).toBool());
    }
    // After a restart it is gone: it never reached the keychain.
    CredentialStore restarted(m_service);
    const ReadResult read = readSecret(restarted, Secret::BearerToken);
    QVERIFY(read.answered);
    QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
    QCOMPARE(read.value, QString());
}

void TestCredentialStore::savedTokenKeepsItsAddresses()
{
    BoundToken token = bound(u"tok-addresses"_s, u"https://API.ThousandEyes.com/v6"_s);
    token.allow(QUrl(u"https://eu.example.net:8443/v7"_s));
    {
        CredentialStore store(m_service);
        QSignalSpy written(&store, &CredentialStore::writeFinished);
        store.write(Secret::BearerToken, token);
        QVERIFY(!written.isEmpty() || written.wait(kTimeoutMs));
        QVERIFY(written.first().at(1).toBool());
    }
    CredentialStore restarted(m_service);
    const ReadResult read = readSecret(restarted, Secret::BearerToken);
    QVERIFY(read.answered);
    QCOMPARE(read.value, u"tok-addresses"_s);
    QCOMPARE(read.origins,
             QStringList({u"https://api.thousandeyes.com:443"_s, u"https://eu.example.net:8443"_s}));
}

void TestCredentialStore::writtenTokenIsNotKeptInMemory()
{
    CredentialStore store(m_service);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    store.write(Secret::BearerToken, bound(u"tok-in-memory"_s));
    // Held while the keychain writes, so nothing typed is lost if it fails...
    QCOMPARE(store.sessionValue(Secret::BearerToken).token, u"tok-in-memory"_s);
    QVERIFY(!written.isEmpty() || written.wait(kTimeoutMs));
    QVERIFY(written.first().at(1).toBool());
    // ...and let go once the keychain has it; a read gives it again without keeping it.
    QVERIFY(store.sessionValue(Secret::BearerToken).isEmpty());
    QCOMPARE(readSecret(store, Secret::BearerToken).value, u"tok-in-memory"_s);
    QVERIFY(store.sessionValue(Secret::BearerToken).isEmpty());
}

void TestCredentialStore::plainTokenOfAnOlderBuildReadsWithoutAddresses()
{
    // What builds before the address binding wrote: the token alone, under the same key.
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(u"bearer-token"_s);
    job->setTextData(u"legacy-plain-token"_s);
    QSignalSpy done(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(done.wait(kTimeoutMs));

    CredentialStore store(m_service);
    const ReadResult read = readSecret(store, Secret::BearerToken);
    QVERIFY(read.answered);
    QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
    QCOMPARE(read.value, u"legacy-plain-token"_s);
    QVERIFY(read.origins.isEmpty()); // Session binds it to the address saved in Settings
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "test_credentialstore.moc"
