#include "store/CredentialStore.h"

#include "core/Logging.h"

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

} // namespace

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(Secret secret)
{
    return secret == Secret::BasicToken ? QStringLiteral("v6-basic-token") : QStringLiteral("bearer-token");
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
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(keyFor(secret));
    connect(job, &QKeychain::Job::finished, this,
            [this, secret](QKeychain::Job*) { emit removeFinished(secret); });
    job->start();
}

} // namespace snapshotdesk
