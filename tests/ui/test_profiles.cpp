// Profiles in the window, end to end: two accounts side by side (two fake ThousandEyes servers on
// 127.0.0.1, each profile's token in the keychain under the profile), chosen with File → Profile,
// shown in the title and the status bar, recorded with each history entry and filtered by; and
// Settings → Forget token taking a token out of the keychain. Runs in the private D-Bus session with
// an unlocked keyring that scripts/test.sh provides, under a keychain service of its own.

#include "FakeClock.h"
#include "FakeThousandEyesServer.h"
#include "session/Session.h"
#include "store/CredentialStore.h"
#include "store/History.h"
#include "store/HistoryStore.h"
#include "store/Settings.h"
#include "ui/form/SnapshotForm.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryView.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 15'000;
const QString kAcme = u"Acme"_s;

QByteArray bearer(const QString& token)
{
    return "Bearer " + token.toUtf8();
}

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace

class TestProfiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void switchingProfileInTheMenuChangesTitleStatusAndAddress();
    void forgetTokenInSettingsDisconnectsTheWindow();
    void theProfileFilterShowsOnlyTheChosenProfilesRows();

private:
    // The profile "Default" on server A with token tok-a, "Acme" on server B with tok-b, both saved
    // in the keychain for their own address; then the window, started and ready to create.
    void openWindow();
    bool saveToken(const QString& profile, const QString& token, const FakeThousandEyesServer& server);
    BoundToken savedToken(const QString& profile);
    void waitReady();
    void chooseProfileInTheMenu(const QString& name);
    void create(FakeThousandEyesServer& server, const QByteArray& snapshotId);
    QString modeText() const { return child<ElidedLabel>(m_window.get(), u"modeLabel"_s)->fullText(); }
    QTableView* table() const { return child<QTableView>(m_window.get(), u"historyTable"_s); }
    // The table's rows as "snapshot ID / profile", sorted (both creates happen at the same fake
    // time, so the table's order between them is not the point).
    QStringList shownRows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    QString m_service;
    FakeClock m_clock;
    FakeThousandEyesServer m_a;
    FakeThousandEyesServer m_b;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestProfiles::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session bus: run the tests under scripts/test.sh (a private, unlocked keyring).");
    QVERIFY(m_a.isListening());
    QVERIFY(m_b.isListening());
}

void TestProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(u"settings.ini"_s);
    m_service = u"org.snapshotdesk.test.profiles."_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
    for (FakeThousandEyesServer* server : {&m_a, &m_b}) {
        server->clearScript();
        server->takeRequests();
        server->scriptTenant(ApiVersion::V7, &m_clock);
    }
}

void TestProfiles::cleanup()
{
    m_window.reset();
    m_session.reset();
    for (const QString& profile : {QString(), kAcme}) {
        CredentialStore store(m_service);
        store.setProfile(profile);
        QSignalSpy removed(&store, &CredentialStore::removeFinished);
        store.remove(CredentialStore::Secret::BearerToken);
        QVERIFY(!removed.isEmpty() || removed.wait(kTimeoutMs));
    }
    m_dir.reset();
}

bool TestProfiles::saveToken(const QString& profile, const QString& token,
                             const FakeThousandEyesServer& server)
{
    CredentialStore store(m_service);
    store.setProfile(profile);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    BoundToken bound{token, {}};
    bound.allow(server.baseUrl(u"/v7"_s));
    store.write(CredentialStore::Secret::BearerToken, bound);
    return (!written.isEmpty() || written.wait(kTimeoutMs)) && written.first().at(1).toBool();
}

BoundToken TestProfiles::savedToken(const QString& profile)
{
    CredentialStore store(m_service);
    store.setProfile(profile);
    BoundToken result;
    bool answered = false;
    store.read(CredentialStore::Secret::BearerToken, this, [&](const BoundToken& stored, const QString&) {
        result = stored;
        answered = true;
    });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&answered] { return answered; }, kTimeoutMs);
    return result;
}

