// SettingsDialog: labels and accessible names, inline validation of the base URL and e-mail,
// Basic auth only for v6, "Test connection" against a fake server, and that accepting writes the
// settings and never puts a token in the settings file.

#include "session/Session.h"
#include "ui/settings/SettingsDialog.h"

#include "FakeThousandEyesServer.h"
#include "SecretScan.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

QString withoutMnemonic(QString text)
{
    text.remove(u'&');
    text.remove(u':');
    return text.trimmed();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyInputHasALabelWithMnemonicAndMatchingName();
    void tabOrderFollowsTheForm();
    void loadsTheCurrentSettings();
    void baseUrlRules_data();
    void baseUrlRules();
    void insecureUrlDisablesOkAndSaysWhy();
    void messagesHaveAnIconAndMoveNothing();
    void placeholderShowsOfficialAddressPerVersion();
    void basicOnlyForV6();
    void emailOnlyForBasicAndRequired();
    void showHideTokenToggle();
    void languageChoices();
    void acceptedValuesLandInSettings();
    void unsavableSettingsKeepTheDialogOpenAndSayWhy();
    void tokenNeverReachesTheSettingsFile();
    void cancelChangesNothing();
    void environmentCredentialsLockTheToken();
    void testConnectionSucceeds();
    void testConnectionShowsTheServersWords();
    void testConnectionWithoutTokenSaysSo();
    void testConnectionToNowhereSpeaksOfTheFieldAbove();
    void tokenPlaceholderSaysWhetherOneIsSaved();

private:
    void makeDialog(const Session::Options& options);
    void makeDialog();
    template <typename T> T* child(const QString& name) const
    {
        T* widget = m_dialog->findChild<T*>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    QPushButton* okButton() const
    {
        return child<QDialogButtonBox>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }
    void setText(const QString& editName, const QString& text);
    QByteArray settingsFileBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"snapshot-desk.ini"_s);
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_dir.reset();
}

void TestSettingsDialog::makeDialog(const Session::Options& options)
{
    m_dialog.reset();
    m_session = std::make_unique<Session>(options);
    m_dialog = std::make_unique<SettingsDialog>(m_session->setup());
}

void TestSettingsDialog::makeDialog()
{
    Session::Options options;
    options.location = SettingsLocation::iniFile(m_file);
    options.useKeychain = false; // never the developer's keychain
    makeDialog(options);
}

