// The CSV export, byte for byte: a spreadsheet must open it with the right encoding and columns,
// never run a cell as a formula, and show the same instants wherever it is opened.

#include "core/HistoryCsv.h"

#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");
const QByteArray kHeader("created_at,display_name,source_id,source_name,from,to,account_group_id,"
                         "account_group,snapshot_id,link,api_version,status,failure_reason,profile\r\n");

HistoryEntry plainEntry()
{
    HistoryEntry entry;
    entry.createdAt = QDateTime(QDate(2026, 6, 15), QTime(12, 0, 5, 250), QTimeZone::utc());
    entry.displayName = u"WAN review"_s;
    entry.sourceId = u"a1b2"_s;
    entry.sourceName = u"WAN"_s;
    entry.from = QDateTime(QDate(2026, 6, 14), QTime(12, 0), QTimeZone::utc());
    entry.to = QDateTime(QDate(2026, 6, 15), QTime(11, 0), QTimeZone::utc());
    entry.aid = u"1234"_s;
    entry.accountGroupName = u"Ops"_s;
    entry.snapshotId = u"s-1"_s;
    entry.link = QUrl(u"https://app.thousandeyes.com/dashboard-snapshot/s-1?aid=1234"_s);
    entry.apiVersion = ApiVersion::V7;
    entry.status = HistoryEntry::Status::Created;
    return entry;
}

QString showBytes(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toPercentEncoding(" ,=:-_.'/?"));
}

} // namespace

class TestHistoryCsv : public QObject
{
    Q_OBJECT

private slots:
    void emptyHistoryIsBomAndHeader();
    void plainRow();
    void quotingPerRfc4180_data();
    void quotingPerRfc4180();
    void formulasNeutralised_data();
    void formulasNeutralised();
    void nonAsciiKeptAsUtf8();
    void timesInUtc();
    void failedEntry();
    void severalRowsInOrder();
    void profileIsTheLastColumn();
};

void TestHistoryCsv::emptyHistoryIsBomAndHeader()
{
    QCOMPARE(historyToCsv({}), kBom + kHeader);
}

void TestHistoryCsv::plainRow()
{
    const QByteArray expected =
        kBom + kHeader +
        "2026-06-15T12:00:05Z,WAN review,a1b2,WAN,2026-06-14T12:00:00Z,"
        "2026-06-15T11:00:00Z,1234,Ops,s-1,"
        "https://app.thousandeyes.com/dashboard-snapshot/s-1?aid=1234,v7,created,,Default\r\n";
    const QByteArray actual = historyToCsv({plainEntry()});
    QVERIFY2(actual == expected, qPrintable(showBytes(actual)));
    // Every line ends in CRLF, and there is no bare LF.
    QCOMPARE(actual.count("\r\n"), 2);
    QCOMPARE(actual.count('\n'), 2);
}

void TestHistoryCsv::quotingPerRfc4180_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("comma") << u"Berlin, Paris"_s << QByteArray("\"Berlin, Paris\"");
    QTest::newRow("quote") << u"The \"big\" one"_s << QByteArray("\"The \"\"big\"\" one\"");
    QTest::newRow("comma and quote") << u"Say \"hi\", team"_s << QByteArray("\"Say \"\"hi\"\", team\"");
    QTest::newRow("only a quote") << u"\""_s << QByteArray("\"\"\"\"");
    QTest::newRow("newline") << u"line one\nline two"_s << QByteArray("\"line one\nline two\"");
    QTest::newRow("CRLF") << u"line one\r\nline two"_s << QByteArray("\"line one\r\nline two\"");
    QTest::newRow("apostrophe needs no quotes") << u"O'Brien's"_s << QByteArray("O'Brien's");
    QTest::newRow("semicolon needs no quotes") << u"a;b"_s << QByteArray("a;b");
}

void TestHistoryCsv::quotingPerRfc4180()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, field);
    HistoryEntry entry = plainEntry();
    entry.displayName = name;
    const QByteArray expected =
        kBom + kHeader + "2026-06-15T12:00:05Z," + field +
        ",a1b2,WAN,2026-06-14T12:00:00Z,2026-06-15T11:00:00Z,1234,Ops,s-1,"
        "https://app.thousandeyes.com/dashboard-snapshot/s-1?aid=1234,v7,created,,Default\r\n";
    const QByteArray actual = historyToCsv({entry});
    QVERIFY2(actual == expected, qPrintable(showBytes(actual)));
}

void TestHistoryCsv::formulasNeutralised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("=") << u"=cmd"_s << QByteArray("'=cmd");
    QTest::newRow("= with pipe") << u"=cmd|' /C calc'!A0"_s << QByteArray("'=cmd|' /C calc'!A0");
    QTest::newRow("+") << u"+SUM(A1)"_s << QByteArray("'+SUM(A1)");
    QTest::newRow("-") << u"-2+3"_s << QByteArray("'-2+3");
    QTest::newRow("@") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("formula that needs quotes")
        << u"=HYPERLINK(\"http://x\",\"y\")"_s << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("tab first") << u"\t=cmd"_s << QByteArray("\"'\t=cmd\"");
    QTest::newRow("carriage return first") << u"\r=cmd"_s << QByteArray("\"'\r=cmd\"");
    QTest::newRow("= later is harmless") << u"a=b"_s << QByteArray("a=b");
}