void TestProfiles::openWindow()
{
    {
        Settings settings(SettingsLocation::iniFile(m_ini));
        settings.setApiVersion(ApiVersion::V7);
        settings.setBaseUrl(ApiVersion::V7, m_a.baseUrl(u"/v7"_s));
        ApiConfig acme;
        acme.version = ApiVersion::V7;
        acme.baseUrl = m_b.baseUrl(u"/v7"_s);
        QCOMPARE(settings.addProfile(kAcme, acme), QString());
    }
    QVERIFY(saveToken({}, u"tok-a"_s, m_a));
    QVERIFY(saveToken(kAcme, u"tok-b"_s, m_b));

    Session::Options options;
    options.location = SettingsLocation::iniFile(m_ini);
    options.clock = &m_clock;
    options.keychainService = m_service;
    m_session = std::make_unique<Session>(options);
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->setUrlOpener([](const QUrl&) { return true; });
    m_window->show();
    m_session->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isHistoryLoaded(), kTimeoutMs);
    waitReady();
}

void TestProfiles::waitReady()
{
    SnapshotForm* form = m_window->form();
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(form, u"sourceCombo"_s)->count() > 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(form, u"createButton"_s)->isEnabled(), kTimeoutMs);
}

void TestProfiles::chooseProfileInTheMenu(const QString& name)
{
    // As a person does it: the menu is filled when it opens, and the profile's entry is chosen.
    auto* menu = child<QMenu>(m_window.get(), u"profileMenu"_s);
    menu->popup(m_window->mapToGlobal(QPoint(10, 10)));
    QTRY_VERIFY(menu->isVisible());
    QAction* chosen = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == name)
            chosen = action;
    }
    QVERIFY2(chosen, qPrintable(name));
    QVERIFY(chosen->isCheckable() && !chosen->isChecked());
    chosen->trigger();
    menu->hide();
}

void TestProfiles::create(FakeThousandEyesServer& server, const QByteArray& snapshotId)
{
    server.on("/v7/dashboard-snapshots", FakeThousandEyesServer::v7Created(snapshotId));
    QTest::mouseClick(child<QPushButton>(m_window->form(), u"createButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(m_window.get(), u"snapshotIdEdit"_s)->text(),
                              QString::fromLatin1(snapshotId), kTimeoutMs);
}

QStringList TestProfiles::shownRows() const
{
    QStringList rows;
    const QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, HistoryModel::SnapshotIdColumn).data().toString() + u" / "_s +
                    model->index(row, HistoryModel::ProfileColumn).data().toString();
    rows.sort();
    return rows;
}