void TestSettingsDialog::setText(const QString& editName, const QString& text)
{
    auto* edit = child<QLineEdit>(editName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QByteArray TestSettingsDialog::settingsFileBytes() const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestSettingsDialog::everyInputHasALabelWithMnemonicAndMatchingName()
{
    makeDialog();
    QList<QWidget*> inputs;
    for (QWidget* widget : m_dialog->findChildren<QWidget*>()) {
        const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                           qobject_cast<QAbstractSpinBox*>(widget);
        // The line edit inside a spin box is part of the spin box.
        if (input && !qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            inputs << widget;
    }
    QCOMPARE(inputs.size(), 8);
    const QList<QLabel*> labels = m_dialog->findChildren<QLabel*>();
    QSet<QChar> mnemonics;
    for (QWidget* input : std::as_const(inputs)) {
        QVERIFY2(!input->objectName().isEmpty(), input->metaObject()->className());
        const auto label =
            std::find_if(labels.cbegin(), labels.cend(), [input](QLabel* l) { return l->buddy() == input; });
        QVERIFY2(label != labels.cend(), qPrintable(input->objectName()));
        const QString text = (*label)->text();
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        QVERIFY2(!mnemonics.contains(text.at(amp + 1).toLower()), qPrintable(text));
        mnemonics.insert(text.at(amp + 1).toLower());
        QCOMPARE(input->accessibleName(), withoutMnemonic(text));
    }
    const QString button = child<QPushButton>(u"testConnectionButton"_s)->text();
    QCOMPARE(button, u"Test &connection"_s);
    QVERIFY(!mnemonics.contains(u'c'));

    auto* toggle = m_dialog->findChild<QAction*>(u"showTokenAction"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->toolTip(), u"Show token"_s);
    QVERIFY(!toggle->icon().isNull());
}

void TestSettingsDialog::tabOrderFollowsTheForm()
{
    makeDialog();
    const QStringList expected{u"apiVersionCombo"_s, u"baseUrlEdit"_s,    u"authMethodCombo"_s,
                               u"emailEdit"_s,       u"tokenEdit"_s,      u"testConnectionButton"_s,
                               u"timeoutSpin"_s,     u"historyCapSpin"_s, u"languageCombo"_s};
    QStringList order;
    QWidget* widget = child<QWidget>(expected.first());
    for (int i = 0; i < 200 && order.size() < expected.size(); ++i) {
        if (expected.contains(widget->objectName()) && !order.contains(widget->objectName()))
            order << widget->objectName();
        widget = widget->nextInFocusChain();
    }
    QCOMPARE(order, expected);
}

void TestSettingsDialog::loadsTheCurrentSettings()
{
    {
        Settings settings(SettingsLocation::iniFile(m_file));
        settings.setApiVersion(ApiVersion::V6);
        settings.setBaseUrl(ApiVersion::V6, QUrl(u"https://te-proxy.example.com/v6"_s));
        settings.setAuthMethod(Credentials::Method::Basic);
        settings.setEmail(u"noc@example.com"_s);
        settings.setTimeoutSeconds(45);
        settings.setHistoryCap(2500);
        settings.setLanguage(u"fr"_s);
    }
    makeDialog();
    QCOMPARE(child<QComboBox>(u"apiVersionCombo"_s)->currentText(), u"v6 – report snapshots (legacy)"_s);
    QCOMPARE(child<QLineEdit>(u"baseUrlEdit"_s)->text(), u"https://te-proxy.example.com/v6"_s);
    QCOMPARE(child<QComboBox>(u"authMethodCombo"_s)->currentText(), u"Basic (e-mail + token)"_s);
    QCOMPARE(child<QLineEdit>(u"emailEdit"_s)->text(), u"noc@example.com"_s);
    QCOMPARE(child<QSpinBox>(u"timeoutSpin"_s)->value(), 45);
    QCOMPARE(child<QSpinBox>(u"historyCapSpin"_s)->value(), 2500);
    QCOMPARE(child<QComboBox>(u"languageCombo"_s)->currentText(), u"Français"_s);
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(child<QLineEdit>(u"tokenEdit"_s)->text(), QString());
    QCOMPARE(child<QLineEdit>(u"tokenEdit"_s)->echoMode(), QLineEdit::Password);
}

void TestSettingsDialog::baseUrlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty: the official one") << QString() << true;
    QTest::newRow("https") << u"https://api.thousandeyes.com/v7"_s << true;
    QTest::newRow("https proxy with port") << u"https://te.example.com:8443/v7"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080/v7"_s << true;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/v7"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080/v7"_s << true;
    QTest::newRow("http elsewhere") << u"http://example.com/v7"_s << false;
    QTest::newRow("http private address") << u"http://10.0.0.5/v7"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com/v7"_s << false;
    QTest::newRow("no scheme") << u"api.thousandeyes.com/v7"_s << false;
    QTest::newRow("scheme only") << u"https://"_s << false;
}

void TestSettingsDialog::baseUrlRules()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QCOMPARE(SettingsDialog::baseUrlProblem(url, ApiVersion::V7).isEmpty(), ok);
}

// An error under a field has an icon (its shape says "error" without colour) and appears in room
// kept for it, so OK, Test connection and the fields below stay where the pointer is; the dialog is
// as tall as its contents (issue 16, item 7).
void TestSettingsDialog::messagesHaveAnIconAndMoveNothing()
{
    makeDialog();
    m_dialog->show();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_dialog->height(), m_dialog->sizeHint().height());
    const QList<QWidget*> controls{okButton(), child<QPushButton>(u"testConnectionButton"_s),
                                   child<QLineEdit>(u"tokenEdit"_s), child<QLineEdit>(u"emailEdit"_s)};
    const auto where = [&controls] {
        QList<QPoint> list;
        for (QWidget* widget : controls)
            list.append(widget->mapTo(widget->window(), QPoint()));
        return list;
    };
    const QList<QPoint> before = where();
    setText(u"baseUrlEdit"_s, u"http://example.com/v7"_s);
    QCoreApplication::sendPostedEvents();
    auto* icon = child<QLabel>(u"baseUrlErrorLabelIcon"_s);
    QVERIFY(icon->isVisible());
    QVERIFY(!icon->pixmap().isNull());
    QVERIFY(child<QLabel>(u"baseUrlErrorLabel"_s)->isVisible());
    QCOMPARE(where(), before);
}

