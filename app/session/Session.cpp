#include "session/Session.h"

#include "session/AccountContext.h"
#include "session/AccountSetup.h"

#include "core/Logging.h"
#include "demo/DemoServer.h"

#include <QPointer>

namespace snapshotdesk {

namespace {

CredentialStore::Secret secretFor(Credentials::Method method)
{
    return method == Credentials::Method::Basic ? CredentialStore::Secret::BasicToken
                                                : CredentialStore::Secret::BearerToken;
}

bool worthRecording(const ApiError& error)
{
    // Refusals before sending and the user's own cancel are not attempts worth a history row.
    switch (error.kind()) {
    case ApiError::Kind::Busy:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Cancelled:
        return false;
    default:
        return true;
    }
}

} // namespace

Session::Session(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? m_options.clock : &Clock::system())
    , m_fileCheck(SettingsFileCheck::run(m_options.location, m_clock->now()))
    , m_settings(std::make_unique<Settings>(m_options.location))
    , m_history(std::make_unique<History>(m_options.location.history()))
    , m_credentials(std::make_unique<CredentialStore>(m_options.keychainService))
    , m_catalog(std::make_unique<ServerSnapshotCatalog>())
    , m_batch(std::make_unique<BatchRunner>(*m_clock))
    , m_outcomes(std::make_unique<OutcomeCheck>())
    , m_routines(std::make_unique<RoutineStore>(m_options.location))
{
    // --profile chooses for this run only; without it the profile the window chose last.
    if (!m_options.startup.profile.isEmpty() && !m_settings->useProfile(m_options.startup.profile))
        m_unknownProfile = m_options.startup.profile;
    m_credentials->setProfile(m_settings->profile());
    m_account = new AccountContext(*this);
    m_setup = new AccountSetup(*this);
    m_history->setCap(m_settings->historyCap());
    connect(m_history.get(), &History::loaded, this, &Session::takeHistory);
    if (m_options.loadHistoryAtStart)
        loadHistory();
    m_outcomes->setIsRecorded([this](const QString& id) { return m_recordedIds.contains(id); });
    connect(m_outcomes.get(), &OutcomeCheck::resolved, this, &Session::onOutcomeResolved);
    connect(m_outcomes.get(), &OutcomeCheck::unresolved, this, &Session::outcomeCheckFailed);
    // An entry deleted (by the person, the cap or another instance) is no longer worth asking about.
    connect(m_history.get(), &History::removed, this, [this](const QStringList& keys) {
        m_unknown.removeIf([&keys](const HistoryEntry& e) { return keys.contains(e.key); });
    });
    connect(m_history.get(), &History::cleared, this, [this] { m_unknown.clear(); });
    m_config = configFromSettings();
    rebuildService();
    connect(m_credentials.get(), &CredentialStore::writeFinished, this,
            [this](CredentialStore::Secret, bool persisted, const QString& problem) {
                if (!persisted)
                    emit credentialsProblem(problem);
            });
}

void Session::loadHistory()
{
    if (std::exchange(m_historyLoadStarted, true))
        return;
    // Read on the history's writer thread (10,000 entries take tens of milliseconds);
    // historyLoaded() hands them over. The file is checked for damage there too, before anything
    // writes it.
    m_history->moveFrom(m_options.location); // where earlier builds kept the history
    const SettingsLocation historyLocation = m_options.location.history();
    m_history->load([check = m_historyCheck, historyLocation, now = m_clock->now()] {
        *check = SettingsFileCheck::run(historyLocation, now);
    });
}

void Session::takeHistory(int skipped, const QString& firstProblem)
{
    const bool first = !m_historyLoaded;
    // Entries that look whole but do not read are found by the load (which then leaves the file
    // as it is): look again, fully, so that a copy is kept and the user told.
    if (first && !m_historyCheck->damaged && skipped > 0)
        *m_historyCheck = SettingsFileCheck::run(m_options.location.history(), m_clock->now(),
                                                 SettingsFileCheck::Depth::Full);
    m_historyLoaded = true;
    if (first) {
        m_historySkipped = skipped;
        m_historyFirstProblem = firstProblem;
    }
    // Also after a reload: entries another instance added may be unknown outcomes of its own.
    for (const HistoryEntry& entry : m_history->entries()) {
        if (entry.status == HistoryEntry::Status::Created)
            m_recordedIds.insert(entry.snapshotId);
        const bool known = std::any_of(m_unknown.cbegin(), m_unknown.cend(),
                                       [&entry](const HistoryEntry& e) { return e.key == entry.key; });
        if (entry.status == HistoryEntry::Status::Unknown && !known)
            m_unknown.append(entry); // from an earlier run: checked once the account groups are in
    }
    if (first)
        emit historyLoaded(skipped, firstProblem);
    if (!m_groups.isEmpty())
        checkUnknownOutcomes();
}

void Session::recordUnknown(const HistoryEntry& entry, const SnapshotRequest& request)
{
    m_unknown.append(entry);
    m_unknownRequests.insert(entry.key, request);
    if (m_config.credentials.isComplete())
        m_outcomes->check(entry);
}

void Session::checkUnknownOutcomes()
{
    if (!m_historyLoaded || !m_config.credentials.isComplete())
        return;
    for (const HistoryEntry& entry : std::as_const(m_unknown))
        m_outcomes->check(entry);
}

void Session::onOutcomeResolved(const HistoryEntry& entry)
{
    const auto it = std::find_if(m_unknown.cbegin(), m_unknown.cend(),
                                 [&entry](const HistoryEntry& e) { return e.key == entry.key; });
    if (it == m_unknown.cend())
        return; // deleted meanwhile
    m_unknown.erase(it);
    m_history->update(entry);
    std::optional<Snapshot> snapshot;
    if (entry.status == HistoryEntry::Status::Created) {
        m_recordedIds.insert(entry.snapshotId);
        snapshot = Snapshot{entry.snapshotId, entry.link, {}, {}};
    }
    if (const auto request = m_unknownRequests.constFind(entry.key); request != m_unknownRequests.cend()) {
        m_batch->resolveUnknown(*request, snapshot, ApiError(ApiError::Kind::Network, entry.failureReason));
        m_unknownRequests.erase(request);
    }
    emit outcomeResolved(entry);
}

Session::~Session()
{
    m_batch->setService(nullptr);
    m_catalog->setService(nullptr);
    m_outcomes->setService(nullptr);
    if (m_service)
        m_service->disconnect(this);
}

ApiConfig Session::configFromSettings() const
{
    ApiConfig config = m_settings->apiConfig();
    if (m_options.startup.apiVersion) {
        config.version = *m_options.startup.apiVersion;
        config.baseUrl = m_settings->baseUrl(config.version);
    }
    if (m_options.startup.apiUrl)
        config.baseUrl = *m_options.startup.apiUrl;
    if (config.version == ApiVersion::V7)
        config.credentials.method = Credentials::Method::Bearer;
    // A saved token is added once it is read and found to be for this address (takeStoredToken).
    if (m_options.startup.credentials)
        config.credentials = *m_options.startup.credentials;
    return config;
}

void Session::start()
{
    if (m_options.startup.demo) {
        startDemo();
        return;
    }
    if (m_config.credentials.isComplete()) {
        refreshAccountGroups();
        return;
    }
    readToken();
}

void Session::readToken()
{
    const Credentials::Method method = m_config.credentials.method;
    readStoredToken(method, [this, method](const BoundToken& stored, const QString& problem) {
        if (!problem.isEmpty())
            emit credentialsProblem(problem);
        // The configuration may have changed while the keychain answered.
        if (isDemo() || m_options.startup.credentials || method != m_config.credentials.method)
            return;
        takeStoredToken(stored);
    });
}

void Session::readStoredToken(Credentials::Method method, CredentialStore::ReadCallback done)
{
    const CredentialStore::Secret secret = secretFor(method);
    if (!m_options.useKeychain) {
        // Called later, as a keychain answer would be.
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), stored = m_credentials->sessionValue(secret)] { done(stored, {}); },
            Qt::QueuedConnection);
        return;
    }
    m_credentials->read(secret, this, std::move(done));
}

