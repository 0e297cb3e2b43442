#pragma once

#include "api/BatchRunner.h"
#include "api/ServerSnapshotCatalog.h"
#include "api/SnapshotService.h"
#include "session/OutcomeCheck.h"
#include "store/CredentialStore.h"
#include "store/History.h"
#include "store/RoutineStore.h"
#include "store/Settings.h"
#include "store/SettingsFileCheck.h"
#include "store/StartupOptions.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace snapshotdesk {

class AccountContext;
class AccountSetup;
class DemoServer;

// Everything one window works with, wired together: settings, history, credentials, the demo
// server, and the snapshot service for the current configuration. The widgets talk to this object
// only; it decides, they present.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    struct Options
    {
        SettingsLocation location = SettingsLocation::native();
        StartupOptions startup;
        const Clock* clock = &Clock::system();
        bool useKeychain = true; // false in tests that must not touch the user's keychain
        // The keychain's service name; tests give one of their own.
        QString keychainService = QStringLiteral(SNAPSHOTDESK_APP_ID);
        // The window lists the sources of the group as soon as the groups are in; the command line
        // asks only for what its command needs (each request counts against the rate limit).
        bool loadSourcesWithGroups = true;
        // The history is read from its file as the session is made; false leaves that to
        // loadHistory(), which the window calls once its first frame is on screen (the first frame
        // shows "Reading the history…" either way, and on two cores a 10,000-entry read competes
        // with building that frame).
        bool loadHistoryAtStart = true;
    };

    explicit Session(Options options, QObject* parent = nullptr);
    ~Session() override;

    // Reads the token (keychain or environment), starts the demo when asked, then loads the
    // account groups. All of it is asynchronous; the history is read apart (loadHistory()).
    void start();
    // Starts reading the history on its writer thread (historyLoaded() hands it over), once; the
    // constructor does it unless Options::loadHistoryAtStart is false.
    void loadHistory();

    Settings& settings() { return *m_settings; }
    // The narrow view the batch, routines and server-list views get (see AccountContext).
    AccountContext& account() { return *m_account; }
    // The narrow view the settings dialog gets (see AccountSetup).
    AccountSetup& setup() { return *m_setup; }
    History& history() { return *m_history; }
    CredentialStore& credentialStore() { return *m_credentials; }
    const Clock& clock() const { return *m_clock; }
    // The service for the current configuration (replaced when it changes; see serviceChanged).
    SnapshotService& service() { return *m_service; }
    // The server's snapshot list, the batch runner and the saved routines. They live as long as
    // the session and follow the service when it is replaced (anything running is cancelled then).
    ServerSnapshotCatalog& catalog() { return *m_catalog; }
    BatchRunner& batch() { return *m_batch; }
    RoutineStore& routines() { return *m_routines; }

    // The profile (account) in use, and the one --profile named when there is no such profile
    // (the front end says so and stops; the session then uses the saved choice).
    QString profile() const { return m_settings->profile(); }
    QString unknownProfile() const { return m_unknownProfile; }
    // Uses another profile from now on and remembers the choice (File → Profile): its settings
    // and its token. False when there is no such profile.
    bool switchProfile(const QString& name);
    // Removes the profile's saved tokens from the keychain (Settings → Forget token, `logout`);
    // tokenForgotten() follows.
    void forgetToken();

    ApiVersion apiVersion() const { return m_config.version; }
    const ApiConfig& apiConfig() const { return m_config; }
    bool isDemo() const { return m_demo != nullptr; }
    bool hasCredentials() const { return m_config.credentials.isComplete(); }
    // True when the credentials come from the environment (and so are not editable or saved).
    bool credentialsFromEnvironment() const { return m_options.startup.credentials.has_value(); }
    // The first read of the history is done (see historyLoaded()); history() holds it.
    bool isHistoryLoaded() const { return m_historyLoaded; }
    // How many entries that first read skipped (unreadable), and why the first of them was.
    int historySkipped() const { return m_historySkipped; }
    QString historyFirstProblem() const { return m_historyFirstProblem; }
    // What was wrong with the settings file at startup (checked, and kept, before anything wrote it).
    const SettingsFileCheck& settingsFileCheck() const { return m_fileCheck; }
    // The same for the history's file, once isHistoryLoaded().
    const SettingsFileCheck& historyFileCheck() const { return *m_historyCheck; }

    QList<AccountGroup> accountGroups() const { return m_groups; }
    QString currentAid() const { return m_aid; }
    QString accountGroupName(const QString& aid) const;
    QList<SnapshotSource> sources() const { return m_sources; }

    void selectAccountGroup(const QString& aid);
    void refreshAccountGroups();
    void refreshSources();
    // Creates a snapshot; the outcome is recorded in the history either way. When the answer is
    // lost after sending, the entry is Unknown and the server's list is asked what became of it.
    bool create(const SnapshotRequest& request);
    // Asks the server's list again about every history entry whose outcome is still unknown (done
    // by itself after an unknown outcome, once the history and the account groups are in, and on
    // every refresh of the sources).
    void checkUnknownOutcomes();
    // History entries whose outcome is still unknown.
    int unknownOutcomeCount() const { return static_cast<int>(m_unknown.size()); }
    void cancel();
    // Starts a batch (an empty aid means the current group). Returns why it cannot start
    // (translated), or empty when it started; each outcome is recorded in the history.
    QString startBatch(BatchSpec spec);
    // Runs a routine now: its relative range is resolved on the session's clock.
    QString runRoutine(const Routine& routine);

    // Switches to the simulated API on 127.0.0.1 (for this run; nothing is saved).
    bool startDemo();
    // Applies a configuration edited in the settings dialog. `token` and `basicToken` go to the
    // keychain (or stay in memory when it is unavailable); an empty value keeps the stored one.
    void applyConfiguration(const ApiConfig& config, const QString& token, const QString& basicToken);
    // Tries a configuration without applying it: lists the account groups and reads the rate limit.
    // Without a token in `config`, the saved one is used only if it was saved for (or confirmed
    // for) that address.
    void testConnection(const ApiConfig& config);
    // Answers tokenNeedsConfirmation: the saved token may go to the configured address from now on
    // (remembered in the keychain), or it is not used in this run.
    void confirmTokenForAddress();
    // Whether a token for `method` is saved (keychain, or this session's memory); answered later,
    // and only while `context` lives.
    void checkSavedToken(Credentials::Method method, QObject* context, std::function<void(bool saved)> done);
    void declineTokenForAddress();
    bool isTokenAwaitingConfirmation() const { return !m_unconfirmed.isEmpty(); }

