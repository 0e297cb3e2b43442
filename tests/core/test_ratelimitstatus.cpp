// RateLimitStatus, retryAfter() and headerValue(): what the app believes about the server's rate
// limits decides whether it waits, paces or tells the user, so every header family and every
// malformed value a proxy might produce is covered.

#include "FakeClock.h"
#include "core/RateLimitStatus.h"

#include <QTest>

using namespace snapshotdesk;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());

HeaderList orgHeaders(const QByteArray& limit, const QByteArray& remaining, const QByteArray& reset)
{
    return {{"X-Organization-Rate-Limit-Limit", limit},
            {"X-Organization-Rate-Limit-Remaining", remaining},
            {"X-Organization-Rate-Limit-Reset", reset}};
}

HeaderList snapshotHeaders(const QByteArray& limit, const QByteArray& remaining, const QByteArray& reset)
{
    return {{"X-Dashboard-Snapshot-Rate-Limit-Limit", limit},
            {"X-Dashboard-Snapshot-Rate-Limit-Remaining", remaining},
            {"X-Dashboard-Snapshot-Rate-Limit-Reset", reset}};
}

QByteArray epoch(const QDateTime& at)
{
    return QByteArray::number(at.toSecsSinceEpoch());
}

} // namespace

class TestRateLimitStatus : public QObject
{
    Q_OBJECT

private slots:
    void organizationWindowFromSeedHeaders();
    void snapshotWindowUsesSecondsRemaining();
    void snapshotResetZeroMeansNow();
    void bothFamiliesTogether();
    void instantTestHeadersAreNotMistakenForOrganization();
    void headerNamesAreCaseInsensitive_data();
    void headerNamesAreCaseInsensitive();
    void malformedCountsLeaveWindowUnknown_data();
    void malformedCountsLeaveWindowUnknown();
    void malformedResetKeepsCountsButNoReset_data();
    void malformedResetKeepsCountsButNoReset();
    void remainingIsClampedToLimit();
    void organizationResetAsSecondsRemaining();
    void resetFarInTheFutureIsIgnored();
    void noHeadersIsEmpty();
    void mergeFromTakesOnlyKnownWindows();
    void retryAfterSeconds();
    void retryAfterHttpDate();
    void retryAfterHttpDateInLocalDstGap();
    void resetIsMovedOntoTheLocalClockByTheDateHeader_data();
    void resetIsMovedOntoTheLocalClockByTheDateHeader();
    void retryAfterDateIsMovedOntoTheLocalClock();
    void retryAfterMalformed_data();
    void retryAfterMalformed();
    void headerValueLookup();
};

void TestRateLimitStatus::organizationWindowFromSeedHeaders()
{
    // The seed's example answer.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1492076300, QTimeZone::utc());
    const RateLimitStatus status = RateLimitStatus::fromHeaders(orgHeaders("970", "968", "1492076340"), now);
    QCOMPARE(status.organization.limit, 970);
    QCOMPARE(status.organization.remaining, 968);
    QCOMPARE(status.organization.reset, QDateTime::fromSecsSinceEpoch(1492076340, QTimeZone::utc()));
    QVERIFY(status.organization.isKnown());
    QVERIFY(!status.organization.isExhausted());
    QVERIFY(!status.snapshotCreation.isKnown());
    QVERIFY(!status.isEmpty());
}

void TestRateLimitStatus::snapshotWindowUsesSecondsRemaining()
{
    const RateLimitStatus status = RateLimitStatus::fromHeaders(snapshotHeaders("100", "0", "160"), kNow);
    QCOMPARE(status.snapshotCreation.limit, 100);
    QCOMPARE(status.snapshotCreation.remaining, 0);
    QVERIFY(status.snapshotCreation.isExhausted());
    QCOMPARE(status.snapshotCreation.reset, kNow.addSecs(160));
    QCOMPARE(status.snapshotCreation.reset.timeSpec(), Qt::UTC);
    QVERIFY(!status.organization.isKnown());
}

void TestRateLimitStatus::snapshotResetZeroMeansNow()
{
    const RateLimitStatus status = RateLimitStatus::fromHeaders(snapshotHeaders("100", "99", "0"), kNow);
    QCOMPARE(status.snapshotCreation.reset, kNow);
}

void TestRateLimitStatus::bothFamiliesTogether()
{
    HeaderList headers = orgHeaders("240", "12", epoch(kNow.addSecs(40)));
    headers += snapshotHeaders("100", "7", "1800");
    const RateLimitStatus status = RateLimitStatus::fromHeaders(headers, kNow);
    QCOMPARE(status.organization.limit, 240);
    QCOMPARE(status.organization.remaining, 12);
    QCOMPARE(status.organization.reset, kNow.addSecs(40));
    QCOMPARE(status.snapshotCreation.limit, 100);
    QCOMPARE(status.snapshotCreation.remaining, 7);
    QCOMPARE(status.snapshotCreation.reset, kNow.addSecs(1800));
}

