// Settings: a fresh or hand-edited file gives sensible values, values persist typed, a newer file is
// not downgraded, and two instances writing at once keep each other's changes.

#include "FileBytes.h"
#include "store/Settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Key = Settings::Key;

Q_DECLARE_METATYPE(snapshotdesk::Settings::Key)

namespace {

QList<Key> allKeys()
{
    const QMetaEnum meta = QMetaEnum::fromType<Key>();
    QList<Key> keys;
    for (int i = 0; i < meta.keyCount(); ++i)
        keys << static_cast<Key>(meta.value(i));
    return keys;
}

using test::readAll;

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyKeyHasNameAndDefault();
    void emptyFileGivesDefaults();
    void emptyFileGetsVersion();
    void valuesPersist();
    void anEditIsSavedInOneGo();
    void wrongTypesFallBack_data();
    void wrongTypesFallBack();
    void timeoutClamped_data();
    void timeoutClamped();
    void historyCapClamped_data();
    void historyCapClamped();
    void currentVersionLeftAlone();
    void newerVersionNotDowngraded();
    void lastSourcePerVersionAndGroup();
    void nameTemplateFallsBackWhenBlank();
    void apiConfigReflectsSettings();

private:
    QString path() const { return m_dir->path() + u"/s.ini"_s; }
    SettingsLocation location() const { return SettingsLocation::iniFile(path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::cleanup()
{
    m_dir.reset();
}

void TestSettings::everyKeyHasNameAndDefault()
{
    const QList<Key> keys = allKeys();
    QCOMPARE(keys.size(), 16);
    QSet<QString> names;
    for (const Key key : keys) {
        const QString name = Settings::keyName(key);
        QVERIFY2(name.contains(u'/'), qPrintable(name)); // grouped, e.g. "api/version"
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY2(Settings::defaultValue(key).isValid(), qPrintable(name));
    }
}

void TestSettings::emptyFileGivesDefaults()
{
    Settings settings(location());
    for (const Key key : allKeys())
        QCOMPARE(settings.value(key), Settings::defaultValue(key));
    QCOMPARE(toString(settings.apiVersion()), u"v7"_s);
    QVERIFY(settings.baseUrl(ApiVersion::V6).isEmpty());
    QVERIFY(settings.baseUrl(ApiVersion::V7).isEmpty());
    QCOMPARE(settings.authMethod(), Credentials::Method::Bearer);
    QCOMPARE(settings.email(), QString());
    QCOMPARE(settings.timeoutSeconds(), 30);
    QCOMPARE(settings.historyCap(), 10'000);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.accountGroup(), QString());
    QCOMPARE(settings.nameTemplate(), u"{source} {from} – {to}"_s);
    QCOMPARE(settings.lastSource(ApiVersion::V7, u"1234"_s), QString());
    QCOMPARE(Settings::defaultValue(Key::TimeRangePreset).toString(), u"last24Hours"_s);
}

void TestSettings::emptyFileGetsVersion()
{
    {
        Settings settings(location());
        QCOMPARE(settings.migratedFrom(), 0);
        QCOMPARE(settings.fileName(), path());
    }
    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"app/settingsVersion"_s).toInt(), Settings::kVersion);
    Settings again(location());
    QCOMPARE(again.migratedFrom(), Settings::kVersion);
}

void TestSettings::anEditIsSavedInOneGo()
{
    // What the settings dialog collects, written by the store at once and on disk when it says so.
    Settings::Edit edit;
    edit.config.version = ApiVersion::V6;
    edit.config.baseUrl = QUrl(u"https://proxy.example.com/v6"_s);
    edit.config.credentials.method = Credentials::Method::Basic;
    edit.email = u"ops@example.com"_s;
    edit.timeoutSeconds = 60;
    edit.historyCap = 2000;
    edit.language = u"ja"_s;
    {
        Settings settings(location());
        QVERIFY(settings.save(edit));
        // On disk before the object goes: another instance reads it now.
        Settings other(location());
        QCOMPARE(toString(other.apiVersion()), u"v6"_s);
    }
    Settings settings(location());
    QCOMPARE(settings.baseUrl(ApiVersion::V6), QUrl(u"https://proxy.example.com/v6"_s));
    QCOMPARE(settings.authMethod(), Credentials::Method::Basic);
    QCOMPARE(settings.email(), u"ops@example.com"_s);
    QCOMPARE(settings.timeoutSeconds(), 60);
    QCOMPARE(settings.historyCap(), 2000);
    QCOMPARE(settings.language(), u"ja"_s);
}

void TestSettings::valuesPersist()
{
    {
        Settings settings(location());
        settings.setApiVersion(ApiVersion::V6);
        settings.setBaseUrl(ApiVersion::V6, QUrl(u"https://proxy.example.com/v6"_s));
        settings.setAuthMethod(Credentials::Method::Basic);
        settings.setEmail(u"  ops@example.com "_s);
        settings.setTimeoutSeconds(45);
        settings.setHistoryCap(500);
        settings.setLanguage(u"de"_s);
        settings.setAccountGroup(u"1234"_s);
        settings.setValue(Key::TimeRangePreset, u"lastWeek"_s);
    }
    Settings settings(location());
    QCOMPARE(toString(settings.apiVersion()), u"v6"_s);
    QCOMPARE(settings.baseUrl(ApiVersion::V6), QUrl(u"https://proxy.example.com/v6"_s));
    QVERIFY(settings.baseUrl(ApiVersion::V7).isEmpty());
    QCOMPARE(settings.authMethod(), Credentials::Method::Basic);
    QCOMPARE(settings.email(), u"ops@example.com"_s);
    QCOMPARE(settings.timeoutSeconds(), 45);
    QCOMPARE(settings.historyCap(), 500);
    QCOMPARE(settings.language(), u"de"_s);
    QCOMPARE(settings.accountGroup(), u"1234"_s);
    // Read back from text, typed as the default is.
    QCOMPARE(settings.value(Key::TimeRangePreset), QVariant(u"lastWeek"_s));
    QCOMPARE(settings.value(Key::TimeoutSeconds), QVariant(45));
}

void TestSettings::wrongTypesFallBack_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("timeout text") << QByteArray("[api]\ntimeoutSeconds=abc\n") << Key::TimeoutSeconds
                                  << QVariant(30);
    QTest::newRow("timeout fraction")
        << QByteArray("[api]\ntimeoutSeconds=12.5\n") << Key::TimeoutSeconds << QVariant(30);
    QTest::newRow("cap text") << QByteArray("[history]\ncap=lots\n") << Key::HistoryCap << QVariant(10'000);
    QTest::newRow("email list") << QByteArray("[api]\nemail=a@example.com, b@example.com\n") << Key::Email
                                << QVariant(QString());
}

void TestSettings::wrongTypesFallBack()
{
    QFETCH(QByteArray, ini);
    QFETCH(Key, key);
    QFETCH(QVariant, expected);
    QVERIFY(writeAll(path(), "[app]\nsettingsVersion=2\n" + ini));
    Settings settings(location());
    const QVariant value = settings.value(key);
    QCOMPARE(value.metaType(), Settings::defaultValue(key).metaType());
    QCOMPARE(value, expected);
    if (key == Key::TimeoutSeconds)
        QCOMPARE(settings.timeoutSeconds(), 30);
    if (key == Key::HistoryCap)
        QCOMPARE(settings.historyCap(), 10'000);
    if (key == Key::Email)
        QCOMPARE(settings.apiConfig().credentials.email, QString());
}

void TestSettings::timeoutClamped_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("expected");
    QTest::newRow("in range") << QByteArray("60") << 60 << 60;
    QTest::newRow("zero") << QByteArray("0") << 0 << Settings::kMinTimeoutSeconds;
    QTest::newRow("negative") << QByteArray("-5") << -5 << Settings::kMinTimeoutSeconds;
    QTest::newRow("too long") << QByteArray("100000") << 100'000 << Settings::kMaxTimeoutSeconds;
    QTest::newRow("lower bound") << QByteArray("5") << 5 << 5;
    QTest::newRow("upper bound") << QByteArray("300") << 300 << 300;
}

void TestSettings::timeoutClamped()
{
    QFETCH(QByteArray, stored);
    QFETCH(int, set);
    QFETCH(int, expected);
    // Hand-edited file.
    QVERIFY(writeAll(path(), "[app]\nsettingsVersion=2\n[api]\ntimeoutSeconds=" + stored + '\n'));
    {
        Settings settings(location());
        QCOMPARE(settings.timeoutSeconds(), expected);
        QCOMPARE(settings.apiConfig().timeout, std::chrono::milliseconds(expected * 1000));
    }
    // Set through the accessor: clamped before it is stored.
    QVERIFY(QFile::remove(path()));
    {
        Settings settings(location());
        settings.setTimeoutSeconds(set);
        QCOMPARE(settings.timeoutSeconds(), expected);
    }
    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"api/timeoutSeconds"_s).toInt(), expected);
}

