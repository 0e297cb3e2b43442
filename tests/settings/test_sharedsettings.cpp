// SharedSettings: another instance's change is read even where QSettings' size-and-time check
// cannot see it, nothing reaches the file except through sync(), and sync() says how that sync
// went (not the first error QSettings ever had).

#include "FileBytes.h"
#include "store/SharedSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

using test::readAll;

// What another instance does when it writes: rewrites the file and counts up the generation in the
// guard file (8 bytes, little-endian), all under the guard. Here: with contents of the same size,
// and the file's time set back to what it was (a coarse file system, one tick).
bool rewriteAsAnotherInstance(const QString& path, const QByteArray& from, const QByteArray& to)
{
    const QFileInfo before(path);
    const QDateTime time = before.lastModified();
    QByteArray bytes = readAll(path);
    if (from.size() != to.size() || !bytes.contains(from))
        return false;
    bytes.replace(from, to);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() ||
        !file.flush() || !file.setFileTime(time, QFileDevice::FileModificationTime))
        return false;
    file.close();
    QFile guard(SharedSettings::guardFileName(path));
    if (!guard.open(QIODevice::ReadWrite))
        return false;
    const QByteArray old = guard.read(8);
    const quint64 generation = old.size() == 8 ? qFromLittleEndian<quint64>(old.constData()) : 0;
    char next[8];
    qToLittleEndian(generation + 1, next);
    return guard.seek(0) && guard.write(next, 8) == 8 && QFileInfo(path).size() == before.size() &&
           QFileInfo(path).lastModified() == time;
}

} // namespace

class TestSharedSettings final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void sameSizeSameTimeChangeOfAnotherInstanceIsRead()
    {
        const QString path = m_dir->filePath(u"history.ini"_s);
        SharedSettings settings(SettingsLocation::iniFile(path));
        settings->setValue(u"history/first"_s, u"aaaa"_s);
        QCOMPARE(settings.sync(), QSettings::NoError);
        QVERIFY(readAll(path).contains("first=aaaa"));

        // Size and time as this process last saw them: QSettings alone would keep its copy.
        QVERIFY(rewriteAsAnotherInstance(path, "first=aaaa", "other=bbbb"));
        QCOMPARE(settings.sync(), QSettings::NoError);
        QCOMPARE(settings->value(u"history/other"_s).toString(), u"bbbb"_s);
        QVERIFY(!settings->contains(u"history/first"_s));

        // And this process's next write keeps the other's change instead of writing its old copy.
        settings->setValue(u"history/mine"_s, u"cccc"_s);
        QCOMPARE(settings.sync(), QSettings::NoError);
        const QByteArray bytes = readAll(path);
        QVERIFY2(bytes.contains("other=bbbb") && bytes.contains("mine=cccc"), bytes.constData());
        QVERIFY2(!bytes.contains("first=aaaa"), bytes.constData());
    }

    void nothingIsWrittenOutsideSync()
    {
        const QString path = m_dir->filePath(u"settings.ini"_s);
        SharedSettings settings(SettingsLocation::iniFile(path));
        settings->setValue(u"form/name"_s, u"Weekly"_s);
        // QSettings would write by itself once events are processed, without the guard.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!readAll(path).contains("Weekly"));
        QCOMPARE(settings.sync(), QSettings::NoError);
        QVERIFY(readAll(path).contains("name=Weekly"));
    }

    void changesLeftAreWrittenWhenClosed()
    {
        const QString path = m_dir->filePath(u"settings.ini"_s);
        {
            SharedSettings settings(SettingsLocation::iniFile(path));
            settings->setValue(u"form/name"_s, u"Closing"_s);
        }
        QVERIFY(readAll(path).contains("name=Closing"));
        QVERIFY(QFile::exists(SharedSettings::guardFileName(path)));
    }

    void syncReportsThisSyncNotAnEarlierError()
    {
        // A folder that is a file at first: nothing can be written under it (even by root).
        const QString folder = m_dir->filePath(u"profile"_s);
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = folder + u"/settings.ini"_s;
        SharedSettings settings(SettingsLocation::iniFile(path));
        settings->setValue(u"form/name"_s, u"Kept"_s);
        QCOMPARE(settings.sync(), QSettings::AccessError);
        QCOMPARE(settings.sync(), QSettings::AccessError);

        // Once the folder can be made, the change that failed is written, and the sync says so.
        QVERIFY(QFile::remove(folder));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(settings.sync(), QSettings::NoError);
        QVERIFY2(readAll(path).contains("name=Kept"), readAll(path).constData());
        QCOMPARE(settings.sync(), QSettings::NoError);
    }
};

QTEST_GUILESS_MAIN(TestSharedSettings)
#include "test_sharedsettings.moc"
