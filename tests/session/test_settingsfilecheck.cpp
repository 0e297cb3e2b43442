// SettingsFileCheck on its own: a clean or missing file is quiet; a damaged one is reported once,
// with a byte-exact copy kept beside it, and stays quiet at the next start until the damage changes.

#include "store/SettingsFileCheck.h"
#include "store/SettingsLocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

class TestSettingsFileCheck final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"settings.ini"_s);
    }
    void cleanup() { m_dir.reset(); }

    void missingFileIsFine()
    {
        const SettingsFileCheck check = SettingsFileCheck::run(SettingsLocation::iniFile(m_path), now());
        QVERIFY(!check.damaged);
        QVERIFY(!check.shouldTell());
    }

    void cleanFileIsFineAndUntouched()
    {
        const QByteArray clean = "[api]\nversion=v7\n[general]\nlanguage=de\n";
        write(clean);
        const SettingsFileCheck check = SettingsFileCheck::run(SettingsLocation::iniFile(m_path), now());
        QVERIFY2(!check.damaged, qPrintable(check.problem));
        QCOMPARE(read(m_path), clean);
        QCOMPARE(backups().size(), 0);
    }

    void damageIsToldOnceWithAnExactCopy()
    {
        QByteArray damaged = "[api]\nversion=v7\n";
        static constexpr char kGarbage[] = "\xff\xfe\x00\x01garbage\x00\x02";
        damaged += QByteArray(kGarbage, sizeof kGarbage - 1); // embedded NULs: the length is given
        damaged += "\nlanguage=de\n";
        write(damaged);
        const SettingsFileCheck first = SettingsFileCheck::run(SettingsLocation::iniFile(m_path), now());
        QVERIFY(first.damaged);
        QVERIFY(first.shouldTell());
        QVERIFY(!first.problem.isEmpty());
        QVERIFY(!first.backupPath.isEmpty());
        QCOMPARE(read(first.backupPath), damaged); // the copy is the file as it was, byte for byte
        QCOMPARE(backups().size(), 1);

        // The next start is quiet (the damage was noted in the file, or the file rewritten without
        // it), and no second copy is made.
        const SettingsFileCheck again =
            SettingsFileCheck::run(SettingsLocation::iniFile(m_path), now().addSecs(60));
        QVERIFY(!again.shouldTell());
        QCOMPARE(backups().size(), 1);
    }

    void newDamageIsToldAgain()
    {
        static constexpr char kFirst[] = "[api]\n\x01\x02 one\n";
        write(QByteArray(kFirst, sizeof kFirst - 1));
        QVERIFY(SettingsFileCheck::run(SettingsLocation::iniFile(m_path), now()).shouldTell());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::Append));
        static constexpr char kSecond[] = "\n[other]\n\x03\x04 two\n";
        file.write(QByteArray(kSecond, sizeof kSecond - 1));
        file.close();
        const SettingsFileCheck later =
            SettingsFileCheck::run(SettingsLocation::iniFile(m_path), now().addSecs(60));
        QVERIFY(later.damaged);
        QVERIFY(later.shouldTell());
        QCOMPARE(backups().size(), 2);
    }

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()); }
    void write(const QByteArray& bytes) const
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QStringList backups() const
    {
        return QDir(m_dir->path()).entryList({u"settings.ini.damaged-*.bak"_s}, QDir::Files | QDir::Hidden);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestSettingsFileCheck)
#include "test_settingsfilecheck.moc"
