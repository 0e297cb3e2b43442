// The window end to end: the real Session, service and widgets against a fake ThousandEyes server
// on 127.0.0.1, driven the way a person would (clicks, keys), offscreen.

#include "FakeClock.h"
#include "FakeThousandEyesServer.h"
#include "HistoryFile.h"
#include "SecretScan.h"
#include "api/ServerSnapshotCatalog.h"
#include "core/HistoryCsv.h"
#include "session/Session.h"
#include "store/History.h"
#include "store/RoutineStore.h"
#include "ui/catalog/ExpirationDialog.h"
#include "ui/catalog/ServerSnapshotModel.h"
#include "ui/catalog/ServerSnapshotsView.h"
#include "ui/form/SnapshotForm.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryView.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RateLimitIndicator.h"
#include "ui/widgets/ResultPanel.h"
#include "ui/window/MainWindow.h"
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace snapshotdesk;
using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok-9f8e7d6c5b4a-secret");

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1StringView(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const QString& iniPath, FakeThousandEyesServer& server, FakeClock& clock,
                         ApiVersion version = ApiVersion::V7, bool demo = false)
        {
            Session::Options options;
            options.location = SettingsLocation::iniFile(iniPath);
            options.clock = &clock;
            options.useKeychain = false;
            options.startup.apiVersion = version;
            options.startup.demo = demo;
            if (!demo) {
                options.startup.apiUrl =
                    server.baseUrl(version == ApiVersion::V7 ? QStringLiteral("/v7") : QStringLiteral("/v6"));
                options.startup.credentials = Credentials{Credentials::Method::Bearer, {}, kToken};
            }
            session = std::make_unique<Session>(options);
            window = std::make_unique<MainWindow>(*session);
            window->setUrlOpener([this](const QUrl& url) {
                opened.append(url);
                return openerWorks;
            });
            window->show();
            session->service().transport().setWaitTickInterval(5ms);
            QObject::connect(session.get(), &Session::serviceChanged, session.get(),
                             [this] { session->service().transport().setWaitTickInterval(5ms); });
            session->start();
            // The history is read in the background, just after the first paint.
            [[maybe_unused]] const bool loaded =
                QTest::qWaitFor([this] { return session->isHistoryLoaded(); });
        }
        ~Fixture()
        {
            window.reset();
            session.reset();
        }
        SnapshotForm* form() const { return window->form(); }
        QPushButton* createButton() const { return child<QPushButton>(form(), "createButton"); }
        QComboBox* sources() const { return child<QComboBox>(form(), "sourceCombo"); }
        QLineEdit* name() const { return child<QLineEdit>(form(), "displayNameEdit"); }
        QDateTimeEdit* fromEdit() const { return child<QDateTimeEdit>(form(), "fromEdit"); }
        QDateTimeEdit* toEdit() const { return child<QDateTimeEdit>(form(), "toEdit"); }
        QTableView* table() const { return child<QTableView>(window.get(), "historyTable"); }
        QString snapshotId() const { return child<QLineEdit>(window.get(), "snapshotIdEdit")->text(); }

        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
        QList<QUrl> opened;
        bool openerWorks = true;
    };

    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    void waitReady(Fixture& f)
    {
        QTRY_VERIFY_WITH_TIMEOUT(f.sources()->count() > 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(f.createButton()->isEnabled(), 5000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeThousandEyesServer> m_server;
    FakeClock m_clock;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<FakeThousandEyesServer>();
        QVERIFY(m_server->isListening());
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
        m_server->scriptTenant(ApiVersion::V7, &m_clock);
        m_server->scriptTenant(ApiVersion::V6, &m_clock);
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void anEntryAnotherInstanceAddsAppearsWhenTheWindowIsActivated()
    {
        Fixture f(iniPath(), *m_server, m_clock);
        const int before = f.table()->model()->rowCount();
        // Another process on the same history file (a cron job of the command line, say).
        History other(SettingsLocation::iniFile(iniPath()).history());
        QSignalSpy saved(&other, &History::saved);
        HistoryEntry entry;
        entry.createdAt = m_clock.now();
        entry.displayName = QStringLiteral("Made by cron");
        entry.sourceId = QStringLiteral("7");
        entry.snapshotId = QStringLiteral("cron-snap");
        other.add(entry);
        QVERIFY(saved.size() == 1 || saved.wait(5000));
        QCOMPARE(f.table()->model()->rowCount(), before); // nothing reads it by itself

        // The person comes back to the window.
        f.window->activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->isActiveWindow(), 5000);
        QEvent activation(QEvent::ActivationChange);
        QCoreApplication::sendEvent(f.window.get(), &activation);
        QTRY_COMPARE_WITH_TIMEOUT(f.table()->model()->rowCount(), before + 1, 5000);
        QAbstractItemModel* model = f.table()->model();
        const QModelIndexList found = model->match(model->index(0, HistoryModel::NameColumn), Qt::DisplayRole,
                                                   QStringLiteral("Made by cron"));
        QCOMPARE(found.size(), 1);
    }

    void createFlowShowsIdAddsHistoryAndUpdatesRateLimit()
    {
        Fixture f(iniPath(), *m_server, m_clock);
        waitReady(f);
        QCOMPARE(child<QComboBox>(f.form(), "accountGroupCombo")->currentData().toString(),
                 QStringLiteral("75"));
        m_server->on("/v7/dashboard-snapshots",
                     FakeThousandEyesServer::withOrgRateLimit(
                         FakeThousandEyesServer::v7Created("d28bb71f-5a47-4783-8f12-d4b115e61b0c"), 240, 17,
                         m_clock.epochSecs() + 40));
        QTest::mouseClick(f.createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.snapshotId(), QStringLiteral("d28bb71f-5a47-4783-8f12-d4b115e61b0c"),
                                  5000);

        const HttpRequest post = m_server->requests("/v7/dashboard-snapshots").constLast();
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.query(), QByteArray("aid=75"));
        QCOMPARE(post.header("Authorization"), "Bearer " + kToken.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QCOMPARE(body.value(QStringLiteral("displayName")).toString(), f.name()->text());
        QCOMPARE(body.value(QStringLiteral("startDate")).toString(),
                 f.fromEdit()->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));

        // History: one row, persisted at once.
        QTRY_COMPARE(f.table()->model()->rowCount(), 1);
        HistoryStore reread(SettingsLocation::iniFile(iniPath()).history());
        const HistoryStore::LoadResult saved = reread.load();
        QCOMPARE(saved.entries.size(), 1);
        QCOMPARE(saved.entries.first().snapshotId, QStringLiteral("d28bb71f-5a47-4783-8f12-d4b115e61b0c"));
        QCOMPARE(saved.entries.first().accountGroupName, QStringLiteral("API Sandbox"));

        // Rate limit: 17 of 240 is low (≤ 10 % is 24); the description carries the same numbers.
        RateLimitIndicator* indicator = f.window->rateLimitIndicator();
        QVERIFY(indicator->accessibleName().startsWith(QStringLiteral("Rate limit")));
        QVERIFY2(indicator->accessibleDescription().contains(QStringLiteral("17 of 240")),
                 qPrintable(indicator->accessibleDescription()));
        QVERIFY(indicator->isLow());

        // Open in browser opens the link the result shows.
        QTest::mouseClick(child<QPushButton>(f.window.get(), "openButton"), Qt::LeftButton);
        QCOMPARE(f.opened.size(), 1);
        QVERIFY(f.opened.first().toString().contains(QStringLiteral("d28bb71f")));
        QVERIFY(!f.window->messageBar()->text().contains(QStringLiteral("No web browser")));

        // No browser answers: said in the bar, with the link on the clipboard, not a silent failure.
        f.openerWorks = false;
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(f.window.get(), "openButton"), Qt::LeftButton);
        QCOMPARE(f.opened.size(), 2);
        MessageBar* bar = f.window->messageBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageBar::Type::Warning);
        QVERIFY2(bar->text().startsWith(QStringLiteral("No web browser could be opened")),
                 qPrintable(bar->text()));
        QCOMPARE(QGuiApplication::clipboard()->text(), f.opened.last().toString());
        QVERIFY(f.window->statusBar()->currentMessage().isEmpty());
    }

    void theDefaultAccountGroupIsPreselectedOverTheCurrentOne()
    {
        // The group the token is in at the moment need not be the one the user made their default;
        // with none saved, the form starts in the default (mutant 26 started in the current one).
        const auto group = [](const char* aid, const char* name, bool current, bool isDefault) {
            return QJsonObject{{QStringLiteral("aid"), QLatin1StringView(aid)},
                               {QStringLiteral("accountGroupName"), QLatin1StringView(name)},
                               {QStringLiteral("isCurrentAccountGroup"), current},
                               {QStringLiteral("isDefaultAccountGroup"), isDefault}};
        };
        m_server->on(
            "/v7/account-groups",
            FakeThousandEyesServer::json(200,
                                         QJsonObject{{QStringLiteral("accountGroups"),
                                                      QJsonArray{group("75", "API Sandbox", true, false),
                                                                 group("1234", "Operations", false, true)}}},
                                         "application/hal+json"));
        Fixture f(iniPath(), *m_server, m_clock);
        waitReady(f);
        QCOMPARE(child<QComboBox>(f.form(), "accountGroupCombo")->currentData().toString(),
                 QStringLiteral("1234"));
        QCOMPARE(QUrlQuery(QString::fromLatin1(m_server->requests("/v7/dashboards").constLast().query()))
                     .queryItemValue(QStringLiteral("aid")),
                 QStringLiteral("1234"));
    }

    void pressingTwiceCreatesOnce()
    {
        Fixture f(iniPath(), *m_server, m_clock);
        waitReady(f);
        m_server->on("/v7/dashboard-snapshots",
                     FakeThousandEyesServer::delayed(FakeThousandEyesServer::v7Created("a-1"), 300));
        QTest::mouseClick(f.createButton(), Qt::LeftButton);
        QTest::mouseClick(f.createButton(), Qt::LeftButton);
        QTest::keyClick(f.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(f.snapshotId(), QStringLiteral("a-1"), 5000);
        QCOMPARE(m_server->requestCount("/v7/dashboard-snapshots"), 1);
    }

    void keyboardCreateWithCtrlReturn()
    {
        Fixture f(iniPath(), *m_server, m_clock, ApiVersion::V6);
        waitReady(f);
        QCOMPARE(child<QLabel>(f.form(), "sourceLabel")->text(), QStringLiteral("&Report:"));
        m_server->on("/v6/report-snapshots/create", FakeThousandEyesServer::v6Created("4711"));
        QTest::keyClick(f.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(f.snapshotId(), QStringLiteral("4711"), 5000);
        const QJsonObject body =
            QJsonDocument::fromJson(m_server->requests("/v6/report-snapshots/create").constLast().body)
                .object();
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("displayName"), QStringLiteral("from"),
                                           QStringLiteral("reportId"), QStringLiteral("to")}));
    }

    void validationStatesBlockCreate()
    {
        Fixture f(iniPath(), *m_server, m_clock);
        waitReady(f);
        auto* nameProblem = child<QLabel>(f.form(), "displayNameProblem");
        auto* rangeProblem = child<QLabel>(f.form(), "rangeProblem");

        f.name()->clear();
        QVERIFY(!f.createButton()->isEnabled());
        QVERIFY(nameProblem->isVisible());
        QVERIFY(!nameProblem->toolTip().isEmpty());
        QCOMPARE(f.form()->hint(), nameProblem->toolTip());
        QTest::keyClicks(f.name(), QStringLiteral("Weekly check"));
        QVERIFY(f.createButton()->isEnabled());
        QVERIFY(!nameProblem->isVisible());

        // From after To.
        const QDateTime to = f.toEdit()->dateTime();
        f.fromEdit()->setDateTime(to.addSecs(3600));
        QVERIFY(!f.createButton()->isEnabled());
        QVERIFY(rangeProblem->isVisible());
        QCOMPARE(child<QComboBox>(f.form(), "presetCombo")->currentText(), QStringLiteral("Custom"));

        // To in the future.
        f.fromEdit()->setDateTime(m_clock.now().toLocalTime().addDays(-1));
        f.toEdit()->setDateTime(m_clock.now().toLocalTime().addSecs(2 * 3600));
        QVERIFY(!f.createButton()->isEnabled());

        // Over 93 days: a warning that can be overridden, nothing sent until then.
        f.toEdit()->setDateTime(m_clock.now().toLocalTime().addSecs(-60));
        f.fromEdit()->setDateTime(m_clock.now().toLocalTime().addDays(-100));
        QVERIFY(f.createButton()->isEnabled());
        QVERIFY(rangeProblem->isVisible());
        const int before = m_server->requestCount("/v7/dashboard-snapshots");
        QTest::mouseClick(f.createButton(), Qt::LeftButton);
        MessageBar* bar = f.window->messageBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageBar::Type::Warning);
        QCOMPARE(m_server->requestCount("/v7/dashboard-snapshots"), before);
        auto* anyway = child<QPushButton>(bar, "messageAction1");
        QCOMPARE(anyway->text(), QStringLiteral("Create &anyway"));
        // The question is in view and right under the button that raised it, even in a small window.
        f.window->resize(800, 600);
        QCoreApplication::sendPostedEvents();
        QVERIFY(anyway->visibleRegion().contains(anyway->rect()));
        const int createBottom =
            f.createButton()->mapTo(f.window.get(), QPoint(0, f.createButton()->height())).y();
        const int barTop = bar->mapTo(f.window.get(), QPoint()).y();
        QVERIFY2(
            barTop >= createBottom && barTop - createBottom < 120,
            qPrintable(
                QStringLiteral("Create ends at %1, the bar starts at %2").arg(createBottom).arg(barTop)));
        QTest::mouseClick(anyway, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount("/v7/dashboard-snapshots"), before + 1, 5000);
    }

    void rateLimitedCountdownThenSuccess()
    {
        Fixture f(iniPath(), *m_server, m_clock);
        waitReady(f);
        m_server->enqueue(
            "/v7/dashboard-snapshots",
            FakeThousandEyesServer::withRetryAfter(
                FakeThousandEyesServer::v7Problem(429, QStringLiteral("Too Many Requests")), "3"));
        m_server->on("/v7/dashboard-snapshots", FakeThousandEyesServer::v7Created("after-429"));
        QStringList shown;
        connect(f.session.get(), &Session::waiting, this,
                [&](WaitReason reason, int secondsLeft, const QDateTime&) {
                    if (reason == WaitReason::None)
                        return;
                    shown << f.window->rateLimitIndicator()->summary();
                    if (secondsLeft > 0)
                        m_clock.advanceSecs(1); // time passes one second per tick
                });
        QTest::mouseClick(f.createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.snapshotId(), QStringLiteral("after-429"), 5000);
        QVERIFY2(!shown.isEmpty() && shown.first().contains(QStringLiteral("Rate limited: retrying in 3 s")),
                 qPrintable(shown.join(u'|')));
        QVERIFY(shown.join(u'|').contains(QStringLiteral("retrying in 1 s")));
        QCOMPARE(m_server->requestCount("/v7/dashboard-snapshots"), 2);
        QTRY_VERIFY(!child<QLabel>(f.window.get(), "rateLimitWait")->isVisible());
    }

    void errorBarFor401And403AndTimeout_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << 401 << QStringLiteral("API token");
        QTest::newRow("403") << 403 << QStringLiteral("Edit Snapshots");
        // A create that times out was sent: its outcome is unknown (a warning, no Retry), and it
        // is recorded as such, not as failed (the list, on the same stalled path, cannot be read).
        QTest::newRow("timeout") << 0 << QStringLiteral("may have been made");
    }

    void errorBarFor401And403AndTimeout()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        Fixture f(iniPath(), *m_server, m_clock);
        waitReady(f);
        if (status == 0) {
            ApiConfig config = f.session->apiConfig();
            config.timeout = 200ms;
            f.session->applyConfiguration(config, kToken, {});
            waitReady(f);
            m_server->on("/v7/dashboard-snapshots",
                         FakeThousandEyesServer::delayed(FakeThousandEyesServer::v7Created("late"), 3000));
        } else {
            m_server->on("/v7/dashboard-snapshots",
                         status == 401
                             ? FakeThousandEyesServer::v7Unauthorized(QStringLiteral("Invalid access token"))
                             : FakeThousandEyesServer::v7Problem(403, QStringLiteral("Forbidden")));
        }
        MessageBar* bar = f.window->messageBar();
        // What the bar says as the create fails (for a timeout, the check of the list that follows
        // shows its own message a moment later).
        QString said;
        MessageBar::Type saidType = MessageBar::Type::Information;
        QObject::connect(f.session.get(), &Session::createFailed, bar, [&said, &saidType, bar] {
            said = bar->text();
            saidType = bar->type();
        });
        QTest::mouseClick(f.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 5000);
        QCOMPARE(saidType, status == 0 ? MessageBar::Type::Warning : MessageBar::Type::Error);
        QVERIFY2(said.contains(expected), qPrintable(said));
        QVERIFY(f.snapshotId().isEmpty());
        // The attempt is in the history, marked failed (or unknown).
        QTRY_COMPARE(f.table()->model()->rowCount(), 1);
        HistoryStore reread(SettingsLocation::iniFile(iniPath()).history());
        const auto saved = reread.load();
        QCOMPARE(saved.entries.size(), 1);
        QCOMPARE(saved.entries.first().status,
                 status == 0 ? HistoryEntry::Status::Unknown : HistoryEntry::Status::Failed);
        // The window still works: the button is ready for another try.
        QTRY_VERIFY(f.createButton()->isEnabled());
    }

    void historySurvivesRestartAndNoFileOrLogHoldsTheToken()
    {
        // Everything logged while the app runs, as it would reach a terminal or a log file.
        static QByteArray logged;
        logged.clear();
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext& context, const QString& text) {
                logged += text.toUtf8() + '\n';
                if (previous)
                    previous(type, context, text);
            });
        const auto unhook = qScopeGuard([] { qInstallMessageHandler(previous); });
        const QString basicToken = QStringLiteral("basic-") + kToken;
        {
            Fixture f(iniPath(), *m_server, m_clock);
            waitReady(f);
            QSignalSpy created(f.session.get(), &Session::created);
            m_server->on("/v7/dashboard-snapshots", FakeThousandEyesServer::v7Created("kept-1"));
            QTest::mouseClick(f.createButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(f.snapshotId(), QStringLiteral("kept-1"), 5000);
            QCOMPARE(created.size(), 1);
            // Typing a token in the settings path keeps it out of the files too.
            f.session->applyConfiguration(f.session->apiConfig(), kToken, basicToken);
            // A CSV export, as the History tab writes it.
            QVERIFY(writeHistoryCsv(m_dir->filePath(QStringLiteral("export.csv")),
                                    {created.first().first().value<HistoryEntry>()})
                        .isEmpty());
            f.window->close();
        }
        Fixture again(iniPath(), *m_server, m_clock);
        QCOMPARE(again.table()->model()->rowCount(), 1);
        QCOMPARE(again.table()->model()->index(0, HistoryModel::SnapshotIdColumn).data().toString(),
                 QStringLiteral("kept-1"));
        QVERIFY(test::historyFileMentions(SettingsLocation::iniFile(iniPath()).history().filePath,
                                          QStringLiteral("kept-1")));
        // Every file the app wrote (settings, history, routines, locks, the export), byte for byte,
        // and the log: no token in any form.
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("export.csv"))));
        for (const QString& secret : {kToken, basicToken}) {
            const QStringList inFiles = test::findSecretInFiles(m_dir->path(), secret);
            QVERIFY2(inFiles.isEmpty(), qPrintable(inFiles.join(u'\n')));
            const QStringList inLog = test::findSecret(logged, secret, QStringLiteral("log"));
            QVERIFY2(inLog.isEmpty(), qPrintable(inLog.join(u'\n')));
        }
        QVERIFY(logged.contains("kept-1")); // the log was captured
    }

    // The scan above would see the token however it was stored.
    void secretScanSeesEveryEncoding()
    {
        const QByteArray token = kToken.toUtf8();
        for (const QByteArray& prefix : {QByteArray(), QByteArray("a"), QByteArray("ab")}) {
            const QByteArray value = prefix + "Bearer " + token + "\n";
            QVERIFY(!test::findSecret(value.toBase64(), kToken, {}).isEmpty());
            QVERIFY(!test::findSecret(value.toBase64(QByteArray::Base64UrlEncoding), kToken, {}).isEmpty());
        }
        const QString wide = QStringLiteral("x") + kToken;
        QVERIFY(!test::findSecret(QByteArray(reinterpret_cast<const char*>(wide.utf16()), wide.size() * 2),
                                  kToken, {})
                     .isEmpty());
        QVERIFY(test::findSecret(QByteArray("nothing of it here").toBase64(), kToken, {}).isEmpty());
    }

    void demoModeCreatesSnapshotEndToEnd()
    {
        Fixture f(iniPath(), *m_server, m_clock, ApiVersion::V7, true);
        QVERIFY(f.session->isDemo());
        // "Demo — Snapshot Desk" once the platform appends the application name, never the name twice.
        QCOMPARE(f.window->windowTitle(), QStringLiteral("Demo"));
        waitReady(f);
        QTest::mouseClick(f.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f.snapshotId().isEmpty(), 5000);
        // A v7 snapshot ID is a UUID.
        QVERIFY2(QUuid::fromString(f.snapshotId()).isNull() == false, qPrintable(f.snapshotId()));
        QTRY_COMPARE(f.table()->model()->rowCount(), 1);
        QVERIFY(f.window->rateLimitIndicator()->accessibleDescription().contains(QStringLiteral("of 240")));
        QCOMPARE(m_server->requestCount(), 0); // the demo never touched the configured server
    }

    // Help has more than About: the documentation, the keyboard shortcuts read from the menus, and a
    // problem report with the version and where the files and messages are (issue 16, item 12).
    void helpOffersDocumentationShortcutsAndAProblemReport()
    {
        Fixture f(iniPath(), *m_server, m_clock);
        waitReady(f);
        child<QAction>(f.window.get(), "documentationAction")->trigger();
        QCOMPARE(f.opened.size(), 1);
        QVERIFY2(
            f.opened.constFirst().toString().startsWith(QStringLiteral("https://github.com/snapshotdesk/")),
            qPrintable(f.opened.constFirst().toString()));

        child<QAction>(f.window.get(), "shortcutsAction")->trigger();
        auto* table = child<QTableWidget>(f.window.get(), "shortcutsTable");
        QTRY_VERIFY(table->isVisible());
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows << table->item(row, 0)->text() + u'=' + table->item(row, 1)->text();
        QVERIFY2(rows.contains(QStringLiteral("Create snapshot=Ctrl+Return, Ctrl+Enter")),
                 qPrintable(rows.join(u'|')));
        QVERIFY2(rows.contains(QStringLiteral("Refresh lists=F5")), qPrintable(rows.join(u'|')));
        table->window()->close();

        child<QAction>(f.window.get(), "reportProblemAction")->trigger();
        auto* box = child<QMessageBox>(f.window.get(), "reportProblemBox");
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(QCoreApplication::applicationVersion()));
        QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(f.session->settings().fileName())));
        QVERIFY(!box->informativeText().contains(kToken));
        QTest::mouseClick(child<QPushButton>(box, "copyDetailsButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), box->informativeText());
    }

    // Issue 15: the first frame is built of what it shows. The Server snapshots tab is built by the
    // click that chooses it and takes its tab's place before anything is painted: the click shows
    // the list (which then loads as before), never an empty page, and its title stays.
    void theServerTabIsBuiltByTheClickThatChoosesIt()
    {
        Fixture f(iniPath(), *m_server, m_clock, ApiVersion::V7, true);
        waitReady(f);
        QVERIFY(!f.window->findChild<ServerSnapshotsView*>());
        QTabWidget* tabs = f.window->bottomTabs();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Server snapshots"));

        QTabBar* bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        auto* view = f.window->findChild<ServerSnapshotsView*>();
        QVERIFY(view);
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(tabs->currentWidget(), view);
        QVERIFY(view->isVisible());
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Server snapshots"));
        QTRY_VERIFY_WITH_TIMEOUT(f.session->catalog().hasList() && !f.session->catalog().isLoading(), 5000);

        // Built once: back and forth, and asking for it, keep the one view.
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
        QCOMPARE(tabs->currentWidget(), f.window->historyView());
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        QCOMPARE(f.window->serverSnapshotsView(), view);
        QCOMPARE(f.window->findChildren<ServerSnapshotsView*>().size(), 1);
        QCOMPARE(tabs->currentWidget(), view);
    }

    // Asked for before its tab was ever chosen (as the tests and the clipping check do), the view is
    // built in its tab, which stays where it was, not chosen.
    void askingForTheServerViewBuildsItInItsTab()
    {
        Fixture f(iniPath(), *m_server, m_clock, ApiVersion::V7, true);
        QTabWidget* tabs = f.window->bottomTabs();
        ServerSnapshotsView* view = f.window->serverSnapshotsView();
        QCOMPARE(tabs->indexOf(view), 1);
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(!view->isVisible());
        tabs->setCurrentWidget(view);
        QVERIFY(view->isVisible());
    }

    // What the first frame does not show follows it, once: the saved routines' Run entries (read
    // from their file), while New batch and its Ctrl+B are there from the start.
    void theRoutinesAreReadAfterTheFirstPaint()
    {
        {
            RoutineStore store(SettingsLocation::iniFile(iniPath()));
            Routine routine;
            routine.name = QStringLiteral("Weekly");
            routine.sources.append({QStringLiteral("dash-1"), QStringLiteral("Dashboard 1"), {}, false});
            routine.range = TimeRange::Preset::LastWeek;
            routine.nameTemplate = QStringLiteral("{source} {from:yyyy-MM-dd}");
            routine.aid = QStringLiteral("75");
            routine.groupName = QStringLiteral("API Sandbox");
            routine.apiVersion = ApiVersion::V7;
            QVERIFY(!store.add(routine).isEmpty());
            QCOMPARE(store.routines().size(), 1);
        }
        Session::Options options;
        options.location = SettingsLocation::iniFile(iniPath());
        options.clock = &m_clock;
        options.useKeychain = false;
        Session session(options);
        MainWindow window(session);
        QSignalSpy painted(&window, &MainWindow::firstPainted);
        QCOMPARE(child<QAction>(&window, "batchAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        QVERIFY(window.findChildren<QAction*>(QStringLiteral("runRoutineAction")).isEmpty());

        window.show();
        QVERIFY(painted.wait());
        QTRY_COMPARE(window.findChildren<QAction*>(QStringLiteral("runRoutineAction")).size(), 1);
        QAction* run = window.findChild<QAction*>(QStringLiteral("runRoutineAction"));
        QCOMPARE(run->text(), QStringLiteral("Run \"Weekly\""));
        QVERIFY(window.routinesMenu()->actions().contains(run));
        window.repaint();
        QCoreApplication::processEvents();
        QCOMPARE(painted.count(), 1);
    }

    // A snapshot made after the server's list was read is not "gone from the server" (issue 16,
    // item 4): the list was read before it existed.
    void aFreshSnapshotIsNotMarkedGone()
    {
        Fixture f(iniPath(), *m_server, m_clock, ApiVersion::V7, true);
        waitReady(f);
        ServerSnapshotsView* server = f.window->serverSnapshotsView();
        f.window->bottomTabs()->setCurrentWidget(server);
        QTRY_VERIFY_WITH_TIMEOUT(f.session->catalog().hasList() && !f.session->catalog().isLoading(), 5000);
        QTest::mouseClick(f.createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f.snapshotId().isEmpty(), 5000);
        QTRY_COMPARE(f.table()->model()->rowCount(), 1);
        QAbstractItemModel* rows = server->table()->model();
        bool found = false;
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QModelIndex index = rows->index(row, 0);
            QVERIFY2(!index.data(ServerSnapshotModel::GoneRole).toBool(),
                     qPrintable(index.data().toString()));
            found = found ||
                    index.data(ServerSnapshotModel::LinkRole).toUrl().toString().contains(f.snapshotId());
        }
        QVERIFY(found); // listed, from the history, until the next refresh reads it from the server
        QVERIFY(!server->findChild<QLabel*>(QStringLiteral("serverStatusLabel"))
                     ->text()
                     .contains(QStringLiteral("gone")));
    }

    // The last day each expiry picker offers must be one the API accepts (it is kept until the end of
    // that day), including just after midnight, when five years less the clock skew ends before the
    // end of the day before.
    void theLatestExpiryOnOfferIsAccepted_data()
    {
        QTest::addColumn<QDateTime>("now");
        const QTimeZone berlin("Europe/Berlin");
        QTest::newRow("just after midnight") << QDateTime(QDate(2026, 11, 20), QTime(0, 2), berlin);
        QTest::newRow("midday") << QDateTime(QDate(2026, 11, 20), QTime(12, 0), berlin);
        QTest::newRow("just before midnight") << QDateTime(QDate(2026, 11, 20), QTime(23, 58), berlin);
    }
    void theLatestExpiryOnOfferIsAccepted()
    {
        QFETCH(QDateTime, now);
        m_clock.set(now);
        const QDate today = now.toLocalTime().date();

        SnapshotForm form(m_clock);
        auto* formEdit = child<QDateEdit>(&form, "expirationEdit");
        QVERIFY(formEdit->maximumDate() >= today.addYears(5).addDays(-2)); // not needlessly short
        formEdit->setDate(formEdit->maximumDate());
        SnapshotRequest request = form.request();
        const auto issues = request.validate(ApiVersion::V7, m_clock.now());
        for (const ValidationIssue& issue : issues)
            QVERIFY2(issue.field != ValidationIssue::Field::ExpirationDate, qPrintable(issue.message));

        ExpirationDialog dialog(QStringLiteral("WAN"), QDateTime(), m_clock.now());
        auto* dialogEdit = child<QDateEdit>(&dialog, "expirationDateEdit");
        QCOMPARE(dialogEdit->maximumDate(), formEdit->maximumDate()); // one limit, not two
        dialogEdit->setDate(dialogEdit->maximumDate());
        const QString problem = ServerSnapshotCatalog::validateExpiration(dialog.expiration(), m_clock.now());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        request.expirationDate = dialog.expiration();
        for (const ValidationIssue& issue : request.validate(ApiVersion::V7, m_clock.now()))
            QVERIFY2(issue.field != ValidationIssue::Field::ExpirationDate, qPrintable(issue.message));
    }

    void everyInputHasNameLabelAndMnemonic()
    {
        Fixture f(iniPath(), *m_server, m_clock);
        waitReady(f);
        const QList<QLabel*> labels = f.window->findChildren<QLabel*>();
        int checked = 0;
        for (QLabel* label : labels) {
            QWidget* buddy = label->buddy();
            if (!buddy || !buddy->isVisibleTo(f.window.get()))
                continue;
            QString text = label->text();
            QVERIFY2(text.contains(u'&'), qPrintable(QStringLiteral("no mnemonic: ") + text));
            text.remove(u'&').remove(u':');
            QCOMPARE(buddy->accessibleName(), text.trimmed());
            QVERIFY(!buddy->objectName().isEmpty());
            ++checked;
        }
        QVERIFY2(checked >= 7, qPrintable(QString::number(checked)));
        for (QAbstractButton* button : f.form()->findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly)) {
            QVERIFY2(!button->objectName().isEmpty(), qPrintable(button->text()));
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
            if (button->icon().isNull() || !button->text().isEmpty())
                continue;
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
        }
        auto* id = child<QLineEdit>(f.window.get(), "snapshotIdEdit");
        QVERIFY(id->isReadOnly());
        QCOMPARE(id->accessibleName(), QStringLiteral("Snapshot ID"));
        QCOMPARE(f.table()->accessibleName(), QStringLiteral("History"));
    }

    // The first start without an account: nothing pretends to be connected, Create says why it is
    // disabled, the Create shortcut offers the way out, and the offer survives a cancelled Settings.
    void firstStartWithoutAnAccountSaysWhatToDo()
    {
        Session::Options options;
        options.location = SettingsLocation::iniFile(iniPath());
        options.clock = &m_clock;
        options.useKeychain = false;
        options.startup.apiVersion = ApiVersion::V7;
        Session session(options);
        MainWindow window(session);
        window.show();
        session.start();
        MessageBar* bar = window.messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
        QVERIFY2(bar->text().contains(QStringLiteral("demo")), qPrintable(bar->text()));

        auto* mode = window.findChild<QLabel*>(QStringLiteral("modeLabel"));
        QVERIFY2(!mode->text().contains(QStringLiteral("Connected")), qPrintable(mode->text()));
        QVERIFY2(mode->text().contains(QStringLiteral("no API token")), qPrintable(mode->text()));
        auto* create = child<QPushButton>(window.form(), "createButton");
        QVERIFY(!create->isEnabled());
        QVERIFY2(create->toolTip().contains(QStringLiteral("Settings")), qPrintable(create->toolTip()));
        QCOMPARE(create->accessibleDescription(), create->toolTip());

        // The shortcut says what to do instead of nothing.
        bar->hideMessage();
        window.findChild<QAction*>(QStringLiteral("createAction"))->trigger();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("demo")), qPrintable(bar->text()));

        // Settings opened from the bar and cancelled: the offer is back.
        QPushButton* settings = nullptr;
        for (QPushButton* button : bar->findChildren<QPushButton*>()) {
            if (button->isVisible() && button->text().remove(u'&') == QStringLiteral("Open settings"))
                settings = button;
        }
        QVERIFY(settings);
        QTimer::singleShot(0, &window, [] {
            if (QWidget* dialog = QApplication::activeModalWidget())
                QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        });
        QTest::mouseClick(settings, Qt::LeftButton);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("demo")), qPrintable(bar->text()));
    }

    // Ctrl+Return creates from wherever the focus is in the form, a date field included.
    void createShortcutWorksFromADateField()
    {
        Fixture f(iniPath(), *m_server, m_clock);
        waitReady(f);
        m_server->on("/v7/dashboard-snapshots", FakeThousandEyesServer::v7Created("from-a-date-field"));
        f.fromEdit()->setFocus();
        QTRY_VERIFY(f.fromEdit()->hasFocus());
        QTest::keyClick(f.fromEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(f.snapshotId(), QStringLiteral("from-a-date-field"), 5000);
    }

    // A launcher starts the app with --api-url pointing elsewhere than where the token was saved:
    // the window asks in its message bar, sends nothing until the user says so, then uses it.
    void aTokenSavedForAnotherAddressIsSentOnlyAfterTheUserSaysSo()
    {
        Session::Options options;
        options.location = SettingsLocation::iniFile(iniPath());
        options.clock = &m_clock;
        options.useKeychain = false;
        options.startup.apiVersion = ApiVersion::V7;
        options.startup.apiUrl = m_server->baseUrl(QStringLiteral("/v7"));
        Session session(options);
        BoundToken saved{QStringLiteral("tok-saved-elsewhere"), {}};
        saved.allow(QUrl(QStringLiteral("https://api.thousandeyes.com/v7")));
        session.credentialStore().write(CredentialStore::Secret::BearerToken, saved, false);
        MainWindow window(session);
        window.show();
        session.start();

        MessageBar* bar = window.messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->type() == MessageBar::Type::Warning, 5000);
        const QString address = QStringLiteral("127.0.0.1:") + QString::number(m_server->port());
        QVERIFY2(bar->text().contains(QStringLiteral("api.thousandeyes.com")), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(address), qPrintable(bar->text()));
        QCOMPARE(m_server->requestCount(), 0);

        QPushButton* use = nullptr;
        for (QPushButton* button : bar->findChildren<QPushButton*>()) {
            if (button->isVisible() && button->text().remove(u'&').contains(address))
                use = button;
        }
        QVERIFY(use);
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("/v7/account-groups") == 1, 5000);
        QCOMPARE(m_server->requests("/v7/account-groups").first().header("Authorization"),
                 QByteArray("Bearer tok-saved-elsewhere"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