void TestSettings::historyCapClamped_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("expected");
    QTest::newRow("in range") << QByteArray("2500") << 2500 << 2500;
    QTest::newRow("too small") << QByteArray("5") << 5 << Settings::kMinHistoryCap;
    QTest::newRow("negative") << QByteArray("-1") << -1 << Settings::kMinHistoryCap;
    QTest::newRow("too large") << QByteArray("2000000000") << 2'000'000'000 << Settings::kMaxHistoryCap;
}

void TestSettings::historyCapClamped()
{
    QFETCH(QByteArray, stored);
    QFETCH(int, set);
    QFETCH(int, expected);
    QVERIFY(writeAll(path(), "[app]\nsettingsVersion=2\n[history]\ncap=" + stored + '\n'));
    {
        Settings settings(location());
        QCOMPARE(settings.historyCap(), expected);
    }
    QVERIFY(QFile::remove(path()));
    Settings settings(location());
    settings.setHistoryCap(set);
    QCOMPARE(settings.historyCap(), expected);
    QCOMPARE(settings.value(Key::HistoryCap).toInt(), expected);
}

void TestSettings::currentVersionLeftAlone()
{
    const QByteArray ini("[api]\nemail=ops@example.com\ntimeoutSeconds=45\n\n[app]\nsettingsVersion=2\n");
    QVERIFY(writeAll(path(), ini));
    {
        Settings settings(location());
        QCOMPARE(settings.migratedFrom(), 2);
        QCOMPARE(settings.timeoutSeconds(), 45);
    }
    QCOMPARE(readAll(path()), ini);
}

