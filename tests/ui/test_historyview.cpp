// HistoryView: filtering and sorting the history, the actions on the selection (copy, open, reuse,
// delete, export) and clearing it, against a real History service in a temporary INI file.

#include "HistoryFile.h"
#include "store/History.h"
#include "store/HistoryStore.h"
#include "store/Settings.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 6, 15), QTime(hour, 0), QTimeZone::utc());
}

HistoryEntry createdEntry(const QString& name, const QString& id, const QDateTime& when)
{
    HistoryEntry e;
    e.createdAt = when;
    e.displayName = name;
    e.sourceId = u"2"_s;
    e.sourceName = u"Network Overview"_s;
    e.from = when.addDays(-1);
    e.to = when;
    e.aid = u"75"_s;
    e.accountGroupName = u"API Sandbox"_s;
    e.snapshotId = id;
    e.link = QUrl(u"https://app.thousandeyes.com/dashboard-snapshot/"_s + id);
    return e;
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void widgetsAreNamedAndLabelled();
    void newestFirstByDefault();
    void filterNarrowsRowsInAnyColumn();
    void filterWithoutMatchesShowsHint();
    void emptyHistoryShowsHint();
    void clickingAHeaderSortsByIt();
    void actionsFollowTheSelection();
    void copyIdPutsTheIdOnTheClipboard();
    void ctrlCCopiesIdWhenTableHasFocus();
    void copyLinkPutsTheLinkOnTheClipboard();
    void openEmitsTheUrl();
    void enterOpensTheSelection();
    void reuseEmitsTheEntry();
    void deleteOneRemovesFromStoreAndFile();
    void deleteSeveralAsksFirst();
    void exportAllWritesExactCsv();
    void exportSelectionWritesOnlyTheSelection();
    void exportFailureIsReported();
    void clearAllAsksWithTheCount();
    void newEntriesArriveWithoutReset();
    void headerStateIsSavedAndRestored();
    void profileColumnStartsHidden();
    void profileFilterAppearsWithASecondProfile();
    void profileFilterShowsOneProfilesEntries();

private:
    QTableView* table() const { return m_view->table(); }
    int rowOf(const QString& name) const;
    void select(const QStringList& names);
    QStringList shownNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<History> m_history;
    std::unique_ptr<HistoryView> m_view;
    QList<HistoryEntry> m_entries; // as stored, oldest first
    QStringList m_questions;       // what the view asked
    bool m_answer = true;
};

void TestHistoryView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"snapshot-desk.ini"_s);
    const SettingsLocation location = SettingsLocation::iniFile(m_file);
    m_settings = std::make_unique<Settings>(location);
    m_history = std::make_unique<History>(location);
    m_history->add(createdEntry(u"Alpha"_s, u"snap-alpha"_s, at(8)));
    m_history->add(createdEntry(u"Beta, \"the\" edge"_s, u"snap-beta"_s, at(9)));
    HistoryEntry failed = createdEntry(u"Gamma"_s, QString(), at(10));
    failed.link = {};
    failed.accountGroupName = u"Operations"_s;
    failed.aid = u"1234"_s;
    failed.apiVersion = ApiVersion::V6;
    failed.status = HistoryEntry::Status::Failed;
    failed.failureReason = u"Access denied"_s;
    m_history->add(failed);
    m_history->loadNow();
    m_entries = m_history->entries();
    QCOMPARE(m_entries.size(), 3);

    m_view = std::make_unique<HistoryView>(*m_history, *m_settings);
    m_questions.clear();
    m_answer = true;
    m_view->setConfirmHandler([this](const QString&, const QString& question, const QString&) {
        m_questions << question;
        return m_answer;
    });
    m_view->resize(900, 400);
}

void TestHistoryView::cleanup()
{
    m_view.reset();
    m_history.reset();
    m_settings.reset();
    m_dir.reset();
}

