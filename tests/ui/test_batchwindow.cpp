// The issue-6 workflows through the real window, offscreen, against the fake server: a routine of
// eight dashboards run with one click lands in the history with links and in the server list; the
// server list marks what was made elsewhere and what is gone, and deletes only after a confirmation
// that names what goes; a batch started from its dialog shows its progress.

#include "FakeClock.h"
#include "FakeSnapshotCatalog.h"
#include "FakeThousandEyesServer.h"
#include "session/Session.h"
#include "ui/batch/BatchDialog.h"
#include "ui/catalog/ServerSnapshotModel.h"
#include "ui/catalog/ServerSnapshotsView.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryView.h"
#include "ui/widgets/MessageBar.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace snapshotdesk;
using namespace std::chrono_literals;

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    T* object = parent->findChild<T*>(QLatin1StringView(name));
    if (!object)
        qFatal("no child %s", name);
    return object;
}

} // namespace

namespace {

// What a label shows a person: its text as markup or as plain text, as QLabel decides.
QString visibleText(const QLabel* label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

} // namespace

class TestBatchWindow final : public QObject
{
    Q_OBJECT

private:
    void makeWindow(int sourceCount = 8)
    {
        Session::Options options;
        options.location = SettingsLocation::iniFile(m_dir->filePath(QStringLiteral("settings.ini")));
        options.clock = &m_clock;
        options.useKeychain = false;
        options.startup.apiVersion = ApiVersion::V7;
        options.startup.apiUrl = m_server->baseUrl(QStringLiteral("/v7"));
        options.startup.credentials = Credentials{Credentials::Method::Bearer, {}, QStringLiteral("tok-gui")};
        m_session = std::make_unique<Session>(options);
        m_session->service().transport().setWaitTickInterval(5ms);
        m_session->batch().setResumeTickInterval(5ms);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->setUrlOpener([](const QUrl&) { return true; });
        m_window->show();
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->sources().size() == sourceCount, 5000);
    }

    Routine eightDashboards() const
    {
        Routine r;
        r.name = QStringLiteral("Weekly eight");
        for (int i = 1; i <= 8; ++i)
            r.sources.append(
                {QStringLiteral("dash-%1").arg(i), QStringLiteral("Dashboard %1").arg(i), {}, false});
        r.range = TimeRange::Preset::LastWeek;
        r.nameTemplate = QStringLiteral("{source} {from:yyyy-MM-dd}");
        r.aid = QStringLiteral("75");
        r.groupName = QStringLiteral("API Sandbox");
        r.apiVersion = ApiVersion::V7;
        return r;
    }

    QTableView* historyTable() const { return child<QTableView>(m_window.get(), "historyTable"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeThousandEyesServer> m_server;
    std::unique_ptr<FakeSnapshotCatalog> m_fake;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    FakeClock m_clock;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeThousandEyesServer>();
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
        m_server->scriptTenant(ApiVersion::V7, &m_clock);
        QList<FakeThousandEyesServer::Source> dashboards;
        for (int i = 1; i <= 8; ++i)
            dashboards.append(
                {QStringLiteral("dash-%1").arg(i), QStringLiteral("Dashboard %1").arg(i), false});
        m_server->on("/v7/dashboards", FakeThousandEyesServer::v7Dashboards(dashboards));
        m_fake = std::make_unique<FakeSnapshotCatalog>(*m_server, ApiVersion::V7, m_clock);
        m_fake->install();
        m_fake->enforceOrgLimit(240, 4, 60); // fewer left than the routine needs: it must pace itself
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_fake.reset();
        m_server.reset();
        m_dir.reset();
    }

    void aRoutineOfEightRunsWithOneClick()
    {
        makeWindow();
        m_session->routines().add(eightDashboards());
        // Time moves only when the transport waits for the rate-limit window.
        connect(&m_session->service().transport(), &ApiTransport::waiting, this,
                [this](WaitReason reason, int, const QDateTime& until) {
                    if (reason != WaitReason::None && until.isValid())
                        m_clock.set(until);
                });

        QAction* run = child<QAction>(m_window.get(), "runRoutineAction");
        QCOMPARE(run->text(), QStringLiteral("Run \"Weekly eight\""));
        QVERIFY(m_window->routinesMenu()->actions().contains(run));
        run->trigger(); // the one click

        QTRY_COMPARE_WITH_TIMEOUT(historyTable()->model()->rowCount(), 8, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->batch().isRunning(), 5000);
        QCOMPARE(m_fake->rejectedForRateLimit, 0);
        QAbstractItemModel* history = historyTable()->model();
        QStringList names;
        for (int row = 0; row < 8; ++row) {
            const QModelIndex index = history->index(row, 0);
            QVERIFY(!index.data(HistoryModel::FailedRole).toBool());
            QVERIFY(index.data(HistoryModel::LinkRole)
                        .toUrl()
                        .toString()
                        .startsWith(u"https://app.thousandeyes.com/dashboard/?snapshotId="));
            names << history->index(row, HistoryModel::NameColumn).data().toString();
        }
        // Last week as of Friday 2026-11-20, local time: Monday 9 November.
        QVERIFY2(names.contains(QStringLiteral("Dashboard 8 2026-11-09")), qPrintable(names.join(u'|')));
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("8 created")));