void TestSettingsDialog::insecureUrlDisablesOkAndSaysWhy()
{
    makeDialog();
    m_dialog->show();
    auto* error = child<QLabel>(u"baseUrlErrorLabel"_s);
    QVERIFY(okButton()->isEnabled());
    QVERIFY(!error->isVisible());

    setText(u"baseUrlEdit"_s, u"http://example.com/v7"_s);
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(!child<QPushButton>(u"testConnectionButton"_s)->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"https://"_s), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(u"baseUrlEdit"_s)->accessibleDescription(), error->text());
    // OK is refused even when forced.
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_session->settings().baseUrl(ApiVersion::V7).isEmpty());

    setText(u"baseUrlEdit"_s, u"http://127.0.0.1:8080/v7"_s);
    QVERIFY(okButton()->isEnabled());
    QVERIFY(!error->isVisible());
    QCOMPARE(child<QLineEdit>(u"baseUrlEdit"_s)->accessibleDescription(), QString());
}

void TestSettingsDialog::placeholderShowsOfficialAddressPerVersion()
{
    makeDialog();
    auto* version = child<QComboBox>(u"apiVersionCombo"_s);
    auto* url = child<QLineEdit>(u"baseUrlEdit"_s);
    QCOMPARE(version->itemText(0), u"v7 – dashboard snapshots (current)"_s);
    QCOMPARE(version->itemText(1), u"v6 – report snapshots (legacy)"_s);
    QCOMPARE(url->placeholderText(), u"https://api.thousandeyes.com/v7"_s);
    version->setCurrentIndex(1);
    QCOMPARE(url->placeholderText(), u"https://api.thousandeyes.com/v6"_s);
}

void TestSettingsDialog::basicOnlyForV6()
{
    makeDialog();
    auto* version = child<QComboBox>(u"apiVersionCombo"_s);
    auto* auth = child<QComboBox>(u"authMethodCombo"_s);
    auto* model = qobject_cast<QStandardItemModel*>(auth->model());
    QVERIFY(model);
    QCOMPARE(auth->count(), 2);
    QCOMPARE(auth->itemText(1), u"Basic (e-mail + token)"_s);
    QCOMPARE(version->currentIndex(), 0); // v7 by default
    QVERIFY(!model->item(1)->isEnabled());

    version->setCurrentIndex(1); // v6
    QVERIFY(model->item(1)->isEnabled());
    auth->setCurrentIndex(1);
    setText(u"emailEdit"_s, u"noc@example.com"_s);
    QVERIFY(okButton()->isEnabled());

    version->setCurrentIndex(0); // back to v7: Basic is not possible there
    QVERIFY(!model->item(1)->isEnabled());
    QCOMPARE(auth->currentIndex(), 0);
    QVERIFY(!auth->toolTip().isEmpty());
}