void TestRateLimitStatus::instantTestHeadersAreNotMistakenForOrganization()
{
    const HeaderList headers{{"X-Instant-Test-Rate-Limit-Limit", "24"},
                             {"X-Instant-Test-Rate-Limit-Remaining", "0"},
                             {"X-Instant-Test-Rate-Limit-Reset", epoch(kNow.addSecs(30))}};
    const RateLimitStatus status = RateLimitStatus::fromHeaders(headers, kNow);
    QVERIFY(status.isEmpty());
}

void TestRateLimitStatus::headerNamesAreCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("lower") << QByteArray("x-organization-rate-limit-");
    QTest::newRow("upper") << QByteArray("X-ORGANIZATION-RATE-LIMIT-");
    QTest::newRow("mixed") << QByteArray("x-Organization-RATE-limit-");
}

void TestRateLimitStatus::headerNamesAreCaseInsensitive()
{
    QFETCH(QByteArray, prefix);
    const HeaderList headers{{prefix + "limit", "600"},
                             {prefix + "REMAINING", "0"},
                             {prefix + "Reset", epoch(kNow.addSecs(20))},
                             {"x-dashboard-snapshot-rate-limit-limit", "100"},
                             {"X-DASHBOARD-SNAPSHOT-RATE-LIMIT-REMAINING", "3"},
                             {"x-dashboard-snapshot-rate-limit-RESET", "60"}};
    const RateLimitStatus status = RateLimitStatus::fromHeaders(headers, kNow);
    QCOMPARE(status.organization.limit, 600);
    QCOMPARE(status.organization.remaining, 0);
    QCOMPARE(status.organization.reset, kNow.addSecs(20));
    QCOMPARE(status.snapshotCreation.remaining, 3);
    QCOMPARE(status.snapshotCreation.reset, kNow.addSecs(60));
}

void TestRateLimitStatus::malformedCountsLeaveWindowUnknown_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<QByteArray>("remaining");
    QTest::newRow("text") << QByteArray("lots") << QByteArray("5");
    QTest::newRow("negative") << QByteArray("240") << QByteArray("-1");
    QTest::newRow("empty") << QByteArray("") << QByteArray("5");
    QTest::newRow("trailing garbage") << QByteArray("240abc") << QByteArray("5");
    QTest::newRow("fraction") << QByteArray("240") << QByteArray("2.5");
    QTest::newRow("overflow") << QByteArray("99999999999999999999999") << QByteArray("5");
    QTest::newRow("absurdly large") << QByteArray("5000000000") << QByteArray("5");
    QTest::newRow("hex") << QByteArray("0xF0") << QByteArray("5");
}

void TestRateLimitStatus::malformedCountsLeaveWindowUnknown()
{
    QFETCH(QByteArray, limit);
    QFETCH(QByteArray, remaining);
    const RateLimitStatus org = RateLimitStatus::fromHeaders(orgHeaders(limit, remaining, epoch(kNow)), kNow);
    QVERIFY(!org.organization.isKnown());
    QCOMPARE(org.organization, RateLimitWindow());
    QVERIFY(org.isEmpty());
    const RateLimitStatus snap = RateLimitStatus::fromHeaders(snapshotHeaders(limit, remaining, "10"), kNow);
    QCOMPARE(snap.snapshotCreation, RateLimitWindow());
}

void TestRateLimitStatus::malformedResetKeepsCountsButNoReset_data()
{
    QTest::addColumn<QByteArray>("reset");
    QTest::newRow("text") << QByteArray("soon");
    QTest::newRow("negative") << QByteArray("-30");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("date") << QByteArray("Mon, 15 Jun 2026 12:01:00 GMT");
}

void TestRateLimitStatus::malformedResetKeepsCountsButNoReset()
{
    QFETCH(QByteArray, reset);
    const RateLimitStatus status = RateLimitStatus::fromHeaders(orgHeaders("240", "0", reset), kNow);
    QCOMPARE(status.organization.limit, 240);
    QCOMPARE(status.organization.remaining, 0);
    QVERIFY(!status.organization.reset.isValid());
}

void TestRateLimitStatus::remainingIsClampedToLimit()
{
    const RateLimitStatus status = RateLimitStatus::fromHeaders(orgHeaders("240", "9999", epoch(kNow)), kNow);
    QCOMPARE(status.organization.remaining, 240);
}

