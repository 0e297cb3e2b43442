// HistoryModel: the columns and roles the history table shows, and how it follows a HistoryStore
// row by row (inserts and removals, never a reset for a new entry).

#include "store/History.h"
#include "ui/history/HistoryModel.h"

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
    void profileColumnNamesTheAccount();
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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    void setEntries(const QList<HistoryEntry>& entries);

    std::unique_ptr<History> m_store;
    std::unique_ptr<HistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<History>(SettingsLocation::iniFile(m_dir->filePath(u"history.ini"_s)));
    m_model = std::make_unique<HistoryModel>(*m_store);
    // Checks every signal the model sends against the QAbstractItemModel contract.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// Exactly these entries in the service (keys assigned by the store).
void TestHistoryModel::setEntries(const QList<HistoryEntry>& entries)
{
    m_store->clear();
    for (const HistoryEntry& entry : entries)
        m_store->add(entry);
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
    QCOMPARE(m_model->columnCount(), 10);
    QCOMPARE(m_model->rowCount(), 0);
    const QStringList expected{u"Created"_s, u"Name"_s,          u"Report or dashboard"_s, u"From"_s,
                               u"To"_s,      u"Account group"_s, u"Snapshot ID"_s,         u"API"_s,
                               u"Status"_s,  u"Profile"_s};
    for (int column = 0; column < m_model->columnCount(); ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    // A table of rows, not a tree.
    m_store->add(createdEntry(u"Alpha"_s, at(15, 10)));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
}

void TestHistoryModel::displayTextPerColumn()
{
    const HistoryEntry e = createdEntry(u"Alpha"_s, at(15, 10));
    setEntries({e});
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
    QCOMPARE(cell(*m_model, 0, HistoryModel::ProfileColumn), u"Default"_s);
    // Local time, not UTC: the tests run in Europe/Berlin (UTC+2 in June).
    QVERIFY(cell(*m_model, 0, HistoryModel::CreatedColumn).contains(u"12"_s));
}

void TestHistoryModel::sortRoleGivesRealTimes()
{
    const HistoryEntry e = createdEntry(u"Alpha"_s, at(15, 10));
    setEntries({e});
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
    setEntries({e});
    QCOMPARE(cell(*m_model, 0, HistoryModel::SourceColumn), u"2"_s);
    QCOMPARE(cell(*m_model, 0, HistoryModel::AccountGroupColumn), u"75"_s);
}

void TestHistoryModel::profileColumnNamesTheAccount()
{
    // An entry from before profiles was made with the account that became "Default".
    HistoryEntry acme = createdEntry(u"Alpha"_s, at(15, 10));
    acme.profile = u"Acme"_s;
    setEntries({acme, createdEntry(u"Beta"_s, at(15, 11))});
    QCOMPARE(cell(*m_model, 0, HistoryModel::ProfileColumn), u"Acme"_s);
    QCOMPARE(cell(*m_model, 1, HistoryModel::ProfileColumn), u"Default"_s);
    QCOMPARE(m_model->profileName(0), u"Acme"_s);
    QCOMPARE(m_model->profileName(1), u"Default"_s);
    QCOMPARE(m_model->profileName(2), QString());
    QCOMPARE(m_model->data(m_model->index(0, HistoryModel::ProfileColumn), HistoryModel::SortRole).toString(),
             u"Acme"_s);
}

void TestHistoryModel::failedRowsLookDifferent()
{
    const QString reason = u"Access denied: the token has expired. Create a new one in ThousandEyes."_s;
    setEntries({failedEntry(u"Gamma"_s, at(15, 11), reason)});
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

    setEntries({failedEntry(u"Gamma"_s, at(15, 11), QString())});
    QCOMPARE(cell(*m_model, 0, HistoryModel::StatusColumn), u"Failed"_s);
}

void TestHistoryModel::createdRowsArePlain()
{
    setEntries({createdEntry(u"Alpha"_s, at(15, 10))});
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
    e.key = m_store->add(e); // the store gives the key
    QVERIFY(!e.key.isEmpty());
    QCOMPARE(m_model->data(m_model->index(0, 3), HistoryModel::KeyRole).toString(), e.key);
    QCOMPARE(m_model->data(m_model->index(0, 5), HistoryModel::LinkRole).toUrl(), e.link.toUrl());
    QCOMPARE(m_model->rowForKey(e.key), 0);
    QCOMPARE(m_model->rowForKey(u"nope"_s), -1);
}

void TestHistoryModel::entryOutOfRangeIsDefault()
{
    setEntries({createdEntry(u"Alpha"_s, at(15, 10))});
    QCOMPARE(m_model->entry(0).displayName, u"Alpha"_s);
    QCOMPARE(m_model->entry(1), HistoryEntry());
    QCOMPARE(m_model->entry(-1), HistoryEntry());
    QVERIFY(!m_model->data(m_model->index(1, 0)).isValid());
}

void TestHistoryModel::appendInsertsOneRow()
{
    setEntries({createdEntry(u"Alpha"_s, at(15, 10))});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_store->add(createdEntry(u"Beta"_s, at(15, 11)));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_store->entries().size(), 2);
}

void TestHistoryModel::removeKeysInRuns()
{
    QStringList keys;
    for (int i = 0; i < 6; ++i)
        keys << m_store->add(createdEntry(u"E%1"_s.arg(i), at(15, i)));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // Rows 1, 2 and 4 (given out of order, with a duplicate and an unknown key): those rows only,
    // without a reset (which would lose the view's selection and scroll position).
    m_store->remove({keys.at(4), keys.at(1), u"unknown"_s, keys.at(2), keys.at(1)});
    QCOMPARE(removed.size(), 3);
    QCOMPARE(reset.size(), 0);
    QStringList left;
    for (int row = 0; row < m_model->rowCount(); ++row)
        left << m_model->entry(row).key;
    QCOMPARE(left, (QStringList{keys.at(0), keys.at(3), keys.at(5)}));
    m_store->remove({u"unknown"_s});
    QCOMPARE(removed.size(), 3);
}

void TestHistoryModel::followsStoreAdd()
{
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
    m_store->add(createdEntry(u"Alpha"_s, at(15, 10)));
    m_store->add(createdEntry(u"Beta"_s, at(15, 11)));
    m_store->clear();
    QCOMPARE(m_model->rowCount(), 0);
    // Clearing an empty model says nothing.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_store->clear();
    QCOMPARE(reset.size(), 0);
}

QTEST_MAIN(TestHistoryModel)
#include "test_historymodel.moc"
