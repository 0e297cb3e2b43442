// Routines kept in QSettings (rename, duplicate, delete) and shared as a small JSON file: a round
// trip, and a malformed file rejected with a message that says what is wrong.

#include "store/RoutineStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <utility>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

Routine sample(const QString& name)
{
    Routine r;
    r.name = name;
    r.sources = {{u"d1"_s, u"WAN"_s, {}, false}, {u"d2"_s, u"HTTP"_s, {}, false}};
    r.range = TimeRange::Preset::LastWeek;
    r.nameTemplate = u"{source} {from:yyyy-MM-dd}"_s;
    r.aid = u"75"_s;
    r.groupName = u"API Sandbox"_s;
    return r;
}

} // namespace

class TestRoutineStore final : public QObject
{
    Q_OBJECT

private:
    QString ini() const { return m_dir->filePath(u"settings.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void addRenameDuplicateDelete()
    {
        RoutineStore store(SettingsLocation::iniFile(ini()));
        QSignalSpy changed(&store, &RoutineStore::changed);
        const QString id = store.add(sample(u"Weekly"_s));
        QVERIFY(!id.isEmpty());
        QCOMPARE(store.routines().size(), 1);
        QCOMPARE(store.routine(id)->sources.size(), 2);

        QVERIFY(store.rename(id, u"Weekly eight"_s));
        QCOMPARE(store.routine(id)->name, u"Weekly eight"_s);
        QVERIFY(!store.rename(id, u"  "_s));

        const QString copy = store.duplicate(id);
        QVERIFY(!copy.isEmpty() && copy != id);
        QCOMPARE(store.routine(copy)->name, u"Weekly eight (copy)"_s);
        QCOMPARE(store.routine(copy)->sources, store.routine(id)->sources);

        QVERIFY(store.remove(id));
        QVERIFY(!store.routine(id));
        QCOMPARE(store.routines().size(), 1);
        QVERIFY(changed.size() >= 4);

        // One key per routine in its own group, beside whatever else the file holds.
        QSettings raw(ini(), QSettings::IniFormat);
        raw.beginGroup(u"routines"_s);
        QCOMPARE(raw.childKeys(), QStringList{copy});
        // Kept across instances.
        RoutineStore again(SettingsLocation::iniFile(ini()));
        QCOMPARE(again.routines().constFirst().name, u"Weekly eight (copy)"_s);
    }

    void exportImportRoundTrip()
    {
        RoutineStore store(SettingsLocation::iniFile(ini()));
        store.add(sample(u"Weekly"_s));
        Routine daily = sample(u"Daily"_s);
        daily.range = TimeRange::Preset::Yesterday;
        daily.apiVersion = ApiVersion::V6;
        store.add(daily);
        const QString file = m_dir->filePath(u"team.json"_s);
        QCOMPARE(store.exportFile(file), QString());

        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray json = written.readAll();
        QVERIFY(json.contains("\"format\": \"snapshotdesk-routines\""));
        QVERIFY(json.contains("\"version\": 1"));
        QVERIFY(!json.contains("tok")); // nothing secret travels

        RoutineStore other(SettingsLocation::iniFile(m_dir->filePath(u"other.ini"_s)));
        const Parsed<int> imported = other.importFile(file);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.value, 2);
        QList<Routine> a = store.routines();
        QList<Routine> b = other.routines();
        QCOMPARE(b.size(), 2);
        for (int i = 0; i < 2; ++i) {
            b[i].id = a.at(i).id; // new ids on import; everything else the same
            QCOMPARE(b.at(i), a.at(i));
        }

        // Importing again does not overwrite: the names say which is which.
        QCOMPARE(other.importFile(file).value, 2);
        QCOMPARE(other.routines().size(), 4);
        QVERIFY(other.routines().at(1).name.endsWith(u"(imported)"));
    }

    void malformedImportIsRejectedWithAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
        QTest::newRow("other format")
            << QByteArray(R"({"format":"something-else","version":1,"routines":[]})")
            << u"snapshotdesk-routines"_s;
        QTest::newRow("newer") << QByteArray(
                                      R"({"format":"snapshotdesk-routines","version":9,"routines":[]})")
                               << u"newer"_s;
        QTest::newRow("no list") << QByteArray(R"({"format":"snapshotdesk-routines","version":1})")
                                 << u"\"routines\""_s;
        QTest::newRow("bad range") << QByteArray(R"({"format":"snapshotdesk-routines","version":1,"routines":[
                 {"name":"A","sources":[{"id":"1","name":"x"}],"range":"lastWeek","nameTemplate":"{source}","apiVersion":"v7"},
                 {"name":"B","sources":[{"id":"1","name":"x"}],"range":"fortnight","nameTemplate":"{source}","apiVersion":"v7"}]})")
                                   << u"Routine 2"_s;
        QTest::newRow("fractional version")
            << QByteArray(R"({"format":"snapshotdesk-routines","version":1.5,"routines":[]})")
            << u"version"_s;
        QTest::newRow("huge version")
            << QByteArray(R"({"format":"snapshotdesk-routines","version":1e300,"routines":[]})")
            << u"version"_s;
        QTest::newRow("fractional source id")
            << QByteArray(R"({"format":"snapshotdesk-routines","version":1,"routines":[
                 {"name":"A","sources":[{"id":1.5,"name":"x"}],"range":"lastWeek","nameTemplate":"{source}","apiVersion":"v7"}]})")
            << u"whole number"_s;
    }
    void malformedImportIsRejectedWithAClearMessage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        RoutineStore store(SettingsLocation::iniFile(ini()));
        store.add(sample(u"Existing"_s));
        QSignalSpy changed(&store, &RoutineStore::changed);
        const Parsed<int> result = store.importJson(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QCOMPARE(store.routines().size(), 1); // all or nothing
        QCOMPARE(changed.size(), 0);
    }

    void aMissingFileSaysSo()
    {
        RoutineStore store(SettingsLocation::iniFile(ini()));
        const Parsed<int> result = store.importFile(m_dir->filePath(u"nope.json"_s));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(u"nope.json"));
    }

    // Opening a FIFO for reading waits for a writer: the import (and the app) would hang. If this
    // test hangs, ctest's timeout fails it.
    void aFifoIsRefusedWithoutWaiting()
    {
        const QString fifo = m_dir->filePath(u"routines.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        RoutineStore store(SettingsLocation::iniFile(ini()));
        const Parsed<int> result = store.importFile(fifo);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"not a regular file"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(fifo), qPrintable(result.error));
        QVERIFY(store.routines().isEmpty());
    }

    // A device has no size to check beforehand: /dev/zero would be read until memory runs out.
    void aDeviceIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << u"/dev/zero"_s;
        QTest::newRow("/dev/urandom") << u"/dev/urandom"_s;
        QTest::newRow("a folder") << QString(); // the test's own directory
    }
    void aDeviceIsRefused()
    {
        QFETCH(QString, path);
        if (path.isEmpty())
            path = m_dir->path();
        RoutineStore store(SettingsLocation::iniFile(ini()));
        const Parsed<int> result = store.importFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"not a regular file"_s), qPrintable(result.error));
    }

    // The cap: a file of exactly kMaxImportBytes is read (whitespace is valid JSON padding), one byte
    // more is refused with a message that says why.
    void theSizeCapIsExact()
    {
        const QByteArray json = RoutineStore::toExportJson({sample(u"Weekly"_s)});
        QByteArray padded = json;
        padded.append(QByteArray(RoutineStore::kMaxImportBytes - json.size(), ' '));
        const QString atCap = m_dir->filePath(u"at-cap.json"_s);
        const QString overCap = m_dir->filePath(u"over-cap.json"_s);
        for (const auto& [path, bytes] : {std::pair{atCap, padded}, std::pair{overCap, padded + ' '}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        RoutineStore store(SettingsLocation::iniFile(ini()));
        const Parsed<int> ok = store.importFile(atCap);
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QCOMPARE(ok.value, 1);
        const Parsed<int> tooLarge = store.importFile(overCap);
        QVERIFY(!tooLarge.ok());
        QVERIFY2(tooLarge.error.contains(u"too large"_s), qPrintable(tooLarge.error));
        QVERIFY2(tooLarge.error.contains(u"4 MiB"_s), qPrintable(tooLarge.error));
        QCOMPARE(store.routines().size(), 1);
    }

    // A routine with more sources than one run may send is refused on import, naming the routine.
    void tooManySourcesAreRefusedOnImport()
    {
        Routine big = sample(u"Everything"_s);
        big.sources.clear();
        for (int i = 0; i <= Routine::kMaxSources; ++i)
            big.sources.append({QString::number(i), u"S%1"_s.arg(i), {}, false});
        RoutineStore store(SettingsLocation::iniFile(ini()));
        const Parsed<int> result = store.importJson(RoutineStore::toExportJson({big}));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"Everything"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(QString::number(Routine::kMaxSources)), qPrintable(result.error));
        QVERIFY(store.routines().isEmpty());

        // Nor can one be stored directly (it would not be read back).
        QVERIFY(store.add(big).isEmpty());
        QVERIFY(store.routines().isEmpty());
        big.sources.removeLast();
        const QString id = store.add(big);
        QVERIFY(!id.isEmpty());
        QCOMPARE(store.routine(id)->sources.size(), Routine::kMaxSources);
        Routine tooBig = *store.routine(id);
        tooBig.sources.append({u"one more"_s, u"One more"_s, {}, false});
        QVERIFY(!store.update(tooBig));
        QCOMPARE(store.routine(id)->sources.size(), Routine::kMaxSources);
    }
};

QTEST_GUILESS_MAIN(TestRoutineStore)
#include "test_routinestore.moc"