void TestSettings::newerVersionNotDowngraded()
{
    QVERIFY(writeAll(path(), "[app]\nsettingsVersion=3\n[api]\ntimeoutSeconds=45\nfutureKey=x\n"));
    {
        Settings settings(location());
        QCOMPARE(settings.migratedFrom(), 3);
        QCOMPARE(settings.timeoutSeconds(), 45);
    }
    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"app/settingsVersion"_s).toInt(), 3);
    QCOMPARE(raw.value(u"api/futureKey"_s).toString(), u"x"_s);
}

void TestSettings::lastSourcePerVersionAndGroup()
{
    {
        Settings settings(location());
        settings.setLastSource(ApiVersion::V6, u"1234"_s, u"report-6"_s);
        settings.setLastSource(ApiVersion::V7, u"1234"_s, u"dash-7"_s);
        settings.setLastSource(ApiVersion::V7, u"5678"_s, u"dash-other"_s);
        settings.setLastSource(ApiVersion::V7, QString(), u"dash-default"_s); // the default group
        QCOMPARE(settings.lastSource(ApiVersion::V6, u"1234"_s), u"report-6"_s);
        QCOMPARE(settings.lastSource(ApiVersion::V7, u"1234"_s), u"dash-7"_s);
    }
    Settings settings(location());
    QCOMPARE(settings.lastSource(ApiVersion::V6, u"1234"_s), u"report-6"_s);
    QCOMPARE(settings.lastSource(ApiVersion::V7, u"1234"_s), u"dash-7"_s);
    QCOMPARE(settings.lastSource(ApiVersion::V7, u"5678"_s), u"dash-other"_s);
    QCOMPARE(settings.lastSource(ApiVersion::V7, QString()), u"dash-default"_s);
    QCOMPARE(settings.lastSource(ApiVersion::V6, u"5678"_s), QString());
    QCOMPARE(settings.lastSource(ApiVersion::V6, QString()), QString());

    settings.setLastSource(ApiVersion::V7, u"1234"_s, u"dash-new"_s);
    QCOMPARE(settings.lastSource(ApiVersion::V7, u"1234"_s), u"dash-new"_s);
    QCOMPARE(settings.lastSource(ApiVersion::V6, u"1234"_s), u"report-6"_s);
}

void TestSettings::nameTemplateFallsBackWhenBlank()
{
    Settings settings(location());
    settings.setValue(Key::NameTemplate, u"   "_s);
    QCOMPARE(settings.nameTemplate(), Settings::defaultValue(Key::NameTemplate).toString());
    settings.setValue(Key::NameTemplate, u"{source} weekly"_s);
    QCOMPARE(settings.nameTemplate(), u"{source} weekly"_s);
}

void TestSettings::apiConfigReflectsSettings()
{
    Settings settings(location());
    ApiConfig config = settings.apiConfig();
    QCOMPARE(toString(config.version), u"v7"_s);
    QVERIFY(config.baseUrl.isEmpty());
    QCOMPARE(config.effectiveBaseUrl(), ApiConfig::defaultBaseUrl(ApiVersion::V7));
    QCOMPARE(config.credentials.method, Credentials::Method::Bearer);
    QVERIFY(config.credentials.token.isEmpty());
    QCOMPARE(config.timeout, std::chrono::milliseconds(30'000));

    settings.setApiVersion(ApiVersion::V6);
    settings.setBaseUrl(ApiVersion::V6, QUrl(u"https://te-proxy.example.com/v6"_s));
    settings.setBaseUrl(ApiVersion::V7, QUrl(u"https://te-proxy.example.com/v7"_s));
    settings.setAuthMethod(Credentials::Method::Basic);
    settings.setEmail(u"ops@example.com"_s);
    settings.setTimeoutSeconds(45);
    config = settings.apiConfig();
    QCOMPARE(toString(config.version), u"v6"_s);
    QCOMPARE(config.baseUrl, QUrl(u"https://te-proxy.example.com/v6"_s));
    QCOMPARE(config.credentials.method, Credentials::Method::Basic);
    QCOMPARE(config.credentials.email, u"ops@example.com"_s);
    QVERIFY(config.credentials.token.isEmpty()); // never from the settings
    QCOMPARE(config.timeout, std::chrono::milliseconds(45'000));

    settings.setApiVersion(ApiVersion::V7);
    QCOMPARE(settings.apiConfig().baseUrl, QUrl(u"https://te-proxy.example.com/v7"_s));
    settings.setBaseUrl(ApiVersion::V7, QUrl());
    QVERIFY(settings.apiConfig().baseUrl.isEmpty());
    QCOMPARE(settings.apiConfig().effectiveBaseUrl(), ApiConfig::defaultBaseUrl(ApiVersion::V7));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