int TestHistoryView::rowOf(const QString& name) const
{
    const QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, HistoryModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void TestHistoryView::select(const QStringList& names)
{
    table()->clearSelection();
    for (const QString& name : names) {
        const int row = rowOf(name);
        QVERIFY2(row >= 0, qPrintable(name));
        table()->selectionModel()->select(table()->model()->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QStringList TestHistoryView::shownNames() const
{
    QStringList names;
    const QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, HistoryModel::NameColumn).data().toString();
    return names;
}

void TestHistoryView::widgetsAreNamedAndLabelled()
{
    auto* filter = m_view->findChild<QLineEdit*>(u"historyFilterEdit"_s);
    QVERIFY(filter);
    QCOMPARE(filter->accessibleName(), u"Filter"_s);
    QVERIFY(filter->isClearButtonEnabled());
    const QList<QLabel*> labels = m_view->findChildren<QLabel*>();
    const auto label =
        std::find_if(labels.cbegin(), labels.cend(), [filter](QLabel* l) { return l->buddy() == filter; });
    QVERIFY(label != labels.cend());
    QCOMPARE((*label)->text(), u"&Filter:"_s);

    auto* view = m_view->findChild<QTableView*>(u"historyTable"_s);
    QCOMPARE(view, table());
    QCOMPARE(view->accessibleName(), u"History"_s);
    QVERIFY(view->isSortingEnabled());
    QVERIFY(view->alternatingRowColors());
    QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
    QCOMPARE(view->selectionBehavior(), QAbstractItemView::SelectRows);
    // Tab goes from the filter to the table.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Tab);
    QTRY_VERIFY(view->hasFocus());

    QCOMPARE(m_view->copyIdAction()->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(m_view->copyLinkAction()->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));
    QCOMPARE(m_view->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QVERIFY(m_view->openAction()->shortcuts().contains(QKeySequence(Qt::Key_Return)));
}

void TestHistoryView::newestFirstByDefault()
{
    QCOMPARE(shownNames(), (QStringList{u"Gamma"_s, u"Beta, \"the\" edge"_s, u"Alpha"_s}));
    QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(HistoryModel::CreatedColumn));
    QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestHistoryView::filterNarrowsRowsInAnyColumn()
{
    QLineEdit* filter = m_view->filterEdit();
    QTest::keyClicks(filter, u"GAMMA"_s);
    QCOMPARE(shownNames(), QStringList{u"Gamma"_s});
    filter->clear();
    QCOMPARE(table()->model()->rowCount(), 3);
    QTest::keyClicks(filter, u"snap-al"_s); // the Snapshot ID column
    QCOMPARE(shownNames(), QStringList{u"Alpha"_s});
    filter->clear();
    QTest::keyClicks(filter, u"operations"_s); // the account group column
    QCOMPARE(shownNames(), QStringList{u"Gamma"_s});
    filter->clear();
    QTest::keyClicks(filter, u"failed"_s); // the status column
    QCOMPARE(shownNames(), QStringList{u"Gamma"_s});
    filter->clear();
    QTest::keyClicks(filter, u"network overview"_s);
    QCOMPARE(table()->model()->rowCount(), 3);
}

void TestHistoryView::filterWithoutMatchesShowsHint()
{
    m_view->show();
    auto* hint = m_view->findChild<QLabel*>(u"historyEmptyHint"_s);
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());
    QTest::keyClicks(m_view->filterEdit(), u"no such thing"_s);
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"filter"_s));
    m_view->filterEdit()->clear();
    QVERIFY(!hint->isVisible());
    QVERIFY(table()->isVisible());
}

void TestHistoryView::emptyHistoryShowsHint()
{
    m_view->show();
    QSignalSpy cleared(m_history.get(), &History::cleared);
    m_history->clear();
    QCOMPARE(cleared.size(), 1);
    auto* hint = m_view->findChild<QLabel*>(u"historyEmptyHint"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().startsWith(u"No snapshots yet"_s));
    QVERIFY(!m_view->exportAllAction()->isEnabled());
    QVERIFY(!m_view->clearAction()->isEnabled());
}

void TestHistoryView::clickingAHeaderSortsByIt()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QHeaderView* header = table()->horizontalHeader();
    const auto clickSection = [header](int section) {
        const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    };
    clickSection(HistoryModel::NameColumn);
    QCOMPARE(header->sortIndicatorSection(), int(HistoryModel::NameColumn));
    QCOMPARE(shownNames(), (QStringList{u"Alpha"_s, u"Beta, \"the\" edge"_s, u"Gamma"_s}));
    clickSection(HistoryModel::NameColumn);
    QCOMPARE(shownNames(), (QStringList{u"Gamma"_s, u"Beta, \"the\" edge"_s, u"Alpha"_s}));
    clickSection(HistoryModel::StatusColumn); // "Created" < "Failed: …"
    QCOMPARE(shownNames().constLast(), u"Gamma"_s);
    // A time column sorts by the time, newest first on the first click.
    clickSection(HistoryModel::CreatedColumn);
    QCOMPARE(shownNames(), (QStringList{u"Gamma"_s, u"Beta, \"the\" edge"_s, u"Alpha"_s}));
}

