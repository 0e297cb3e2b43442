// TimeRange presets, computed in the user's zone (Europe/Berlin here): "yesterday" and "last week"
// run from local midnight to local midnight, also across a DST change, rolling ranges end at the
// current whole minute and never in the future, and preset keys survive a round trip.

#include "FakeClock.h"
#include "core/TimeRange.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Preset = TimeRange::Preset;

Q_DECLARE_METATYPE(snapshotdesk::TimeRange::Preset)

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), QTimeZone::utc());
}

QString describe(const TimeRange& range)
{
    return range.from.toUTC().toString(Qt::ISODate) + u" – "_s + range.to.toUTC().toString(Qt::ISODate);
}

} // namespace

class TestTimeRange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void presetsListed();
    void keyRoundTrip();
    void unknownKeyFallsBack();
    void labelsDistinct();
    void rollingPresets_data();
    void rollingPresets();
    void rollingNeverInFuture_data();
    void rollingNeverInFuture();
    void last7DaysAcrossDst();
    void yesterday_data();
    void yesterday();
    void lastWeek_data();
    void lastWeek();
    void anyZoneSameResult();
    void customIsEmpty();
};

void TestTimeRange::initTestCase()
{
    // ctest sets TZ too; this keeps the test right when run by hand.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const QDateTime summer = utc(2026, 6, 15, 12, 0).toLocalTime();
    QCOMPARE(summer.offsetFromUtc(), 2 * 3600);
    QCOMPARE(utc(2026, 12, 15, 12, 0).toLocalTime().offsetFromUtc(), 3600);
}

void TestTimeRange::presetsListed()
{
    const QList<Preset> presets = TimeRange::presets();
    QCOMPARE(presets.size(), 7);
    QCOMPARE(QSet<Preset>(presets.cbegin(), presets.cend()).size(), 7);
    QCOMPARE(presets.constLast(), Preset::Custom);
}

void TestTimeRange::keyRoundTrip()
{
    QSet<QString> keys;
    for (const Preset preset : TimeRange::presets()) {
        const QString key = TimeRange::key(preset);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        // Whatever the fallback, a known key gives its preset back.
        QCOMPARE(TimeRange::fromKey(key), preset);
        QCOMPARE(TimeRange::fromKey(key, Preset::LastWeek), preset);
    }
    // The names the settings file holds.
    QCOMPARE(TimeRange::key(Preset::Last24Hours), u"last24Hours"_s);
    QCOMPARE(TimeRange::key(Preset::LastWeek), u"lastWeek"_s);
    QCOMPARE(TimeRange::key(Preset::Custom), u"custom"_s);
}

void TestTimeRange::unknownKeyFallsBack()
{
    QCOMPARE(TimeRange::fromKey(u"nextWeek"_s), Preset::Last24Hours);
    QCOMPARE(TimeRange::fromKey(QString()), Preset::Last24Hours);
    QCOMPARE(TimeRange::fromKey(u"LASTWEEK"_s, Preset::Yesterday), Preset::Yesterday);
}

void TestTimeRange::labelsDistinct()
{
    QSet<QString> labels;
    for (const Preset preset : TimeRange::presets()) {
        const QString label = TimeRange::label(preset);
        QVERIFY(!label.isEmpty());
        labels.insert(label);
    }
    QCOMPARE(labels.size(), TimeRange::presets().size());
}

void TestTimeRange::rollingPresets_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QDateTime>("from");
    // now: Wednesday 2026-06-17 14:34:56.789 in Berlin (CEST); the range ends at 14:34:00.
    QTest::newRow("last hour") << Preset::LastHour << utc(2026, 6, 17, 11, 34);
    QTest::newRow("last 24 hours") << Preset::Last24Hours << utc(2026, 6, 16, 12, 34);
    QTest::newRow("last 7 days") << Preset::Last7Days << utc(2026, 6, 10, 12, 34);
    QTest::newRow("last 30 days") << Preset::Last30Days << utc(2026, 5, 18, 12, 34);
}

void TestTimeRange::rollingPresets()
{
    QFETCH(Preset, preset);
    QFETCH(QDateTime, from);
    const QDateTime now = utc(2026, 6, 17, 12, 34, 56, 789);
    const TimeRange range = TimeRange::forPreset(preset, now);
    QCOMPARE(range.to, utc(2026, 6, 17, 12, 34));
    QCOMPARE(range.from, from);
}

