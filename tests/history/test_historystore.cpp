// HistoryStore: what is added is still there after a restart, removing and clearing stick, the cap
// keeps the newest entries, a damaged entry costs only itself, old files are migrated, a store that
// cannot be written says so, and two running instances adding at once lose nothing.

#include "FileBytes.h"
#include "HistoryFile.h"
#include "store/HistoryStore.h"

#include <QCborValue>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <optional>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kBase(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());

HistoryEntry makeEntry(int n, HistoryEntry::Status status = HistoryEntry::Status::Created)
{
    HistoryEntry entry;
    entry.createdAt = kBase.addSecs(60 * n);
    entry.displayName = u"Snapshot %1"_s.arg(n);
    entry.sourceId = u"src-%1"_s.arg(n);
    entry.sourceName = u"Dashboard %1"_s.arg(n);
    entry.from = entry.createdAt.addDays(-1);
    entry.to = entry.createdAt.addSecs(-60);
    entry.aid = u"1234"_s;
    entry.accountGroupName = u"Operations"_s;
    entry.apiVersion = ApiVersion::V7;
    entry.status = status;
    if (status == HistoryEntry::Status::Created) {
        entry.snapshotId = u"snap-%1"_s.arg(n);
        entry.link = QUrl(u"https://app.thousandeyes.com/dashboard-snapshot/snap-%1"_s.arg(n));
    } else {
        entry.failureReason = u"Timed out after 30 s."_s;
    }
    return entry;
}

QStringList keysOf(const QList<HistoryEntry>& entries)
{
    QStringList keys;
    for (const HistoryEntry& entry : entries)
        keys << entry.key;
    return keys;
}

QStringList namesOf(const QList<HistoryEntry>& entries)
{
    QStringList names;
    for (const HistoryEntry& entry : entries)
        names << entry.displayName;
    return names;
}

using test::readAll;

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// A schema 1 entry, as the first release wrote it (v6 successes only, no schema/status/apiVersion).
// A fixed sample file in tests/data: every format a released build wrote must keep reading.
QString sample(const char* name)
{
    return QStringLiteral(SNAPSHOTDESK_SOURCE_DIR "/tests/data/") + QString::fromLatin1(name);
}

