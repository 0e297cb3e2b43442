#include "ui/window/MainWindow.h"

#include "session/Session.h"
#include "ui/batch/BatchDialog.h"
#include "ui/catalog/ServerSnapshotsView.h"
#include "ui/form/SnapshotForm.h"
#include "ui/history/HistoryView.h"
#include "ui/i18n/AccessibleText.h"
#include "ui/i18n/DateTimeText.h"
#include "ui/routines/RoutinesDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/AfterFirstPaint.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RateLimitIndicator.h"
#include "ui/widgets/ResultPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace snapshotdesk {

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("mainWindow"));
    // What the first frame does not show starts just after it (afterFirstPaint). Filters run newest
    // first and children paint after their parent, so this comes before every theme-icon slice.
    AfterFirstPaint::run(this, [this] { afterFirstPaint(); });

    // The form with its result beside it, always whole: no scroll area, so nothing the user needs
    // (Create, the ID, Copy, Open) can be below a fold. The message bar sits under them, above the
    // lists, so a message that comes or goes moves no control of the form.
    auto* top = new QWidget(this);
    top->setObjectName(QStringLiteral("formArea"));
    auto* topLayout = new QHBoxLayout(top);
    m_form = new SnapshotForm(session.clock(), top);
    m_form->setObjectName(QStringLiteral("snapshotForm"));
    m_result = new ResultPanel(top);
    topLayout->addWidget(m_form, 3);
    topLayout->addWidget(m_result, 2, Qt::AlignTop);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_messageBar = new MessageBar(bottom);
    bottomLayout->addWidget(m_messageBar);

    m_history = new HistoryView(session.history(), session.settings(), this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(top);
    // The history and the server's list side by side: what this app made, and what exists. The
    // server's list is not in the first frame: its tab holds an empty page until it is first chosen.
    m_serverSnapshotsPlaceholder = new QWidget(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("bottomTabs"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_serverSnapshotsPlaceholder, tr("Server snapshots"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_serverSnapshotsPlaceholder && m_tabs->widget(index) == m_serverSnapshotsPlaceholder)
            ensureServerSnapshots();
    });
    bottomLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_rateLimit = new RateLimitIndicator(session.clock(), this);
    // The mode gives way to the rate limits when the bar is short; its whole text stays in the
    // tooltip and the accessible description.
    m_modeLabel = new ElidedLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    statusBar()->addWidget(m_modeLabel, 1);
    statusBar()->addPermanentWidget(m_rateLimit);

    m_form->setNameTemplate(session.settings().nameTemplate());
    m_form->setPreset(
        TimeRange::fromKey(session.settings().value(Settings::Key::TimeRangePreset).toString()));
    m_form->setApiVersion(session.apiVersion());

    buildMenus();
    connectSession();

    // The history arrives from the writer thread just after the first paint (see Session); the
    // view follows the History service by itself, this only tells about damage.
    connect(&session, &Session::historyLoaded, this, &MainWindow::showHistory);
    if (session.isHistoryLoaded())
        showHistory(session.historySkipped(), session.historyFirstProblem());

    // 900×760, or less on a small screen (800×600 leaves less than that inside the panels).
    QSize size(900, 760);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
    restoreGeometry(session.settings().value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(session.settings().value(Settings::Key::WindowState).toByteArray());
    // The form keeps its natural height; the lists take the rest.
    if (!m_splitter->restoreState(session.settings().value(Settings::Key::SplitterState).toByteArray())) {
        top->ensurePolished(); // the style's margins and fonts, as they will be shown
        m_splitter->setSizes({top->sizeHint().height(), size.height()});
    }
    updateTitle();
}

MainWindow::~MainWindow() = default;

bool MainWindow::event(QEvent* event)
{
    // A window the window system never exposes (started minimised, say) still gets going.
    if (event->type() == QEvent::Show && !m_afterFirstPaintDone)
        QTimer::singleShot(500, this, &MainWindow::afterFirstPaint);
    return QMainWindow::event(event);
}

void MainWindow::afterFirstPaint()
{
    if (std::exchange(m_afterFirstPaintDone, true))
        return;
    // The history first (when the session left it for now): it is what the window shows next.
    m_session.loadHistory();
    emit firstPainted();
    // Each in a slice of its own, so that input arriving meanwhile is not kept waiting.
    QMetaObject::invokeMethod(this, &MainWindow::rebuildRoutinesMenu, Qt::QueuedConnection);
    // The window icon, for this window and every dialog: the window system shows it in the title
    // bar and task switcher, not in the first frame, and under X11 setting it renders the SVG at
    // four sizes before the window maps.
    QMetaObject::invokeMethod(
        this, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/snapshot-desk.svg"))); },
        Qt::QueuedConnection);
}

void MainWindow::showHistory(int skipped, const QString& firstProblem)
{
    // A damaged settings or history file is told about once: the same damage at a later start
    // stays quiet.
    const SettingsFileCheck& settingsCheck = m_session.settingsFileCheck();
    const SettingsFileCheck& historyCheck = m_session.historyFileCheck();
    if (!settingsCheck.shouldTell() && !historyCheck.shouldTell())
        return;
    QString text = skipped > 0
                       ? tr("%n history entries could not be read and were skipped (%1).", nullptr, skipped)
                             .arg(firstProblem)
                       : tr("The settings file had damaged lines, which were left out.");
    for (const SettingsFileCheck* check : {&settingsCheck, &historyCheck}) {
        if (!check->shouldTell())
            continue;
        text += u' ';
        text += check->backupPath.isEmpty() ? tr("A copy of the damaged file could not be kept.")
                                            : tr("A copy of the damaged file was kept as %1.")
                                                  .arg(QDir::toNativeSeparators(check->backupPath));
    }
    text += u' ' + tr("Everything readable was kept.");
    m_messageBar->showMessage(MessageBar::Type::Warning, text);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAll = m_history->exportAllAction();
    file->addAction(exportAll);
    file->addSeparator();
    // Several accounts side by side (one token per organisation): the one in use is checked.
    QMenu* profiles = file->addMenu(tr("&Profile"));
    profiles->setObjectName(QStringLiteral("profileMenu"));
    connect(profiles, &QMenu::aboutToShow, this, [this, profiles] {
        profiles->clear();
        auto* group = new QActionGroup(profiles);
        for (const QString& name : m_session.settings().profiles()) {
            QAction* action = profiles->addAction(QString(name).replace(u'&', QStringLiteral("&&")));
            action->setCheckable(true);
            action->setChecked(name == m_session.profile());
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, name] { m_session.switchProfile(name); });
        }
        profiles->addSeparator();
        connect(profiles->addAction(tr("&New profile…")), &QAction::triggered, this, &MainWindow::addProfile);
    });
    QAction* demo = file->addAction(tr("Try the &demo"));
    demo->setObjectName(QStringLiteral("demoAction"));
    connect(demo, &QAction::triggered, this, [this] { m_session.startDemo(); });
    QAction* settings = file->addAction(tr("&Settings…"));
    m_themeIcons.add(settings, QStringLiteral("preferences-system"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcuts(QKeySequence::Preferences);
    if (settings->shortcuts().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    m_themeIcons.add(quit, QStringLiteral("application-exit"));
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* snapshot = menuBar()->addMenu(tr("&Snapshot"));
    m_createAction =
        snapshot->addAction(QIcon(QStringLiteral(":/icons/actions/camera.svg")), tr("&Create snapshot"));
    m_createAction->setObjectName(QStringLiteral("createAction"));
    m_createAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_createAction, &QAction::triggered, this, [this] {
        if (m_form->canCreate()) {
            requestCreate(m_form->request());
        } else if (!m_session.hasCredentials() && !m_session.isDemo()) {
            offerSetup(); // a shortcut that does nothing would leave the user guessing
        } else if (const QString reason = m_form->whyNotCreate(); !reason.isEmpty()) {
            m_messageBar->showMessage(MessageBar::Type::Warning, reason);
        }
    });
    m_cancelAction = snapshot->addAction(tr("C&ancel"));
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, [this] { m_session.cancel(); });
    QAction* refresh = snapshot->addAction(tr("&Refresh lists"));
    m_themeIcons.add(refresh, QStringLiteral("view-refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcuts(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] { m_session.refreshAccountGroups(); });

    QMenu* history = menuBar()->addMenu(tr("&History"));
    history->addActions({m_history->copyIdAction(), m_history->copyLinkAction(), m_history->openAction(),
                         m_history->reuseAction()});
    history->addSeparator();
    history->addActions({m_history->exportSelectionAction(), m_history->exportAllAction()});
    history->addSeparator();
    history->addActions({m_history->deleteAction(), m_history->clearAction()});

    m_routinesMenu = menuBar()->addMenu(tr("&Routines"));
    m_routinesMenu->setObjectName(QStringLiteral("routinesMenu"));
    QAction* batch = m_routinesMenu->addAction(tr("New &batch…"));
    batch->setObjectName(QStringLiteral("batchAction"));
    batch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(batch, &QAction::triggered, this, [this] { openBatchDialog(); });
    QAction* manage = m_routinesMenu->addAction(tr("&Manage routines…"));
    manage->setObjectName(QStringLiteral("manageRoutinesAction"));
    connect(manage, &QAction::triggered, this, [this] { openRoutinesDialog(); });
    m_routinesSeparator = m_routinesMenu->addSeparator();
    m_routinesSeparator->setVisible(false);
    // The saved routines are read from their file after the first paint (afterFirstPaint).
    connect(&m_session.routines(), &RoutineStore::changed, this, &MainWindow::rebuildRoutinesMenu);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* documentation = help->addAction(tr("&Documentation"));
    m_themeIcons.add(documentation, QStringLiteral("help-contents"));
    documentation->setObjectName(QStringLiteral("documentationAction"));
    documentation->setShortcuts(QKeySequence::HelpContents);
    documentation->setStatusTip(tr("Open the user guide in the browser"));
    connect(documentation, &QAction::triggered, this, [this] {
        openLink(QUrl(QStringLiteral("https://github.com/snapshotdesk/snapshot-desk#readme")));
    });
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction* report = help->addAction(tr("&Report a Problem…"));
    report->setObjectName(QStringLiteral("reportProblemAction"));
    connect(report, &QAction::triggered, this, &MainWindow::showReportProblem);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Snapshot Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectSession()
{
    Session& s = m_session;
    connect(&s, &Session::serviceChanged, this, [this] {
        m_form->setApiVersion(m_session.apiVersion());
        m_rateLimit->setStatus({});
        updateTitle();
    });
    // Another account: until its own lists are read, the form offers nothing of the previous one's
    // (a create in between would send that account's group and source IDs to this one).
    connect(&s, &Session::profileChanged, this, [this] {
        m_form->setAccountGroups({}, {});
        m_form->setSources({}, {});
    });
    connect(&s, &Session::accountGroupsChanged, this,
            [this](const QList<AccountGroup>& groups, const QString& aid) {
                m_form->setAccountGroups(groups, aid);
                if (groups.isEmpty())
                    m_messageBar->showMessage(
                        MessageBar::Type::Warning,
                        tr("Your account has no account groups that can create snapshots."));
            });
    connect(&s, &Session::sourcesChanged, this,
            [this](const QString& aid, const QList<SnapshotSource>& sources) {
                m_form->setSources(sources, m_session.settings().lastSource(m_session.apiVersion(), aid));
            });
    connect(&s, &Session::busyChanged, this, [this](SnapshotService::Operation operation, bool busy) {
        if (operation == SnapshotService::Operation::Sources) {
            m_form->setSourcesLoading(busy);
        } else if (operation == SnapshotService::Operation::Create) {
            m_form->setCreating(busy);
            m_cancelAction->setEnabled(busy);
        }
    });
    connect(
        &s, &Session::loadFailed, this, [this](SnapshotService::Operation operation, const ApiError& error) {
            QString text = error.userMessage();
            if (!error.serverMessage().isEmpty())
                text += u' ' + tr("The server said: %1").arg(error.serverMessage());
            if (operation == SnapshotService::Operation::Sources)
                m_form->setSourcesError(text);
            QList<MessageBar::Action> actions{{tr("&Retry"), [this] { m_session.refreshAccountGroups(); }}};
            if (error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::InsecureUrl)
                actions.append({tr("Open &settings"), [this] { openSettings(); }});
            m_messageBar->showMessage(MessageBar::Type::Error, text, actions);
        });
    connect(&s, &Session::created, this, [this](const HistoryEntry& entry) {
        m_result->showEntry(entry);
        m_messageBar->showMessage(
            MessageBar::Type::Positive,
            tr("Snapshot \"%1\" created with ID %2.").arg(entry.displayName, entry.snapshotId));
    });
    connect(&s, &Session::createFailed, this, [this](const HistoryEntry& entry, const ApiError& error) {
        // A batch shows each failure in its own list; the form's Retry would be the wrong offer.
        if (m_session.batch().isRunning())
            return;
        if (error.kind() == ApiError::Kind::OutcomeUnknown) {
            // No Retry: the snapshot may exist, and a second one would be a duplicate.
            m_result->showEntry(entry);
            m_messageBar->showMessage(MessageBar::Type::Warning, error.userMessage());
            return;
        }
        showCreateError(error);
    });
    connect(&s, &Session::outcomeResolved, this, [this](const HistoryEntry& entry) {
        if (entry.status == HistoryEntry::Status::Created) {
            m_result->showEntry(entry);
            m_messageBar->showMessage(MessageBar::Type::Positive,
                                      tr("The server did make \"%1\" before the connection ended: ID %2.")
                                          .arg(entry.displayName, entry.snapshotId));
        } else {
            m_messageBar->showMessage(MessageBar::Type::Error,
                                      tr("Checked \"%1\": %2").arg(entry.displayName, entry.failureReason));
        }
    });
    connect(&s, &Session::outcomeCheckFailed, this, [this](const HistoryEntry& entry, const ApiError& error) {
        m_messageBar->showMessage(
            MessageBar::Type::Warning,
            tr("Whether \"%1\" was made is still unknown: the server's list could not be read. %2")
                .arg(entry.displayName, error.userMessage()),
            {{tr("Check &again"), [this] { m_session.checkUnknownOutcomes(); }}});
    });
    connect(&s, &Session::rateLimitChanged, m_rateLimit, &RateLimitIndicator::setStatus);
    connect(&s, &Session::waiting, this, [this](WaitReason reason, int secondsLeft, const QDateTime&) {
        m_rateLimit->setWaiting(reason, secondsLeft);
    });
    connect(&s, &Session::credentialsMissing, this, &MainWindow::offerSetup);
    connect(&s, &Session::tokenNeedsConfirmation, this, &MainWindow::askToUseTokenHere);
    connect(&s, &Session::credentialsProblem, this, [this](const QString& message) {
        m_messageBar->showMessage(MessageBar::Type::Warning, message);
    });

    connect(m_form, &SnapshotForm::createRequested, this, &MainWindow::requestCreate);
    connect(m_form, &SnapshotForm::cancelRequested, &s, &Session::cancel);
    connect(m_form, &SnapshotForm::refreshRequested, this, [this] {
        if (m_session.accountGroups().isEmpty())
            m_session.refreshAccountGroups();
        else
            m_session.refreshSources();
    });
    connect(m_form, &SnapshotForm::accountGroupChosen, &s, &Session::selectAccountGroup);
    connect(m_form, &SnapshotForm::sourceChosen, this, [this](const QString& id) {
        m_session.settings().setLastSource(m_session.apiVersion(), m_session.currentAid(), id);
    });
    connect(m_form, &SnapshotForm::presetChosen, this, [this](TimeRange::Preset preset) {
        m_session.settings().setValue(Settings::Key::TimeRangePreset, TimeRange::key(preset));
    });
    connect(m_rateLimit, &RateLimitIndicator::cancelRequested, &s, &Session::cancel);
    connect(m_result, &ResultPanel::openUrlRequested, this, &MainWindow::openLink);
    connect(m_result, &ResultPanel::copied, this,
            [this](const QString& text) { statusBar()->showMessage(text, 3000); });
    connect(m_history, &HistoryView::openUrlRequested, this, &MainWindow::openLink);
    connect(m_history, &HistoryView::reuseRequested, this, [this](const HistoryEntry& entry) {
        m_form->setRequest(entry.toRequest());
        m_messageBar->showMessage(MessageBar::Type::Information,
                                  tr("The form now holds the settings of \"%1\". Check the time range, then "
                                     "create.")
                                      .arg(entry.displayName));
    });
    connect(m_history, &HistoryView::message, this, [this](const QString& text, bool isError) {
        m_messageBar->showMessage(isError ? MessageBar::Type::Error : MessageBar::Type::Information, text);
    });
    connectBatch();
}

ServerSnapshotsView* MainWindow::ensureServerSnapshots()
{
    if (m_serverSnapshots)
        return m_serverSnapshots;
    m_serverSnapshots =
        new ServerSnapshotsView(m_session.catalog(), m_session.account(), m_session.history(), m_tabs);
    connect(m_serverSnapshots, &ServerSnapshotsView::openUrlRequested, this, &MainWindow::openLink);
    connect(m_serverSnapshots, &ServerSnapshotsView::message, this,
            [this](const QString& text, bool isError) {
                m_messageBar->showMessage(isError ? MessageBar::Type::Error : MessageBar::Type::Information,
                                          text);
            });
    // The view takes the placeholder's page, its title and, if it was showing, its place on screen,
    // before anything is painted: the first click shows the list, never an empty page.
    const int index = m_tabs->indexOf(m_serverSnapshotsPlaceholder);
    const bool current = m_tabs->currentIndex() == index;
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->insertTab(index, m_serverSnapshots, m_tabs->tabText(index));
        m_tabs->removeTab(index + 1);
        if (current)
            m_tabs->setCurrentIndex(index);
    }
    m_serverSnapshotsPlaceholder->deleteLater(); // may be in the middle of its own tab's event
    m_serverSnapshotsPlaceholder = nullptr;
    return m_serverSnapshots;
}

void MainWindow::connectBatch()
{
    BatchRunner& batch = m_session.batch();
    connect(&batch, &BatchRunner::paused, this, [this](const QDateTime& at) {
        const int left = m_session.batch().total() - m_session.batch().doneCount();
        m_messageBar->showMessage(
            MessageBar::Type::Warning,
            tr("The hourly snapshot limit is reached. The remaining %n snapshots of the batch will "
               "be created at %1, by themselves if the app stays open.",
               nullptr, left)
                .arg(timeText(at)),
            {{tr("Show &batch"), [this] { openBatchDialog(); }}});
    });
    connect(&batch, &BatchRunner::finished, this, [this](int created, int failed, int cancelled) {
        const QString text = tr("Batch finished: %n created", nullptr, created) + QStringLiteral(", ") +
                             tr("%n failed", nullptr, failed) + QStringLiteral(", ") +
                             tr("%n not sent", nullptr, cancelled) + u'.';
        QList<MessageBar::Action> actions{{tr("Show &batch"), [this] { openBatchDialog(); }}};
        if (failed + cancelled > 0)
            actions.append({tr("Retr&y failed"), [this] { m_session.batch().retryFailed(); }});
        m_messageBar->showMessage(failed > 0 ? MessageBar::Type::Warning : MessageBar::Type::Positive, text,
                                  actions);
    });
}

BatchDialog* MainWindow::openBatchDialog()
{
    if (!m_batchDialog) {
        m_batchDialog = new BatchDialog(m_session.account(), m_session.batch(), m_session.routines(), this);
        m_batchDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_batchDialog, &BatchDialog::message, this, [this](const QString& text, bool isError) {
            m_messageBar->showMessage(isError ? MessageBar::Type::Error : MessageBar::Type::Information,
                                      text);
        });
    }
    m_batchDialog->show();
    m_batchDialog->raise();
    m_batchDialog->activateWindow();
    return m_batchDialog;
}

RoutinesDialog* MainWindow::openRoutinesDialog()
{
    if (!m_routinesDialog) {
        m_routinesDialog =
            new RoutinesDialog(m_session.routines(), m_session.batch(), m_session.account(), this);
        m_routinesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_routinesDialog, &RoutinesDialog::message, this, [this](const QString& text, bool isError) {
            m_messageBar->showMessage(isError ? MessageBar::Type::Error : MessageBar::Type::Information,
                                      text);
        });
        connect(m_routinesDialog, &RoutinesDialog::runStarted, this, [this] { openBatchDialog(); });
    }
    m_routinesDialog->show();
    m_routinesDialog->raise();
    m_routinesDialog->activateWindow();
    return m_routinesDialog;
}

