#pragma once

#include "core/AccountGroup.h"
#include "core/ApiConfig.h"
#include "core/ApiError.h"
#include "core/RateLimitStatus.h"

#include <QObject>

#include <functional>

namespace snapshotdesk {

class Session;
class Settings;

// Setting up the account, as the settings dialog sees it: the settings it edits (written in one go
// by Settings::save), trying a configuration, applying it with its token, and the keychain's
// token (saved or not, forget it). A narrow view of the Session, so the dialog cannot reach the
// history, the batch or the service.
class AccountSetup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSetup)

public:
    explicit AccountSetup(Session& session);
    ~AccountSetup() override;

    Settings& settings();
    const ApiConfig& apiConfig() const;
    // True when the credentials come from the environment (and so are not editable or saved).
    bool credentialsFromEnvironment() const;
    // See Session::testConnection, applyConfiguration, checkSavedToken and forgetToken.
    void testConnection(const ApiConfig& config);
    void applyConfiguration(const ApiConfig& config, const QString& token, const QString& basicToken);
    void checkSavedToken(Credentials::Method method, QObject* context, std::function<void(bool saved)> done);
    void forgetToken();

signals:
    void connectionTested(const QList<snapshotdesk::AccountGroup>& groups,
                          const snapshotdesk::RateLimitStatus& status);
    void connectionTestFailed(const snapshotdesk::ApiError& error);
    void tokenForgotten(const QString& profile, bool existed, const QString& problem);

private:
    Session& m_session;
};

} // namespace snapshotdesk