// The entries of the 1.0.0 sample files, field by field (see tests/data/README.md); the records'
// file has a fifth, unknown one.
void verifyReleasedEntries(const QList<HistoryEntry>& entries, bool withUnknown)
{
    QCOMPARE(entries.size(), withUnknown ? 5 : 4);
    const QDateTime from(QDate(2026, 11, 19), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < entries.size(); ++i) {
        const HistoryEntry& e = entries.at(i);
        QCOMPARE(e.createdAt, QDateTime(QDate(2026, 11, 20), QTime(9, 31 + i, 15, 250), QTimeZone::utc()));
        QCOMPARE(e.from, from);
        QCOMPARE(e.to, to);
        QCOMPARE(e.aid, u"1234"_s);
        QCOMPARE(e.accountGroupName, u"Operations, EMEA \"main\""_s);
    }
    const HistoryEntry& v6 = entries.at(0);
    QCOMPARE(toString(v6.apiVersion), u"v6"_s);
    QCOMPARE(v6.status, HistoryEntry::Status::Created);
    QCOMPARE(v6.displayName, u"Weekly WAN report 1"_s);
    QCOMPARE(v6.sourceId, u"48213"_s);
    QCOMPARE(v6.sourceName, u"WAN latency – Zürich"_s);
    QCOMPARE(v6.snapshotId, u"Cx71aQ"_s);
    QCOMPARE(v6.link.toString(QUrl::FullyEncoded),
             u"https://app.thousandeyes.com/reports/snapshots/Cx71aQ?__a=1234"_s);
    QVERIFY(!v6.expirationDate.isValid());
    const HistoryEntry& v7 = entries.at(1);
    QCOMPARE(toString(v7.apiVersion), u"v7"_s);
    QCOMPARE(v7.status, HistoryEntry::Status::Created);
    QCOMPARE(v7.sourceName, u"Global dashboard 日本"_s);
    QCOMPARE(v7.snapshotId, u"d28bb71f-5a47-4783-8f12-d4b115e61b02"_s);
    QCOMPARE(
        v7.link.toString(QUrl::FullyEncoded),
        u"https://app.thousandeyes.com/dashboard-snapshot?snapshotId=d28bb71f-5a47-4783-8f12-d4b115e61b02&__a=1234"_s);
    QCOMPARE(v7.expirationDate, QDateTime(QDate(2027, 11, 20), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(v7.anonymizeData);
    QCOMPARE(entries.at(2).status, HistoryEntry::Status::Failed);
    QCOMPARE(entries.at(2).failureReason, u"Access denied: the token lacks Edit Snapshots."_s);
    QVERIFY(entries.at(2).snapshotId.isEmpty());
    QCOMPARE(toString(entries.at(3).apiVersion), u"v6"_s);
    QCOMPARE(entries.at(3).status, HistoryEntry::Status::Failed);
    if (withUnknown) {
        QCOMPARE(entries.at(4).status, HistoryEntry::Status::Unknown);
        QCOMPARE(entries.at(4).failureReason, u"The connection was closed before an answer came."_s);
    }
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyFileLoadsNothing();
    void addPersistsAcrossRestart();
    void addEmitsAdded();
    void keysUniqueAndSortedByTime();
    void loadReturnsOldestFirst();
    void removePersists();
    void clearPersists();
    void capKeepsNewest();
    void loweredCapPrunesOnNextAdd();
    void corruptValueSkipped_data();
    void corruptValueSkipped();
    void unparsableLineCostsOnlyItself();
    void schema1Migrated();
    void recordsKeptAsBytesAndReadAsText();
    void movedOutOfTheSettingsFile();
    void backgroundLoadKeepsEntriesAddedMeanwhile();
    void migrationLeavesDamagedEntryAlone();
    void unwritableLocationReported();
    void writerProcessReportsAFailedWrite();

private:
    QString iniPath() const { return m_dir->path() + u"/h.ini"_s; }
    SettingsLocation location() const { return SettingsLocation::iniFile(iniPath()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::cleanup()
{
    m_dir.reset();
}

void TestHistoryStore::emptyFileLoadsNothing()
{
    HistoryStore store(location());
    const HistoryStore::LoadResult result = store.load();
    QVERIFY(result.entries.isEmpty());
    QCOMPARE(result.skipped, 0);
    QVERIFY(result.firstProblem.isEmpty());
}

void TestHistoryStore::addPersistsAcrossRestart()
{
    HistoryEntry created = makeEntry(1);
    HistoryEntry failed = makeEntry(2, HistoryEntry::Status::Failed);
    failed.apiVersion = ApiVersion::V6;
    {
        HistoryStore store(location());
        store.load();
        created.key = store.add(created);
        failed.key = store.add(failed);
        QVERIFY(!created.key.isEmpty());
        QVERIFY(!failed.key.isEmpty());
    }
    QVERIFY(QFile::exists(iniPath()));

    HistoryStore restarted(location());
    const HistoryStore::LoadResult result = restarted.load();
    QCOMPARE(result.skipped, 0);
    QCOMPARE(result.entries.size(), 2);
    QCOMPARE(result.entries.at(0), created);
    QCOMPARE(result.entries.at(1), failed);
    QCOMPARE(result.entries.at(1).failureReason, u"Timed out after 30 s."_s);
    QCOMPARE(toString(result.entries.at(1).apiVersion), u"v6"_s);
}

void TestHistoryStore::addEmitsAdded()
{
    HistoryStore store(location());
    store.load();
    QSignalSpy added(&store, &HistoryStore::added);
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    const QString key = store.add(makeEntry(1));
    QCOMPARE(added.size(), 1);
    const auto emitted = added.first().first().value<HistoryEntry>();
    QCOMPARE(emitted.key, key);
    QCOMPARE(emitted.displayName, u"Snapshot 1"_s);
    QCOMPARE(failed.size(), 0);
}

void TestHistoryStore::keysUniqueAndSortedByTime()
{
    HistoryStore store(location());
    store.load();
    // Out of order, and several at the very same millisecond.
    const QList<int> order{5, 1, 3, 3, 3, 0, 4, 2, 2};
    QList<QPair<QDateTime, QString>> added;
    for (const int n : order) {
        const HistoryEntry entry = makeEntry(n);
        const QString key = store.add(entry);
        QVERIFY(!key.isEmpty());
        added.append({entry.createdAt, key});
    }
    QSet<QString> unique;
    for (const auto& [at, key] : std::as_const(added))
        unique.insert(key);
    QCOMPARE(unique.size(), order.size());

    // Sorting the keys as text sorts the entries by creation time.
    std::sort(added.begin(), added.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    for (qsizetype i = 1; i < added.size(); ++i)
        QVERIFY(added.at(i - 1).first <= added.at(i).first);
}

void TestHistoryStore::loadReturnsOldestFirst()
{
    {
        HistoryStore store(location());
        for (const int n : {3, 1, 2})
            QVERIFY(!store.add(makeEntry(n)).isEmpty());
    }
    HistoryStore store(location());
    const auto entries = store.load().entries;
    QCOMPARE(namesOf(entries), (QStringList{u"Snapshot 1"_s, u"Snapshot 2"_s, u"Snapshot 3"_s}));
}

void TestHistoryStore::removePersists()
{
    QStringList keys;
    {
        HistoryStore store(location());
        store.load();
        for (int n = 0; n < 4; ++n)
            keys << store.add(makeEntry(n));
        QSignalSpy removed(&store, &HistoryStore::removed);
        store.remove({keys.at(1), keys.at(3)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toStringList(), (QStringList{keys.at(1), keys.at(3)}));
    }
    HistoryStore restarted(location());
    const auto entries = restarted.load().entries;
    QCOMPARE(keysOf(entries), (QStringList{keys.at(0), keys.at(2)}));
    QCOMPARE(namesOf(entries), (QStringList{u"Snapshot 0"_s, u"Snapshot 2"_s}));
}

void TestHistoryStore::clearPersists()
{
    {
        HistoryStore store(location());
        store.load();
        for (int n = 0; n < 3; ++n)
            store.add(makeEntry(n));
        QSignalSpy cleared(&store, &HistoryStore::cleared);
        store.clear();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(store.load().entries.isEmpty());
    }
    HistoryStore restarted(location());
    QVERIFY(restarted.load().entries.isEmpty());
    QVERIFY(test::historyInFile(iniPath()).empty());

    // And the store is usable again afterwards.
    QVERIFY(!restarted.add(makeEntry(7)).isEmpty());
    HistoryStore again(location());
    QCOMPARE(namesOf(again.load().entries), QStringList{u"Snapshot 7"_s});
}

void TestHistoryStore::capKeepsNewest()
{
    QStringList keys;
    QStringList prunedKeys;
    {
        HistoryStore store(location());
        store.load();
        store.setCap(5);
        QCOMPARE(store.cap(), 5);
        QSignalSpy pruned(&store, &HistoryStore::pruned);
        for (int n = 0; n < 8; ++n) {
            keys << store.add(makeEntry(n));
            QVERIFY(!keys.constLast().isEmpty());
        }
        for (const QList<QVariant>& emission : std::as_const(pruned))
            prunedKeys << emission.first().toStringList();
    }
    QCOMPARE(prunedKeys, keys.mid(0, 3));

    HistoryStore restarted(location());
    const auto entries = restarted.load().entries;
    QCOMPARE(keysOf(entries), keys.mid(3));
    QCOMPARE(namesOf(entries).constFirst(), u"Snapshot 3"_s);
    QCOMPARE(namesOf(entries).constLast(), u"Snapshot 7"_s);
}

void TestHistoryStore::loweredCapPrunesOnNextAdd()
{
    QStringList keys;
    {
        HistoryStore store(location());
        for (int n = 0; n < 8; ++n)
            keys << store.add(makeEntry(n));
    }
    HistoryStore store(location());
    QCOMPARE(store.load().entries.size(), 8);
    QSignalSpy pruned(&store, &HistoryStore::pruned);
    store.setCap(5);
    QCOMPARE(pruned.size(), 0); // nothing is lost before the next add
    keys << store.add(makeEntry(8));
    QCOMPARE(pruned.size(), 1);
    QCOMPARE(pruned.first().first().toStringList(), keys.mid(0, 4));

    HistoryStore restarted(location());
    QCOMPARE(keysOf(restarted.load().entries), keys.mid(4));

    // A cap below one keeps the newest entry rather than nothing.
    restarted.setCap(0);
    QCOMPARE(restarted.cap(), 1);
}

void TestHistoryStore::corruptValueSkipped_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<int>("skipped");
    // Keys that sort between the valid entries (all created on 2026-06-15).
    QTest::newRow("garbage text")
        << QByteArrayList{"001781524830000-badbadbadbad=\\x1\\x2 this is {not json at all"} << 1;
    QTest::newRow("newer schema")
        << QByteArrayList{R"(001781524830000-badbadbadbad="{\"schema\":99,\"createdAt\":\"2026-06-15T12:00:30Z\"}")"}
        << 1;
    QTest::newRow("truncated JSON and an int")
        << QByteArrayList{R"(001781524830000-badbadbadbad="{\"schema\":2,\"createdAt\":\"2026-")",
                          "001781524890000-badbadbadbad=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)"}
        << 2;
    QTest::newRow("number and a list")
        << QByteArrayList{"001781524830000-badbadbadbad=12345", "001781524890000-badbadbadbad=a, b, c"} << 2;
}

void TestHistoryStore::corruptValueSkipped()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(int, skipped);

    QStringList keys;
    {
        HistoryStore store(location());
        store.load();
        for (int n = 0; n < 4; ++n)
            keys << store.add(makeEntry(n));
    }
    // A hand edit or a disk error damages values in the middle of the history.
    QByteArray data = readAll(iniPath());
    const qsizetype section = data.indexOf("[history]\n");
    QVERIFY(section >= 0);
    data.insert(section + qsizetype(sizeof("[history]\n") - 1), lines.join('\n') + '\n');
    QVERIFY(writeAll(iniPath(), data));

    HistoryStore store(location());
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    const HistoryStore::LoadResult result = store.load();
    QCOMPARE(result.skipped, skipped);
    QVERIFY(!result.firstProblem.trimmed().isEmpty());
    QCOMPARE(keysOf(result.entries), keys);
    QCOMPARE(result.entries.at(2), [&] {
        HistoryEntry e = makeEntry(2);
        e.key = keys.at(2);
        return e;
    }());

    // Loading did not rewrite or wipe anything, and the store keeps working.
    QCOMPARE(readAll(iniPath()), data);
    const QString newKey = store.add(makeEntry(9));
    QVERIFY(!newKey.isEmpty());
    QCOMPARE(failed.size(), 0);

    HistoryStore restarted(location());
    const HistoryStore::LoadResult again = restarted.load();
    QCOMPARE(again.skipped, skipped);
    QCOMPARE(keysOf(again.entries), keys + QStringList{newKey});
    QVERIFY(readAll(iniPath()).contains("badbadbadbad"));
}

void TestHistoryStore::unparsableLineCostsOnlyItself()
{
    QStringList keys;
    {
        HistoryStore store(location());
        store.load();
        for (int n = 0; n < 4; ++n)
            keys << store.add(makeEntry(n));
    }
    // A line QSettings cannot parse at all (no "="), next to a damaged value.
    QByteArray data = readAll(iniPath());
    const qsizetype section = data.indexOf("[history]\n");
    QVERIFY(section >= 0);
    data.insert(section + qsizetype(sizeof("[history]\n") - 1),
                "this line is garbage\n001781524830000-badbadbadbad=not json\n");
    QVERIFY(writeAll(iniPath(), data));

    HistoryStore store(location());
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    QSignalSpy added(&store, &HistoryStore::added);
    const HistoryStore::LoadResult result = store.load();
    QCOMPARE(result.skipped, 1);
    QCOMPARE(keysOf(result.entries), keys);

    // New entries are saved and shown, and no failure is claimed for them, however many follow.
    keys << store.add(makeEntry(10));
    keys << store.add(makeEntry(11));
    QVERIFY(!keys.at(4).isEmpty());
    QVERIFY(!keys.at(5).isEmpty());
    QCOMPARE(added.size(), 2);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    HistoryStore restarted(location());
    const HistoryStore::LoadResult again = restarted.load();
    QCOMPARE(keysOf(again.entries), keys);
    QCOMPARE(again.skipped, 1);
}

void TestHistoryStore::schema1Migrated()
{
    // The history file exactly as the last 1.0.0 builds left it: schema 3 records as bytes, one of
    // each kind (v6 and v7, created, failed, unknown), texts with quotes, commas and non-ASCII.
    QVERIFY(QFile::copy(sample("settings-1.0.0-records-history.ini"), iniPath()));
    QVERIFY(QFile::setPermissions(iniPath(), QFile::ReadOwner | QFile::WriteOwner));
    QList<HistoryEntry> loaded;
    {
        HistoryStore store(location());
        const HistoryStore::LoadResult result = store.load();
        QCOMPARE(result.skipped, 0);
        loaded = result.entries;
    }
    verifyReleasedEntries(loaded, true);

    // The file now says schema 4, and each entry was rewritten as CBOR under its old key.
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"historyMeta/schema"_s).toInt(), 4);
    for (const HistoryEntry& old : std::as_const(loaded)) {
        const QVariant stored = raw.value(u"history/"_s + old.key);
        QCOMPARE(stored.typeId(), QMetaType::QByteArray);
        QVERIFY(QCborValue::fromCbor(stored.toByteArray()).isMap());
        const Parsed<HistoryEntry> entry = HistoryEntry::fromStored(QByteArrayView(stored.toByteArray()));
        QVERIFY2(entry.ok(), qPrintable(entry.error));
        HistoryEntry withKey = entry.value;
        withKey.key = old.key;
        QCOMPARE(withKey, old);
    }

    // Loading again reads the same entries and changes nothing more.
    const QByteArray migrated = readAll(iniPath());
    HistoryStore again(location());
    const HistoryStore::LoadResult second = again.load();
    QCOMPARE(second.entries, loaded);
    QCOMPARE(readAll(iniPath()), migrated);
}

void TestHistoryStore::recordsKeptAsBytesAndReadAsText()
{
    // Written as bytes ("@ByteArray(...)"): CBOR, which QSettings keeps as it is.
    QString key;
    {
        HistoryStore store(location());
        store.load();
        key = store.add(makeEntry(1));
    }
    QSettings raw(iniPath(), QSettings::IniFormat);
    const QVariant stored = raw.value(u"history/"_s + key);
    QCOMPARE(stored.typeId(), QMetaType::QByteArray);
    QVERIFY(QCborValue::fromCbor(stored.toByteArray()).isMap());
    // A 1.0.0 record as plain text (as its first builds wrote them, or a hand edit) reads as well.
    QSettings released(sample("settings-1.0.0-records-history.ini"), QSettings::IniFormat);
    const QString releasedKey = u"001795253475250-77aa01bc9e2f"_s;
    const QByteArray record = released.value(u"history/"_s + releasedKey).toByteArray();
    QVERIFY(!record.isEmpty());
    raw.setValue(u"history/"_s + releasedKey, QString::fromLatin1(record));
    raw.sync();
    HistoryStore again(location());
    const HistoryStore::LoadResult result = again.load();
    QCOMPARE(result.skipped, 0);
    QCOMPARE(keysOf(result.entries), (QStringList{key, releasedKey}));
    QCOMPARE(result.entries.at(1).displayName, u"Dashboard snapshot 2"_s);
    QCOMPARE(result.entries.at(0).displayName, makeEntry(1).displayName);
}

void TestHistoryStore::movedOutOfTheSettingsFile()
{
    // The first 1.0.0 builds kept the history in the settings file, as JSON (schema 2), next to
    // the history cap setting: that file exactly as they left it.
    const QString settingsPath = m_dir->path() + u"/settings.ini"_s;
    QVERIFY(QFile::copy(sample("settings-1.0.0-json.ini"), settingsPath));
    QVERIFY(QFile::setPermissions(settingsPath, QFile::ReadOwner | QFile::WriteOwner));
    const SettingsLocation historyLocation = SettingsLocation::iniFile(settingsPath).history();
    QCOMPARE(QFileInfo(historyLocation.filePath).fileName(), u"settings-history.ini"_s);
    QStringList oldKeys;
    {
        HistoryStore store(historyLocation);
        store.moveFrom(SettingsLocation::iniFile(settingsPath));
        const HistoryStore::LoadResult result = store.load();
        QCOMPARE(result.skipped, 0);
        verifyReleasedEntries(result.entries, false);
        oldKeys = keysOf(result.entries);
    }
    // Gone from the settings file, whose settings (the cap among them) stay; in the new file, as CBOR.
    QSettings settings(settingsPath, QSettings::IniFormat);
    QCOMPARE(settings.value(u"history/cap"_s).toInt(), 10000);
    QCOMPARE(settings.value(u"api/version"_s).toString(), u"v7"_s);
    settings.beginGroup(u"history"_s);
    QCOMPARE(settings.childKeys(), QStringList{u"cap"_s});
    settings.endGroup();
    QVERIFY(!settings.contains(u"historyMeta/schema"_s));
    const auto inFile = test::historyInFile(historyLocation.filePath);
    QCOMPARE(inFile.size(), size_t(4));
    for (const auto& [key, parsed] : inFile) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(oldKeys.contains(key));
    }
    QSettings moved(historyLocation.filePath, QSettings::IniFormat);
    QCOMPARE(moved.value(u"historyMeta/schema"_s).toInt(), 4);
    // A second start finds nothing more to move and reads the same four.
    HistoryStore again(historyLocation);
    again.moveFrom(SettingsLocation::iniFile(settingsPath));
    QCOMPARE(keysOf(again.load().entries), oldKeys);
}

void TestHistoryStore::backgroundLoadKeepsEntriesAddedMeanwhile()
{
    QString first;
    {
        HistoryStore store(location());
        store.load();
        first = store.add(makeEntry(1));
    }
    HistoryStore store(location());
    std::optional<HistoryStore::LoadResult> result;
    connect(&store, &HistoryStore::loaded, this,
            [&result](const HistoryStore::LoadResult& loaded) { result = loaded; });
    store.loadInBackground();
    QVERIFY(store.isLoading());
    // Added before the load's result arrives (the window is usable at once).
    const QString second = store.add(makeEntry(2));
    QTRY_VERIFY(result.has_value());
    QVERIFY(!store.isLoading());
    QCOMPARE(keysOf(result->entries), (QStringList{first, second}));
    // And both are in the file.
    HistoryStore reread(location());
    QCOMPARE(keysOf(reread.load().entries), (QStringList{first, second}));
}

void TestHistoryStore::migrationLeavesDamagedEntryAlone()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        QSettings released(sample("settings-1.0.0-records-history.ini"), QSettings::IniFormat);
        raw.setValue(u"history/001781524800000-aaaaaaaaaaaa"_s,
                     released.value(u"history/001795253415250-3f9a0c1b2d4e"_s));
        raw.setValue(u"history/001781524830000-damageddamag"_s, u"{\"createdAt\": oops"_s);
        raw.setValue(u"historyMeta/schema"_s, 3);
        raw.sync();
    }
    const QByteArray before = readAll(iniPath());
    {
        HistoryStore store(location());
        const HistoryStore::LoadResult result = store.load();
        QCOMPARE(result.entries.size(), 1);
        QCOMPARE(result.skipped, 1);
        // While an entry does not read, the file stays exactly as found (a copy of the damage is
        // kept first; see the durability test), and the old entry reads as it is.
        QCOMPARE(readAll(iniPath()), before);
        QCOMPARE(toString(result.entries.at(0).apiVersion), u"v6"_s);
    }
    // Once the damaged entry is gone, the next load migrates.
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.remove(u"history/001781524830000-damageddamag"_s);
    }
    HistoryStore store(location());
    QCOMPARE(store.load().skipped, 0);
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"historyMeta/schema"_s).toInt(), HistoryEntry::kSchemaVersion);
    QVERIFY(QCborValue::fromCbor(raw.value(u"history/001781524800000-aaaaaaaaaaaa"_s).toByteArray()).isMap());
}

