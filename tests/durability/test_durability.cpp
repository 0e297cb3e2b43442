// Durability of the history file: SIGKILL in the middle of a burst of writes loses nothing that was
// reported saved; two processes writing at once lose nothing; and a truncated, binary-garbage or
// wrongly-typed file still starts the app with every readable entry, a copy of the damaged file
// beside it, and one warning (not one per start).

#include "FileBytes.h"
#include "session/Session.h"
#include "store/History.h"
#include "store/HistoryStore.h"
#include "ui/widgets/MessageBar.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

using test::readAll;

// Writes as another program would, a moment later: QSettings keeps parsed files per path in the
// process and reads one again only when its size or modification time changed, and a damaged copy
// of the same size written within the same clock tick (a few ms) would go unnoticed.
bool writeAll(const QString& path, const QByteArray& bytes)
{
    const QDateTime before = QFileInfo(path).lastModified();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() ||
        !file.flush()) // before setting the time: a write when closing would set it to now again
        return false;
    return !before.isValid() || file.setFileTime(before.addSecs(2), QFileDevice::FileModificationTime);
}

HistoryEntry makeEntry(int n)
{
    HistoryEntry entry;
    entry.createdAt = QDateTime(QDate(2026, 6, 15), QTime(12, n), Qt::UTC);
    entry.displayName = u"Weekly WAN review %1"_s.arg(n);
    entry.sourceId = u"17"_s;
    entry.sourceName = u"WAN"_s;
    entry.from = entry.createdAt.addDays(-1);
    entry.to = entry.createdAt;
    entry.aid = u"75"_s;
    entry.snapshotId = u"snap-%1"_s.arg(n);
    entry.apiVersion = ApiVersion::V7;
    return entry;
}

QStringList keysOf(const QList<HistoryEntry>& entries)
{
    QStringList keys;
    for (const HistoryEntry& entry : entries)
        keys << entry.key;
    return keys;
}

QStringList historyKeysInFile(const QString& path, QSettings::Status* status)
{
    QSettings settings(path, QSettings::IniFormat);
    settings.beginGroup(u"history"_s);
    QStringList keys = settings.childKeys();
    settings.endGroup();
    *status = settings.status();
    return keys;
}

// The keys a helper printed so far (complete lines only).
QStringList printedKeys(const QByteArray& output)
{
    QStringList keys;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) // the last piece has no newline yet
        keys << QString::fromLatin1(lines.at(i).trimmed());
    return keys;
}

// How the file was damaged, and which of the good entries (by index) must survive it.
struct Damage
{
    QByteArray bytes;
    QList<int> survivors;
};

} // namespace