void TestSettingsDialog::emailOnlyForBasicAndRequired()
{
    makeDialog();
    m_dialog->show();
    child<QComboBox>(u"apiVersionCombo"_s)->setCurrentIndex(1);
    auto* auth = child<QComboBox>(u"authMethodCombo"_s);
    auto* email = child<QLineEdit>(u"emailEdit"_s);
    QVERIFY(!email->isEnabled());
    auth->setCurrentIndex(1);
    QVERIFY(email->isEnabled());
    QVERIFY(!okButton()->isEnabled()); // Basic needs the e-mail address
    QVERIFY(child<QLabel>(u"emailErrorLabel"_s)->isVisible());
    setText(u"emailEdit"_s, u"noc"_s);
    QVERIFY(!okButton()->isEnabled());
    setText(u"emailEdit"_s, u"noc@example.com"_s);
    QVERIFY(okButton()->isEnabled());
    QVERIFY(!child<QLabel>(u"emailErrorLabel"_s)->isVisible());
}

void TestSettingsDialog::showHideTokenToggle()
{
    makeDialog();
    auto* token = child<QLineEdit>(u"tokenEdit"_s);
    auto* toggle = m_dialog->findChild<QAction*>(u"showTokenAction"_s);
    QVERIFY(toggle->isCheckable());
    QCOMPARE(token->placeholderText(), u"Paste your API token"_s); // nothing saved in this test
    toggle->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QCOMPARE(toggle->toolTip(), u"Hide token"_s);
    toggle->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(toggle->toolTip(), u"Show token"_s);
}

void TestSettingsDialog::languageChoices()
{
    makeDialog();
    auto* language = child<QComboBox>(u"languageCombo"_s);
    const QStringList codes{QString(), u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"ja"_s, u"zh_CN"_s};
    const QStringList names{u"System default"_s, u"English"_s, u"Deutsch"_s, u"Français"_s,
                            u"Español"_s,        u"日本語"_s,  u"简体中文"_s};
    QCOMPARE(language->count(), codes.size());
    for (int i = 0; i < language->count(); ++i) {
        QCOMPARE(language->itemData(i).toString(), codes.at(i));
        QCOMPARE(language->itemText(i), names.at(i));
    }
    QCOMPARE(language->currentIndex(), 0);
    QCOMPARE(child<QLabel>(u"languageNoteLabel"_s)->text(), u"Takes effect after a restart."_s);
}