void MainWindow::rebuildRoutinesMenu()
{
    qDeleteAll(std::exchange(m_routineActions, {}));
    const QList<Routine> routines = m_session.routines().routines();
    m_routinesSeparator->setVisible(!routines.isEmpty());
    // One click runs a routine: its range is resolved now, its results go to the history.
    for (const Routine& routine : routines) {
        QAction* run = m_routinesMenu->addAction(tr("Run \"%1\"").arg(routine.name));
        m_routineActions.append(run);
        run->setObjectName(QStringLiteral("runRoutineAction"));
        run->setData(routine.id);
        connect(run, &QAction::triggered, this, [this, id = routine.id] {
            const std::optional<Routine> current = m_session.routines().routine(id);
            if (!current)
                return;
            const QString problem = m_session.runRoutine(*current);
            if (!problem.isEmpty()) {
                m_messageBar->showMessage(MessageBar::Type::Error, problem);
                return;
            }
            m_messageBar->showMessage(MessageBar::Type::Information,
                                      tr("Running \"%1\": %n snapshots, one after another.", nullptr,
                                         static_cast<int>(current->sources.size()))
                                          .arg(current->name),
                                      {{tr("Show &batch"), [this] { openBatchDialog(); }}});
        });
    }
}

void MainWindow::requestCreate(const SnapshotRequest& request)
{
    const QList<ValidationIssue> issues = request.validate(m_session.apiVersion(), m_session.clock().now());
    QStringList warnings;
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == ValidationIssue::Severity::Warning)
            warnings << issue.message;
    }
    if (!warnings.isEmpty() && !request.acknowledgeWarnings) {
        SnapshotRequest acknowledged = request;
        acknowledged.acknowledgeWarnings = true;
        m_messageBar->showMessage(
            MessageBar::Type::Warning, warnings.join(u' '),
            {{tr("Create &anyway"), [this, acknowledged] { requestCreate(acknowledged); }}});
        return;
    }
    m_messageBar->hideMessage();
    m_session.create(request);
}