void Session::checkSavedToken(Credentials::Method method, QObject* context, std::function<void(bool)> done)
{
    readStoredToken(method, [context = QPointer<QObject>(context),
                             done = std::move(done)](const BoundToken& stored, const QString&) {
        if (context)
            done(!stored.isEmpty());
    });
}

void Session::takeStoredToken(BoundToken stored)
{
    m_unconfirmed = {};
    if (stored.isEmpty()) {
        emit credentialsMissing();
        return;
    }
    stored = bindLegacy(std::move(stored));
    const QUrl address = m_config.effectiveBaseUrl();
    if (!stored.allows(address)) {
        qCInfo(lcKeychain) << "saved token not sent to" << BoundToken::originOf(address)
                           << "; it was saved for" << stored.origins;
        m_unconfirmed = std::move(stored);
        QStringList savedFor;
        for (const QString& origin : std::as_const(m_unconfirmed.origins))
            savedFor.append(BoundToken::displayName(origin));
        emit tokenNeedsConfirmation(BoundToken::displayName(BoundToken::originOf(address)), savedFor);
        return;
    }
    useToken(stored.token);
}

BoundToken Session::bindLegacy(BoundToken stored)
{
    if (!stored.origins.isEmpty() || stored.isEmpty())
        return stored;
    // Saved by a build that kept the token alone: it was typed for the address in Settings (an
    // address from the command line or the environment was never saved), so it is bound to that.
    ApiConfig saved;
    saved.version = m_config.version;
    saved.baseUrl = m_settings->baseUrl(saved.version);
    stored.allow(saved.effectiveBaseUrl());
    m_credentials->write(secretFor(m_config.credentials.method), stored, m_options.useKeychain);
    return stored;
}

