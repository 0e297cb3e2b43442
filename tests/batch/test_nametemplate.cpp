// Display names for a batch from one template.

#include "core/BatchSpec.h"
#include "core/NameTemplate.h"

#include <QTest>
#include <QTimeZone>

using namespace snapshotdesk;

class TestNameTemplate final : public QObject
{
    Q_OBJECT

private slots:
    void expandsEveryPlaceholder()
    {
        // TZ=Europe/Berlin (set by ctest): the dates are shown in local time.
        const NameTemplate::Values values{QStringLiteral("WAN"), QStringLiteral("Operations"),
                                          QDateTime(QDate(2026, 10, 18), QTime(22, 0), QTimeZone::utc()),
                                          QDateTime(QDate(2026, 10, 25), QTime(23, 0), QTimeZone::utc())};
        QCOMPARE(NameTemplate::expand(QStringLiteral("{source} {from:yyyy-MM-dd}"), values),
                 QStringLiteral("WAN 2026-10-19"));
        QCOMPARE(
            NameTemplate::expand(QStringLiteral("{group}: {source} {from:dd.MM.} – {to:dd.MM.yyyy}"), values),
            QStringLiteral("Operations: WAN 19.10. – 26.10.2026"));
        QCOMPARE(NameTemplate::expand(QStringLiteral("{from}"), values), QStringLiteral("2026-10-19 00:00"));
    }

    void unknownPlaceholdersAndStrayBracesStay()
    {
        const NameTemplate::Values values{QStringLiteral("WAN"), {}, {}, {}};
        QCOMPARE(NameTemplate::expand(QStringLiteral("{sauce} {source} {"), values),
                 QStringLiteral("{sauce} WAN {"));
        QCOMPARE(NameTemplate::expand(QStringLiteral("{source:x}"), values), QStringLiteral("{source:x}"));
    }

    void specMakesOneRequestPerSource()
    {
        BatchSpec spec;
        spec.sources = {{QStringLiteral("2"), QStringLiteral("Overview"), {}, false},
                        {QStringLiteral("17"), QStringLiteral("WAN"), {}, false}};
        spec.from = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
        spec.to = spec.from.addDays(1);
        spec.nameTemplate = QStringLiteral("{source} {from:yyyy-MM-dd}");
        spec.aid = QStringLiteral("75");
        const QList<SnapshotRequest> requests = spec.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(1).displayName, QStringLiteral("WAN 2026-06-01"));
        QCOMPARE(requests.at(1).sourceId, QStringLiteral("17"));
        QCOMPARE(requests.at(1).aid, QStringLiteral("75"));
        const QDateTime now = spec.to.addDays(1);
        QVERIFY(spec.validate(ApiVersion::V7, now).isEmpty());
        BatchSpec none = spec;
        none.sources.clear();
        QVERIFY(!none.validate(ApiVersion::V7, now).isEmpty());
        BatchSpec future = spec;
        future.to = now.addDays(2);
        QVERIFY(!future.validate(ApiVersion::V7, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNameTemplate)
#include "test_nametemplate.moc"