void TestSettingsDialog::acceptedValuesLandInSettings()
{
    makeDialog();
    m_dialog->show();
    child<QComboBox>(u"apiVersionCombo"_s)->setCurrentIndex(1); // v6
    setText(u"baseUrlEdit"_s, u"https://te-proxy.example.com/v6"_s);
    child<QComboBox>(u"authMethodCombo"_s)->setCurrentIndex(1); // Basic
    setText(u"emailEdit"_s, u"noc@example.com"_s);
    setText(u"tokenEdit"_s, u"basic-token-42"_s);
    child<QSpinBox>(u"timeoutSpin"_s)->setValue(90);
    child<QSpinBox>(u"historyCapSpin"_s)->setValue(5000);
    child<QComboBox>(u"languageCombo"_s)->setCurrentIndex(6); // 简体中文
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const Settings& settings = m_session->settings();
    QVERIFY(settings.apiVersion() == ApiVersion::V6);
    QCOMPARE(settings.baseUrl(ApiVersion::V6), QUrl(u"https://te-proxy.example.com/v6"_s));
    QVERIFY(settings.authMethod() == Credentials::Method::Basic);
    QCOMPARE(settings.email(), u"noc@example.com"_s);
    QCOMPARE(settings.timeoutSeconds(), 90);
    QCOMPARE(settings.historyCap(), 5000);
    QCOMPARE(settings.language(), u"zh_CN"_s);

    // Applied to the session, with the token for this session (no keychain in tests).
    QVERIFY(m_session->apiConfig().version == ApiVersion::V6);
    QCOMPARE(m_session->apiConfig().baseUrl, QUrl(u"https://te-proxy.example.com/v6"_s));
    QVERIFY(m_session->apiConfig().credentials.method == Credentials::Method::Basic);
    QCOMPARE(m_session->apiConfig().credentials.email, u"noc@example.com"_s);
    QTRY_COMPARE(m_session->apiConfig().credentials.token, u"basic-token-42"_s);
    QCOMPARE(m_session->apiConfig().timeout.count(), 90'000);
    QCOMPARE(m_session->history().cap(), 5000);

    // And they are on disk for the next start.
    Settings reread(SettingsLocation::iniFile(m_file));
    QVERIFY(reread.apiVersion() == ApiVersion::V6);
    QCOMPARE(reread.language(), u"zh_CN"_s);
}

void TestSettingsDialog::unsavableSettingsKeepTheDialogOpenAndSayWhy()
{
    makeDialog();
    m_dialog->show();
    // Another program put a folder where the settings file is: no write can replace it (not even
    // as root).
    m_session->settings().sync();
    QVERIFY(QFile::remove(m_file));
    QVERIFY(QDir().mkdir(m_file));
    child<QSpinBox>(u"timeoutSpin"_s)->setValue(95);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    const auto* result = child<QLabel>(u"connectionResultLabel"_s);
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(u"could not be saved"_s) &&
                 result->text().contains(QDir::toNativeSeparators(m_file)),
             qPrintable(result->text()));

    // Fixed: OK saves and closes.
    QVERIFY(QDir().rmdir(m_file));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(settingsFileBytes().contains("timeoutSeconds=95"));
}

void TestSettingsDialog::tokenNeverReachesTheSettingsFile()
{
    const QString token = u"tok-SECRET-7f3a9c0e51"_s;
    makeDialog();
    m_dialog->show();
    setText(u"tokenEdit"_s, token);
    child<QSpinBox>(u"timeoutSpin"_s)->setValue(60);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QTRY_COMPARE(m_session->apiConfig().credentials.token, token);
    m_session->settings().sync();

    const QByteArray bytes = settingsFileBytes();
    QVERIFY(bytes.contains("timeoutSeconds=60")); // the right file, written
    QVERIFY(!bytes.contains(token.toUtf8()));
    QVERIFY(!bytes.contains("SECRET"));
    QVERIFY(!bytes.toLower().contains("token="));
    // Nor does the widget keep it.
    QCOMPARE(child<QLineEdit>(u"tokenEdit"_s)->text(), QString());

    // Not after the session is gone either.
    m_dialog.reset();
    m_session.reset();
    QVERIFY(!settingsFileBytes().contains(token.toUtf8()));
}

void TestSettingsDialog::cancelChangesNothing()
{
    makeDialog();
    m_dialog->show();
    child<QSpinBox>(u"timeoutSpin"_s)->setValue(200);
    child<QComboBox>(u"languageCombo"_s)->setCurrentIndex(2);
    QTest::mouseClick(child<QDialogButtonBox>(u"buttonBox"_s)->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_session->settings().timeoutSeconds(), 30);
    QCOMPARE(m_session->settings().language(), QString());
}