void Session::useToken(const QString& token)
{
    m_config.credentials.token = token;
    rebuildService();
    refreshAccountGroups();
}

void Session::confirmTokenForAddress()
{
    if (m_unconfirmed.isEmpty())
        return;
    BoundToken stored = std::exchange(m_unconfirmed, {});
    stored.allow(m_config.effectiveBaseUrl());
    m_credentials->write(secretFor(m_config.credentials.method), stored, m_options.useKeychain);
    useToken(stored.token);
}

void Session::declineTokenForAddress()
{
    m_unconfirmed = {};
    emit credentialsMissing();
}

void Session::rebuildService()
{
    if (m_service) {
        SnapshotService* old = m_service.release();
        old->disconnect(this);
        old->cancel();
        old->deleteLater();
    }
    m_service = SnapshotService::make(m_config, *m_clock);
    SnapshotService* service = m_service.get();
    connect(service, &SnapshotService::accountGroupsLoaded, this, [this](const QList<AccountGroup>& groups) {
        m_groups = groups;
        m_aid = AccountGroup::preferredAid(groups, m_settings->accountGroup());
        emit accountGroupsChanged(m_groups, m_aid);
        if (m_options.loadSourcesWithGroups)
            refreshSources();
    });
    connect(service, &SnapshotService::sourcesLoaded, this,
            [this](const QString& aid, const QList<SnapshotSource>& sources) {
                if (aid != m_aid)
                    return; // an answer for a group the user has since left
                m_sources = sources;
                emit sourcesChanged(aid, sources);
            });
    connect(service, &SnapshotService::loadFailed, this, &Session::loadFailed);
    connect(service, &SnapshotService::busyChanged, this, &Session::busyChanged);
    connect(service, &SnapshotService::rateLimitChanged, this, &Session::rateLimitChanged);
    connect(service, &SnapshotService::waiting, this, &Session::waiting);
    connect(service, &SnapshotService::created, this,
            [this](const SnapshotRequest& request, const Snapshot& snapshot) {
                HistoryEntry entry = HistoryEntry::created(request, snapshot, apiVersion(),
                                                           accountGroupName(request.aid), m_clock->now());
                entry.profile = profile();
                entry.key = m_history->add(entry);
                m_recordedIds.insert(entry.snapshotId);
                emit created(entry);
            });
    connect(service, &SnapshotService::createFailed, this,
            [this](const SnapshotRequest& request, const ApiError& error) {
                QString reason = error.userMessage();
                if (!error.serverMessage().isEmpty())
                    reason += QStringLiteral(" (") + error.serverMessage() + u')';
                if (error.kind() == ApiError::Kind::OutcomeUnknown) {
                    // Never "failed": it may exist. Recorded as such, then the list is asked.
                    HistoryEntry entry = HistoryEntry::unknown(request, reason, apiVersion(),
                                                               accountGroupName(request.aid), m_clock->now());
                    entry.profile = profile();
                    entry.key = m_history->add(entry);
                    emit createFailed(entry, error);
                    recordUnknown(entry, request);
                    return;
                }
                HistoryEntry entry = HistoryEntry::failed(request, reason, apiVersion(),
                                                          accountGroupName(request.aid), m_clock->now());
                entry.profile = profile();
                // A batch item the rate limit sent back gets its one row when it is done.
                if (worthRecording(error) && !m_batch->willSendAgain(request, error))
                    entry.key = m_history->add(entry);
                emit createFailed(entry, error);
            });
    // Connected after the history above, so a batch result is in the history before the batch
    // moves on; the batch itself never writes the history, so each result lands there once.
    m_catalog->setService(service);
    m_batch->setService(service);
    m_outcomes->setService(service);
    emit serviceChanged();
}