void MainWindow::showCreateError(const ApiError& error)
{
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_messageBar->showMessage(MessageBar::Type::Information, error.userMessage());
        return;
    }
    QString text = error.userMessage();
    if (error.kind() == ApiError::Kind::Validation || error.kind() == ApiError::Kind::InvalidResponse)
        text += u' ' + error.serverMessage();
    else if (!error.serverMessage().isEmpty())
        text += u' ' + tr("The server said: %1").arg(error.serverMessage());
    QList<MessageBar::Action> actions;
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::MissingCredentials:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::UnknownApiVersion:
        actions.append({tr("Open &settings"), [this] { openSettings(); }});
        break;
    default:
        if (error.isRetryable() && error.kind() != ApiError::Kind::SnapshotLimitReached)
            actions.append({tr("&Retry"), [this] {
                                if (m_form->canCreate())
                                    requestCreate(m_form->request());
                            }});
        break;
    }
    m_messageBar->showMessage(MessageBar::Type::Error, text, actions);
}

void MainWindow::offerSetup()
{
    m_messageBar->showMessage(
        MessageBar::Type::Information,
        tr("No ThousandEyes account is set up yet. Try the demo with a simulated API, or "
           "enter your API token in Settings."),
        {{tr("Try the &demo"), [this] { m_session.startDemo(); }},
         {tr("Open &settings"), [this] { openSettings(); }}});
}