void TestHistoryView::actionsFollowTheSelection()
{
    QList<QAction*> selectionActions{m_view->copyIdAction(), m_view->copyLinkAction(),
                                     m_view->openAction(),   m_view->reuseAction(),
                                     m_view->deleteAction(), m_view->exportSelectionAction()};
    for (QAction* action : std::as_const(selectionActions))
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    QVERIFY(m_view->exportAllAction()->isEnabled());
    QVERIFY(m_view->clearAction()->isEnabled());

    select({u"Gamma"_s}); // failed: no ID, no link
    QVERIFY(!m_view->copyIdAction()->isEnabled());
    QVERIFY(!m_view->copyLinkAction()->isEnabled());
    QVERIFY(!m_view->openAction()->isEnabled());
    QVERIFY(m_view->reuseAction()->isEnabled());
    QVERIFY(m_view->deleteAction()->isEnabled());
    QVERIFY(m_view->exportSelectionAction()->isEnabled());

    select({u"Alpha"_s});
    for (QAction* action : std::as_const(selectionActions))
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));

    select({u"Alpha"_s, u"Gamma"_s});
    QVERIFY(!m_view->reuseAction()->isEnabled()); // which one?
    QVERIFY(m_view->copyIdAction()->isEnabled());
}

void TestHistoryView::copyIdPutsTheIdOnTheClipboard()
{
    QSignalSpy messages(m_view.get(), &HistoryView::message);
    select({u"Alpha"_s});
    m_view->copyIdAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"snap-alpha"_s);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(1).toBool(), false);

    select({u"Alpha"_s, u"Beta, \"the\" edge"_s, u"Gamma"_s});
    m_view->copyIdAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"snap-alpha\nsnap-beta"_s); // oldest first, no blanks
}

void TestHistoryView::ctrlCCopiesIdWhenTableHasFocus()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QGuiApplication::clipboard()->clear();
    select({u"Beta, \"the\" edge"_s});
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"snap-beta"_s);
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"https://app.thousandeyes.com/dashboard-snapshot/snap-beta"_s);

    // In the filter field, Ctrl+C copies text as usual.
    m_view->filterEdit()->setText(u"edge"_s);
    m_view->filterEdit()->setFocus();
    m_view->filterEdit()->selectAll();
    QTest::keyClick(m_view->filterEdit(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"edge"_s);
}

void TestHistoryView::copyLinkPutsTheLinkOnTheClipboard()
{
    select({u"Alpha"_s});
    m_view->copyLinkAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"https://app.thousandeyes.com/dashboard-snapshot/snap-alpha"_s);
}

void TestHistoryView::openEmitsTheUrl()
{
    QSignalSpy opened(m_view.get(), &HistoryView::openUrlRequested);
    select({u"Alpha"_s});
    m_view->openAction()->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toUrl(),
             QUrl(u"https://app.thousandeyes.com/dashboard-snapshot/snap-alpha"_s));

    // Several at once, skipping the failure that has no link.
    opened.clear();
    select({u"Alpha"_s, u"Beta, \"the\" edge"_s, u"Gamma"_s});
    m_view->openAction()->trigger();
    QCOMPARE(opened.size(), 2);
}

void TestHistoryView::enterOpensTheSelection()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QSignalSpy opened(m_view.get(), &HistoryView::openUrlRequested);
    select({u"Beta, \"the\" edge"_s});
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toUrl(),
             QUrl(u"https://app.thousandeyes.com/dashboard-snapshot/snap-beta"_s));
    QTest::keyClick(table(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(opened.size(), 2);
}

void TestHistoryView::reuseEmitsTheEntry()
{
    QSignalSpy reused(m_view.get(), &HistoryView::reuseRequested);
    select({u"Gamma"_s});
    m_view->reuseAction()->trigger();
    QCOMPARE(reused.size(), 1);
    QCOMPARE(reused.at(0).at(0).value<HistoryEntry>(), m_entries.at(2));
}

void TestHistoryView::deleteOneRemovesFromStoreAndFile()
{
    QVERIFY(test::historyFileMentions(m_file, u"snap-beta"_s));
    select({u"Beta, \"the\" edge"_s});
    m_view->deleteAction()->trigger();
    QVERIFY(m_questions.isEmpty()); // one entry goes without a question
    QCOMPARE(shownNames(), (QStringList{u"Gamma"_s, u"Alpha"_s}));
    QVERIFY(!test::historyFileMentions(m_file, u"snap-beta"_s));
    HistoryStore reread(SettingsLocation::iniFile(m_file));
    const QList<HistoryEntry> left = reread.load().entries;
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0), m_entries.at(0));
    QCOMPARE(left.at(1), m_entries.at(2));
    // The keyboard user stays in place: the next row (Alpha, below the deleted one) is selected
    // and current.
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().siblingAtColumn(HistoryModel::NameColumn).data().toString(), u"Alpha"_s);
    QCOMPARE(table()->currentIndex().row(), selected.first().row());
}