void TestRateLimitStatus::organizationResetAsSecondsRemaining()
{
    // Some proxies send the organisation reset as seconds remaining: a small number is not 1970.
    const RateLimitStatus status = RateLimitStatus::fromHeaders(orgHeaders("240", "0", "45"), kNow);
    QCOMPARE(status.organization.reset, kNow.addSecs(45));
    // And a value with surrounding blanks is still a number.
    const RateLimitStatus spaced = RateLimitStatus::fromHeaders(orgHeaders(" 240 ", " 3 ", " 45 "), kNow);
    QCOMPARE(spaced.organization.remaining, 3);
    QCOMPARE(spaced.organization.reset, kNow.addSecs(45));
}

void TestRateLimitStatus::resetFarInTheFutureIsIgnored()
{
    const RateLimitStatus org =
        RateLimitStatus::fromHeaders(orgHeaders("240", "0", epoch(kNow.addDays(30))), kNow);
    QVERIFY(org.organization.isKnown());
    QVERIFY(!org.organization.reset.isValid());
    const RateLimitStatus snap = RateLimitStatus::fromHeaders(snapshotHeaders("100", "0", "99999999"), kNow);
    QVERIFY(snap.snapshotCreation.isKnown());
    QVERIFY(!snap.snapshotCreation.reset.isValid());
    // A week is still believed.
    const RateLimitStatus week =
        RateLimitStatus::fromHeaders(orgHeaders("240", "0", epoch(kNow.addDays(7))), kNow);
    QCOMPARE(week.organization.reset, kNow.addDays(7));
}

void TestRateLimitStatus::noHeadersIsEmpty()
{
    const RateLimitStatus status =
        RateLimitStatus::fromHeaders({{"Content-Type", "application/json"}, {"Server", "nginx"}}, kNow);
    QVERIFY(status.isEmpty());
    QCOMPARE(status, RateLimitStatus());
    // One count alone is not a window.
    const RateLimitStatus half =
        RateLimitStatus::fromHeaders({{"X-Organization-Rate-Limit-Remaining", "5"}}, kNow);
    QVERIFY(half.isEmpty());
}

void TestRateLimitStatus::mergeFromTakesOnlyKnownWindows()
{
    HeaderList both = orgHeaders("240", "100", epoch(kNow.addSecs(30)));
    both += snapshotHeaders("100", "50", "600");
    RateLimitStatus status = RateLimitStatus::fromHeaders(both, kNow);

    // A v7 list answer: only the organisation window.
    status.mergeFrom(RateLimitStatus::fromHeaders(orgHeaders("240", "99", epoch(kNow.addSecs(30))), kNow));
    QCOMPARE(status.organization.remaining, 99);
    QCOMPARE(status.snapshotCreation.remaining, 50);
    QCOMPARE(status.snapshotCreation.reset, kNow.addSecs(600));

    // An answer without headers changes nothing.
    const RateLimitStatus before = status;
    status.mergeFrom(RateLimitStatus());
    QCOMPARE(status, before);

    // A snapshot-only update keeps the organisation window.
    status.mergeFrom(RateLimitStatus::fromHeaders(snapshotHeaders("100", "49", "590"), kNow));
    QCOMPARE(status.organization.remaining, 99);
    QCOMPARE(status.snapshotCreation.remaining, 49);
}

void TestRateLimitStatus::retryAfterSeconds()
{
    QCOMPARE(retryAfter({{"Retry-After", "120"}}, kNow), std::optional(kNow.addSecs(120)));
    QCOMPARE(retryAfter({{"retry-after", " 5 "}}, kNow), std::optional(kNow.addSecs(5)));
    QCOMPARE(retryAfter({{"RETRY-AFTER", "0"}}, kNow), std::optional(kNow));
    QCOMPARE(retryAfter({{"Retry-After", "120"}}, kNow)->timeSpec(), Qt::UTC);
}

void TestRateLimitStatus::retryAfterHttpDate()
{
    const auto at = retryAfter({{"Retry-After", "Mon, 15 Jun 2026 12:03:20 GMT"}}, kNow);
    QVERIFY(at.has_value());
    QCOMPARE(*at, QDateTime(QDate(2026, 6, 15), QTime(12, 3, 20), QTimeZone::utc()));
    QCOMPARE(kNow.secsTo(*at), 200);
    // A date in the past is still a date: the caller retries at once.
    const auto past = retryAfter({{"Retry-After", "Mon, 15 Jun 2026 11:00:00 GMT"}}, kNow);
    QVERIFY(past.has_value());
    QCOMPARE(*past, kNow.addSecs(-3600));
}