void TestSettingsDialog::environmentCredentialsLockTheToken()
{
    Session::Options options;
    options.location = SettingsLocation::iniFile(m_file);
    options.useKeychain = false;
    options.startup.credentials = Credentials{Credentials::Method::Bearer, {}, u"env-token-1"_s};
    makeDialog(options);
    m_dialog->show();
    QVERIFY(!child<QLineEdit>(u"tokenEdit"_s)->isEnabled());
    auto* note = child<QLabel>(u"tokenNoteLabel"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"environment"_s));

    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_session->apiConfig().credentials.token, u"env-token-1"_s);
    const QStringList found = test::findSecretInFiles(m_dir->path(), u"env-token-1"_s);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestSettingsDialog::testConnectionSucceeds()
{
    FakeThousandEyesServer server;
    QVERIFY(server.isListening());
    server.scriptTenant(ApiVersion::V7);
    makeDialog();
    m_dialog->show();
    setText(u"baseUrlEdit"_s, server.baseUrl(u"/v7"_s).toString());
    setText(u"tokenEdit"_s, u"typed-token"_s);
    auto* button = child<QPushButton>(u"testConnectionButton"_s);
    auto* result = child<QLabel>(u"connectionResultLabel"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // busy
    QCOMPARE(result->text(), u"Testing the connection…"_s);
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(result->text(), u"Connected: 2 account group(s); rate limit 239 of 240 remaining"_s);
    QCOMPARE(server.lastRequest().header("Authorization"), QByteArray("Bearer typed-token"));
    // Only a test: nothing was applied or saved.
    QVERIFY(m_session->settings().baseUrl(ApiVersion::V7).isEmpty());
    QVERIFY(m_session->apiConfig().credentials.token.isEmpty());
}

void TestSettingsDialog::testConnectionShowsTheServersWords()
{
    FakeThousandEyesServer server;
    server.on("/v7/account-groups", FakeThousandEyesServer::v7Unauthorized(u"The access token expired"_s));
    makeDialog();
    m_dialog->show();
    setText(u"baseUrlEdit"_s, server.baseUrl(u"/v7"_s).toString());
    setText(u"tokenEdit"_s, u"old-token"_s);
    auto* button = child<QPushButton>(u"testConnectionButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    const QString text = child<QLabel>(u"connectionResultLabel"_s)->text();
    QVERIFY2(text.startsWith(ApiError(ApiError::Kind::Unauthorized).userMessage()), qPrintable(text));
    QVERIFY2(text.contains(u"The access token expired"_s), qPrintable(text));
}

void TestSettingsDialog::testConnectionWithoutTokenSaysSo()
{
    makeDialog();
    m_dialog->show();
    setText(u"baseUrlEdit"_s, u"http://127.0.0.1:9/v7"_s);
    auto* button = child<QPushButton>(u"testConnectionButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    // Said as from inside Settings: "above", not "open Settings".
    const QString text = child<QLabel>(u"connectionResultLabel"_s)->text();
    QVERIFY2(text.contains(u"enter your ThousandEyes API token above"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Open Settings"_s), qPrintable(text));
}

void TestSettingsDialog::testConnectionToNowhereSpeaksOfTheFieldAbove()
{
    makeDialog();
    m_dialog->show();
    setText(u"baseUrlEdit"_s, u"http://127.0.0.1:9/v7"_s); // discard port: refused
    setText(u"tokenEdit"_s, u"typed-token"_s);
    auto* button = child<QPushButton>(u"testConnectionButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10'000);
    const QString text = child<QLabel>(u"connectionResultLabel"_s)->text();
    QVERIFY2(text.contains(u"check the base URL above"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"in Settings"_s), qPrintable(text));
}

void TestSettingsDialog::tokenPlaceholderSaysWhetherOneIsSaved()
{
    makeDialog();
    m_dialog->show();
    auto* token = child<QLineEdit>(u"tokenEdit"_s);
    // Nothing saved: leaving it empty keeps nothing, so the field does not say it would.
    QCOMPARE(token->placeholderText(), u"Paste your API token"_s);

    BoundToken saved{u"tok-saved"_s, {}};
    saved.allow(ApiConfig::defaultBaseUrl(ApiVersion::V7));
    m_session->credentialStore().write(CredentialStore::Secret::BearerToken, saved, false);
    m_dialog = std::make_unique<SettingsDialog>(m_session->setup());
    m_dialog->show();
    token = child<QLineEdit>(u"tokenEdit"_s);
    QTRY_COMPARE(token->placeholderText(), u"Saved in the keychain — leave empty to keep it"_s);
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settingsdialog.moc"
