// SnapshotRequest: what a person typed is checked before anything is sent (each rule tied to the
// field to correct), and what is sent is exactly the documented body, in UTC, whatever zone the
// times were picked in.

#include "FakeClock.h"
#include "core/SnapshotRequest.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Field = ValidationIssue::Field;
using Severity = ValidationIssue::Severity;

Q_DECLARE_METATYPE(snapshotdesk::ApiVersion)

namespace {

const QDateTime kNow = FakeClock::defaultStart();

SnapshotRequest validRequest()
{
    SnapshotRequest request;
    request.displayName = u"Weekly WAN review"_s;
    request.sourceId = u"123"_s;
    request.sourceName = u"WAN"_s;
    request.from = kNow.addDays(-1);
    request.to = kNow.addSecs(-3600);
    return request;
}

int countIssues(const QList<ValidationIssue>& issues, Field field, Severity severity)
{
    return static_cast<int>(std::count_if(issues.cbegin(), issues.cend(), [&](const ValidationIssue& i) {
        return i.field == field && i.severity == severity;
    }));
}

QString describe(const QList<ValidationIssue>& issues)
{
    QStringList parts;
    for (const ValidationIssue& issue : issues)
        parts << QString::number(static_cast<int>(issue.field)) + u':' + issue.message;
    return parts.join(u" | "_s);
}

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

} // namespace

class TestSnapshotRequest : public QObject
{
    Q_OBJECT

private slots:
    void validRequestHasNoIssues_data();
    void validRequestHasNoIssues();
    void blankName_data();
    void blankName();
    void nameLength();
    void controlCharactersInTheName_data();
    void controlCharactersInTheName();
    void fitDisplayNameKeepsCharactersWhole();
    void noSource_data();
    void noSource();
    void missingTimes();
    void fromNotBeforeTo_data();
    void fromNotBeforeTo();
    void futureEndBeyondSkew();
    void futureEndWithinSkew();
    void longRangeIsOnlyAWarning();
    void exactly93DaysIsFine();
    void expirationDate_data();
    void expirationDate();
    void expirationMessageSaysTheLatestDate();
    void expirationIgnoredOnV6();
    void timezone_data();
    void timezone();
    void messagesAreDistinctAndNonEmpty();
    void v6JsonMatchesSeed();
    void v6JsonExactFields();
    void v7JsonMinimal();
    void v7JsonWithOptionalFields();
    void berlinTimesAcrossDstChangeV6();
    void berlinTimesAcrossDstChangeV7();
    void formatFunctions();
};

void TestSnapshotRequest::validRequestHasNoIssues_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::newRow("v6") << ApiVersion::V6;
    QTest::newRow("v7") << ApiVersion::V7;
}

void TestSnapshotRequest::validRequestHasNoIssues()
{
    QFETCH(ApiVersion, version);
    const SnapshotRequest request = validRequest();
    QVERIFY2(request.validate(version, kNow).isEmpty(),
             qPrintable(describe(request.validate(version, kNow))));
    QVERIFY(request.isSendable(version, kNow));
}

void TestSnapshotRequest::blankName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tabs and newlines") << u"\t\n \r"_s;
}

void TestSnapshotRequest::blankName()
{
    QFETCH(QString, name);
    SnapshotRequest request = validRequest();
    request.displayName = name;
    const auto issues = request.validate(ApiVersion::V7, kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::DisplayName);
    QCOMPARE(issues.first().severity, Severity::Error);
    QVERIFY2(issues.first().message.startsWith(u"Enter a name"_s), qPrintable(issues.first().message));
    QVERIFY(!request.isSendable(ApiVersion::V7, kNow));
    request.acknowledgeWarnings = true; // errors cannot be acknowledged away
    QVERIFY(!request.isSendable(ApiVersion::V7, kNow));
}

