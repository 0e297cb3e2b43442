// A routine's relative range resolved on a given date with an injected clock, around the
// 2026-10-25 change from summer time (TZ=Europe/Berlin is set by ctest), and its JSON form.

#include "FakeClock.h"
#include "core/Routine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

QDateTime berlin(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Berlin"));
}

Routine weekly()
{
    Routine r;
    r.name = QStringLiteral("Weekly eight");
    r.sources = {{QStringLiteral("d1"), QStringLiteral("WAN"), {}, false},
                 {QStringLiteral("d2"), QStringLiteral("HTTP"), {}, false}};
    r.range = TimeRange::Preset::LastWeek;
    r.nameTemplate = QStringLiteral("{source} {from:yyyy-MM-dd}");
    r.aid = QStringLiteral("75");
    r.groupName = QStringLiteral("API Sandbox");
    r.apiVersion = ApiVersion::V7;
    return r;
}

} // namespace

class TestRoutine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(qgetenv("TZ"), QByteArray("Europe/Berlin")); }

    void yesterdayOverTheDstChangeIs25Hours()
    {
        Routine r = weekly();
        r.range = TimeRange::Preset::Yesterday;
        FakeClock clock(berlin(2026, 10, 26, 9, 30));
        const TimeRange range = r.resolveRange(clock);
        QCOMPARE(range.from.toUTC(), QDateTime(QDate(2026, 10, 24), QTime(22, 0), QTimeZone::utc()));
        QCOMPARE(range.to.toUTC(), QDateTime(QDate(2026, 10, 25), QTime(23, 0), QTimeZone::utc()));
        QCOMPARE(range.from.secsTo(range.to), 25 * 3600);
    }

    void lastWeekOverTheDstChangeStartsAndEndsAtLocalMidnight()
    {
        FakeClock clock(berlin(2026, 10, 28, 8, 0)); // a Wednesday
        const TimeRange range = weekly().resolveRange(clock);
        QCOMPARE(range.from.toLocalTime(), berlin(2026, 10, 19, 0));
        QCOMPARE(range.to.toLocalTime(), berlin(2026, 10, 26, 0));
        QCOMPARE(range.from.secsTo(range.to), 7 * 24 * 3600 + 3600);
        const BatchSpec spec = weekly().toBatchSpec(clock);
        QCOMPARE(spec.from, range.from);
        QCOMPARE(spec.requests().constFirst().displayName, QStringLiteral("WAN 2026-10-19"));
        QCOMPARE(spec.aid, QStringLiteral("75"));
    }

    void last24HoursInTheRepeatedHourEndsAtTheRightInstant()
    {
        // 02:30 happens twice on 2026-10-25; this is the second one (01:30 UTC).
        Routine r = weekly();
        r.range = TimeRange::Preset::Last24Hours;
        const QDateTime now(QDate(2026, 10, 25), QTime(1, 30, 40), QTimeZone::utc());
        FakeClock clock(now);
        const TimeRange range = r.resolveRange(clock);
        QCOMPARE(range.to.toUTC(), QDateTime(QDate(2026, 10, 25), QTime(1, 30), QTimeZone::utc()));
        QCOMPARE(range.from.secsTo(range.to), 24 * 3600);
    }

    void theSameRoutineMovesWithTheDate()
    {
        Routine r = weekly();
        r.range = TimeRange::Preset::Yesterday;
        FakeClock clock(berlin(2026, 10, 20, 12));
        const TimeRange before = r.resolveRange(clock);
        clock.advanceSecs(24 * 3600);
        const TimeRange after = r.resolveRange(clock);
        QCOMPARE(before.from.toLocalTime().date(), QDate(2026, 10, 19));
        QCOMPARE(after.from.toLocalTime().date(), QDate(2026, 10, 20));
    }

    void jsonRoundTrip()
    {
        const Routine r = weekly();
        const Parsed<Routine> back = Routine::fromJson(r.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.value, r);
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("name") << u"name"_s << QJsonValue(u""_s) << u"name"_s;
        QTest::newRow("sources") << u"sources"_s << QJsonValue(QJsonArray{}) << u"sources"_s;
        QTest::newRow("source id") << u"sources"_s << QJsonValue(QJsonArray{QJsonObject{{u"name"_s, u"x"_s}}})
                                   << u"id"_s;
        QTest::newRow("range") << u"range"_s << QJsonValue(u"someday"_s) << u"someday"_s;
        QTest::newRow("custom range") << u"range"_s << QJsonValue(u"custom"_s) << u"range"_s;
        QTest::newRow("template") << u"nameTemplate"_s << QJsonValue(7) << u"nameTemplate"_s;
        QTest::newRow("api") << u"apiVersion"_s << QJsonValue(u"v5"_s) << u"apiVersion"_s;
    }
    void badFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject json = weekly().toJson();
        json.insert(field, value);
        const Parsed<Routine> parsed = Routine::fromJson(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    }

    void tooManySources()
    {
        Routine r = weekly();
        r.sources.clear();
        for (int i = 0; i < Routine::kMaxSources; ++i)
            r.sources.append({QString::number(i), u"S%1"_s.arg(i), {}, false});
        const Parsed<Routine> atLimit = Routine::fromJson(r.toJson());
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.error));
        QCOMPARE(atLimit.value.sources.size(), Routine::kMaxSources);

        r.sources.append({u"one more"_s, u"One more"_s, {}, false});
        const Parsed<Routine> over = Routine::fromJson(r.toJson());
        QVERIFY(!over.ok());
        QVERIFY2(over.error.contains(u"Weekly eight"_s), qPrintable(over.error));
        QVERIFY2(over.error.contains(QString::number(Routine::kMaxSources + 1)), qPrintable(over.error));
        QVERIFY2(over.error.contains(QString::number(Routine::kMaxSources)), qPrintable(over.error));
    }

    // Ids written as JSON numbers (a hand-edited file, another tool) are kept digit for digit.
    void wholeNumberIdsAreKeptExactly_data()
    {
        QTest::addColumn<QJsonValue>("number");
        QTest::addColumn<QString>("text");
        QTest::newRow("1234") << QJsonValue(1234) << u"1234"_s;
        QTest::newRow("1e3") << QJsonValue(1e3) << u"1000"_s;
        QTest::newRow("zero") << QJsonValue(0) << u"0"_s;
        QTest::newRow("largest exact") << QJsonValue(9007199254740991.0) << u"9007199254740991"_s;
    }
    void wholeNumberIdsAreKeptExactly()
    {
        QFETCH(QJsonValue, number);
        QFETCH(QString, text);
        QJsonObject json = weekly().toJson();
        json.insert(u"sources"_s, QJsonArray{QJsonObject{{u"id"_s, number}, {u"name"_s, u"WAN"_s}}});
        json.insert(u"aid"_s, number);
        const Parsed<Routine> parsed = Routine::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.sources.constFirst().id, text);
        QCOMPARE(parsed.value.aid, text);
    }

    // toInteger() turned these into "0": a routine that silently runs against the wrong id.
    void badNumericIdsAreRefused_data()
    {
        QTest::addColumn<bool>("inSource");
        QTest::addColumn<QJsonValue>("number");
        QTest::addColumn<QString>("shown");
        for (const bool inSource : {true, false}) {
            const char* field = inSource ? "source id" : "aid";
            QTest::addRow("%s 1.5", field) << inSource << QJsonValue(1.5) << u"1.5"_s;
            QTest::addRow("%s 1e300", field) << inSource << QJsonValue(1e300) << u"1e+300"_s;
            QTest::addRow("%s -1", field) << inSource << QJsonValue(-1) << u"-1"_s;
            QTest::addRow("%s 2^53", field)
                << inSource << QJsonValue(9007199254740992.0) << u"9007199254740992"_s;
        }
    }
    void badNumericIdsAreRefused()
    {
        QFETCH(bool, inSource);
        QFETCH(QJsonValue, number);
        QFETCH(QString, shown);
        QJsonObject json = weekly().toJson();
        if (inSource)
            json.insert(u"sources"_s, QJsonArray{QJsonObject{{u"id"_s, u"d1"_s}},
                                                 QJsonObject{{u"id"_s, number}, {u"name"_s, u"HTTP"_s}}});
        else
            json.insert(u"aid"_s, number);
        const Parsed<Routine> parsed = Routine::fromJson(json);
        if (parsed.ok()) {
            const QString kept = inSource ? parsed.value.sources.at(1).id : parsed.value.aid;
            QFAIL(qPrintable(u"accepted as \""_s + kept + u'"'));
        }
        // The routine, the field and the value that is wrong, and what would be right.
        QVERIFY2(parsed.error.contains(u"Weekly eight"_s), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(inSource ? u"source 2"_s : u"\"aid\""_s), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(shown), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(u"whole number"_s), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(TestRoutine)
#include "test_routine.moc"