QString Session::accountGroupName(const QString& aid) const
{
    for (const AccountGroup& group : m_groups) {
        if (group.aid == aid)
            return group.name;
    }
    return aid;
}

void Session::selectAccountGroup(const QString& aid)
{
    if (aid == m_aid)
        return;
    m_aid = aid;
    m_settings->setAccountGroup(aid);
    m_sources.clear();
    refreshSources();
    emit accountGroupSelected(aid);
}

void Session::refreshAccountGroups()
{
    if (!m_config.credentials.isComplete()) {
        emit credentialsMissing();
        return;
    }
    m_service->loadAccountGroups();
}

void Session::refreshSources()
{
    if (!m_config.credentials.isComplete())
        return;
    m_service->loadSources(m_aid);
    // Every load of the lists (the start, F5, another group) also asks again about creates whose
    // outcome could not be found out before.
    checkUnknownOutcomes();
}

bool Session::create(const SnapshotRequest& request)
{
    SnapshotRequest withGroup = request;
    if (withGroup.aid.isEmpty())
        withGroup.aid = m_aid;
    return m_service->create(withGroup);
}

QString Session::startBatch(BatchSpec spec)
{
    if (m_batch->isRunning())
        return tr("A batch is already running; wait for it or cancel it first.");
    if (!m_config.credentials.isComplete())
        return ApiError(ApiError::Kind::MissingCredentials).userMessage();
    if (spec.aid.isEmpty())
        spec.aid = m_aid;
    if (spec.groupName.isEmpty())
        spec.groupName = accountGroupName(spec.aid);
    const QString problem = spec.validate(apiVersion(), m_clock->now());
    if (!problem.isEmpty())
        return problem;
    if (!m_batch->start(spec))
        return tr("The batch could not start.");
    return {};
}

QString Session::runRoutine(const Routine& routine)
{
    if (routine.apiVersion != apiVersion())
        return tr("The routine \"%1\" is for the %2 API, but the app is set up for %3. Change the API "
                  "version in Settings to run it.")
            .arg(routine.name, toString(routine.apiVersion), toString(apiVersion()));
    BatchSpec spec = routine.toBatchSpec(*m_clock);
    // The name saved with the routine may be out of date; the server's list is not.
    if (std::any_of(m_groups.cbegin(), m_groups.cend(),
                    [&spec](const AccountGroup& g) { return g.aid == spec.aid; }))
        spec.groupName = accountGroupName(spec.aid);
    return startBatch(spec);
}

void Session::cancel()
{
    m_service->cancel();
}

bool Session::startDemo()
{
    if (!m_demo) {
        auto demo = std::make_unique<DemoServer>(*m_clock);
        if (!demo->start()) {
            emit credentialsProblem(tr("The demo could not start: no local port was free."));
            return false;
        }
        m_demo = std::move(demo);
    }
    m_config.baseUrl = m_demo->baseUrl(toString(m_config.version));
    m_config.credentials = Credentials{Credentials::Method::Bearer, {}, DemoServer::demoToken()};
    m_groups.clear();
    m_sources.clear();
    m_aid.clear();
    rebuildService();
    refreshAccountGroups();
    return true;
}

void Session::applyConfiguration(const ApiConfig& config, const QString& token, const QString& basicToken)
{
    // A typed token is for the address it was typed with. Kept in memory at once; persisted to the
    // keychain when one answers (never elsewhere).
    const auto bind = [&config](const QString& value) {
        BoundToken bound{value, {}};
        bound.allow(config.effectiveBaseUrl());
        return bound;
    };
    if (!token.isEmpty())
        m_credentials->write(CredentialStore::Secret::BearerToken, bind(token), m_options.useKeychain);
    if (!basicToken.isEmpty())
        m_credentials->write(CredentialStore::Secret::BasicToken, bind(basicToken), m_options.useKeychain);
    m_history->setCap(m_settings->historyCap());
    m_demo.reset();
    m_unconfirmed = {};
    m_config = config;
    if (m_config.version == ApiVersion::V7)
        m_config.credentials.method = Credentials::Method::Bearer;
    const QString& typed = m_config.credentials.method == Credentials::Method::Basic ? basicToken : token;
    if (m_options.startup.credentials)
        m_config.credentials = *m_options.startup.credentials;
    else
        m_config.credentials.token = typed;
    m_groups.clear();
    m_sources.clear();
    m_aid.clear();
    rebuildService();
    if (m_config.credentials.isComplete())
        refreshAccountGroups();
    else
        readToken();
}