void TestSnapshotRequest::nameLength()
{
    SnapshotRequest request = validRequest();
    request.displayName = QString(SnapshotRequest::kMaxDisplayNameLength, u'n');
    QVERIFY(request.validate(ApiVersion::V6, kNow).isEmpty());
    // Surrounding blanks do not count: they are not sent.
    request.displayName = u"  "_s + QString(SnapshotRequest::kMaxDisplayNameLength, u'n') + u"  "_s;
    QVERIFY(request.validate(ApiVersion::V6, kNow).isEmpty());

    request.displayName = QString(SnapshotRequest::kMaxDisplayNameLength + 1, u'n');
    const auto issues = request.validate(ApiVersion::V6, kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::DisplayName);
    QCOMPARE(issues.first().severity, Severity::Error);
    QVERIFY2(issues.first().message.contains(u"255"_s), qPrintable(issues.first().message));
}

void TestSnapshotRequest::controlCharactersInTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("tab") << u"Weekly\tWAN"_s;
    QTest::newRow("line break") << u"Weekly\nWAN"_s;
    QTest::newRow("escape") << u"Weekly\x1b[2JWAN"_s;
    QTest::newRow("delete") << u"Weekly\x7fWAN"_s;
}

void TestSnapshotRequest::controlCharactersInTheName()
{
    QFETCH(QString, name);
    SnapshotRequest request = validRequest();
    request.displayName = name;
    const auto issues = request.validate(ApiVersion::V7, kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::DisplayName);
    QCOMPARE(issues.first().severity, Severity::Error);
    QVERIFY2(issues.first().message.contains(u"control character"_s), qPrintable(issues.first().message));
    request.displayName = u"Weekly WAN — Zürich 東京 🙂"_s; // not controls
    QVERIFY(request.validate(ApiVersion::V7, kNow).isEmpty());
}

void TestSnapshotRequest::fitDisplayNameKeepsCharactersWhole()
{
    const QString emoji = u"🙂"_s; // two UTF-16 code units
    QCOMPARE(emoji.size(), 2);
    const QString name = QString(SnapshotRequest::kMaxDisplayNameLength - 1, u'n') + emoji + u"tail"_s;
    const QString fitted = SnapshotRequest::fitDisplayName(name);
    QCOMPARE(fitted, QString(SnapshotRequest::kMaxDisplayNameLength - 1, u'n'));
    QVERIFY(!fitted.back().isHighSurrogate());
    const QString exact = QString(SnapshotRequest::kMaxDisplayNameLength - 2, u'n') + emoji + u"tail"_s;
    QCOMPARE(SnapshotRequest::fitDisplayName(exact),
             QString(SnapshotRequest::kMaxDisplayNameLength - 2, u'n') + emoji);
    QCOMPARE(SnapshotRequest::fitDisplayName(u"short"_s), u"short"_s);
}

void TestSnapshotRequest::noSource_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<QString>("sourceId");
    QTest::addColumn<QString>("word");
    QTest::newRow("v6 empty") << ApiVersion::V6 << QString() << u"report"_s;
    QTest::newRow("v6 blank") << ApiVersion::V6 << u"  "_s << u"report"_s;
    QTest::newRow("v7 empty") << ApiVersion::V7 << QString() << u"dashboard"_s;
    QTest::newRow("v7 blank") << ApiVersion::V7 << u" \t"_s << u"dashboard"_s;
}

void TestSnapshotRequest::noSource()
{
    QFETCH(ApiVersion, version);
    QFETCH(QString, sourceId);
    QFETCH(QString, word);
    SnapshotRequest request = validRequest();
    request.sourceId = sourceId;
    const auto issues = request.validate(version, kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::Source);
    QCOMPARE(issues.first().severity, Severity::Error);
    QVERIFY2(issues.first().message.contains(word), qPrintable(issues.first().message));
    const QString other = word == u"report" ? u"dashboard"_s : u"report"_s;
    QVERIFY(!issues.first().message.contains(other));
}

