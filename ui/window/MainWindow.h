#pragma once

#include "api/SnapshotService.h"
#include "core/HistoryEntry.h"

#include "ui/widgets/ThemeIcons.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QSplitter;
class QLabel;
class QMenu;
class QTabWidget;

namespace snapshotdesk {

class Session;
class SnapshotForm;
class ResultPanel;
class MessageBar;
class RateLimitIndicator;
class HistoryView;
class ServerSnapshotsView;
class BatchDialog;
class RoutinesDialog;
class ElidedLabel;

// The window an analyst double-clicks into: the form on top, the result below it, the history at
// the bottom, the rate limit in the status bar. It wires the widgets to the Session and decides
// nothing itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    SnapshotForm* form() const { return m_form; }
    MessageBar* messageBar() const { return m_messageBar; }
    ResultPanel* resultPanel() const { return m_result; }
    RateLimitIndicator* rateLimitIndicator() const { return m_rateLimit; }
    HistoryView* historyView() const { return m_history; }
    // Built the first time its tab is chosen (or asked for here): the first paint does not show it.
    ServerSnapshotsView* serverSnapshotsView() { return ensureServerSnapshots(); }
    QTabWidget* bottomTabs() const { return m_tabs; }
    QMenu* routinesMenu() const { return m_routinesMenu; }
    // The batch and routines windows, opened (non-modal) on first use.
    BatchDialog* openBatchDialog();
    RoutinesDialog* openRoutinesDialog();

    // Opens a URL in the browser; replaceable so tests can see what would be opened.
    // How links are opened (the desktop's browser; tests give their own); false when none opened.
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }

signals:
    // Once, just after the window's first frame is on screen (or shortly after it was shown, should
    // the window system never expose it): what the first paint does not show starts from here.
    void firstPainted();

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    ServerSnapshotsView* ensureServerSnapshots();
    // The work the first frame does not show, run once that frame is on screen.
    void afterFirstPaint();
    void buildMenus();
    void connectSession();
    void showHistory(int skipped, const QString& firstProblem);
    void requestCreate(const SnapshotRequest& request);
    void showCreateError(const ApiError& error);
    void offerSetup();
    void openLink(const QUrl& url);
    void askToUseTokenHere(const QString& address, const QStringList& savedFor);
    void openSettings();
    void updateTitle();
    // File → Profile → New profile…: names one, switches to it and opens Settings for its token.
    void addProfile();
    void showAbout();
    void showShortcuts();
    void showReportProblem();
    QString problemReportDetails() const;
    void rebuildRoutinesMenu();
    void connectBatch();

    Session& m_session;
    MessageBar* m_messageBar = nullptr;
    SnapshotForm* m_form = nullptr;
    ResultPanel* m_result = nullptr;
    HistoryView* m_history = nullptr;
    ServerSnapshotsView* m_serverSnapshots = nullptr;
    QWidget* m_serverSnapshotsPlaceholder = nullptr; // its tab's page until it is built
    bool m_afterFirstPaintDone = false;
    QTabWidget* m_tabs = nullptr;
    QMenu* m_routinesMenu = nullptr;
    QAction* m_routinesSeparator = nullptr;
    QList<QAction*> m_routineActions; // one "Run" entry per saved routine
    ThemeIcons m_themeIcons{this};    // the menus' icons, from the desktop's theme after the first paint
    QPointer<BatchDialog> m_batchDialog;
    QPointer<RoutinesDialog> m_routinesDialog;
    RateLimitIndicator* m_rateLimit = nullptr;
    ElidedLabel* m_modeLabel = nullptr;
    QSplitter* m_splitter = nullptr;
    QAction* m_createAction = nullptr;
    QAction* m_cancelAction = nullptr;
    std::function<bool(const QUrl&)> m_openUrl;
};

} // namespace snapshotdesk