void TestTimeRange::rollingNeverInFuture_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("whole minute") << utc(2026, 6, 17, 12, 34);
    QTest::newRow("last millisecond of a minute") << utc(2026, 6, 17, 12, 34, 59, 999);
    QTest::newRow("just before midnight") << utc(2026, 12, 31, 22, 59, 59, 500);
    QTest::newRow("spring forward, just after") << utc(2026, 3, 29, 1, 0, 30);
    QTest::newRow("spring forward, just before") << utc(2026, 3, 29, 0, 59, 30);
    // 02:30:45 local happens twice on 2026-10-25: first in CEST, then in CET.
    QTest::newRow("fall back, first 02:30") << utc(2026, 10, 25, 0, 30, 45);
    QTest::newRow("fall back, second 02:30") << utc(2026, 10, 25, 1, 30, 45);
    QTest::newRow("fall back, last minute of the repeated hour") << utc(2026, 10, 25, 1, 59, 59, 999);
    QTest::newRow("default fake clock") << FakeClock::defaultStart();
}

void TestTimeRange::rollingNeverInFuture()
{
    QFETCH(QDateTime, now);
    const QDateTime minute = now.addMSecs(-(now.toMSecsSinceEpoch() % 60'000));
    for (const Preset preset :
         {Preset::LastHour, Preset::Last24Hours, Preset::Last7Days, Preset::Last30Days}) {
        const TimeRange range = TimeRange::forPreset(preset, now);
        const QByteArray what = TimeRange::key(preset).toUtf8() + ": " + describe(range).toUtf8();
        QVERIFY2(range.from.isValid() && range.to.isValid(), what.constData());
        QVERIFY2(range.to <= now, what.constData());
        // The current minute, seconds dropped: not an hour early either.
        QVERIFY2(range.to == minute, what.constData());
        QCOMPARE(range.to.time().second(), 0);
        QCOMPARE(range.to.time().msec(), 0);
        QVERIFY2(range.from < range.to, what.constData());
    }
    QCOMPARE(TimeRange::forPreset(Preset::LastHour, now).from, minute.addSecs(-3600));
    QCOMPARE(TimeRange::forPreset(Preset::Last24Hours, now).from, minute.addSecs(-24 * 3600));
}

void TestTimeRange::last7DaysAcrossDst()
{
    // Wednesday 2026-10-28 12:00 CET: seven calendar days back is 12:00 CEST, 169 hours earlier.
    const TimeRange range = TimeRange::forPreset(Preset::Last7Days, utc(2026, 10, 28, 11, 0, 20));
    QCOMPARE(range.to, utc(2026, 10, 28, 11, 0));
    QCOMPARE(range.from, utc(2026, 10, 21, 10, 0));
    QCOMPARE(range.from.toLocalTime().time(), QTime(12, 0));
    // The 24-hour preset stays 24 real hours across the change.
    const TimeRange day = TimeRange::forPreset(Preset::Last24Hours, utc(2026, 10, 25, 11, 0));
    QCOMPARE(day.from.secsTo(day.to), 24 * 3600);
}

void TestTimeRange::yesterday_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("hours");
    QTest::newRow("summer") << utc(2026, 6, 17, 12, 34, 56) << utc(2026, 6, 15, 22, 0)
                            << utc(2026, 6, 16, 22, 0) << qint64(24);
    // 2026-10-25 has 25 hours in Berlin: from 00:00 CEST to 00:00 CET.
    QTest::newRow("the day clocks went back")
        << utc(2026, 10, 26, 9, 0) << utc(2026, 10, 24, 22, 0) << utc(2026, 10, 25, 23, 0) << qint64(25);
    // Just after local midnight (still the previous day in UTC).
    QTest::newRow("00:30 local") << utc(2026, 10, 25, 23, 30) << utc(2026, 10, 24, 22, 0)
                                 << utc(2026, 10, 25, 23, 0) << qint64(25);
    // 2026-03-29 has 23 hours.
    QTest::newRow("the day clocks went forward")
        << utc(2026, 3, 30, 8, 0) << utc(2026, 3, 28, 23, 0) << utc(2026, 3, 29, 22, 0) << qint64(23);
}

void TestTimeRange::yesterday()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, hours);
    const TimeRange range = TimeRange::forPreset(Preset::Yesterday, now);
    QVERIFY2(range.from == from && range.to == to, qPrintable(describe(range)));
    QCOMPARE(range.from.secsTo(range.to), hours * 3600);
    QCOMPARE(range.from.toLocalTime().time(), QTime(0, 0));
    QCOMPARE(range.to.toLocalTime().time(), QTime(0, 0));
    QVERIFY(range.to <= now);
}

