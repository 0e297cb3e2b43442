#pragma once

#include "store/BoundToken.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace snapshotdesk {

// Keeps API tokens, each with the addresses it may be sent to (BoundToken), in the OS keychain
// (Secret Service, Windows Credential Manager, macOS Keychain) through QtKeychain. Where no keychain
// answers, a token is kept in memory for this session only and the caller is told so; it is never
// written anywhere else. A token the keychain holds is not kept in memory here: it is read when
// needed, and the copy kept while a write is under way is let go once the keychain has it.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Secret
    {
        BearerToken,
        BasicToken,
    };
    Q_ENUM(Secret)

    explicit CredentialStore(QString service = QStringLiteral(SNAPSHOTDESK_APP_ID),
                             QObject* parent = nullptr);
    ~CredentialStore() override;

    // `stored` is empty when nothing is stored. `problem` is a translated sentence when the keychain
    // could not be read (the session value, if any, is given instead).
    using ReadCallback = std::function<void(const BoundToken& stored, const QString& problem)>;

    // Asynchronous: `done` is called later (never from within read()) unless `context` is gone.
    void read(Secret secret, QObject* context, ReadCallback done);
    // With `persist` false the value is kept in memory for this session only.
    void write(Secret secret, const BoundToken& value, bool persist = true);
    void remove(Secret secret);

    // The value kept in memory: for this session only, or until the keychain has written it.
    BoundToken sessionValue(Secret secret) const { return m_session.value(secret); }
    QString service() const { return m_service; }

signals:
    // `persisted` is false when the token is kept for this session only; `problem` says why.
    void writeFinished(snapshotdesk::CredentialStore::Secret secret, bool persisted, const QString& problem);
    void removeFinished(snapshotdesk::CredentialStore::Secret secret);

private:
    static QString keyFor(Secret secret);

    QString m_service;
    QHash<Secret, BoundToken> m_session;
};

} // namespace snapshotdesk