void TestSnapshotRequest::missingTimes()
{
    SnapshotRequest request = validRequest();
    request.from = QDateTime();
    auto issues = request.validate(ApiVersion::V6, kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::From);

    request = validRequest();
    request.to = QDateTime();
    issues = request.validate(ApiVersion::V6, kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::To);
    QVERIFY(!request.isSendable(ApiVersion::V6, kNow));
}

void TestSnapshotRequest::fromNotBeforeTo_data()
{
    QTest::addColumn<qint64>("toMinusFromSecs");
    QTest::newRow("equal") << qint64(0);
    QTest::newRow("reversed") << qint64(-3600);
    QTest::newRow("reversed by a second") << qint64(-1);
}

void TestSnapshotRequest::fromNotBeforeTo()
{
    QFETCH(qint64, toMinusFromSecs);
    SnapshotRequest request = validRequest();
    request.to = request.from.addSecs(toMinusFromSecs);
    const auto issues = request.validate(ApiVersion::V7, kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::From);
    QCOMPARE(issues.first().severity, Severity::Error);
    QVERIFY(!request.isSendable(ApiVersion::V7, kNow));

    request.to = request.from.addSecs(1); // one second is a range
    QVERIFY(request.isSendable(ApiVersion::V7, kNow));
}

void TestSnapshotRequest::futureEndBeyondSkew()
{
    SnapshotRequest request = validRequest();
    request.to = kNow.addSecs(SnapshotRequest::kClockSkewSeconds + 60); // 6 minutes ahead
    const auto issues = request.validate(ApiVersion::V6, kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::To);
    QCOMPARE(issues.first().severity, Severity::Error);
    QVERIFY(issues.first().message.contains(u"future"_s));
    request.acknowledgeWarnings = true;
    QVERIFY(!request.isSendable(ApiVersion::V6, kNow));

    request.to = kNow.addDays(2);
    QCOMPARE(countIssues(request.validate(ApiVersion::V7, kNow), Field::To, Severity::Error), 1);
}

void TestSnapshotRequest::futureEndWithinSkew()
{
    // "Now" on the user's computer may run a little behind the server: up to 5 minutes is fine.
    SnapshotRequest request = validRequest();
    request.to = kNow.addSecs(4 * 60);
    QVERIFY(request.validate(ApiVersion::V6, kNow).isEmpty());
    request.to = kNow.addSecs(SnapshotRequest::kClockSkewSeconds);
    QVERIFY(request.validate(ApiVersion::V7, kNow).isEmpty());
    request.to = kNow;
    QVERIFY(request.isSendable(ApiVersion::V7, kNow));
}

void TestSnapshotRequest::longRangeIsOnlyAWarning()
{
    SnapshotRequest request = validRequest();
    request.from = kNow.addDays(-100);
    const auto issues = request.validate(ApiVersion::V6, kNow);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::To);
    QCOMPARE(issues.first().severity, Severity::Warning);
    QVERIFY(issues.first().message.contains(u"93"_s));
    QVERIFY(!request.isSendable(ApiVersion::V6, kNow));
    request.acknowledgeWarnings = true;
    QVERIFY(request.isSendable(ApiVersion::V6, kNow));
    QVERIFY(request.isSendable(ApiVersion::V7, kNow));

    // A warning plus an error: still not sendable, acknowledged or not.
    request.displayName.clear();
    QVERIFY(!request.isSendable(ApiVersion::V6, kNow));
}

void TestSnapshotRequest::exactly93DaysIsFine()
{
    SnapshotRequest request = validRequest();
    request.to = kNow;
    request.from = kNow.addDays(-SnapshotRequest::kMaxRangeDays);
    QVERIFY(request.validate(ApiVersion::V6, kNow).isEmpty());
    request.from = request.from.addSecs(-1);
    QCOMPARE(countIssues(request.validate(ApiVersion::V6, kNow), Field::To, Severity::Warning), 1);
}