void TestHistoryView::deleteSeveralAsksFirst()
{
    select({u"Alpha"_s, u"Gamma"_s});
    m_answer = false;
    m_view->deleteAction()->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.at(0).contains(u"2"_s));
    QCOMPARE(table()->model()->rowCount(), 3);

    m_answer = true;
    m_view->deleteAction()->trigger();
    QCOMPARE(shownNames(), QStringList{u"Beta, \"the\" edge"_s});
    HistoryStore reread(SettingsLocation::iniFile(m_file));
    QCOMPARE(reread.load().entries, QList<HistoryEntry>{m_entries.at(1)});
}

void TestHistoryView::exportAllWritesExactCsv()
{
    QSignalSpy messages(m_view.get(), &HistoryView::message);
    m_view->filterEdit()->setText(u"alpha"_s); // "all" means all, filter or not
    const QString path = m_dir->filePath(u"all.csv"_s);
    QVERIFY(m_view->exportCsv(path, false));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "created_at,display_name,source_id,source_name,from,to,account_group_id,account_group,snapshot_id,"
        "link,"
        "api_version,status,failure_reason,profile\r\n"
        "2026-06-15T08:00:00Z,Alpha,2,Network Overview,2026-06-14T08:00:00Z,2026-06-15T08:00:00Z,75,API "
        "Sandbox,"
        "snap-alpha,https://app.thousandeyes.com/dashboard-snapshot/snap-alpha,v7,created,,Default\r\n"
        "2026-06-15T09:00:00Z,\"Beta, \"\"the\"\" edge\",2,Network Overview,2026-06-14T09:00:00Z,"
        "2026-06-15T09:00:00Z,75,API "
        "Sandbox,snap-beta,https://app.thousandeyes.com/dashboard-snapshot/snap-beta,"
        "v7,created,,Default\r\n"
        "2026-06-15T10:00:00Z,Gamma,2,Network "
        "Overview,2026-06-14T10:00:00Z,2026-06-15T10:00:00Z,1234,Operations,"
        ",,v6,failed,Access denied,Default\r\n";
    QCOMPARE(file.readAll(), expected);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(1).toBool(), false);
    QVERIFY(messages.at(0).at(0).toString().contains(u"all.csv"_s));
}

void TestHistoryView::exportSelectionWritesOnlyTheSelection()
{
    select({u"Beta, \"the\" edge"_s});
    const QString path = m_dir->filePath(u"selection.csv"_s);
    QVERIFY(m_view->exportCsv(path, true));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, and the empty rest after the last CRLF
    QVERIFY(lines.at(1).startsWith("2026-06-15T09:00:00Z,\"Beta, \"\"the\"\" edge\","));
    QVERIFY(lines.at(2).isEmpty());
}

void TestHistoryView::exportFailureIsReported()
{
    QSignalSpy messages(m_view.get(), &HistoryView::message);
    const QString path = m_dir->filePath(u"no/such/folder/out.csv"_s);
    QVERIFY(!m_view->exportCsv(path, false));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(1).toBool(), true);
    QVERIFY(messages.at(0).at(0).toString().contains(u"out.csv"_s));
    QVERIFY(!QFile::exists(path));
}