bool Session::switchProfile(const QString& name)
{
    if (!m_settings->useProfile(name))
        return false;
    m_settings->setCurrentProfile(m_settings->profile());
    m_unknownProfile.clear();
    m_credentials->setProfile(m_settings->profile());
    // Another account: nothing of the previous one's answers, token or demo carries over.
    m_demo.reset();
    m_unconfirmed = {};
    m_config = configFromSettings();
    m_groups.clear();
    m_sources.clear();
    m_aid.clear();
    rebuildService();
    emit profileChanged(m_settings->profile());
    if (m_config.credentials.isComplete())
        refreshAccountGroups();
    else
        readToken();
    return true;
}

void Session::forgetToken()
{
    // Both kinds: a profile switched from v6 basic to bearer may still hold the other.
    auto pending = std::make_shared<int>(2);
    auto existed = std::make_shared<bool>(false);
    auto problem = std::make_shared<QString>();
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(
        m_credentials.get(), &CredentialStore::removeFinished, this,
        [this, pending, existed, problem, conn](CredentialStore::Secret, bool removed, const QString& why) {
            *existed = *existed || removed;
            if (problem->isEmpty())
                *problem = why;
            if (--*pending > 0)
                return;
            disconnect(*conn);
            if (!m_options.startup.credentials && !isDemo()) {
                m_config.credentials.token.clear();
                rebuildService();
            }
            emit tokenForgotten(m_settings->profile(), *existed, *problem);
        });
    m_credentials->remove(CredentialStore::Secret::BearerToken);
    m_credentials->remove(CredentialStore::Secret::BasicToken);
}

void Session::testConnection(const ApiConfig& config)
{
    releaseProbe(); // a slower earlier test must not answer for this one
    if (!config.credentials.token.isEmpty() || m_options.startup.credentials) {
        ApiConfig probeConfig = config;
        if (probeConfig.credentials.token.isEmpty())
            probeConfig.credentials = *m_options.startup.credentials;
        startProbe(probeConfig);
        return;
    }
    // Nothing typed: the saved token, if it was saved for the address under test.
    ++m_probeGeneration;
    readStoredToken(config.credentials.method,
                    [this, config, generation = m_probeGeneration](const BoundToken& stored, const QString&) {
                        if (generation != m_probeGeneration)
                            return;
                        if (stored.isEmpty()) {
                            emit connectionTestFailed(ApiError(ApiError::Kind::MissingCredentials));
                            return;
                        }
                        if (!bindLegacy(stored).allows(config.effectiveBaseUrl())) {
                            emit connectionTestFailed(ApiError(ApiError::Kind::TokenForAnotherAddress));
                            return;
                        }
                        ApiConfig probeConfig = config;
                        probeConfig.credentials.token = stored.token;
                        startProbe(probeConfig);
                    });
}

void Session::startProbe(const ApiConfig& probeConfig)
{
    ++m_probeGeneration;
    m_probe = SnapshotService::make(probeConfig, *m_clock);
    SnapshotService* probe = m_probe.get();
    connect(probe, &SnapshotService::accountGroupsLoaded, this,
            [this, probe](const QList<AccountGroup>& groups) {
                const RateLimitStatus status = probe->rateLimit();
                releaseProbe();
                emit connectionTested(groups, status);
            });
    connect(probe, &SnapshotService::loadFailed, this,
            [this](SnapshotService::Operation, const ApiError& error) {
                releaseProbe();
                emit connectionTestFailed(error);
            });
    if (!probeConfig.credentials.isComplete()) {
        releaseProbe();
        emit connectionTestFailed(ApiError(ApiError::Kind::MissingCredentials));
        return;
    }
    probe->loadAccountGroups();
}

void Session::releaseProbe()
{
    // The probe holds a copy of the token: it goes as soon as the test has answered.
    ++m_probeGeneration;
    if (!m_probe)
        return;
    SnapshotService* old = m_probe.release();
    old->disconnect(this);
    old->cancel();
    old->deleteLater();
}

} // namespace snapshotdesk