void TestSnapshotRequest::expirationDate_data()
{
    QTest::addColumn<QDateTime>("expiration");
    QTest::addColumn<bool>("ok");
    QTest::newRow("unset") << QDateTime() << true;
    QTest::newRow("yesterday") << kNow.addDays(-1) << false;
    QTest::newRow("now") << kNow << false;
    QTest::newRow("tomorrow") << kNow.addDays(1) << true;
    QTest::newRow("one year") << kNow.addYears(1) << true;
    // The API allows "within 5 years from the current date" by its clock, which may run up to
    // kClockSkewSeconds ahead of ours: the skew comes off the window.
    QTest::newRow("five years less the skew")
        << kNow.addYears(5).addSecs(-SnapshotRequest::kClockSkewSeconds) << true;
    QTest::newRow("a second later") << kNow.addYears(5).addSecs(-SnapshotRequest::kClockSkewSeconds + 1)
                                    << false;
    QTest::newRow("five years") << kNow.addYears(5) << false;
    QTest::newRow("five years and the skew")
        << kNow.addYears(5).addSecs(SnapshotRequest::kClockSkewSeconds) << false;
    QTest::newRow("five years and a day") << kNow.addYears(5).addDays(1) << false;
    QTest::newRow("ten years") << kNow.addYears(10) << false;
}

void TestSnapshotRequest::expirationDate()
{
    QFETCH(QDateTime, expiration);
    QFETCH(bool, ok);
    SnapshotRequest request = validRequest();
    request.expirationDate = expiration;
    const auto issues = request.validate(ApiVersion::V7, kNow);
    if (ok) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, Field::ExpirationDate);
        QCOMPARE(issues.first().severity, Severity::Error);
    }
    QCOMPARE(request.isSendable(ApiVersion::V7, kNow), ok);
}

void TestSnapshotRequest::expirationMessageSaysTheLatestDate()
{
    SnapshotRequest request = validRequest();
    request.expirationDate = kNow.addYears(5);
    const auto issues = request.validate(ApiVersion::V7, kNow);
    QCOMPARE(issues.size(), 1);
    // kNow is 14:00 in Berlin (the tests' local zone); five years on, less five minutes.
    QVERIFY2(issues.first().message.contains(u"2031-06-15 13:55"_s), qPrintable(issues.first().message));
}

void TestSnapshotRequest::expirationIgnoredOnV6()
{
    SnapshotRequest request = validRequest();
    request.expirationDate = kNow.addDays(-1);
    request.timezone = u"Not/AZone"_s;
    QVERIFY(request.validate(ApiVersion::V6, kNow).isEmpty());
}

void TestSnapshotRequest::timezone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("Europe/Berlin") << u"Europe/Berlin"_s << true;
    QTest::newRow("UTC") << u"UTC"_s << true;
    QTest::newRow("America/New_York") << u"America/New_York"_s << true;
    QTest::newRow("nonsense") << u"Mars/Olympus_Mons"_s << false;
    QTest::newRow("garbage") << u"!!"_s << false;
}

void TestSnapshotRequest::timezone()
{
    QFETCH(QString, zone);
    QFETCH(bool, ok);
    SnapshotRequest request = validRequest();
    request.timezone = zone;
    const auto issues = request.validate(ApiVersion::V7, kNow);
    if (ok) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, Field::Timezone);
        QVERIFY(issues.first().message.contains(zone));
    }
}

void TestSnapshotRequest::messagesAreDistinctAndNonEmpty()
{
    SnapshotRequest request;
    request.from = kNow;
    request.to = kNow.addDays(1);
    request.expirationDate = kNow.addYears(9);
    request.timezone = u"Nowhere/Land"_s;
    const auto issues = request.validate(ApiVersion::V7, kNow);
    // name, source, from>=to is not hit (from<to) but the end is in the future, expiration, zone
    QCOMPARE(countIssues(issues, Field::DisplayName, Severity::Error), 1);
    QCOMPARE(countIssues(issues, Field::Source, Severity::Error), 1);
    QCOMPARE(countIssues(issues, Field::To, Severity::Error), 1);
    QCOMPARE(countIssues(issues, Field::ExpirationDate, Severity::Error), 1);
    QCOMPARE(countIssues(issues, Field::Timezone, Severity::Error), 1);
    QSet<QString> messages;
    for (const ValidationIssue& issue : issues) {
        QVERIFY(!issue.message.trimmed().isEmpty());
        messages.insert(issue.message);
    }
    QCOMPARE(messages.size(), issues.size());
}