void TestHistoryCsv::formulasNeutralised()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, field);
    // Every free-text column is neutralised, not only the name.
    HistoryEntry entry = plainEntry();
    entry.displayName = name;
    entry.sourceName = name;
    entry.accountGroupName = name;
    entry.status = HistoryEntry::Status::Failed;
    entry.snapshotId.clear();
    entry.link = QUrl();
    entry.failureReason = name;
    entry.profile = name;
    const QByteArray expected = kBom + kHeader + "2026-06-15T12:00:05Z," + field + ",a1b2," + field +
                                ",2026-06-14T12:00:00Z,2026-06-15T11:00:00Z,1234," + field + ",,,v7,failed," +
                                field + "," + field + "\r\n";
    const QByteArray actual = historyToCsv({entry});
    QVERIFY2(actual == expected, qPrintable(showBytes(actual)));
}

void TestHistoryCsv::nonAsciiKeptAsUtf8()
{
    HistoryEntry entry = plainEntry();
    entry.displayName = u"日本語 Übersicht"_s;
    entry.accountGroupName = u"Büro München"_s;
    const QByteArray actual = historyToCsv({entry});
    QVERIFY(actual.startsWith(kBom));
    // The UTF-8 bytes themselves, not escapes or Latin-1.
    QVERIFY2(actual.contains(",\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xC3\x9C"
                             "bersicht,"),
             qPrintable(showBytes(actual)));
    QVERIFY2(actual.contains(",B\xC3\xBCro M\xC3\xBCnchen,"), qPrintable(showBytes(actual)));
    QCOMPARE(QString::fromUtf8(actual.mid(kBom.size())).count(u"日本語"_s), 1);
}

void TestHistoryCsv::timesInUtc()
{
    // Picked in Berlin on the night of the October DST change (01:30 CEST, then 02:30 CET).
    const QTimeZone berlin("Europe/Berlin");
    HistoryEntry entry = plainEntry();
    entry.createdAt = QDateTime(QDate(2026, 10, 25), QTime(3, 0), berlin);
    entry.from = QDateTime(QDate(2026, 10, 25), QTime(1, 30), berlin);
    entry.to = QDateTime(QDate(2026, 10, 25), QTime(3, 30), berlin);
    const QByteArray actual = historyToCsv({entry});
    QVERIFY2(actual.contains("\r\n2026-10-25T02:00:00Z,WAN review,a1b2,WAN,2026-10-24T23:30:00Z,"
                             "2026-10-25T02:30:00Z,"),
             qPrintable(showBytes(actual)));

    // An unknown time is an empty cell, not a made-up date.
    entry.from = QDateTime();
    QVERIFY2(historyToCsv({entry}).contains(",WAN,,2026-10-25T02:30:00Z,"),
             qPrintable(showBytes(historyToCsv({entry}))));
}

void TestHistoryCsv::failedEntry()
{
    HistoryEntry entry = plainEntry();
    entry.status = HistoryEntry::Status::Failed;
    entry.apiVersion = ApiVersion::V6;
    entry.snapshotId.clear();
    entry.link = QUrl();
    entry.failureReason = u"Rate limited, try again in 30 s"_s;
    const QByteArray expected =
        kBom + kHeader +
        "2026-06-15T12:00:05Z,WAN review,a1b2,WAN,2026-06-14T12:00:00Z,"
        "2026-06-15T11:00:00Z,1234,Ops,,,v6,failed,\"Rate limited, try again in 30 s\",Default\r\n";
    const QByteArray actual = historyToCsv({entry});
    QVERIFY2(actual == expected, qPrintable(showBytes(actual)));
}

void TestHistoryCsv::severalRowsInOrder()
{
    HistoryEntry second = plainEntry();
    second.displayName = u"second"_s;
    HistoryEntry first = plainEntry();
    first.displayName = u"first"_s;
    const QByteArray actual = historyToCsv({first, second});
    const QList<QByteArray> lines = actual.mid(kBom.size()).split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the final CRLF
    QVERIFY(lines.at(1).startsWith("2026-06-15T12:00:05Z,first,"));
    QVERIFY(lines.at(2).startsWith("2026-06-15T12:00:05Z,second,"));
    QCOMPARE(lines.at(3), QByteArray());
    for (qsizetype i = 0; i < 3; ++i)
        QVERIFY(lines.at(i).endsWith('\r'));
    // Every row has as many columns as the header.
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(lines.at(i).count(','), 13);
}

void TestHistoryCsv::profileIsTheLastColumn()
{
    // A named profile as it is, quoted when it needs to be; an entry from before profiles was made
    // with the account that became "Default", and says so rather than leaving the cell empty.
    HistoryEntry acme = plainEntry();
    acme.profile = u"Acme, Inc."_s;
    HistoryEntry old = plainEntry();
    const QByteArray actual = historyToCsv({acme, old});
    const QList<QByteArray> lines = actual.mid(kBom.size()).split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).endsWith(",v7,created,,\"Acme, Inc.\"\r"), qPrintable(showBytes(actual)));
    QVERIFY2(lines.at(2).endsWith(",v7,created,,Default\r"), qPrintable(showBytes(actual)));
}

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "test_historycsv.moc"