signals:
    void profileChanged(const QString& profile);
    // `existed`: the keychain held a token for `profile` and removed it. `problem`: the keychain
    // could not be asked (translated), else empty.
    void tokenForgotten(const QString& profile, bool existed, const QString& problem);
    // The history was first read (on the writer thread, shortly after the window was shown).
    void historyLoaded(int skipped, const QString& firstProblem);
    void serviceChanged();
    void credentialsMissing();
    // A token is saved, but for other addresses than the configured one (`address`), so it was not
    // sent; the user is asked once (see confirmTokenForAddress()).
    void tokenNeedsConfirmation(const QString& address, const QStringList& savedFor);
    void credentialsProblem(const QString& message);
    void accountGroupsChanged(const QList<snapshotdesk::AccountGroup>& groups, const QString& currentAid);
    // The person picked another account group (accountGroupsChanged covers a fresh list).
    void accountGroupSelected(const QString& aid);
    void sourcesChanged(const QString& aid, const QList<snapshotdesk::SnapshotSource>& sources);
    void loadFailed(snapshotdesk::SnapshotService::Operation operation, const snapshotdesk::ApiError& error);
    void busyChanged(snapshotdesk::SnapshotService::Operation operation, bool busy);
    void created(const snapshotdesk::HistoryEntry& entry);
    // Also for an unknown outcome: `entry` is then Unknown, `error` OutcomeUnknown, and
    // outcomeResolved() or outcomeCheckFailed() follows.
    void createFailed(const snapshotdesk::HistoryEntry& entry, const snapshotdesk::ApiError& error);
    // The server's list told what became of an Unknown entry: it is now Created or Failed (and so
    // in the history).
    void outcomeResolved(const snapshotdesk::HistoryEntry& entry);
    // The server's list could not be read: `entry` stays Unknown until checkUnknownOutcomes().
    void outcomeCheckFailed(const snapshotdesk::HistoryEntry& entry, const snapshotdesk::ApiError& error);
    void rateLimitChanged(const snapshotdesk::RateLimitStatus& status);
    void waiting(snapshotdesk::WaitReason reason, int secondsLeft, const QDateTime& until);
    void connectionTested(const QList<snapshotdesk::AccountGroup>& groups,
                          const snapshotdesk::RateLimitStatus& status);
    void connectionTestFailed(const snapshotdesk::ApiError& error);

private:
    void takeHistory(int skipped, const QString& firstProblem);
    void recordUnknown(const HistoryEntry& entry, const SnapshotRequest& request);
    void onOutcomeResolved(const HistoryEntry& entry);
    void rebuildService();
    void readToken();
    // Calls `done` with the saved token for `method` (the keychain's, or this session's).
    void readStoredToken(Credentials::Method method, CredentialStore::ReadCallback done);
    // Uses a saved token for the configured address, or asks first when it was saved for another.
    void takeStoredToken(BoundToken stored);
    // A token saved without addresses (by an older build), bound to the address saved in Settings.
    BoundToken bindLegacy(BoundToken stored);
    void useToken(const QString& token);
    void startProbe(const ApiConfig& probeConfig);
    void releaseProbe();
    ApiConfig configFromSettings() const;

    Options m_options;
    const Clock* m_clock;
    SettingsFileCheck m_fileCheck; // before m_settings: Settings writes the file when it opens it
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<History> m_history;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<SnapshotService> m_service;
    std::unique_ptr<SnapshotService> m_probe; // for testConnection
    quint64 m_probeGeneration = 0;            // so a superseded test never answers
    // After m_service, so they are destroyed (and let go of it) first.
    std::unique_ptr<ServerSnapshotCatalog> m_catalog;
    std::unique_ptr<BatchRunner> m_batch;
    std::unique_ptr<OutcomeCheck> m_outcomes;
    std::unique_ptr<RoutineStore> m_routines;
    AccountContext* m_account = nullptr; // children: their signals follow this object's
    AccountSetup* m_setup = nullptr;
    ApiConfig m_config;
    // A saved token held back until the user confirms it for the configured address.
    BoundToken m_unconfirmed;
    bool m_historyLoaded = false;
    bool m_historyLoadStarted = false;
    int m_historySkipped = 0;
    QString m_historyFirstProblem;
    // Written on the writer thread before the load's result arrives, read after it.
    std::shared_ptr<SettingsFileCheck> m_historyCheck = std::make_shared<SettingsFileCheck>();
    QList<AccountGroup> m_groups;
    QList<SnapshotSource> m_sources;
    QString m_aid;
    QString m_unknownProfile;
    // For the outcome checks: the entries still Unknown, the requests of those made in this run
    // (a batch item is resolved by its request), and the IDs the history holds as created.
    QList<HistoryEntry> m_unknown;
    QHash<QString, SnapshotRequest> m_unknownRequests;
    QSet<QString> m_recordedIds;
};

} // namespace snapshotdesk