void TestHistoryView::clearAllAsksWithTheCount()
{
    m_view->show();
    m_answer = false;
    QVERIFY(!m_view->clearAll());
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.at(0).contains(u"all 3 history entries"_s), qPrintable(m_questions.at(0)));
    QCOMPARE(table()->model()->rowCount(), 3);

    m_answer = true;
    m_view->clearAction()->trigger();
    QCOMPARE(m_view->model().rowCount(), 0);
    QVERIFY(m_view->findChild<QLabel*>(u"historyEmptyHint"_s)->isVisible());
    HistoryStore reread(SettingsLocation::iniFile(m_file));
    QVERIFY(reread.load().entries.isEmpty());
    QVERIFY(!m_view->clearAction()->isEnabled());
}

void TestHistoryView::newEntriesArriveWithoutReset()
{
    select({u"Alpha"_s});
    QSignalSpy reset(table()->model(), &QAbstractItemModel::modelReset);
    m_history->add(createdEntry(u"Delta"_s, u"snap-delta"_s, at(11)));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(shownNames().constFirst(), u"Delta"_s); // newest first
    // The selection survives.
    QCOMPARE(m_view->selectedEntries().size(), 1);
    QCOMPARE(m_view->selectedEntries().constFirst().displayName, u"Alpha"_s);
}

void TestHistoryView::headerStateIsSavedAndRestored()
{
    QVERIFY(m_settings->value(Settings::Key::HistoryHeaderState).toByteArray().isEmpty());
    table()->sortByColumn(HistoryModel::NameColumn, Qt::AscendingOrder);
    table()->horizontalHeader()->resizeSection(HistoryModel::NameColumn, 321);
    m_view->saveHeaderState();
    QVERIFY(!m_settings->value(Settings::Key::HistoryHeaderState).toByteArray().isEmpty());

    HistoryView again(*m_history, *m_settings);
    QHeaderView* header = again.table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(HistoryModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(header->sectionSize(HistoryModel::NameColumn), 321);
    QCOMPARE(again.table()->model()->index(0, HistoryModel::NameColumn).data().toString(), u"Alpha"_s);

    // Also saved by itself shortly after a change.
    m_settings->reset(Settings::Key::HistoryHeaderState);
    header->resizeSection(HistoryModel::ToColumn, 123);
    QTRY_VERIFY(!m_settings->value(Settings::Key::HistoryHeaderState).toByteArray().isEmpty());
}

void TestHistoryView::profileColumnStartsHidden()
{
    // On a first start, like the other secondary columns; the header's menu shows it.
    QHeaderView* header = table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(HistoryModel::ProfileColumn));
    QVERIFY(!header->isSectionHidden(HistoryModel::StatusColumn));

    // After an update, from a header state saved before the column existed (9 sections, the
    // Status column shown and wide): the saved layout is kept, and the new column stays hidden.
    QStandardItemModel old(0, HistoryModel::ProfileColumn);
    QTableView oldTable;
    oldTable.setModel(&old);
    oldTable.horizontalHeader()->setSectionHidden(HistoryModel::SnapshotIdColumn, true);
    oldTable.horizontalHeader()->resizeSection(HistoryModel::StatusColumn, 222);
    m_settings->setValue(Settings::Key::HistoryHeaderState, oldTable.horizontalHeader()->saveState());
    HistoryView updated(*m_history, *m_settings);
    header = updated.table()->horizontalHeader();
    QCOMPARE(header->count(), int(HistoryModel::ColumnCount));
    QVERIFY(header->isSectionHidden(HistoryModel::SnapshotIdColumn));
    QVERIFY(!header->isSectionHidden(HistoryModel::AccountGroupColumn));
    QCOMPARE(header->sectionSize(HistoryModel::StatusColumn), 222);
    QVERIFY(header->isSectionHidden(HistoryModel::ProfileColumn));

    // Shown from the header's menu, it stays shown.
    header->setSectionHidden(HistoryModel::ProfileColumn, false);
    updated.saveHeaderState();
    HistoryView again(*m_history, *m_settings);
    QVERIFY(!again.table()->horizontalHeader()->isSectionHidden(HistoryModel::ProfileColumn));
    QVERIFY(again.table()->horizontalHeader()->isSectionHidden(HistoryModel::SnapshotIdColumn));
}

