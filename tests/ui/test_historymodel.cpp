// HistoryModel: the columns and roles the history table shows, and how it follows a HistoryStore
// row by row (inserts and removals, never a reset for a new entry).

#include "history/HistoryModel.h"
#include "history/HistoryStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, 0), QTimeZone::utc());
}

HistoryEntry createdEntry(const QString& name, const QDateTime& when)
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
    e.snapshotId = u"snap-"_s + name.toLower();
    e.link = QUrl(u"https://app.thousandeyes.com/dashboard-snapshot/snap-"_s + name.toLower());
    e.apiVersion = ApiVersion::V7;
    return e;
}

HistoryEntry failedEntry(const QString& name, const QDateTime& when, const QString& reason)
{
    HistoryEntry e = createdEntry(name, when);
    e.snapshotId.clear();
    e.link = {};
    e.apiVersion = ApiVersion::V6;
    e.status = HistoryEntry::Status::Failed;
    e.failureReason = reason;
    return e;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnsAndHeaders();
    void displayTextPerColumn();
    void sortRoleGivesRealTimes();
    void initialSortOrderPerColumn();
    void sourceAndGroupFallBackToIds();
    void failedRowsLookDifferent();
    void createdRowsArePlain();
    void customRoles();
    void entryOutOfRangeIsDefault();
    void appendInsertsOneRow();
    void removeKeysInRuns();
    void followsStoreAdd();
    void followsStoreRemove();
    void followsStorePrune();
    void followsStoreClear();
    void attachTwiceFollowsOnlyTheLastStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(SettingsLocation::iniFile(m_dir->filePath(u"history.ini"_s)));
    m_model = std::make_unique<HistoryModel>();
    // Checks every signal the model sends against the QAbstractItemModel contract.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestHistoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void TestHistoryModel::columnsAndHeaders()
{
    QCOMPARE(m_model->columnCount(), 9);
    QCOMPARE(m_model->rowCount(), 0);
    const QStringList expected{u"Created"_s,     u"Name"_s, u"Report or dashboard"_s,
                               u"From"_s,        u"To"_s,   u"Account group"_s,
                               u"Snapshot ID"_s, u"API"_s,  u"Status"_s};
    for (int column = 0; column < m_model->columnCount(); ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    // A table of rows, not a tree.
    m_model->append(createdEntry(u"Alpha"_s, at(15, 10)));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
}

void TestHistoryModel::displayTextPerColumn()
{
    const HistoryEntry e = createdEntry(u"Alpha"_s, at(15, 10));
    m_model->setEntries({e});
    // One format in every language: ISO-like, local time, no seconds.
    QCOMPARE(cell(*m_model, 0, HistoryModel::CreatedColumn),
             e.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"));
    QCOMPARE(cell(*m_model, 0, HistoryModel::NameColumn), u"Alpha"_s);
    QCOMPARE(cell(*m_model, 0, HistoryModel::SourceColumn), u"Network Overview"_s);
    QCOMPARE(cell(*m_model, 0, HistoryModel::FromColumn), e.from.toLocalTime().toString(u"yyyy-MM-dd HH:mm"));
    QCOMPARE(cell(*m_model, 0, HistoryModel::ToColumn), e.to.toLocalTime().toString(u"yyyy-MM-dd HH:mm"));
    QCOMPARE(cell(*m_model, 0, HistoryModel::AccountGroupColumn), u"API Sandbox"_s);
    QCOMPARE(cell(*m_model, 0, HistoryModel::SnapshotIdColumn), u"snap-alpha"_s);
    QCOMPARE(cell(*m_model, 0, HistoryModel::ApiColumn), u"v7"_s);
    QCOMPARE(cell(*m_model, 0, HistoryModel::StatusColumn), u"Created"_s);
    // Local time, not UTC: the tests run in Europe/Berlin (UTC+2 in June).
    QVERIFY(cell(*m_model, 0, HistoryModel::CreatedColumn).contains(u"12"_s));
}

void TestHistoryModel::sortRoleGivesRealTimes()
{
    const HistoryEntry e = createdEntry(u"Alpha"_s, at(15, 10));
    m_model->setEntries({e});
    const auto sortValue = [this](int column) {
        return m_model->data(m_model->index(0, column), HistoryModel::SortRole);
    };
    QCOMPARE(sortValue(HistoryModel::CreatedColumn).toDateTime(), e.createdAt);
    QCOMPARE(sortValue(HistoryModel::FromColumn).toDateTime(), e.from);
    QCOMPARE(sortValue(HistoryModel::ToColumn).toDateTime(), e.to);
    QCOMPARE(sortValue(HistoryModel::CreatedColumn).metaType(), QMetaType::fromType<QDateTime>());
    QCOMPARE(sortValue(HistoryModel::NameColumn).toString(), u"Alpha"_s);
}

void TestHistoryModel::initialSortOrderPerColumn()
{
    const auto order = [this](int column) {
        return m_model->headerData(column, Qt::Horizontal, Qt::InitialSortOrderRole).toInt();
    };
    QCOMPARE(order(HistoryModel::CreatedColumn), int(Qt::DescendingOrder));
    QCOMPARE(order(HistoryModel::ToColumn), int(Qt::DescendingOrder));
    QCOMPARE(order(HistoryModel::NameColumn), int(Qt::AscendingOrder));
}

void TestHistoryModel::sourceAndGroupFallBackToIds()
{
    HistoryEntry e = createdEntry(u"Alpha"_s, at(15, 10));
    e.sourceName.clear();
    e.accountGroupName.clear();
    m_model->setEntries({e});
    QCOMPARE(cell(*m_model, 0, HistoryModel::SourceColumn), u"2"_s);
    QCOMPARE(cell(*m_model, 0, HistoryModel::AccountGroupColumn), u"75"_s);
}

void TestHistoryModel::failedRowsLookDifferent()
{
    const QString reason = u"Access denied: the token has expired. Create a new one in ThousandEyes."_s;
    m_model->setEntries({failedEntry(u"Gamma"_s, at(15, 11), reason)});
    QCOMPARE(cell(*m_model, 0, HistoryModel::StatusColumn), u"Failed: "_s + reason);
    QCOMPARE(cell(*m_model, 0, HistoryModel::StatusColumn, Qt::ToolTipRole), u"Failed: "_s + reason);
    QCOMPARE(cell(*m_model, 0, HistoryModel::SnapshotIdColumn), QString());
    QCOMPARE(cell(*m_model, 0, HistoryModel::ApiColumn), u"v6"_s);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QVariant font = m_model->data(m_model->index(0, column), Qt::FontRole);
        QVERIFY2(font.isValid() && font.value<QFont>().italic(), qPrintable(QString::number(column)));
        const QVariant icon = m_model->data(m_model->index(0, column), Qt::DecorationRole);
        if (column == HistoryModel::StatusColumn)
            QVERIFY(!icon.value<QIcon>().isNull());
        else
            QVERIFY(!icon.isValid());
    }
    QVERIFY(m_model->data(m_model->index(0, 0), HistoryModel::FailedRole).toBool());

    m_model->setEntries({failedEntry(u"Gamma"_s, at(15, 11), QString())});
    QCOMPARE(cell(*m_model, 0, HistoryModel::StatusColumn), u"Failed"_s);
}

void TestHistoryModel::createdRowsArePlain()
{
    m_model->setEntries({createdEntry(u"Alpha"_s, at(15, 10))});
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QVERIFY(!m_model->data(m_model->index(0, column), Qt::FontRole).isValid());
        QVERIFY(!m_model->data(m_model->index(0, column), Qt::DecorationRole).isValid());
    }
    QVERIFY(!m_model->data(m_model->index(0, 0), HistoryModel::FailedRole).toBool());
    // The tooltip says which report or dashboard, by ID too.
    QCOMPARE(cell(*m_model, 0, HistoryModel::SourceColumn, Qt::ToolTipRole), u"Network Overview (ID 2)"_s);
}

void TestHistoryModel::customRoles()
{
    HistoryEntry e = createdEntry(u"Alpha"_s, at(15, 10));
    e.key = u"000001781517600000-abc"_s;
    m_model->setEntries({e});
    QCOMPARE(m_model->data(m_model->index(0, 3), HistoryModel::KeyRole).toString(), e.key);
    QCOMPARE(m_model->data(m_model->index(0, 5), HistoryModel::LinkRole).toUrl(), e.link.toUrl());
    QCOMPARE(m_model->rowForKey(e.key), 0);
    QCOMPARE(m_model->rowForKey(u"nope"_s), -1);
}

void TestHistoryModel::entryOutOfRangeIsDefault()
{
    m_model->setEntries({createdEntry(u"Alpha"_s, at(15, 10))});
    QCOMPARE(m_model->entry(0).displayName, u"Alpha"_s);
    QCOMPARE(m_model->entry(1), HistoryEntry());
    QCOMPARE(m_model->entry(-1), HistoryEntry());
    QVERIFY(!m_model->data(m_model->index(1, 0)).isValid());
}

void TestHistoryModel::appendInsertsOneRow()
{
    m_model->setEntries({createdEntry(u"Alpha"_s, at(15, 10))});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->append(createdEntry(u"Beta"_s, at(15, 11)));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->entries().size(), 2);
}

