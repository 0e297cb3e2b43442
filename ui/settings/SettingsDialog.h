#pragma once

#include "core/ApiConfig.h"

#include <QDialog>
#include <QStyle>

#include <memory>

class QAction;
class QLabel;

namespace Ui {
class SettingsDialog;
}

namespace snapshotdesk {

struct AccountGroup;
struct RateLimitStatus;
class ApiError;
class AccountSetup;

// Edits the connection and general settings. It collects and validates only: values are written
// through Settings, tokens are handed to Session::applyConfiguration (which keeps them in the
// keychain), and "Test connection" asks the session to try the edited configuration.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AccountSetup& setup, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // The configuration as edited (credentials without the token).
    ApiConfig editedConfig() const;
    // Why the form cannot be accepted yet; empty when it can.
    QString problem() const;

    void accept() override;

    // Why `text` is not an acceptable base URL for `version`; empty when it is (or is empty, which
    // means the official address).
    static QString baseUrlProblem(const QString& text, ApiVersion version);

private:
    void load();
    void populateCombos();
    void apiVersionChanged();
    void authMethodChanged();
    void setTokenVisible(bool visible);
    void validate();
    void testConnection();
    void connectionTested(const QList<AccountGroup>& groups, const RateLimitStatus& status);
    void connectionTestFailed(const ApiError& error);
    void setTesting(bool testing);
    void showResult(QStyle::StandardPixmap kind, const QString& text);
    ApiVersion selectedVersion() const;
    Credentials::Method selectedAuthMethod() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AccountSetup& m_setup;
    QAction* m_showTokenAction = nullptr;
    bool m_testing = false;
    QLabel* m_baseUrlIcon = nullptr;
    QLabel* m_emailIcon = nullptr;
    QLabel* m_resultIcon = nullptr;
};

} // namespace snapshotdesk