void TestHistoryView::profileFilterAppearsWithASecondProfile()
{
    // One account: no control for something there is no choice in.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QComboBox* combo = m_view->profileCombo();
    QCOMPARE(m_view->findChild<QComboBox*>(u"historyProfileCombo"_s), combo);
    QVERIFY(!combo->isVisible());
    const QList<QLabel*> labels = m_view->findChildren<QLabel*>();
    const auto label =
        std::find_if(labels.cbegin(), labels.cend(), [combo](QLabel* l) { return l->buddy() == combo; });
    QVERIFY(label != labels.cend());
    QVERIFY(!(*label)->isVisible());

    // An entry of another profile, as another instance or the command line may add it.
    HistoryEntry acme = createdEntry(u"Delta"_s, u"snap-delta"_s, at(11));
    acme.profile = u"Acme"_s;
    m_history->add(acme);
    QVERIFY(combo->isVisible());
    QVERIFY((*label)->isVisible());
    QCOMPARE((*label)->text(), u"Prof&ile:"_s);
    QCOMPARE(combo->accessibleName(), u"Profile"_s);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    QCOMPARE(items, (QStringList{u"All profiles"_s, u"Default"_s, u"Acme"_s}));
    // Not chosen by itself: every entry stays in view.
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(shownNames().size(), 4);

    // Tab goes from the text filter to the profile filter, then to the table.
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->filterEdit()->setFocus();
    QTRY_VERIFY(m_view->filterEdit()->hasFocus());
    QTest::keyClick(m_view->filterEdit(), Qt::Key_Tab);
    QTRY_VERIFY(combo->hasFocus());
    QTest::keyClick(combo, Qt::Key_Tab);
    QTRY_VERIFY(table()->hasFocus());
}

void TestHistoryView::profileFilterShowsOneProfilesEntries()
{
    HistoryEntry acme = createdEntry(u"Delta"_s, u"snap-delta"_s, at(11));
    acme.profile = u"Acme"_s;
    m_history->add(acme);
    QComboBox* combo = m_view->profileCombo();

    combo->setCurrentIndex(combo->findText(u"Acme"_s));
    QCOMPARE(shownNames(), QStringList{u"Delta"_s});
    // "Default" holds the entries from before profiles, whose profile field is empty.
    combo->setCurrentIndex(combo->findText(u"Default"_s));
    QCOMPARE(shownNames(), (QStringList{u"Gamma"_s, u"Beta, \"the\" edge"_s, u"Alpha"_s}));
    // With the text filter: both apply.
    m_view->filterEdit()->setText(u"alpha"_s);
    QCOMPARE(shownNames(), QStringList{u"Alpha"_s});
    m_view->filterEdit()->setText(u"delta"_s);
    QVERIFY(shownNames().isEmpty());
    QCOMPARE(m_view->findChild<QStackedWidget*>()->currentWidget()->objectName(), u"historyEmptyHint"_s);
    m_view->filterEdit()->clear();

    // A new entry of the chosen profile shows; one of another does not.
    HistoryEntry more = createdEntry(u"Epsilon"_s, u"snap-epsilon"_s, at(12));
    m_history->add(more);
    QCOMPARE(shownNames().first(), u"Epsilon"_s);
    more.displayName = u"Zeta"_s;
    more.createdAt = at(13);
    more.profile = u"Acme"_s;
    m_history->add(more);
    QVERIFY(!shownNames().contains(u"Zeta"_s));
    combo->setCurrentIndex(0);
    QCOMPARE(shownNames().size(), 6);

    // Deleting the chosen profile's last entries leaves the others in view.
    combo->setCurrentIndex(combo->findText(u"Acme"_s));
    QCOMPARE(shownNames(), (QStringList{u"Zeta"_s, u"Delta"_s}));
    select({u"Zeta"_s, u"Delta"_s});
    m_view->deleteSelected();
    QVERIFY(combo->isHidden());
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(shownNames().size(), 4);

    // When the other profile's last entry goes, so does the control, and with it the filter: a
    // filter nobody can see must hide nothing, now or when another profile's entry arrives.
    m_history->add(acme);
    combo->setCurrentIndex(combo->findText(u"Default"_s));
    QCOMPARE(shownNames().size(), 4);
    const auto delta = std::find_if(m_history->entries().cbegin(), m_history->entries().cend(),
                                    [](const HistoryEntry& e) { return e.displayName == u"Delta"_s; });
    QVERIFY(delta != m_history->entries().cend());
    m_history->remove({delta->key});
    QVERIFY(combo->isHidden());
    QCOMPARE(combo->currentIndex(), 0);
    m_history->add(acme);
    QVERIFY(shownNames().contains(u"Delta"_s));
}

QTEST_MAIN(TestHistoryView)
#include "test_historyview.moc"