void TestHistoryModel::removeKeysInRuns()
{
    QList<HistoryEntry> entries;
    for (int i = 0; i < 6; ++i) {
        HistoryEntry e = createdEntry(u"E%1"_s.arg(i), at(15, i));
        e.key = u"k%1"_s.arg(i);
        entries.append(e);
    }
    m_model->setEntries(entries);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    // Rows 1, 2 and 4 (given out of order, with a duplicate and an unknown key): two runs.
    m_model->removeKeys({u"k4"_s, u"k1"_s, u"unknown"_s, u"k2"_s, u"k1"_s});
    QCOMPARE(removed.size(), 2);
    QStringList left;
    for (const HistoryEntry& e : m_model->entries())
        left << e.key;
    QCOMPARE(left, (QStringList{u"k0"_s, u"k3"_s, u"k5"_s}));
    m_model->removeKeys({u"unknown"_s});
    QCOMPARE(removed.size(), 2);
}

void TestHistoryModel::followsStoreAdd()
{
    m_model->attach(*m_store);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QString first = m_store->add(createdEntry(u"Alpha"_s, at(15, 10)));
    const QString second = m_store->add(failedEntry(u"Beta"_s, at(15, 11), u"Timeout"_s));
    QVERIFY(!first.isEmpty());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entry(0).key, first);
    QCOMPARE(m_model->entry(1).key, second);
    QCOMPARE(cell(*m_model, 1, HistoryModel::StatusColumn), u"Failed: Timeout"_s);
}