void TestRateLimitStatus::resetIsMovedOntoTheLocalClockByTheDateHeader_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<int>("serverAheadSeconds"); // the server's clock minus ours
    // The reset is 40 s after the server's own "now": 40 s from ours, whatever ours says.
    QTest::newRow("local clock 2 min fast") << QByteArray("Mon, 15 Jun 2026 11:58:00 GMT") << -120;
    QTest::newRow("local clock 5 min slow") << QByteArray("Mon, 15 Jun 2026 12:05:00 GMT") << 300;
    QTest::newRow("clocks agree") << QByteArray("Mon, 15 Jun 2026 12:00:00 GMT") << 0;
    // Whole seconds in Date and the time the answer took: a second apart is no skew.
    QTest::newRow("a second apart") << QByteArray("Mon, 15 Jun 2026 12:00:01 GMT") << 0;
    QTest::newRow("no Date") << QByteArray() << 0;
    QTest::newRow("malformed Date") << QByteArray("yesterday") << 0;
}

void TestRateLimitStatus::resetIsMovedOntoTheLocalClockByTheDateHeader()
{
    QFETCH(QByteArray, date);
    QFETCH(int, serverAheadSeconds);
    HeaderList headers = orgHeaders("240", "0", epoch(kNow.addSecs(serverAheadSeconds + 40)));
    if (!date.isEmpty())
        headers.append({"Date", date});
    const RateLimitStatus status = RateLimitStatus::fromHeaders(headers, kNow);
    QVERIFY(status.organization.reset.isValid());
    QCOMPARE(kNow.secsTo(status.organization.reset), 40);
}

void TestRateLimitStatus::retryAfterDateIsMovedOntoTheLocalClock()
{
    // The server says "retry at 12:03:20" when its clock reads 12:03:00; ours reads 12:00:00.
    const auto at = retryAfter(
        {{"Retry-After", "Mon, 15 Jun 2026 12:03:20 GMT"}, {"Date", "Mon, 15 Jun 2026 12:03:00 GMT"}}, kNow);
    QVERIFY(at.has_value());
    QCOMPARE(kNow.secsTo(*at), 20);
    // Delta-seconds are relative and need no correction.
    const auto delta = retryAfter({{"Retry-After", "20"}, {"Date", "Mon, 15 Jun 2026 12:03:00 GMT"}}, kNow);
    QCOMPARE(kNow.secsTo(*delta), 20);
}

void TestRateLimitStatus::retryAfterHttpDateInLocalDstGap()
{
    // 02:30 does not exist in Berlin on 2026-03-29 (the tests run with TZ=Europe/Berlin), but it is
    // a perfectly good time in GMT.
    const QDateTime now(QDate(2026, 3, 29), QTime(2, 29), QTimeZone::utc());
    const auto at = retryAfter({{"Retry-After", "Sun, 29 Mar 2026 02:30:00 GMT"}}, now);
    QVERIFY(at.has_value());
    QCOMPARE(*at, QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone::utc()));
}

void TestRateLimitStatus::retryAfterMalformed_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::newRow("absent") << HeaderList{{"Content-Type", "text/plain"}};
    QTest::newRow("empty") << HeaderList{{"Retry-After", ""}};
    QTest::newRow("word") << HeaderList{{"Retry-After", "later"}};
    QTest::newRow("negative") << HeaderList{{"Retry-After", "-10"}};
    QTest::newRow("fraction") << HeaderList{{"Retry-After", "1.5"}};
    QTest::newRow("far away") << HeaderList{{"Retry-After", "31536000"}};
    QTest::newRow("date without GMT") << HeaderList{{"Retry-After", "Mon, 15 Jun 2026 12:03:20"}};
    QTest::newRow("date nonsense") << HeaderList{{"Retry-After", "Xyz, 99 Foo 2026 99:03:20 GMT"}};
    QTest::newRow("date far away") << HeaderList{{"Retry-After", "Tue, 15 Jun 2027 12:00:00 GMT"}};
}

void TestRateLimitStatus::retryAfterMalformed()
{
    QFETCH(HeaderList, headers);
    QCOMPARE(retryAfter(headers, kNow), std::nullopt);
}

void TestRateLimitStatus::headerValueLookup()
{
    const HeaderList headers{{"Location", "https://a/"}, {"X-Thing", "1"}, {"x-thing", "2"}};
    QCOMPARE(headerValue(headers, "location"), QByteArray("https://a/"));
    QCOMPARE(headerValue(headers, "X-THING"), QByteArray("1")); // the first one wins
    QVERIFY(headerValue(headers, "Missing").isNull());
}

QTEST_GUILESS_MAIN(TestRateLimitStatus)
#include "test_ratelimitstatus.moc"