void MainWindow::askToUseTokenHere(const QString& address, const QStringList& savedFor)
{
    // Asked in the bar, not in a modal box: the window stays usable (demo, history) meanwhile.
    m_messageBar->showMessage(
        MessageBar::Type::Warning,
        tr("The saved API token was saved for %1, but the app is set to use %2 (by Settings, the "
           "command line or TE_API_URL), so the token was not sent. Send it to %2 only if you trust "
           "that address.")
            .arg(QLocale().createSeparatedList(savedFor), address),
        {{tr("&Use the token for %1").arg(address), [this] { m_session.confirmTokenForAddress(); }},
         {tr("Open &settings"), [this] { openSettings(); }}});
}

void MainWindow::openLink(const QUrl& url)
{
    if (m_openUrl(url))
        return;
    // No browser answered (none installed, or no desktop session): said here, with the link
    // ready to paste, instead of a line on a terminal nobody sees.
    QGuiApplication::clipboard()->setText(url.toString());
    statusBar()->clearMessage();
    m_messageBar->showMessage(MessageBar::Type::Warning,
                              tr("No web browser could be opened. The link is copied: paste it into a "
                                 "browser's address bar. %1")
                                  .arg(url.toString()));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_session.setup(), this);
    dialog.exec();
    // Cancelled (or saved without a token): the way to the demo must not disappear with the bar.
    if (!m_session.hasCredentials() && !m_session.isDemo() && !m_session.isTokenAwaitingConfirmation())
        offerSetup();
}

