#pragma once

#include "core/ApiConfig.h"
#include "store/SettingsLocation.h"
#include "store/SharedSettings.h"

#include <QByteArray>
#include <QObject>
#include <QVariant>

#include <memory>

namespace snapshotdesk {

// The typed settings layer: one table of keys with their defaults, a version with a migration
// step, typed accessors. Tokens are never stored here (see CredentialStore).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        ApiVersion,
        BaseUrlV6,
        BaseUrlV7,
        AuthMethod,
        Email,
        TimeoutSeconds,
        HistoryCap,
        Language,
        AccountGroup,
        NameTemplate,
        TimeRangePreset,
        WindowGeometry,
        WindowState,
        SplitterState,
        HistoryHeaderState,
        // How many columns the history's table had when HistoryHeaderState was saved (0: saved
        // before this was kept, when it had 9), so that a column added since starts hidden.
        HistoryHeaderColumns, // the last (Settings.cpp counts the keys by it)
    };
    Q_ENUM(Key)

    static constexpr int kVersion = 2;
    static constexpr int kMinTimeoutSeconds = 5;
    static constexpr int kMaxTimeoutSeconds = 300;
    static constexpr int kMinHistoryCap = 100;
    static constexpr int kMaxHistoryCap = 1'000'000;

    explicit Settings(const SettingsLocation& location = SettingsLocation::native(),
                      QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    // Typed accessors, each with its validation and fallback.
    ApiVersion apiVersion() const;
    // What the settings dialog edits, written in one go (and synced) by save(): the dialog
    // collects, the store writes. The e-mail is kept even while Bearer is chosen, so switching
    // back to Basic does not ask for it again.
    struct Edit
    {
        ApiConfig config; // version, base URL and auth method (credentials' secrets are ignored)
        QString email;
        int timeoutSeconds = 30;
        int historyCap = 10'000;
        QString language; // empty = follow the system
    };
    // Writes `edit` and syncs; false when the file could not be written (the values apply in
    // this run all the same).
    bool save(const Edit& edit);

    void setApiVersion(ApiVersion version);
    QUrl baseUrl(ApiVersion version) const; // empty = the official address
    void setBaseUrl(ApiVersion version, const QUrl& url);
    Credentials::Method authMethod() const;
    void setAuthMethod(Credentials::Method method);
    QString email() const;
    void setEmail(const QString& email);
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);
    int historyCap() const;
    void setHistoryCap(int cap);
    QString language() const; // empty = follow the system
    void setLanguage(const QString& language);
    QString accountGroup() const;
    void setAccountGroup(const QString& aid);
    QString lastSource(ApiVersion version, const QString& aid) const;
    void setLastSource(ApiVersion version, const QString& aid, const QString& sourceId);
    QString nameTemplate() const;

    // The API configuration these settings describe (credentials not included).
    ApiConfig apiConfig() const;

    // Profiles. The API version, addresses, authentication and account group belong to a profile;
    // the rest (language, window, form choices) is shared. The profile "Default" keeps them where
    // builds before profiles did, so a file of theirs is the profile "Default" as it is.
    // Every profile, "Default" first.
    QStringList profiles() const;
    // The profile this object reads and writes (from --profile, or currentProfile()).
    QString profile() const { return m_profile; }
    // Reads and writes `name`'s values from now on, without making it the saved choice; false when
    // there is no such profile (exact name, then any case).
    bool useProfile(const QString& name);
    // The profile the window chose last (File → Profile); "Default" when none or when it is gone.
    QString currentProfile() const;
    void setCurrentProfile(const QString& name);
    // Adds a profile with `config`'s version, addresses, authentication and e-mail. Returns why it
    // cannot be added (translated), or empty.
    QString addProfile(const QString& name, const ApiConfig& config);
    // Removes a profile and its values ("Default" stays); false when there is none.
    bool removeProfile(const QString& name);

    // Writes the changes (and reads other instances'), under SharedSettings' guard; false when the
    // file could not be written. Changes are also written a moment after they are made.
    bool sync();
    QString fileName() const;
    // What migrate() did, for the log and tests.
    int migratedFrom() const { return m_migratedFrom; }

signals:
    void profilesChanged();

private:
    void migrate();
    void queueSync();
    // Where `key` is kept for the profile in use.
    QString storedName(Key key) const;

    SharedSettings m_settings;
    bool m_syncQueued = false;
    int m_migratedFrom = kVersion;
    QString m_profile;
};

} // namespace snapshotdesk