void TestProfiles::switchingProfileInTheMenuChangesTitleStatusAndAddress()
{
    openWindow();
    QCOMPARE(m_window->windowTitle(), u"Default"_s);
    QVERIFY2(modeText().startsWith(u"Connected"_s) && modeText().endsWith(u"Profile: Default"_s),
             qPrintable(modeText()));
    QCOMPARE(m_a.lastRequest().header("Authorization"), bearer(u"tok-a"_s));
    QVERIFY(m_b.requests().isEmpty());
    const qsizetype sentToA = m_a.requests().size();

    chooseProfileInTheMenu(kAcme);
    QCOMPARE(m_session->profile(), kAcme);
    QCOMPARE(m_window->windowTitle(), kAcme);
    QVERIFY2(modeText().endsWith(u"Profile: Acme"_s), qPrintable(modeText()));
    // Until Acme's token and lists are in, nothing of Default's account is offered or sent.
    QCOMPARE(child<QComboBox>(m_window->form(), u"sourceCombo"_s)->count(), 0);
    QCOMPARE(child<QComboBox>(m_window->form(), u"accountGroupCombo"_s)->count(), 0);
    QVERIFY(!child<QPushButton>(m_window->form(), u"createButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(modeText().startsWith(u"Connected"_s), kTimeoutMs);
    waitReady();
    // Acme's server with Acme's token; nothing more to Default's, and Acme's token never there.
    QVERIFY(!m_b.requests().isEmpty());
    for (const HttpRequest& request : m_b.requests())
        QCOMPARE(request.header("Authorization"), bearer(u"tok-b"_s));
    QCOMPARE(m_a.requests().size(), sentToA);

    // A snapshot made now is Acme's: sent there, and recorded so in the history's row and file.
    create(m_b, "acme-snap");
    const HttpRequest post = m_b.requests("/v7/dashboard-snapshots").constLast();
    QCOMPARE(post.header("Authorization"), bearer(u"tok-b"_s));
    QVERIFY(m_a.requests("/v7/dashboard-snapshots").isEmpty());
    QTRY_COMPARE(shownRows(), QStringList{u"acme-snap / Acme"_s});
    const HistoryStore::LoadResult saved = HistoryStore(SettingsLocation::iniFile(m_ini).history()).load();
    QCOMPARE(saved.entries.size(), 1);
    QCOMPARE(saved.entries.first().profile, kAcme);

    // And back: the choice is the window's, kept for the next start.
    chooseProfileInTheMenu(u"Default"_s);
    QCOMPARE(m_window->windowTitle(), u"Default"_s);
    QVERIFY2(modeText().endsWith(u"Profile: Default"_s), qPrintable(modeText()));
    QCOMPARE(Settings(SettingsLocation::iniFile(m_ini)).currentProfile(), u"Default"_s);
}

void TestProfiles::forgetTokenInSettingsDisconnectsTheWindow()
{
    openWindow();
    QVERIFY(!savedToken({}).isEmpty());
    QVERIFY2(modeText().startsWith(u"Connected"_s), qPrintable(modeText()));

    // File → Settings…, Forget token, then Cancel: forgetting does not wait for OK.
    QSignalSpy forgotten(m_session.get(), &Session::tokenForgotten);
    bool clicked = false;
    QTimer::singleShot(0, m_window.get(), [&clicked] {
        QWidget* dialog = QApplication::activeModalWidget();
        auto* forget = dialog ? dialog->findChild<QPushButton*>(u"forgetTokenButton"_s) : nullptr;
        if (forget && forget->isVisible()) {
            QTest::mouseClick(forget, Qt::LeftButton);
            clicked = true;
        }
        if (dialog)
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
    child<QAction>(m_window.get(), u"settingsAction"_s)->trigger();
    QVERIFY(clicked);
    QVERIFY(!forgotten.isEmpty() || forgotten.wait(kTimeoutMs));
    QCOMPARE(forgotten.first().at(0).toString(), u"Default"_s);
    QVERIFY(forgotten.first().at(1).toBool());

    QVERIFY(savedToken({}).isEmpty());
    QCOMPARE(savedToken(kAcme).token, u"tok-b"_s); // another profile's token stays
    QVERIFY2(modeText().startsWith(u"Not connected: no API token"_s), qPrintable(modeText()));
    QVERIFY2(modeText().endsWith(u"Profile: Default"_s), qPrintable(modeText()));
    QVERIFY(!child<QPushButton>(m_window->form(), u"createButton"_s)->isEnabled());
    QVERIFY(!m_session->hasCredentials());
}

void TestProfiles::theProfileFilterShowsOnlyTheChosenProfilesRows()
{
    openWindow();
    QComboBox* filter = child<QComboBox>(m_window.get(), u"historyProfileCombo"_s);
    create(m_a, "default-snap");
    QTRY_COMPARE(shownRows(), QStringList{u"default-snap / Default"_s});
    QVERIFY(!filter->isVisible()); // one account so far: no control for it

    chooseProfileInTheMenu(kAcme);
    QTRY_VERIFY_WITH_TIMEOUT(modeText().startsWith(u"Connected"_s), kTimeoutMs);
    waitReady();
    create(m_b, "acme-snap");
    QTRY_COMPARE(shownRows().size(), 2);
    // Switching profile does not filter by itself: both accounts' rows stay in view.
    QVERIFY(filter->isVisible());
    QCOMPARE(filter->currentText(), u"All profiles"_s);
    QCOMPARE(shownRows(), (QStringList{u"acme-snap / Acme"_s, u"default-snap / Default"_s}));

    filter->setCurrentIndex(filter->findText(kAcme));
    QCOMPARE(shownRows(), QStringList{u"acme-snap / Acme"_s});
    filter->setCurrentIndex(filter->findText(u"Default"_s));
    QCOMPARE(shownRows(), QStringList{u"default-snap / Default"_s});
    // Switching back leaves the user's choice as it is, too.
    chooseProfileInTheMenu(u"Default"_s);
    QCOMPARE(filter->currentText(), u"Default"_s);
    filter->setCurrentIndex(0);
    QCOMPARE(shownRows().size(), 2);
}

QTEST_MAIN(TestProfiles)
#include "test_profiles.moc"