        // And in the server list, each with its link, none "created elsewhere".
        m_window->bottomTabs()->setCurrentWidget(m_window->serverSnapshotsView());
        ServerSnapshotModel& server = m_window->serverSnapshotsView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(server.rowCount(), 8, 5000);
        for (const MergedSnapshot& row : server.rows()) {
            QCOMPARE(row.origin, MergedSnapshot::Origin::Both);
            QVERIFY(!row.server.link.isEmpty());
        }
    }

    void serverListMarksElsewhereAndGoneAndDeletesAfterConfirmation()
    {
        // A snapshot in the history that the server no longer has.
        {
            HistoryStore store(SettingsLocation::iniFile(m_dir->filePath(QStringLiteral("settings.ini"))));
            HistoryEntry entry;
            entry.createdAt = m_clock.now().addDays(-30);
            entry.displayName = QStringLiteral("Expired one");
            entry.snapshotId = QStringLiteral("5f1c2d3e-dead-4000-8000-000000000000");
            entry.aid = QStringLiteral("75");
            entry.apiVersion = ApiVersion::V7;
            store.add(entry);
        }
        const QString elsewhere =
            m_fake->addExisting(QStringLiteral("Made in the web app"), QStringLiteral("dash-3"));
        makeWindow();
        // Not loaded while the tab is hidden: opening the window costs no extra request.
        QCOMPARE(m_server->requests("/v7/dashboard-snapshots").size(), 0);
        m_window->bottomTabs()->setCurrentWidget(m_window->serverSnapshotsView());
        ServerSnapshotsView* view = m_window->serverSnapshotsView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model().rowCount(), 2, 5000);
        QCOMPARE(view->model().row(0).origin, MergedSnapshot::Origin::CreatedElsewhere);
        QCOMPARE(view->model().row(1).origin, MergedSnapshot::Origin::Gone);
        QCOMPARE(view->model().index(1, ServerSnapshotModel::StatusColumn).data().toString(),
                 QStringLiteral("Gone from the server"));

        QString asked;
        view->setConfirmHandler([&asked](const QString&, const QString& question, const QString&) {
            asked = question;
            return true;
        });
        QTableView* table = child<QTableView>(view, "serverSnapshotsTable");
        QCOMPARE(table->accessibleName(), QStringLiteral("Server snapshots"));
        table->setFocus();
        table->selectAll();
        QPushButton* remove = child<QPushButton>(view, "serverDeleteButton");
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("Made in the web app")), qPrintable(asked));
        QVERIFY(!asked.contains(QStringLiteral("Expired one"))); // gone already: nothing to delete
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->contains(elsewhere), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(view->model().rowCount(), 1, 5000);

        // The account group changes: the list is read again, for that group.
        const int before = m_server->requestCount("/v7/dashboard-snapshots");
        auto* groups = child<QComboBox>(m_window.get(), "accountGroupCombo");
        groups->setCurrentIndex(groups->findData(QStringLiteral("1234")));
        emit groups->activated(groups->currentIndex()); // as a person's pick does
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("/v7/dashboard-snapshots") > before, 5000);
        QCOMPARE(m_server->requests("/v7/dashboard-snapshots").constLast().query(), QByteArray("aid=1234"));
    }

    // Names come from the server: "<i>x</i><!--" in one must not hide the rest of a delete confirmation
    // (the count, "cannot be undone") or of a message.
    void markupInAServerNameHidesNothing()
    {
        m_fake->addExisting(QStringLiteral("<i>x</i><!--"), QStringLiteral("dash-1"));
        for (int i = 0; i < 6; ++i)
            m_fake->addExisting(QStringLiteral("Weekly %1").arg(i), QStringLiteral("dash-2"));
        const QString locked =
            m_fake->addExisting(QStringLiteral("<b>Locked</b><!--"), QStringLiteral("dash-3"));
        m_fake->forceStatusFor(locked, 403);
        makeWindow();
        m_window->bottomTabs()->setCurrentWidget(m_window->serverSnapshotsView());
        ServerSnapshotsView* view = m_window->serverSnapshotsView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model().rowCount(), 8, 5000);

        // The real confirmation (a modal box): read what it shows, then answer Cancel.
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (const auto* label = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label")))
                shown = visibleText(label);
            box->button(QMessageBox::Cancel)->click();
        });
        view->table()->setFocus();
        view->table()->selectAll();
        QTest::mouseClick(child<QPushButton>(view, "serverDeleteButton"), Qt::LeftButton);
        QVERIFY2(shown.contains(QStringLiteral("<i>x</i><!--")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("and 3 more")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("cannot be undone")), qPrintable(shown));
        QCOMPARE(view->model().rowCount(), 8); // cancelled: nothing deleted

        // A failure about it in the message bar shows the name as it is, and the sentence after it.
        view->setExpirationHandler([this](const ServerSnapshot&) { return m_clock.now().addYears(2); });
        for (int row = 0; row < view->model().rowCount(); ++row) {
            if (view->model().row(row).server.id == locked)
                view->table()->selectRow(view->table()->model()->index(row, 0).row());
        }
        QTest::mouseClick(child<QPushButton>(view, "serverExpirationButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(QStringLiteral("Locked")), 5000);
        const QLabel* text = nullptr;
        for (const QLabel* label : m_window->messageBar()->findChildren<QLabel*>()) {
            if (label->text() == m_window->messageBar()->text())
                text = label;
        }
        QVERIFY(text);
        const QString message = visibleText(text);
        QVERIFY2(message.contains(QStringLiteral("<b>Locked</b><!--")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("could not be changed")), qPrintable(message));
    }

    void aForbiddenExpirationChangeShowsInTheMessageBar()
    {
        const QString id = m_fake->addExisting(QStringLiteral("Locked"), QStringLiteral("dash-1"));
        m_fake->forceStatusFor(id, 403);
        makeWindow();
        m_window->bottomTabs()->setCurrentWidget(m_window->serverSnapshotsView());
        ServerSnapshotsView* view = m_window->serverSnapshotsView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model().rowCount(), 1, 5000);
        view->setExpirationHandler([this](const ServerSnapshot&) { return m_clock.now().addYears(2); });
        view->table()->selectRow(0);
        QPushButton* change = child<QPushButton>(view, "serverExpirationButton");
        QVERIFY(change->isEnabled());
        QTest::mouseClick(change, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(QStringLiteral("Locked")), 5000);
        QCOMPARE(m_server->lastRequest().method, QByteArray("PATCH"));
    }

    void theBatchDialogShowsProgressAndResults()
    {
        makeWindow();
        BatchDialog* dialog = m_window->openBatchDialog();
        auto* sources = child<QListWidget>(dialog, "batchSourceList");
        QCOMPARE(sources->count(), 8);
        QPushButton* start = child<QPushButton>(dialog, "batchStartButton");
        QVERIFY(!start->isEnabled()); // nothing chosen yet
        sources->item(0)->setCheckState(Qt::Checked);
        sources->item(5)->setCheckState(Qt::Checked);
        auto* preset = child<QComboBox>(dialog, "batchPresetCombo");
        preset->setCurrentIndex(preset->findData(static_cast<int>(TimeRange::Preset::Yesterday)));
        QVERIFY(start->isEnabled());
        // The dialog says which account group it uses, and has the single form's v7 options.
        QCOMPARE(child<QLabel>(dialog, "batchGroupLabel")->text(),
                 m_session->accountGroupName(m_session->currentAid()));
        QVERIFY(!child<QLabel>(dialog, "batchGroupLabel")->text().isEmpty());
        QVERIFY(child<QLabel>(dialog, "batchTemplateHelp")->text().contains(QStringLiteral("{group}")));
        auto* expiry = child<QDateEdit>(dialog, "batchExpirationEdit");
        expiry->setDate(m_clock.now().toLocalTime().date().addDays(30));
        child<QCheckBox>(dialog, "batchAnonymizeCheck")->setChecked(true);
        const int width = dialog->width();
        QTest::mouseClick(start, Qt::LeftButton);
        auto* progress = child<QProgressBar>(dialog, "batchProgressBar");
        QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 2, 5000);
        QCOMPARE(progress->maximum(), 2);
        auto* results = child<QListWidget>(dialog, "batchResultList");
        QCOMPARE(results->count(), 2);
        // The outcome and the ID first, so a narrow list cuts the name rather than the ID.
        QVERIFY2(results->item(1)->text().startsWith(QStringLiteral("created, ID ")),
                 qPrintable(results->item(1)->text()));
        QVERIFY(results->item(1)->text().contains(QStringLiteral("Dashboard 6 2026-11-19")));
        QCOMPARE(dialog->width(), width); // running does not widen the dialog
        const QJsonObject body =
            QJsonDocument::fromJson(m_server->requests("/v7/dashboard-snapshots").constLast().body).object();
        QCOMPARE(body.value(QStringLiteral("anonymizeData")).toBool(), true);
        QCOMPARE(QDateTime::fromString(body.value(QStringLiteral("expirationDate")).toString(), Qt::ISODate)
                     .toLocalTime()
                     .date(),
                 m_clock.now().toLocalTime().date().addDays(30));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, "batchProgressLabel")->text().startsWith(u"2 of 2 done"), 5000);
        QVERIFY(!child<QPushButton>(dialog, "batchRetryButton")->isEnabled());
        QCOMPARE(historyTable()->model()->rowCount(), 2);
    }

    // A routine runs all its sources at once: more than Routine::kMaxSources cannot be saved as one,
    // and the button says why before anyone presses it.
    void aRoutineIsLimitedToKMaxSources()
    {
        const int count = static_cast<int>(Routine::kMaxSources) + 1;
        QList<FakeThousandEyesServer::Source> dashboards;
        for (int i = 1; i <= count; ++i)
            dashboards.append(
                {QStringLiteral("dash-%1").arg(i), QStringLiteral("Dashboard %1").arg(i), false});
        m_server->on("/v7/dashboards", FakeThousandEyesServer::v7Dashboards(dashboards));
        makeWindow(count);
        BatchDialog* dialog = m_window->openBatchDialog();
        auto* sources = child<QListWidget>(dialog, "batchSourceList");
        QCOMPARE(sources->count(), count);
        auto* preset = child<QComboBox>(dialog, "batchPresetCombo");
        preset->setCurrentIndex(preset->findData(static_cast<int>(TimeRange::Preset::LastWeek)));
        QPushButton* save = child<QPushButton>(dialog, "batchSaveRoutineButton");
        for (int i = 0; i < count - 1; ++i)
            sources->item(i)->setCheckState(Qt::Checked);
        QVERIFY(save->isEnabled());

        sources->item(count - 1)->setCheckState(Qt::Checked);
        const QString limit = QString::number(Routine::kMaxSources);
        QVERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(limit), qPrintable(save->toolTip()));
        const QString problem = dialog->saveAsRoutine(QStringLiteral("Everything"));
        QVERIFY2(problem.contains(limit), qPrintable(problem));
        QVERIFY2(problem.contains(QString::number(count)), qPrintable(problem));
        QVERIFY(m_session->routines().routines().isEmpty());

        sources->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog->saveAsRoutine(QStringLiteral("Everything")), QString());
        QCOMPARE(m_session->routines().routines().constFirst().sources.size(), Routine::kMaxSources);
    }
};

QTEST_MAIN(TestBatchWindow)
#include "test_batchwindow.moc"