void TestSnapshotRequest::v6JsonMatchesSeed()
{
    // The seed's curl example, field for field.
    SnapshotRequest request;
    request.displayName = u"snapshot from API"_s;
    request.from = QDateTime(QDate(2019, 9, 2), QTime(18, 0), QTimeZone::utc());
    request.to = QDateTime(QDate(2019, 9, 3), QTime(18, 0), QTimeZone::utc());
    request.sourceId = u"123"_s;
    const QJsonObject expected = QJsonDocument::fromJson(R"({"displayName": "snapshot from API",
        "from": "2019-09-02 18:00:00", "to": "2019-09-03 18:00:00", "reportId": "123"})")
                                     .object();
    QCOMPARE(request.toV6Json(), expected);
}

void TestSnapshotRequest::v6JsonExactFields()
{
    SnapshotRequest request = validRequest();
    request.displayName = u"  padded  "_s;
    request.aid = u"75"_s;
    request.timezone = u"Europe/Berlin"_s; // v7 only: never in a v6 body
    request.anonymizeData = true;
    request.expirationDate = kNow.addYears(1);
    const QJsonObject body = request.toV6Json();
    QCOMPARE(keysOf(body), (QSet<QString>{u"displayName"_s, u"from"_s, u"to"_s, u"reportId"_s}));
    QCOMPARE(body.value(u"displayName"_s).toString(), u"padded"_s);
    QCOMPARE(body.value(u"reportId"_s).toString(), u"123"_s);
    QVERIFY(body.value(u"reportId"_s).isString());
    QCOMPARE(body.value(u"from"_s).toString(), u"2026-06-14 12:00:00"_s);
    QCOMPARE(body.value(u"to"_s).toString(), u"2026-06-15 11:00:00"_s);
}

void TestSnapshotRequest::v7JsonMinimal()
{
    SnapshotRequest request = validRequest();
    request.aid = u"1234"_s; // sent as ?aid=, never in the body
    const QJsonObject body = request.toV7Json();
    QCOMPARE(keysOf(body), (QSet<QString>{u"dashboardId"_s, u"displayName"_s, u"startDate"_s, u"endDate"_s}));
    QCOMPARE(body.value(u"dashboardId"_s).toString(), u"123"_s);
    QCOMPARE(body.value(u"displayName"_s).toString(), u"Weekly WAN review"_s);
    QCOMPARE(body.value(u"startDate"_s).toString(), u"2026-06-14T12:00:00Z"_s);
    QCOMPARE(body.value(u"endDate"_s).toString(), u"2026-06-15T11:00:00Z"_s);
}

