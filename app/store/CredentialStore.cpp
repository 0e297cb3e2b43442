#include "store/CredentialStore.h"

#include "core/Logging.h"
#include "core/Profile.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace snapshotdesk {

namespace {

QString describe(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::tr("No keychain is available on this system, so the token is kept "
                                   "for this session only.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::tr("The keychain is locked or refused access, so the token is kept "
                                   "for this session only. Unlock it and save again to keep it.");
    default:
        //: %1 is the keychain's own error text (often English)
        return CredentialStore::tr("The keychain reported a problem (%1), so the token is kept for "
                                   "this session only.")
            .arg(detail);
    }
}

QString describeRemoval(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::tr("No keychain is available on this system.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::tr("The keychain is locked or refused access. Unlock it and try again.");
    default:
        //: %1 is the keychain's own error text (often English)
        return CredentialStore::tr("The keychain reported a problem (%1).").arg(detail);
    }
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(Secret secret) const
{
    const QString key =
        secret == Secret::BasicToken ? QStringLiteral("v6-basic-token") : QStringLiteral("bearer-token");
    // "Default" keeps the entries of builds before profiles, so their saved token is its token.
    if (m_profile.isEmpty() || m_profile == Profile::defaultName())
        return key;
    return QStringLiteral("profile/") + m_profile + u'/' + key;
}

void CredentialStore::setProfile(const QString& profile)
{
    if (profile == m_profile)
        return;
    // A token kept for this session belongs to the profile it was typed for.
    m_session.clear();
    m_profile = profile;
}

// The jobs have no parent: deleting one while the Secret Service is still answering it crashes in
// libsecret's callback, so a job outlives the store (closing the window right after saving a token)
// and deletes itself when done; its answer reaches the store only while the store exists.
void CredentialStore::read(Secret secret, QObject* context, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(secret));
    connect(job, &QKeychain::Job::finished, context,
            [self = QPointer<CredentialStore>(this), secret, job, done = std::move(done)](QKeychain::Job*) {
                const BoundToken session = self ? self->m_session.value(secret) : BoundToken{};
                // Only what the keychain holds is given; nothing of it stays here.
                if (job->error() == QKeychain::NoError) {
                    done(BoundToken::fromKeychainText(job->textData()), {});
                } else if (job->error() == QKeychain::EntryNotFound) {
                    done(session, {});
                } else {
                    qCWarning(lcKeychain) << "keychain read failed:" << job->error();
                    done(session, describe(job->error(), job->errorString()));
                }
            });
    job->start();
}

void CredentialStore::write(Secret secret, const BoundToken& value, bool persist)
{
    if (value.isEmpty()) {
        remove(secret);
        return;
    }
    // Kept in memory first, so a failing keychain never loses what the user typed.
    m_session.insert(secret, value);
    if (!persist)
        return;
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(secret));
    job->setTextData(value.toKeychainText());
    connect(job, &QKeychain::Job::finished, this, [this, secret, job, value](QKeychain::Job*) {
        if (job->error() == QKeychain::NoError) {
            // The keychain has it: the copy here is no longer needed (unless a newer write has
            // replaced it, whose own answer decides).
            if (m_session.value(secret) == value)
                m_session.remove(secret);
            emit writeFinished(secret, true, {});
            return;
        }
        qCWarning(lcKeychain) << "keychain write failed:" << job->error();
        emit writeFinished(secret, false, describe(job->error(), job->errorString()));
    });
    job->start();
}

void CredentialStore::remove(Secret secret)
{
    m_session.remove(secret);
    // Asked first whether there is one: the Secret Service answers a delete of nothing with success,
    // and "logout" should say whether a token was there.
    auto* probe = new QKeychain::ReadPasswordJob(m_service);
    probe->setAutoDelete(true);
    probe->setKey(keyFor(secret));
    connect(
        probe, &QKeychain::Job::finished, this, [this, secret, probe, key = keyFor(secret)](QKeychain::Job*) {
            if (probe->error() == QKeychain::EntryNotFound) {
                emit removeFinished(secret, false, {});
                return;
            }
            auto* job = new QKeychain::DeletePasswordJob(m_service);
            job->setAutoDelete(true);
            job->setKey(key);
            connect(job, &QKeychain::Job::finished, this, [this, secret, job](QKeychain::Job*) {
                const bool failed =
                    job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound;
                emit removeFinished(secret, job->error() == QKeychain::NoError,
                                    failed ? describeRemoval(job->error(), job->errorString()) : QString());
            });
            job->start();
        });
    probe->start();
}

} // namespace snapshotdesk
