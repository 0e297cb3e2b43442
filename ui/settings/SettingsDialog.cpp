#include "ui/settings/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "core/AccountGroup.h"
#include "core/ApiError.h"
#include "core/RateLimitStatus.h"
#include "session/AccountSetup.h"
#include "store/Settings.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStandardItemModel>

#include <utility>

namespace snapshotdesk {

namespace {

// Item data of the authentication combo.
constexpr int kBearer = 0;
constexpr int kBasic = 1;

// Drawn when the icon theme has no eye (Windows, macOS, a bare desktop): the toggle must never be
// an invisible button.
QIcon paintedEye(bool crossedOut, const QColor& colour)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPen pen(colour, std::max(1.0, s / 14.0));
        painter.setPen(pen);
        QPainterPath eye;
        eye.moveTo(s * 0.08, s * 0.5);
        eye.quadTo(s * 0.5, s * 0.08, s * 0.92, s * 0.5);
        eye.quadTo(s * 0.5, s * 0.92, s * 0.08, s * 0.5);
        painter.drawPath(eye);
        painter.setBrush(colour);
        painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.14, s * 0.14);
        if (crossedOut)
            painter.drawLine(QPointF(s * 0.15, s * 0.85), QPointF(s * 0.85, s * 0.15));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon themedIcon(const QString& kdeName, const QString& gnomeName, const QIcon& fallback)
{
    return QIcon::fromTheme(kdeName, QIcon::fromTheme(gnomeName, fallback));
}

// A message under a field gets an icon in front (its shape says error or news, for those who do not
// see colour) and a place of `lines` lines that is kept while it is hidden: a message that comes
// or goes moves nothing in the dialog.
QLabel* withReservedIcon(QLabel* label, int lines)
{
    QBoxLayout* owner = nullptr;
    int index = -1;
    const auto find = [&](auto&& self, QLayout* in) -> void {
        for (int i = 0; i < in->count() && !owner; ++i) {
            QLayoutItem* item = in->itemAt(i);
            if (item->widget() == label) {
                owner = qobject_cast<QBoxLayout*>(in);
                index = i;
            } else if (item->layout()) {
                self(self, item->layout());
            }
        }
    };
    find(find, label->parentWidget()->layout());
    auto* icon = new QLabel(label->parentWidget());
    icon->setObjectName(label->objectName() + QStringLiteral("Icon"));
    const int size = label->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setFixedSize(size, size);
    if (owner) {
        owner->removeWidget(label);
        auto* row = new QHBoxLayout;
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        owner->insertLayout(index, row);
    }
    label->setFixedHeight(lines * label->fontMetrics().lineSpacing());
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QWidget* widget : {static_cast<QWidget*>(icon), static_cast<QWidget*>(label)}) {
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
    }
    return icon;
}

void showWithIcon(QLabel* label, QLabel* icon, QStyle::StandardPixmap kind, const QString& text)
{
    label->setText(text);
    const int size = icon->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(icon->style()->standardIcon(kind).pixmap(size, size));
    label->setVisible(!text.isEmpty());
    icon->setVisible(!text.isEmpty());
}

} // namespace