void MainWindow::addProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New profile"),
        tr("A profile is one ThousandEyes account: its API version, address and token.\nName:"),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    // Starts from the current profile's version and address; its own token is entered in Settings.
    ApiConfig config = m_session.settings().apiConfig();
    const QString problem = m_session.settings().addProfile(name, config);
    if (!problem.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Type::Warning, problem);
        return;
    }
    m_session.switchProfile(name);
    openSettings();
}

void MainWindow::updateTitle()
{
    // The profile in the title and the status bar: which account a snapshot goes to is never a guess.
    const QString profile = tr("Profile: %1").arg(m_session.profile());
    const QString api = m_session.apiVersion() == ApiVersion::V7 ? tr("dashboard snapshots (v7)")
                                                                 : tr("report snapshots (v6)");
    // The platform appends the application's display name ("… — Snapshot Desk"), as in KeePassXC.
    const QString host = m_session.apiConfig().effectiveBaseUrl().host();
    if (m_session.isDemo()) {
        setWindowTitle(tr("Demo"));
        m_modeLabel->setFullText(tr("Demo mode: simulated API, nothing is sent to ThousandEyes"));
        m_form->setBlockedReason({});
    } else if (!m_session.hasCredentials()) {
        setWindowTitle(m_session.profile());
        m_modeLabel->setFullText(tr("Not connected: no API token for %1").arg(host) +
                                 QStringLiteral("  ·  ") + profile);
        m_form->setBlockedReason(
            tr("No ThousandEyes account is set up: enter your API token in Settings, or try the demo."));
    } else {
        setWindowTitle(m_session.profile());
        m_modeLabel->setFullText(tr("Connected to %1 — %2").arg(host, api) + QStringLiteral("  ·  ") +
                                 profile);
        m_form->setBlockedReason({});
    }
}

