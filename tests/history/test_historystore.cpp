// HistoryStore: what is added is still there after a restart, removing and clearing stick, the cap
// keeps the newest entries, a damaged entry costs only itself, old files are migrated, a store that
// cannot be written says so, and two running instances adding at once lose nothing.

#include "FileBytes.h"
#include "HistoryFile.h"
#include "store/HistoryStore.h"

#include <QFile>
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
QString schema1Json(int n)
{
    const QJsonObject object{
        {u"createdAt"_s, kBase.addSecs(60 * n).toString(Qt::ISODateWithMs)},
        {u"displayName"_s, u"Old %1"_s.arg(n)},
        {u"sourceId"_s, u"%1"_s.arg(100 + n)},
        {u"sourceName"_s, u"Report %1"_s.arg(n)},
        {u"from"_s, kBase.addDays(-2).toString(Qt::ISODateWithMs)},
        {u"to"_s, kBase.addDays(-1).toString(Qt::ISODateWithMs)},
        {u"aid"_s, u"55"_s},
        {u"accountGroupName"_s, u"Ops"_s},
        {u"snapshotId"_s, u"%1"_s.arg(9000 + n)},
        {u"link"_s, u"https://app.thousandeyes.com/report-snapshot/%1"_s.arg(9000 + n)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
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
    const QStringList oldKeys{u"001781524800000-aaaaaaaaaaaa"_s, u"001781524860000-bbbbbbbbbbbb"_s};
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(u"history/"_s + oldKeys.at(0), schema1Json(0));
        raw.setValue(u"history/"_s + oldKeys.at(1), schema1Json(1));
        raw.sync();
        QCOMPARE(raw.status(), QSettings::NoError);
    }
    QVERIFY(!readAll(iniPath()).contains("historyMeta"));

    QList<HistoryEntry> loaded;
    {
        HistoryStore store(location());
        const HistoryStore::LoadResult result = store.load();
        QCOMPARE(result.skipped, 0);
        loaded = result.entries;
        QCOMPARE(keysOf(loaded), oldKeys);
        for (const HistoryEntry& entry : std::as_const(loaded)) {
            QCOMPARE(toString(entry.apiVersion), u"v6"_s);
            QCOMPARE(entry.status, HistoryEntry::Status::Created);
        }
        QCOMPARE(loaded.at(1).snapshotId, u"9001"_s);
    }

    // The file now says schema 3, and each entry was rewritten as a record under its old key.
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"historyMeta/schema"_s).toInt(), HistoryEntry::kSchemaVersion);
    for (const QString& key : oldKeys) {
        const QString stored = raw.value(u"history/"_s + key).toString();
        QVERIFY2(!stored.startsWith(u'{'), qPrintable(stored)); // no longer JSON
        const Parsed<HistoryEntry> entry = HistoryEntry::fromStored(stored);
        QVERIFY2(entry.ok(), qPrintable(entry.error));
        QCOMPARE(toString(entry.value.apiVersion), u"v6"_s);
        QCOMPARE(entry.value.status, HistoryEntry::Status::Created);
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
    // Written as bytes ("@ByteArray(...)"): QSettings holds one byte per character in memory.
    QString key;
    {
        HistoryStore store(location());
        store.load();
        key = store.add(makeEntry(1));
    }
    QSettings raw(iniPath(), QSettings::IniFormat);
    const QVariant stored = raw.value(u"history/"_s + key);
    QCOMPARE(stored.typeId(), QMetaType::QByteArray);
    // The same record as plain text (a hand edit, or a copy made by another tool) reads as well.
    const QString otherKey = u"001781524990000-cccccccccccc"_s;
    raw.setValue(u"history/"_s + otherKey, QString::fromLatin1(stored.toByteArray()));
    raw.sync();
    HistoryStore again(location());
    const HistoryStore::LoadResult result = again.load();
    QCOMPARE(result.skipped, 0);
    QCOMPARE(keysOf(result.entries), (QStringList{key, otherKey}));
    QCOMPARE(result.entries.at(1).displayName, result.entries.at(0).displayName);
}

void TestHistoryStore::movedOutOfTheSettingsFile()
{
    // Earlier builds kept the history in the settings file (as JSON, next to the history cap setting).
    const QString settingsPath = m_dir->path() + u"/settings.ini"_s;
    const QStringList oldKeys{u"001781524800000-aaaaaaaaaaaa"_s, u"001781524860000-bbbbbbbbbbbb"_s};
    {
        QSettings raw(settingsPath, QSettings::IniFormat);
        raw.setValue(u"history/"_s + oldKeys.at(0), schema1Json(0));
        raw.setValue(u"history/"_s + oldKeys.at(1), schema1Json(1));
        raw.setValue(u"history/cap"_s, 500);
        raw.setValue(u"form/nameTemplate"_s, u"{source}"_s);
    }
    const SettingsLocation historyLocation = SettingsLocation::iniFile(settingsPath).history();
    QCOMPARE(QFileInfo(historyLocation.filePath).fileName(), u"settings-history.ini"_s);
    {
        HistoryStore store(historyLocation);
        store.moveFrom(SettingsLocation::iniFile(settingsPath));
        const HistoryStore::LoadResult result = store.load();
        QCOMPARE(result.skipped, 0);
        QCOMPARE(keysOf(result.entries), oldKeys);
        QCOMPARE(result.entries.at(1).snapshotId, u"9001"_s);
    }
    // Gone from the settings file, whose settings (the cap among them) stay; in the new file, as records.
    QSettings settings(settingsPath, QSettings::IniFormat);
    QCOMPARE(settings.value(u"history/cap"_s).toInt(), 500);
    QCOMPARE(settings.value(u"form/nameTemplate"_s).toString(), u"{source}"_s);
    settings.beginGroup(u"history"_s);
    QCOMPARE(settings.childKeys(), QStringList{u"cap"_s});
    settings.endGroup();
    QVERIFY(!settings.contains(u"historyMeta/schema"_s));
    const auto inFile = test::historyInFile(historyLocation.filePath);
    QCOMPARE(inFile.size(), size_t(2));
    for (const auto& [key, parsed] : inFile) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(oldKeys.contains(key));
    }
    // A second start finds nothing more to move and reads the same two.
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
        raw.setValue(u"history/001781524800000-aaaaaaaaaaaa"_s, schema1Json(0));
        raw.setValue(u"history/001781524830000-damageddamag"_s, u"{\"createdAt\": oops"_s);
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
    QVERIFY(!raw.value(u"history/001781524800000-aaaaaaaaaaaa"_s).toString().startsWith(u'{'));
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