SettingsDialog::SettingsDialog(AccountSetup& setup, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_setup(setup)
{
    m_ui->setupUi(this);
    m_baseUrlIcon = withReservedIcon(m_ui->baseUrlErrorLabel, 3);
    m_emailIcon = withReservedIcon(m_ui->emailErrorLabel, 2);
    m_resultIcon = withReservedIcon(m_ui->connectionResultLabel, 3);
    populateCombos();

    m_showTokenAction = m_ui->tokenEdit->addAction(QIcon(), QLineEdit::TrailingPosition);
    m_showTokenAction->setObjectName(QStringLiteral("showTokenAction"));
    m_showTokenAction->setCheckable(true);
    setTokenVisible(false);
    connect(m_showTokenAction, &QAction::toggled, this, &SettingsDialog::setTokenVisible);

    load();

    connect(m_ui->apiVersionCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Each generation has its own address: show the one saved for the version now chosen.
        m_ui->baseUrlEdit->setText(m_setup.settings().baseUrl(selectedVersion()).toString());
        apiVersionChanged();
    });
    connect(m_ui->authMethodCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::authMethodChanged);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(&m_setup, &AccountSetup::connectionTested, this, &SettingsDialog::connectionTested);
    connect(&m_setup, &AccountSetup::connectionTestFailed, this, &SettingsDialog::connectionTestFailed);
    // Until now a saved token could only be overwritten; this takes it out of the keychain (as
    // `snapshot-desk-cli logout` does).
    QPushButton* forget = m_ui->buttonBox->addButton(tr("&Forget token"), QDialogButtonBox::ActionRole);
    forget->setObjectName(QStringLiteral("forgetTokenButton"));
    forget->setToolTip(tr("Remove this profile's saved API token from the keychain"));
    connect(forget, &QPushButton::clicked, this, [this] { m_setup.forgetToken(); });
    connect(&m_setup, &AccountSetup::tokenForgotten, this,
            [this](const QString& profile, bool existed, const QString& problem) {
                QString text = problem;
                if (text.isEmpty())
                    text = existed
                               ? tr("The saved token of the profile \"%1\" was removed from the keychain.")
                                     .arg(profile)
                               : tr("No token was saved for the profile \"%1\".").arg(profile);
                m_ui->connectionResultLabel->setText(text);
                m_ui->connectionResultLabel->show();
                m_ui->tokenEdit->setPlaceholderText(tr("Paste your API token"));
            });

    apiVersionChanged();
    authMethodChanged();
    validate();
    // As tall as its contents: no empty band above OK and Cancel.
    resize(width(), sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::populateCombos()
{
    m_ui->apiVersionCombo->addItem(tr("v7 – dashboard snapshots (current)"), toString(ApiVersion::V7));
    m_ui->apiVersionCombo->addItem(tr("v6 – report snapshots (legacy)"), toString(ApiVersion::V6));

    m_ui->authMethodCombo->addItem(tr("Bearer token"), kBearer);
    m_ui->authMethodCombo->addItem(tr("Basic (e-mail + token)"), kBasic);

    m_ui->languageCombo->addItem(tr("System default"), QString());
    // Each language in its own words, untranslated, so that someone who cannot read the current
    // language still finds theirs.
    const std::pair<QString, QString> languages[] = {
        {QStringLiteral("English"), QStringLiteral("en")},
        {QStringLiteral("Deutsch"), QStringLiteral("de")},
        {QStringLiteral("Français"), QStringLiteral("fr")},
        {QStringLiteral("Español"), QStringLiteral("es")},
        {QStringLiteral("日本語"), QStringLiteral("ja")},
        {QStringLiteral("简体中文"), QStringLiteral("zh_CN")},
    };
    for (const auto& [name, code] : languages)
        m_ui->languageCombo->addItem(name, code);
}

void SettingsDialog::load()
{
    const Settings& settings = m_setup.settings();
    const ApiVersion version = settings.apiVersion();
    m_ui->apiVersionCombo->setCurrentIndex(m_ui->apiVersionCombo->findData(toString(version)));
    m_ui->baseUrlEdit->setText(settings.baseUrl(version).toString());
    m_ui->authMethodCombo->setCurrentIndex(m_ui->authMethodCombo->findData(
        settings.authMethod() == Credentials::Method::Basic ? kBasic : kBearer));
    m_ui->emailEdit->setText(settings.email());
    m_ui->timeoutSpin->setRange(Settings::kMinTimeoutSeconds, Settings::kMaxTimeoutSeconds);
    m_ui->timeoutSpin->setValue(settings.timeoutSeconds());
    m_ui->historyCapSpin->setRange(Settings::kMinHistoryCap, Settings::kMaxHistoryCap);
    m_ui->historyCapSpin->setGroupSeparatorShown(true); // 1,000,000 is easier to read than 1000000
    m_ui->historyCapSpin->setValue(settings.historyCap());

    const QString language = settings.language();
    int languageIndex = m_ui->languageCombo->findData(language);
    if (languageIndex < 0) {
        // A language set elsewhere (command line, a newer version) is kept, not silently reset.
        m_ui->languageCombo->addItem(language, language);
        languageIndex = m_ui->languageCombo->count() - 1;
    }
    m_ui->languageCombo->setCurrentIndex(languageIndex);

    const bool fromEnvironment = m_setup.credentialsFromEnvironment();
    m_ui->tokenEdit->setEnabled(!fromEnvironment);
    m_showTokenAction->setEnabled(!fromEnvironment);
    m_ui->tokenNoteLabel->setVisible(fromEnvironment);
    showWithIcon(m_ui->baseUrlErrorLabel, m_baseUrlIcon, QStyle::SP_MessageBoxCritical, {});
    showWithIcon(m_ui->emailErrorLabel, m_emailIcon, QStyle::SP_MessageBoxCritical, {});
    showResult(QStyle::SP_MessageBoxInformation, {});
}

void SettingsDialog::showResult(QStyle::StandardPixmap kind, const QString& text)
{
    showWithIcon(m_ui->connectionResultLabel, m_resultIcon, kind, text);
}

ApiVersion SettingsDialog::selectedVersion() const
{
    return apiVersionFromString(m_ui->apiVersionCombo->currentData().toString()).value_or(ApiVersion::V7);
}

Credentials::Method SettingsDialog::selectedAuthMethod() const
{
    return m_ui->authMethodCombo->currentData().toInt() == kBasic ? Credentials::Method::Basic
                                                                  : Credentials::Method::Bearer;
}

void SettingsDialog::apiVersionChanged()
{
    const ApiVersion version = selectedVersion();
    m_ui->baseUrlEdit->setPlaceholderText(ApiConfig::defaultBaseUrl(version).toString());

    // The v7 API accepts bearer tokens only.
    const bool basicAllowed = version == ApiVersion::V6;
    if (auto* model = qobject_cast<QStandardItemModel*>(m_ui->authMethodCombo->model())) {
        if (QStandardItem* item = model->item(m_ui->authMethodCombo->findData(kBasic)))
            item->setEnabled(basicAllowed);
    }
    if (!basicAllowed && selectedAuthMethod() == Credentials::Method::Basic)
        m_ui->authMethodCombo->setCurrentIndex(m_ui->authMethodCombo->findData(kBearer));
    m_ui->authMethodCombo->setToolTip(
        basicAllowed ? QString() : tr("Basic authentication is only available with API v6."));
    showResult(QStyle::SP_MessageBoxInformation, {});
    validate();
}

void SettingsDialog::authMethodChanged()
{
    const bool basic = selectedAuthMethod() == Credentials::Method::Basic;
    m_ui->emailLabel->setEnabled(basic);
    m_ui->emailEdit->setEnabled(basic);
    showResult(QStyle::SP_MessageBoxInformation, {});
    // The placeholder says what leaving the field empty does: keep a saved token, or nothing.
    m_ui->tokenEdit->setPlaceholderText(tr("Paste your API token"));
    m_setup.checkSavedToken(selectedAuthMethod(), this, [this, method = selectedAuthMethod()](bool saved) {
        if (saved && method == selectedAuthMethod())
            m_ui->tokenEdit->setPlaceholderText(tr("Saved in the keychain — leave empty to keep it"));
    });
    validate();
}

void SettingsDialog::setTokenVisible(bool visible)
{
    m_ui->tokenEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    const QColor colour = palette().color(QPalette::Text);
    m_showTokenAction->setIcon(
        visible ? themedIcon(QStringLiteral("view-hidden"), QStringLiteral("view-conceal-symbolic"),
                             paintedEye(true, colour))
                : themedIcon(QStringLiteral("view-visible"), QStringLiteral("view-reveal-symbolic"),
                             paintedEye(false, colour)));
    const QString text = visible ? tr("Hide token") : tr("Show token");
    m_showTokenAction->setText(text);
    m_showTokenAction->setToolTip(text);
}

QString SettingsDialog::baseUrlProblem(const QString& text, ApiVersion version)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    switch (ApiConfig::urlProblem(ApiConfig::urlFromText(trimmed))) {
    case ApiConfig::UrlProblem::None:
        return {};
    case ApiConfig::UrlProblem::NotAnAddress:
        return tr("Enter a full address such as %1, or leave the field empty for the official one.")
            .arg(ApiConfig::defaultBaseUrl(version).toString());
    case ApiConfig::UrlProblem::PlainHttpToAnotherComputer:
        return tr("Use https://. Plain http:// is only allowed to this computer (localhost or 127.0.0.1), "
                  "since the token would travel unencrypted.");
    case ApiConfig::UrlProblem::CredentialsInAddress:
        return tr("Leave the user name and password out of the address: the token field is for the token.");
    case ApiConfig::UrlProblem::NotHttps:
        break;
    }
    return tr("The address must start with https://.");
}

QString SettingsDialog::problem() const
{
    const QString urlProblem = baseUrlProblem(m_ui->baseUrlEdit->text(), selectedVersion());
    if (!urlProblem.isEmpty())
        return urlProblem;
    return m_ui->emailErrorLabel->isHidden() ? QString() : m_ui->emailErrorLabel->text();
}

void SettingsDialog::validate()
{
    const QString urlProblem = baseUrlProblem(m_ui->baseUrlEdit->text(), selectedVersion());
    showWithIcon(m_ui->baseUrlErrorLabel, m_baseUrlIcon, QStyle::SP_MessageBoxCritical, urlProblem);
    // Screen readers announce the description with the field, so the reason is heard where it applies.
    m_ui->baseUrlEdit->setAccessibleDescription(urlProblem);

    QString emailProblem;
    if (selectedAuthMethod() == Credentials::Method::Basic) {
        const QString email = m_ui->emailEdit->text().trimmed();
        if (email.isEmpty())
            emailProblem = tr("Basic authentication needs the e-mail address of your ThousandEyes account.");
        else if (!email.contains(u'@'))
            emailProblem = tr("Enter a full e-mail address, such as name@example.com.");
    }
    showWithIcon(m_ui->emailErrorLabel, m_emailIcon, QStyle::SP_MessageBoxCritical, emailProblem);
    m_ui->emailEdit->setAccessibleDescription(emailProblem);

    const bool valid = urlProblem.isEmpty() && emailProblem.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_ui->testConnectionButton->setEnabled(valid && !m_testing);
}

ApiConfig SettingsDialog::editedConfig() const
{
    ApiConfig config;
    config.version = selectedVersion();
    const QString url = m_ui->baseUrlEdit->text().trimmed();
    config.baseUrl = url.isEmpty() ? QUrl() : ApiConfig::urlFromText(url);
    config.credentials.method = selectedAuthMethod();
    config.credentials.email = config.credentials.method == Credentials::Method::Basic
                                   ? m_ui->emailEdit->text().trimmed()
                                   : QString();
    config.timeout = std::chrono::seconds(m_ui->timeoutSpin->value());
    config.maxRateLimitWait = m_setup.apiConfig().maxRateLimitWait;
    return config;
}

void SettingsDialog::testConnection()
{
    if (m_testing || !problem().isEmpty())
        return;
    ApiConfig config = editedConfig();
    // Nothing typed: the session tries the saved token, but only for the address it was saved for
    // (or one from the environment).
    if (!m_setup.credentialsFromEnvironment())
        config.credentials.token = m_ui->tokenEdit->text().trimmed();
    setTesting(true);
    m_setup.testConnection(config); // may answer at once, e.g. when the token is missing
}

void SettingsDialog::setTesting(bool testing)
{
    m_testing = testing;
    if (testing) {
        showResult(QStyle::SP_BrowserReload, tr("Testing the connection…"));
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    validate();
}

void SettingsDialog::connectionTested(const QList<AccountGroup>& groups, const RateLimitStatus& status)
{
    if (!m_testing)
        return;
    const int count = static_cast<int>(groups.size());
    const RateLimitWindow& window = status.organization;
    showResult(QStyle::SP_DialogApplyButton,
               window.isKnown()
                   ? tr("Connected: %n account group(s); rate limit %1 of %2 remaining", nullptr, count)
                         .arg(window.remaining)
                         .arg(window.limit)
                   : tr("Connected: %n account group(s)", nullptr, count));
    setTesting(false);
}

void SettingsDialog::connectionTestFailed(const ApiError& error)
{
    if (!m_testing)
        return;
    // The general sentences send the user "to Settings"; here they are in it.
    QString text;
    switch (error.kind()) {
    case ApiError::Kind::MissingCredentials:
        text = tr("No API token: enter your ThousandEyes API token above, then test again.");
        break;
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::HostNotFound:
        text = tr("The server could not be reached: check the base URL above and your network "
                  "connection, then test again.");
        break;
    case ApiError::Kind::InsecureUrl:
        text = tr("The base URL must start with https:// (plain http:// only for this computer): "
                  "correct it above.");
        break;
    default:
        text = error.userMessage();
    }
    if (!error.serverMessage().isEmpty())
        text += u'\n' + tr("The server said: %1").arg(error.serverMessage());
    showResult(QStyle::SP_MessageBoxCritical, text);
    setTesting(false);
}

void SettingsDialog::accept()
{
    validate();
    if (!problem().isEmpty())
        return;
    const ApiConfig config = editedConfig();
    Settings& settings = m_setup.settings();
    Settings::Edit edit;
    edit.config = config;
    edit.email = m_ui->emailEdit->text();
    edit.timeoutSeconds = m_ui->timeoutSpin->value();
    edit.historyCap = m_ui->historyCapSpin->value();
    edit.language = m_ui->languageCombo->currentData().toString();
    if (!settings.save(edit)) {
        // Said here, beside OK, rather than closing as if saved: the values apply only until the
        // app closes, and the user can fix the folder and press OK again.
        showResult(QStyle::SP_MessageBoxCritical,
                   tr("The settings could not be saved to %1: check that the file and its folder are "
                      "writable, then press OK again.")
                       .arg(QDir::toNativeSeparators(settings.fileName())));
        return;
    }

    // Tokens go to the session (keychain), never to Settings; empty keeps the stored one.
    QString token;
    QString basicToken;
    if (!m_setup.credentialsFromEnvironment()) {
        const QString typed = m_ui->tokenEdit->text().trimmed();
        (config.credentials.method == Credentials::Method::Basic ? basicToken : token) = typed;
    }
    m_ui->tokenEdit->clear(); // do not keep the secret in a widget longer than needed
    m_setup.applyConfiguration(config, token, basicToken);
    QDialog::accept();
}

} // namespace snapshotdesk