void MainWindow::showShortcuts()
{
    // Read from the menus themselves, so the list can never disagree with what the keys do.
    QList<QPair<QString, QString>> rows;
    const auto collect = [&rows](auto&& self, const QList<QAction*>& actions) -> void {
        for (QAction* action : actions) {
            if (action->menu())
                self(self, action->menu()->actions());
            else if (!action->shortcut().isEmpty()) {
                QStringList keys;
                for (const QKeySequence& key : action->shortcuts())
                    keys << key.toString(QKeySequence::NativeText);
                rows.append({accessibleText(action->text()), keys.join(QStringLiteral(", "))});
            }
        }
    };
    collect(collect, menuBar()->actions());

    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(static_cast<int>(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard Shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(std::min(560, width()), std::min(440, height()));
    dialog->open();
}

QString MainWindow::problemReportDetails() const
{
    const Settings& settings = m_session.settings();
    return tr("Snapshot Desk %1 (Qt %2) on %3\nAPI: %4, %5\nSettings: %6\nHistory: %7\nMessages: "
              "written to the terminal the app was started from (standard error); start it with "
              "QT_LOGGING_RULES=\"snapshotdesk.*.debug=true\" for more.")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QSysInfo::prettyProductName(), toString(m_session.apiVersion()),
             m_session.isDemo() ? tr("demo") : m_session.apiConfig().effectiveBaseUrl().host(),
             QDir::toNativeSeparators(settings.fileName()),
             QDir::toNativeSeparators(m_session.history().fileName()));
}

void MainWindow::showReportProblem()
{
    // What a maintainer asks first, ready to paste; never a token (none of it is in the settings).
    auto* box = new QMessageBox(QMessageBox::Information, tr("Report a Problem"),
                                tr("Please describe what you did, what you expected and what happened, "
                                   "and paste these details into the report:"),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("reportProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(problemReportDetails());
    QPushButton* copy = box->addButton(tr("&Copy Details"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    QPushButton* tracker = box->addButton(tr("&Open Issue Tracker"), QMessageBox::ActionRole);
    tracker->setObjectName(QStringLiteral("openTrackerButton"));
    // Action buttons close the box; each does its part first.
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(problemReportDetails()); });
    connect(tracker, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(problemReportDetails());
        openLink(QUrl(QStringLiteral("https://github.com/snapshotdesk/snapshot-desk/issues/new")));
    });
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Snapshot Desk"),
                       tr("<h3>Snapshot Desk %1</h3><p>Create ThousandEyes report and dashboard snapshots "
                          "in one step, keep a searchable history, and see how much of the API rate limit "
                          "is left.</p><p>API tokens are kept in the system keychain.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent* event)
{
    // Coming back to the window reads the history again: what another instance or the command line
    // (a cron job, say) added or deleted meanwhile appears, without a restart or a lost selection.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_session.history().reload();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings& settings = m_session.settings();
    settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::WindowState, saveState());
    settings.setValue(Settings::Key::SplitterState, m_splitter->saveState());
    m_history->saveHeaderState();
    settings.sync();
    m_session.cancel();
    event->accept();
}

} // namespace snapshotdesk
