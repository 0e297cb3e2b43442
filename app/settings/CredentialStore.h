#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

namespace snapshotdesk {

// Keeps API tokens in the OS keychain (Secret Service, Windows Credential Manager, macOS Keychain)
// through QtKeychain. Where no keychain answers, a token is kept in memory for this session only and
// the caller is told so; it is never written anywhere else.
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

    // Asynchronous; each answers with the matching signal.
    void read(Secret secret);
    // With `persist` false the value is kept in memory for this session only.
    void write(Secret secret, const QString& value, bool persist = true);
    void remove(Secret secret);

    // The value kept in memory for this session, when the keychain could not be used.
    QString sessionValue(Secret secret) const { return m_session.value(secret); }
    QString service() const { return m_service; }

signals:
    // `value` is empty when nothing is stored. `problem` is a translated sentence when the keychain
    // could not be read (the session value, if any, is returned instead).
    void readFinished(snapshotdesk::CredentialStore::Secret secret, const QString& value,
                      const QString& problem);
    // `persisted` is false when the token is kept for this session only; `problem` says why.
    void writeFinished(snapshotdesk::CredentialStore::Secret secret, bool persisted, const QString& problem);
    void removeFinished(snapshotdesk::CredentialStore::Secret secret);

private:
    static QString keyFor(Secret secret);

    QString m_service;
    QHash<Secret, QString> m_session;
};

} // namespace snapshotdesk
