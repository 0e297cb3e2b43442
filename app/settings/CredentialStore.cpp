#include "CredentialStore.h"

#include "core/Logging.h"

#include <qt6keychain/keychain.h>

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

void CredentialStore::read(Secret secret)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(secret));
    connect(job, &QKeychain::Job::finished, this, [this, secret, job](QKeychain::Job*) {
        if (job->error() == QKeychain::NoError) {
            m_session.insert(secret, job->textData());
            emit readFinished(secret, job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            emit readFinished(secret, m_session.value(secret), {});
        } else {
            qCWarning(lcKeychain) << "keychain read failed:" << job->error();
            emit readFinished(secret, m_session.value(secret), describe(job->error(), job->errorString()));
        }
    });
    job->start();
}

void CredentialStore::write(Secret secret, const QString& value, bool persist)
{
    if (value.isEmpty()) {
        remove(secret);
        return;
    }
    // Kept in memory first, so a failing keychain never loses what the user typed.
    m_session.insert(secret, value);
    if (!persist)
        return;
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(secret));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, secret, job](QKeychain::Job*) {
        if (job->error() == QKeychain::NoError) {
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
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(secret));
    connect(job, &QKeychain::Job::finished, this,
            [this, secret](QKeychain::Job*) { emit removeFinished(secret); });
    job->start();
}

} // namespace snapshotdesk