class TestDurability final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    // Where the app keeps the history: beside the settings, in a file of its own.
    QString historyPath() const { return SettingsLocation::iniFile(iniPath()).history().filePath; }
    // The copies kept of a damaged history file.
    QStringList backups() const
    {
        return QDir(m_dir->path())
            .entryList({u"settings-history.ini.damaged-*.bak"_s}, QDir::Files, QDir::Name);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    // ---- kill -9 during a burst ------------------------------------------------------------------

    void sigkillDuringBurstLosesNothingReported()
    {
        QStringList reported;
        // Three bursts, each killed at a different point; each one appends to the same file.
        for (const int killAfter : {50, 67, 81}) {
            QProcess burst;
            burst.setProcessChannelMode(QProcess::SeparateChannels);
            burst.start(QStringLiteral(HISTORY_BURST), {iniPath(), u"0"_s, u"burst%1"_s.arg(killAfter)});
            QVERIFY2(burst.waitForStarted(5000), qPrintable(burst.errorString()));
            QByteArray output;
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             output += burst.readAllStandardOutput();
                             return printedKeys(output).size() >= killAfter ||
                                    burst.state() == QProcess::NotRunning;
                         },
                         60'000),
                     "the writer printed too few keys in time");
            QCOMPARE(burst.state(), QProcess::Running); // it was still writing when killed
            burst.kill();                               // SIGKILL: no handler, no flush, no cleanup
            QVERIFY(burst.waitForFinished(5000));
            QCOMPARE(burst.exitStatus(), QProcess::CrashExit);
            output += burst.readAllStandardOutput();
            const QStringList printed = printedKeys(output);
            QVERIFY(printed.size() >= killAfter);
            reported += printed;

            // The file is readable, and every key reported saved (in this and earlier bursts) is in it.
            QSettings::Status status = QSettings::AccessError;
            const QStringList inFile = historyKeysInFile(iniPath(), &status);
            QCOMPARE(status, QSettings::NoError);
            for (const QString& key : std::as_const(reported))
                QVERIFY2(inFile.contains(key), qPrintable(u"lost "_s + key));
            HistoryStore store(SettingsLocation::iniFile(iniPath()));
            const HistoryStore::LoadResult loaded = store.load();
            QCOMPARE(loaded.skipped, 0);
            QVERIFY(loaded.entries.size() >= reported.size());
        }

        // A lock left by the killed writer does not stop the next one. (Killed while creating its
        // lock file, it leaves one without a PID, which QLockFile takes as stale only after 30 s.)
        QProcess after;
        after.start(QStringLiteral(HISTORY_BURST), {iniPath(), u"1"_s, u"after"_s});
        QVERIFY(after.waitForFinished(60'000));
        QCOMPARE(after.exitCode(), 0);
        const QStringList last = printedKeys(after.readAllStandardOutput());
        QCOMPARE(last.size(), 1);
        HistoryStore store(SettingsLocation::iniFile(iniPath()));
        const QStringList keys = keysOf(store.load().entries);
        for (const QString& key : std::as_const(reported) + last)
            QVERIFY2(keys.contains(key), qPrintable(u"lost "_s + key));
    }

    // ---- two writers at once ---------------------------------------------------------------------

    // Two writers released together, each adding one entry at a time after the one before is on
    // disk: their writes alternate for the whole run, which the order of their "saved" lines
    // proves, and nothing either was told is saved is missing.
    void twoWritersInTurnLoseNothing()
    {
        constexpr int kEach = 100;
        QProcess writers[2];
        QList<char> order; // 'a' or 'b' per saved line, in the order they arrived
        QStringList saved;
        const QString tags[2] = {u"alpha"_s, u"beta"_s};
        int ready = 0;
        for (int w = 0; w < 2; ++w) {
            QProcess& writer = writers[w];
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QObject::connect(&writer, &QProcess::readyReadStandardOutput, &writer, [&, w] {
                while (writers[w].canReadLine()) {
                    const QString line = QString::fromUtf8(writers[w].readLine()).trimmed();
                    if (line == u"ready") {
                        ++ready;
                        continue;
                    }
                    order.append(w == 0 ? 'a' : 'b');
                    saved.append(line);
                }
            });
            writer.start(QStringLiteral(HISTORY_WRITER),
                         {iniPath(), QString::number(kEach), tags[w], u"--gate"_s});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(ready, 2, 30'000);
        for (QProcess& writer : writers)
            writer.write("go\n");
        // Waited for in the event loop (not waitForFinished, which reads one process's output
        // only), so the saved lines are taken in the order they come.
        QVERIFY(QTest::qWaitFor(
            [&writers] {
                return writers[0].state() == QProcess::NotRunning &&
                       writers[1].state() == QProcess::NotRunning;
            },
            120'000));
        for (QProcess& writer : writers) {
            QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
            QCOMPARE(writer.exitCode(), 0);
        }
        QCoreApplication::processEvents(); // the last lines
        QCOMPARE(saved.size(), 2 * kEach);

        // In turn: each writer saved entries while the other was between its first and last.
        const auto first = [&order](char w) { return order.indexOf(w); };
        const auto last = [&order](char w) { return order.lastIndexOf(w); };
        QVERIFY2(first('b') < last('a') && first('a') < last('b'),
                 qPrintable(QString::fromLatin1(order.data(), order.size())));
        int switches = 0;
        for (qsizetype i = 1; i < order.size(); ++i)
            switches += order.at(i) != order.at(i - 1) ? 1 : 0;
        qInfo("the writers took %d turns", switches);
        QVERIFY2(switches >= 10, qPrintable(QString::fromLatin1(order.data(), order.size())));

        HistoryStore store(SettingsLocation::iniFile(iniPath()));
        const HistoryStore::LoadResult loaded = store.load();
        QCOMPARE(loaded.skipped, 0);
        const QStringList keys = keysOf(loaded.entries);
        QCOMPARE(keys.size(), 2 * kEach);
        for (const QString& key : std::as_const(saved))
            QVERIFY2(keys.contains(key), qPrintable(u"reported saved, not on disk: "_s + key));
        QSet<QString> ids;
        for (const HistoryEntry& entry : loaded.entries)
            ids.insert(entry.snapshotId);
        for (int i = 0; i < kEach; ++i) {
            QVERIFY(ids.contains(u"alpha-%1"_s.arg(i)));
            QVERIFY(ids.contains(u"beta-%1"_s.arg(i)));
        }
    }

    // ---- a damaged file --------------------------------------------------------------------------

    void damagedFile_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("truncated in an entry") << "truncated in an entry"_ba;
        QTest::newRow("truncated in a key") << "truncated in a key"_ba;
        QTest::newRow("binary garbage between entries") << "binary garbage between entries"_ba;
        QTest::newRow("binary garbage over an entry") << "binary garbage over an entry"_ba;
        QTest::newRow("unparsable lines") << "unparsable lines"_ba;
        QTest::newRow("wrongly typed entries") << "wrongly typed entries"_ba;
        QTest::newRow("wrongly typed settings") << "wrongly typed settings"_ba;
        QTest::newRow("an entry that looks whole but does not read")
            << "an entry that looks whole but does not read"_ba;
    }

    void damagedFile()
    {
        QFETCH(QByteArray, kind);
        // A good file: five entries and some settings, written by the app's own classes.
        QStringList keys;
        {
            HistoryStore store(SettingsLocation::iniFile(historyPath()));
            store.load();
            for (int n = 0; n < 5; ++n)
                keys << store.add(makeEntry(n));
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(u"app/settingsVersion"_s, 2);
            raw.setValue(u"api/timeoutSeconds"_s, 30);
            raw.setValue(u"form/nameTemplate"_s, u"{source} {date}"_s);
        }
        const QByteArray good = readAll(historyPath());
        const auto lineOf = [&good](const QString& key) {
            const qsizetype at = good.indexOf(key.toLatin1() + '=');
            const qsizetype end = good.indexOf('\n', at);
            return std::pair{at, end};
        };
        QVERIFY(lineOf(keys.at(4)).first > 0);

        Damage damage;
        if (kind == "truncated in an entry") {
            // A crash of the disk, not of the app: the file ends in the middle of the last entry.
            const auto [at, end] = lineOf(keys.at(4));
            Q_UNUSED(end);
            damage.bytes = good.left(at + 60); // the sections after it are lost with it
            damage.survivors = {0, 1, 2, 3};
        } else if (kind == "truncated in a key") {
            const auto [at, end] = lineOf(keys.at(3));
            Q_UNUSED(end);
            damage.bytes = good.left(at + 10);
            damage.survivors = {0, 1, 2};
        } else if (kind == "binary garbage between entries") {
            const auto [at, end] = lineOf(keys.at(2));
            Q_UNUSED(at);
            damage.bytes = good;
            static const char raw[] = "\x00\x01\x02\xff\xfe\x80\x81 \x9c\x00\x00\xc3\x28 no equals sign\n";
            const QByteArray garbage(raw, sizeof(raw) - 1);
            damage.bytes.insert(end + 1, garbage);
            damage.survivors = {0, 1, 2, 3, 4};
        } else if (kind == "binary garbage over an entry") {
            const auto [at, end] = lineOf(keys.at(1));
            damage.bytes = good;
            // Every byte value but the four that would join this line with the next ones (a
            // newline, a carriage return, an opening quote, a trailing backslash): an entry merged
            // into damage is damaged too, and only the backup can bring it back.
            QByteArray garbage(end - at - 20, '\0');
            for (qsizetype i = 0; i < garbage.size(); ++i) {
                const char c = static_cast<char>((i * 37 + 11) % 256);
                garbage[i] = (c == '\n' || c == '\r' || c == '"' || c == '\\') ? '\x7f' : c;
            }
            damage.bytes.replace(at + 20, garbage.size(), garbage);
            damage.survivors = {0, 2, 3, 4};
        } else if (kind == "unparsable lines") {
            damage.bytes = good;
            const qsizetype section = damage.bytes.indexOf("[history]\n") + 10;
            damage.bytes.insert(section, "<<<<<<< HEAD\nthis line has no equals sign\n=======\n");
            damage.survivors = {0, 1, 2, 3, 4};
        } else if (kind == "wrongly typed entries") {
            damage.bytes = good;
            const qsizetype section = damage.bytes.indexOf("[history]\n") + 10;
            damage.bytes.insert(section, "001781524830000-badbadbadbad=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)\n"
                                         "001781524890000-badbadbadbad=a, b, c\n"
                                         "001781524950000-badbadbadbad=\"[1,2,3]\"\n");
            damage.survivors = {0, 1, 2, 3, 4};
        } else if (kind == "an entry that looks whole but does not read") {
            // Found by load(), not by the quick look before it: checked (and kept) after loading.
            damage.bytes = good;
            const qsizetype section = damage.bytes.indexOf("[history]\n") + 10;
            damage.bytes.insert(section, "001781524830000-badbadbadbad=\"{\\\"schema\\\":99,"
                                         "\\\"createdAt\\\":\\\"2026-06-15T12:00:30Z\\\"}\"\n");
            damage.survivors = {0, 1, 2, 3, 4};
        } else if (kind == "wrongly typed settings") {
            // Every setting of the wrong type, and the history's schema marker a word: the
            // history itself is fine, but its schema says nothing sensible.
            QByteArray settings = readAll(iniPath());
            QVERIFY(settings.contains("settingsVersion=2") && settings.contains("timeoutSeconds=30"));
            settings.replace("settingsVersion=2", "settingsVersion=@Variant(\\0\\0\\0\\x7f)");
            settings.replace("timeoutSeconds=30", "timeoutSeconds=thirty");
            QVERIFY(writeAll(iniPath(), settings));
            damage.bytes = good;
            QVERIFY(damage.bytes.contains("schema=4"));
            damage.bytes.replace("schema=4", "schema=\"{\\\"a\\\":1}\"");
            damage.bytes += "\n[history]\n001781524990000-badbadbadbad=@ByteArray(\\xff\\xfe)\n";
            damage.survivors = {0, 1, 2, 3, 4};
        }
        QVERIFY(damage.bytes != good);
        QVERIFY(writeAll(historyPath(), damage.bytes));
        QStringList survivors;
        for (const int n : std::as_const(damage.survivors))
            survivors << keys.at(n);

        // First start: the app starts, shows every readable entry, keeps a copy, says so once.
        QString backup;
        {
            auto [session, window] = start();
            QCOMPARE(keysOf(session->history().entries()), survivors);
            QCOMPARE(window->findChild<QTableView*>(u"historyTable"_s)->model()->rowCount(),
                     survivors.size());
            QVERIFY(!session->settingsFileCheck().shouldTell()); // the damage is the history's
            const SettingsFileCheck& check = session->historyFileCheck();
            QVERIFY(check.damaged);
            QVERIFY(check.shouldTell());
            QCOMPARE(backups().size(), 1);
            backup = m_dir->filePath(backups().constFirst());
            QCOMPARE(check.backupPath, backup);
            QVERIFY2(QRegularExpression(u"^settings-history\\.ini\\.damaged-\\d{8}-\\d{6}\\.bak$"_s)
                         .match(backups().constFirst())
                         .hasMatch(),
                     qPrintable(backups().constFirst()));
            QCOMPARE(readAll(backup), damage.bytes); // the damaged file exactly as it was found
            MessageBar* bar = window->messageBar();
            QVERIFY(bar->isVisibleTo(window.get()));
            QCOMPARE(bar->type(), MessageBar::Type::Warning);
            QVERIFY2(bar->text().contains(QDir::toNativeSeparators(backup)), qPrintable(bar->text()));

            // The app keeps working on the file: a new entry is saved, the readable ones stay.
            QSignalSpy failed(&session->history(), &History::writeFailed);
            survivors << session->history().add(makeEntry(30));
            QCOMPARE(failed.size(), 0);
        }
        {
            QSettings reread(historyPath(), QSettings::IniFormat);
            [[maybe_unused]] const QStringList all = reread.allKeys();
            QCOMPARE(reread.status(), QSettings::NoError); // unparsable lines were left out on writing
            HistoryStore store(SettingsLocation::iniFile(historyPath()));
            QCOMPARE(keysOf(store.load().entries), survivors);
        }

        // Second start with the file as the first one left it: no second copy, no second warning.
        {
            auto [session, window] = start();
            QCOMPARE(keysOf(session->history().entries()), survivors);
            QVERIFY(!session->historyFileCheck().shouldTell());
            QCOMPARE(backups().size(), 1);
            QVERIFY2(!window->messageBar()->isVisibleTo(window.get()) ||
                         window->messageBar()->type() != MessageBar::Type::Warning,
                     qPrintable(window->messageBar()->text()));
        }

        // The very same damaged bytes again (say, restored from a backup of the disk): the copy
        // already exists, so neither a copy nor a warning.
        QVERIFY(writeAll(historyPath(), damage.bytes));
        {
            auto [session, window] = start();
            QVERIFY(session->historyFileCheck().damaged);
            QVERIFY(!session->historyFileCheck().shouldTell());
            QCOMPARE(backups().size(), 1);
            QVERIFY(!window->messageBar()->isVisibleTo(window.get()) ||
                    window->messageBar()->type() != MessageBar::Type::Warning);
        }

        // Damaged differently later: that is news, with a copy of its own.
        QByteArray worse = readAll(historyPath());
        worse.insert(worse.indexOf("[history]\n") + 10, "another broken line\n");
        QVERIFY(writeAll(historyPath(), worse)); // within the same second: the copy gets a suffix
        {
            auto [session, window] = start();
            QVERIFY(session->historyFileCheck().shouldTell());
            QCOMPARE(backups().size(), 2);
        }
    }

    void cleanFileIsNotReported()
    {
        {
            HistoryStore store(SettingsLocation::iniFile(historyPath()));
            store.load();
            store.add(makeEntry(1));
        }
        auto [session, window] = start();
        QVERIFY(!session->settingsFileCheck().damaged);
        QVERIFY(!session->historyFileCheck().damaged);
        QVERIFY(backups().isEmpty());
        QVERIFY(!window->messageBar()->isVisibleTo(window.get()));
        QCOMPARE(session->history().entries().size(), 1);
    }

private:
    std::pair<std::unique_ptr<Session>, std::unique_ptr<MainWindow>> start()
    {
        Session::Options options;
        options.location = SettingsLocation::iniFile(iniPath());
        options.useKeychain = false;
        auto session = std::make_unique<Session>(options);
        auto window = std::make_unique<MainWindow>(*session);
        window->show();
        // The history (and the check of its file) comes from the writer thread after the paint.
        [[maybe_unused]] const bool loaded =
            QTest::qWaitFor([&session] { return session->isHistoryLoaded(); });
        return {std::move(session), std::move(window)};
    }
};

QTEST_MAIN(TestDurability)
#include "test_durability.moc"