void TestHistoryStore::unwritableLocationReported()
{
    // The folder cannot be created because a regular file is in the way (this holds for root too).
    const QString blocker = m_dir->path() + u"/not-a-folder"_s;
    QVERIFY(writeAll(blocker, "x"));
    const QString path = blocker + u"/h.ini"_s;

    HistoryStore store(SettingsLocation::iniFile(path));
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    QSignalSpy added(&store, &HistoryStore::added);
    store.load();
    failed.clear();
    store.add(makeEntry(1));
    // The user is told, naming the file; the entry is still shown for this session.
    QCOMPARE(failed.size(), 1);
    const QString message = failed.constLast().first().toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    QCOMPARE(added.size(), 1);
    // Each further attempt is reported again, not silently dropped.
    store.add(makeEntry(2));
    QCOMPARE(failed.size(), 2);
    // Nothing reached the disk.
    QVERIFY(!QFile::exists(path));
}

// A writer that cannot write says so in its exit code (it used to exit 0 before its writes were
// even tried, so a failed write was never counted).
void TestHistoryStore::writerProcessReportsAFailedWrite()
{
    const QString blocker = m_dir->path() + u"/not-a-folder"_s;
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QProcess writer;
    writer.start(QStringLiteral(HISTORY_WRITER), {blocker + u"/h.ini"_s, u"5"_s, u"alpha"_s});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QVERIFY(writer.waitForFinished(60'000));
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 1);
    const QByteArray err = writer.readAllStandardError();
    QVERIFY2(err.contains("write failed") && err.contains("0 of 5 entries saved"), err.constData());
    QVERIFY(writer.readAllStandardOutput().isEmpty()); // no key reported saved
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_historystore.moc"
