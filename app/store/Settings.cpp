#include "store/Settings.h"

#include "core/Logging.h"
#include "core/NameTemplate.h"
#include "core/Profile.h"

#include <array>
#include <utility>

namespace snapshotdesk {

namespace {

struct KeySpec
{
    Settings::Key key;
    const char* name;
    QVariant fallback;
};

// One row per Settings::Key, in its order (checked when a Settings is made).
constexpr std::size_t kKeyCount = static_cast<std::size_t>(Settings::Key::HistoryHeaderColumns) + 1;

const std::array<KeySpec, kKeyCount>& keyTable()
{
    static const std::array<KeySpec, kKeyCount> table{{
        {Settings::Key::ApiVersion, "api/version", QStringLiteral("v7")},
        {Settings::Key::BaseUrlV6, "api/baseUrlV6", QString()},
        {Settings::Key::BaseUrlV7, "api/baseUrlV7", QString()},
        {Settings::Key::AuthMethod, "api/authMethod", QStringLiteral("bearer")},
        {Settings::Key::Email, "api/email", QString()},
        {Settings::Key::TimeoutSeconds, "api/timeoutSeconds", 30},
        {Settings::Key::HistoryCap, "history/cap", 10'000},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::AccountGroup, "form/accountGroup", QString()},
        {Settings::Key::NameTemplate, "form/nameTemplate", NameTemplate::defaultTemplate()},
        {Settings::Key::TimeRangePreset, "form/timeRangePreset", QStringLiteral("last24Hours")},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::SplitterState, "window/splitter", QByteArray()},
        {Settings::Key::HistoryHeaderState, "window/historyHeader", QByteArray()},
        {Settings::Key::HistoryHeaderColumns, "window/historyHeaderColumns", 0},
    }};
    return table;
}

const KeySpec& spec(Settings::Key key)
{
    return keyTable().at(static_cast<std::size_t>(key));
}

const QString kVersionKey = QStringLiteral("app/settingsVersion");
const QString kProfilesKey = QStringLiteral("app/profiles");
const QString kCurrentProfileKey = QStringLiteral("app/profile");

// The keys a profile has its own of; the others are shared by every profile.
bool isPerProfile(Settings::Key key)
{
    switch (key) {
    case Settings::Key::ApiVersion:
    case Settings::Key::BaseUrlV6:
    case Settings::Key::BaseUrlV7:
    case Settings::Key::AuthMethod:
    case Settings::Key::Email:
    case Settings::Key::AccountGroup:
        return true;
    default:
        return false;
    }
}

QString profileGroup(const QString& profile)
{
    return QStringLiteral("profile/") + profile + u'/';
}

} // namespace

Settings::Settings(const SettingsLocation& location, QObject* parent)
    : QObject(parent)
    , m_settings(location)
{
    for (std::size_t i = 0; i < keyTable().size(); ++i)
        Q_ASSERT(static_cast<std::size_t>(keyTable()[i].key) == i);
    migrate();
    m_profile = currentProfile();
}

Settings::~Settings() = default; // SharedSettings writes what is left

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(spec(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return spec(key).fallback;
}

QVariant Settings::value(Key key) const
{
    const KeySpec& s = spec(key);
    const QVariant stored = m_settings->value(storedName(key));
    if (!stored.isValid())
        return s.fallback;
    // A value of the wrong type (a hand-edited file) falls back instead of misleading the app.
    QVariant converted = stored;
    if (!converted.convert(s.fallback.metaType()))
        return s.fallback;
    return converted;
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (m_settings->value(storedName(key)) == value)
        return;
    m_settings->setValue(storedName(key), value);
    queueSync();
}

void Settings::reset(Key key)
{
    m_settings->remove(storedName(key));
    queueSync();
}

QString Settings::storedName(Key key) const
{
    const QString name = keyName(key);
    if (!isPerProfile(key) || m_profile.isEmpty() || m_profile == Profile::defaultName())
        return name;
    return profileGroup(m_profile) + name;
}

QStringList Settings::profiles() const
{
    QStringList names{Profile::defaultName()};
    const QStringList saved = m_settings->value(kProfilesKey).toStringList();
    for (const QString& name : saved) {
        if (Profile::find(names, name).isEmpty())
            names.append(name);
    }
    return names;
}

bool Settings::useProfile(const QString& name)
{
    const QString found = Profile::find(profiles(), name);
    if (found.isEmpty())
        return false;
    m_profile = found;
    return true;
}

QString Settings::currentProfile() const
{
    const QString found = Profile::find(profiles(), m_settings->value(kCurrentProfileKey).toString());
    return found.isEmpty() ? Profile::defaultName() : found;
}

void Settings::setCurrentProfile(const QString& name)
{
    const QString found = Profile::find(profiles(), name);
    if (found.isEmpty())
        return;
    m_settings->setValue(kCurrentProfileKey, found);
    queueSync();
}

QString Settings::addProfile(const QString& name, const ApiConfig& config)
{
    const QString problem = Profile::validateName(name, profiles());
    if (!problem.isEmpty())
        return problem;
    QStringList saved = profiles();
    saved.removeFirst(); // "Default" is always there, and never listed
    saved.append(name);
    m_settings->setValue(kProfilesKey, saved);
    const QString before = std::exchange(m_profile, name);
    setApiVersion(config.version);
    setBaseUrl(ApiVersion::V6, config.version == ApiVersion::V6 ? config.baseUrl : QUrl());
    setBaseUrl(ApiVersion::V7, config.version == ApiVersion::V7 ? config.baseUrl : QUrl());
    setAuthMethod(config.credentials.method);
    setEmail(config.credentials.email);
    m_profile = before;
    queueSync();
    emit profilesChanged();
    return {};
}

bool Settings::removeProfile(const QString& name)
{
    const QString found = Profile::find(profiles(), name);
    if (found.isEmpty() || found == Profile::defaultName())
        return false;
    QStringList saved = profiles();
    saved.removeFirst();
    saved.removeAll(found);
    m_settings->setValue(kProfilesKey, saved);
    m_settings->remove(profileGroup(found).chopped(1));
    if (m_settings->value(kCurrentProfileKey).toString().compare(found, Qt::CaseInsensitive) == 0)
        m_settings->remove(kCurrentProfileKey);
    if (m_profile == found)
        m_profile = Profile::defaultName();
    queueSync();
    emit profilesChanged();
    return true;
}

void Settings::migrate()
{
    const int stored = m_settings->value(kVersionKey, 0).toInt();
    m_migratedFrom = stored;
    if (stored == kVersion)
        return;
    // No released build wrote a version below 2 (1.0.0 wrote 2 from its first build), so there is
    // nothing to migrate from yet: a file without a version is a new one.
    if (stored > kVersion)
        qCWarning(lcSettings) << "settings were written by a newer version" << stored;
    else
        m_settings->setValue(kVersionKey, kVersion);
    m_settings.sync();
}

ApiVersion Settings::apiVersion() const
{
    return apiVersionFromString(value(Key::ApiVersion).toString()).value_or(ApiVersion::V7);
}

void Settings::setApiVersion(ApiVersion version)
{
    setValue(Key::ApiVersion, toString(version));
}

QUrl Settings::baseUrl(ApiVersion version) const
{
    const QUrl url(value(version == ApiVersion::V6 ? Key::BaseUrlV6 : Key::BaseUrlV7).toString(),
                   QUrl::StrictMode);
    return url.isValid() ? url : QUrl();
}

void Settings::setBaseUrl(ApiVersion version, const QUrl& url)
{
    setValue(version == ApiVersion::V6 ? Key::BaseUrlV6 : Key::BaseUrlV7,
             url.isEmpty() ? QString() : url.toString());
}

Credentials::Method Settings::authMethod() const
{
    return value(Key::AuthMethod).toString() == u"basic" ? Credentials::Method::Basic
                                                         : Credentials::Method::Bearer;
}

void Settings::setAuthMethod(Credentials::Method method)
{
    setValue(Key::AuthMethod,
             method == Credentials::Method::Basic ? QStringLiteral("basic") : QStringLiteral("bearer"));
}

QString Settings::email() const
{
    return value(Key::Email).toString();
}

void Settings::setEmail(const QString& email)
{
    setValue(Key::Email, email.trimmed());
}

int Settings::timeoutSeconds() const
{
    return std::clamp(value(Key::TimeoutSeconds).toInt(), kMinTimeoutSeconds, kMaxTimeoutSeconds);
}

void Settings::setTimeoutSeconds(int seconds)
{
    setValue(Key::TimeoutSeconds, std::clamp(seconds, kMinTimeoutSeconds, kMaxTimeoutSeconds));
}

int Settings::historyCap() const
{
    return std::clamp(value(Key::HistoryCap).toInt(), kMinHistoryCap, kMaxHistoryCap);
}

void Settings::setHistoryCap(int cap)
{
    setValue(Key::HistoryCap, std::clamp(cap, kMinHistoryCap, kMaxHistoryCap));
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString& language)
{
    setValue(Key::Language, language);
}

QString Settings::accountGroup() const
{
    return value(Key::AccountGroup).toString();
}

void Settings::setAccountGroup(const QString& aid)
{
    setValue(Key::AccountGroup, aid);
}

QString Settings::lastSource(ApiVersion version, const QString& aid) const
{
    return m_settings->value(QStringLiteral("form/lastSource/%1/%2").arg(toString(version), aid)).toString();
}

void Settings::setLastSource(ApiVersion version, const QString& aid, const QString& sourceId)
{
    m_settings->setValue(QStringLiteral("form/lastSource/%1/%2").arg(toString(version), aid), sourceId);
}

QString Settings::nameTemplate() const
{
    const QString t = value(Key::NameTemplate).toString();
    return t.trimmed().isEmpty() ? defaultValue(Key::NameTemplate).toString() : t;
}

ApiConfig Settings::apiConfig() const
{
    ApiConfig config;
    config.version = apiVersion();
    config.baseUrl = baseUrl(config.version);
    config.credentials.method = authMethod();
    config.credentials.email = email();
    config.timeout = std::chrono::seconds(timeoutSeconds());
    return config;
}

bool Settings::sync()
{
    m_syncQueued = false;
    if (m_settings.sync() == QSettings::NoError)
        return true;
    qCWarning(lcSettings).noquote() << "the settings could not be saved to" << m_settings.fileName();
    return false;
}

void Settings::queueSync()
{
    // As QSettings would by itself, a moment later: a burst of changes is written once.
    if (std::exchange(m_syncQueued, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_syncQueued)
                sync();
        },
        Qt::QueuedConnection);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

bool Settings::save(const Edit& edit)
{
    setApiVersion(edit.config.version);
    setBaseUrl(edit.config.version, edit.config.baseUrl);
    setAuthMethod(edit.config.credentials.method);
    setEmail(edit.email);
    setTimeoutSeconds(edit.timeoutSeconds);
    setHistoryCap(edit.historyCap);
    setLanguage(edit.language);
    return sync();
}

} // namespace snapshotdesk