void TestHistoryModel::followsStoreRemove()
{
    m_model->attach(*m_store);
    const QString a = m_store->add(createdEntry(u"Alpha"_s, at(15, 10)));
    const QString b = m_store->add(createdEntry(u"Beta"_s, at(15, 11)));
    const QString c = m_store->add(createdEntry(u"Gamma"_s, at(15, 12)));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_store->remove({b});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entry(0).key, a);
    QCOMPARE(m_model->entry(1).key, c);
}

void TestHistoryModel::followsStorePrune()
{
    m_model->attach(*m_store);
    m_store->setCap(2);
    m_store->add(createdEntry(u"Alpha"_s, at(15, 10)));
    const QString b = m_store->add(createdEntry(u"Beta"_s, at(15, 11)));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const QString c = m_store->add(createdEntry(u"Gamma"_s, at(15, 12)));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entry(0).key, b);
    QCOMPARE(m_model->entry(1).key, c);
}

void TestHistoryModel::followsStoreClear()
{
    m_model->attach(*m_store);
    m_store->add(createdEntry(u"Alpha"_s, at(15, 10)));
    m_store->add(createdEntry(u"Beta"_s, at(15, 11)));
    m_store->clear();
    QCOMPARE(m_model->rowCount(), 0);
    // Clearing an empty model says nothing.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_store->clear();
    QCOMPARE(reset.size(), 0);
}

void TestHistoryModel::attachTwiceFollowsOnlyTheLastStore()
{
    HistoryStore other(SettingsLocation::iniFile(m_dir->filePath(u"other.ini"_s)));
    m_model->attach(*m_store);
    m_model->attach(other);
    m_store->add(createdEntry(u"Alpha"_s, at(15, 10)));
    QCOMPARE(m_model->rowCount(), 0);
    other.add(createdEntry(u"Beta"_s, at(15, 11)));
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_MAIN(TestHistoryModel)
#include "test_historymodel.moc"