void TestTimeRange::lastWeek_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<Qt::DayOfWeek>("firstDay");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("hours");
    // Wednesday 2026-06-17.
    QTest::newRow("summer, Monday") << utc(2026, 6, 17, 12, 0) << Qt::Monday << utc(2026, 6, 7, 22, 0)
                                    << utc(2026, 6, 14, 22, 0) << qint64(168);
    QTest::newRow("summer, Sunday") << utc(2026, 6, 17, 12, 0) << Qt::Sunday << utc(2026, 6, 6, 22, 0)
                                    << utc(2026, 6, 13, 22, 0) << qint64(168);
    // Tuesday 2026-10-27: Monday weeks put the DST change (Sunday 25th) into last week.
    QTest::newRow("DST, Monday") << utc(2026, 10, 27, 9, 0) << Qt::Monday << utc(2026, 10, 18, 22, 0)
                                 << utc(2026, 10, 25, 23, 0) << qint64(169);
    // ... Sunday weeks start on the 25th itself, so last week is an ordinary one.
    QTest::newRow("DST, Sunday") << utc(2026, 10, 27, 9, 0) << Qt::Sunday << utc(2026, 10, 17, 22, 0)
                                 << utc(2026, 10, 24, 22, 0) << qint64(168);
    // Sunday 2026-11-01: with Sunday weeks, last week is 25 Oct – 1 Nov, 169 hours.
    QTest::newRow("DST, Sunday, on a Sunday")
        << utc(2026, 11, 1, 10, 0) << Qt::Sunday << utc(2026, 10, 24, 22, 0) << utc(2026, 10, 31, 23, 0)
        << qint64(169);
    // On the first day of the week itself (Monday 2026-10-26, 00:30 CET).
    QTest::newRow("on a Monday just after midnight")
        << utc(2026, 10, 25, 23, 30) << Qt::Monday << utc(2026, 10, 18, 22, 0) << utc(2026, 10, 25, 23, 0)
        << qint64(169);
    QTest::newRow("Saturday weeks") << utc(2026, 6, 17, 12, 0) << Qt::Saturday << utc(2026, 6, 5, 22, 0)
                                    << utc(2026, 6, 12, 22, 0) << qint64(168);
}

void TestTimeRange::lastWeek()
{
    QFETCH(QDateTime, now);
    QFETCH(Qt::DayOfWeek, firstDay);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, hours);
    const TimeRange range = TimeRange::forPreset(Preset::LastWeek, now, firstDay);
    QVERIFY2(range.from == from && range.to == to, qPrintable(describe(range)));
    QCOMPARE(range.from.secsTo(range.to), hours * 3600);
    QCOMPARE(range.from.toLocalTime().date().dayOfWeek(), int(firstDay));
    QCOMPARE(range.to.toLocalTime().date().dayOfWeek(), int(firstDay));
    QCOMPARE(range.from.toLocalTime().time(), QTime(0, 0));
    QCOMPARE(range.to.toLocalTime().time(), QTime(0, 0));
    QVERIFY(range.to <= now);
}

void TestTimeRange::anyZoneSameResult()
{
    // The same instant given in another zone gives the same (Berlin) range.
    const QDateTime inUtc = utc(2026, 10, 26, 9, 15, 30);
    const QDateTime inNewYork = inUtc.toTimeZone(QTimeZone("America/New_York"));
    const QDateTime inOffset = inUtc.toOffsetFromUtc(5 * 3600 + 1800);
    for (const Preset preset : TimeRange::presets()) {
        const TimeRange expected = TimeRange::forPreset(preset, inUtc);
        for (const QDateTime& now : {inNewYork, inOffset}) {
            const TimeRange range = TimeRange::forPreset(preset, now);
            QVERIFY2(range.from == expected.from && range.to == expected.to,
                     qPrintable(TimeRange::key(preset) + u": "_s + describe(range)));
        }
    }
}

void TestTimeRange::customIsEmpty()
{
    const TimeRange range = TimeRange::forPreset(Preset::Custom, utc(2026, 6, 17, 12, 0));
    QVERIFY(!range.from.isValid());
    QVERIFY(!range.to.isValid());
}

QTEST_GUILESS_MAIN(TestTimeRange)
#include "test_timerange.moc"