void TestSnapshotRequest::v7JsonWithOptionalFields()
{
    SnapshotRequest request = validRequest();
    request.timezone = u"Europe/Berlin"_s;
    request.anonymizeData = true;
    request.expirationDate = QDateTime(QDate(2027, 1, 31), QTime(23, 30), QTimeZone("Europe/Berlin"));
    const QJsonObject body = request.toV7Json();
    QCOMPARE(keysOf(body), (QSet<QString>{u"dashboardId"_s, u"displayName"_s, u"startDate"_s, u"endDate"_s,
                                          u"timezone"_s, u"anonymizeData"_s, u"expirationDate"_s}));
    QCOMPARE(body.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(body.value(u"anonymizeData"_s), QJsonValue(true));
    QCOMPARE(body.value(u"expirationDate"_s).toString(), u"2027-01-31T22:30:00Z"_s);

    // Each optional field alone.
    SnapshotRequest onlyAnon = validRequest();
    onlyAnon.anonymizeData = true;
    QCOMPARE(onlyAnon.toV7Json().size(), 5);
    QVERIFY(onlyAnon.toV7Json().contains(u"anonymizeData"_s));
    SnapshotRequest onlyExpiry = validRequest();
    onlyExpiry.expirationDate = kNow.addYears(2);
    QCOMPARE(onlyExpiry.toV7Json().size(), 5);
    QCOMPARE(onlyExpiry.toV7Json().value(u"expirationDate"_s).toString(), u"2028-06-15T12:00:00Z"_s);
}

void TestSnapshotRequest::berlinTimesAcrossDstChangeV6()
{
    // Berlin leaves summer time on 2026-10-25 at 03:00 CEST (01:00 UTC): 01:30 local is still
    // UTC+2, 03:30 local is already UTC+1.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    SnapshotRequest request = validRequest();
    request.from = QDateTime(QDate(2026, 10, 25), QTime(1, 30), berlin);
    request.to = QDateTime(QDate(2026, 10, 25), QTime(3, 30), berlin);
    const QJsonObject body = request.toV6Json();
    QCOMPARE(body.value(u"from"_s).toString(), u"2026-10-24 23:30:00"_s);
    QCOMPARE(body.value(u"to"_s).toString(), u"2026-10-25 02:30:00"_s);
    // Three real hours, though the wall clock shows two.
    QCOMPARE(request.from.secsTo(request.to), 3 * 3600);

    // The same with Qt::LocalTime (the tests run with TZ=Europe/Berlin, as a user's desktop would).
    if (QTimeZone::systemTimeZoneId() == "Europe/Berlin") {
        SnapshotRequest local = validRequest();
        local.from = QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::LocalTime);
        local.to = QDateTime(QDate(2026, 10, 25), QTime(3, 30), Qt::LocalTime);
        QCOMPARE(local.toV6Json().value(u"from"_s).toString(), u"2026-10-24 23:30:00"_s);
        QCOMPARE(local.toV6Json().value(u"to"_s).toString(), u"2026-10-25 02:30:00"_s);
    }
}

void TestSnapshotRequest::berlinTimesAcrossDstChangeV7()
{
    const QTimeZone berlin("Europe/Berlin");
    SnapshotRequest request = validRequest();
    request.from = QDateTime(QDate(2026, 10, 24), QTime(12, 0), berlin); // CEST
    request.to = QDateTime(QDate(2026, 10, 26), QTime(12, 0), berlin);   // CET
    request.expirationDate = QDateTime(QDate(2027, 7, 1), QTime(0, 0), berlin);
    const QJsonObject body = request.toV7Json();
    QCOMPARE(body.value(u"startDate"_s).toString(), u"2026-10-24T10:00:00Z"_s);
    QCOMPARE(body.value(u"endDate"_s).toString(), u"2026-10-26T11:00:00Z"_s);
    QCOMPARE(body.value(u"expirationDate"_s).toString(), u"2027-06-30T22:00:00Z"_s);
    // And validation sees instants, not wall clocks: this range is valid at a "now" after it.
    const QDateTime now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
    QVERIFY(request.isSendable(ApiVersion::V7, now));
}

void TestSnapshotRequest::formatFunctions()
{
    const QDateTime at(QDate(2026, 11, 2), QTime(18, 0, 5, 999), QTimeZone::utc());
    QCOMPARE(formatV6DateTime(at), u"2026-11-02 18:00:05"_s);
    QCOMPARE(formatV7DateTime(at), u"2026-11-02T18:00:05Z"_s);
    const QDateTime offset(QDate(2026, 11, 2), QTime(9, 0), QTimeZone(-5 * 3600));
    QCOMPARE(formatV6DateTime(offset), u"2026-11-02 14:00:00"_s);
    QCOMPARE(formatV7DateTime(offset), u"2026-11-02T14:00:00Z"_s);
}

QTEST_GUILESS_MAIN(TestSnapshotRequest)
#include "test_snapshotrequest.moc"
