#include "session/AccountSetup.h"

#include "session/Session.h"

namespace snapshotdesk {

AccountSetup::AccountSetup(Session& session)
    : QObject(&session)
    , m_session(session)
{
    connect(&session, &Session::connectionTested, this, &AccountSetup::connectionTested);
    connect(&session, &Session::connectionTestFailed, this, &AccountSetup::connectionTestFailed);
    connect(&session, &Session::tokenForgotten, this, &AccountSetup::tokenForgotten);
}

AccountSetup::~AccountSetup() = default;

Settings& AccountSetup::settings()
{
    return m_session.settings();
}

const ApiConfig& AccountSetup::apiConfig() const
{
    return m_session.apiConfig();
}

bool AccountSetup::credentialsFromEnvironment() const
{
    return m_session.credentialsFromEnvironment();
}

void AccountSetup::testConnection(const ApiConfig& config)
{
    m_session.testConnection(config);
}

void AccountSetup::applyConfiguration(const ApiConfig& config, const QString& token,
                                      const QString& basicToken)
{
    m_session.applyConfiguration(config, token, basicToken);
}

void AccountSetup::checkSavedToken(Credentials::Method method, QObject* context,
                                   std::function<void(bool saved)> done)
{
    m_session.checkSavedToken(method, context, std::move(done));
}

void AccountSetup::forgetToken()
{
    m_session.forgetToken();
}

} // namespace snapshotdesk
