#include "session/AccountContext.h"

#include "session/Session.h"

namespace snapshotdesk {

AccountContext::AccountContext(Session& session)
    : QObject(&session)
    , m_session(session)
{
    connect(&session, &Session::serviceChanged, this, &AccountContext::changed);
    connect(&session, &Session::accountGroupsChanged, this, &AccountContext::changed);
    connect(&session, &Session::accountGroupSelected, this, &AccountContext::changed);
    connect(&session, &Session::sourcesChanged, this, &AccountContext::sourcesChanged);
}

AccountContext::~AccountContext() = default;

ApiVersion AccountContext::apiVersion() const
{
    return m_session.apiVersion();
}

QString AccountContext::currentAid() const
{
    return m_session.currentAid();
}

QString AccountContext::accountGroupName(const QString& aid) const
{
    return m_session.accountGroupName(aid);
}

QList<SnapshotSource> AccountContext::sources() const
{
    return m_session.sources();
}

bool AccountContext::hasCredentials() const
{
    return m_session.hasCredentials();
}

const Clock& AccountContext::clock() const
{
    return m_session.clock();
}

QString AccountContext::nameTemplate() const
{
    return m_session.settings().nameTemplate();
}

QString AccountContext::startBatch(BatchSpec spec)
{
    return m_session.startBatch(std::move(spec));
}

QString AccountContext::runRoutine(const Routine& routine)
{
    return m_session.runRoutine(routine);
}

} // namespace snapshotdesk
