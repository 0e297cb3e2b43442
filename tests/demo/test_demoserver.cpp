// The demo mode end to end through the real Session, service and catalog: what a person trying
// the app without an account sees — account groups, dashboards or reports, a created snapshot
// that then shows up on the (simulated) server, can have its expiry changed and be deleted.

#include "api/ServerSnapshotCatalog.h"
#include "demo/DemoServer.h"
#include "session/Session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace snapshotdesk;

class TestDemoServer final : public QObject
{
    Q_OBJECT

private slots:
    void createListChangeAndDelete_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::newRow("v6") << ApiVersion::V6;
        QTest::newRow("v7") << ApiVersion::V7;
    }

    void createListChangeAndDelete()
    {
        QFETCH(ApiVersion, version);
        QTemporaryDir dir;
        Session::Options options;
        options.location = SettingsLocation::iniFile(dir.filePath(QStringLiteral("s.ini")));
        options.useKeychain = false;
        options.startup.demo = true;
        options.startup.apiVersion = version;
        Session session(options);
        QSignalSpy sources(&session, &Session::sourcesChanged);
        session.start();
        QVERIFY(session.isDemo());
        QTRY_COMPARE_WITH_TIMEOUT(sources.size(), 1, 5000);
        QCOMPARE(session.currentAid(), QStringLiteral("1234"));
        QVERIFY(session.sources().size() >= 10);

        SnapshotRequest request;
        request.displayName = QStringLiteral("Demo check");
        request.sourceId = session.sources().first().id;
        request.to = QDateTime::currentDateTimeUtc().addSecs(-60);
        request.from = request.to.addDays(-1);
        QSignalSpy created(&session, &Session::created);
        QSignalSpy failed(&session, &Session::createFailed);
        // The demo answers some creates with a 429 (so the countdown can be seen); the retry after
        // Retry-After must still end in a snapshot.
        for (int attempt = 0; attempt < 3 && created.isEmpty(); ++attempt) {
            QVERIFY(session.create(request));
            QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty() || failed.size() > attempt, 15000);
        }
        QCOMPARE(created.size(), 1);
        const HistoryEntry entry = created.first().first().value<HistoryEntry>();
        QVERIFY(!entry.snapshotId.isEmpty());
        QCOMPARE(entry.link.toUrl().host(), QStringLiteral("127.0.0.1"));

        ServerSnapshotCatalog& catalog = session.catalog();
        QSignalSpy loaded(&catalog, &ServerSnapshotCatalog::loaded);
        catalog.refresh(session.currentAid());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        auto list = loaded.first().at(1).value<QList<ServerSnapshot>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, entry.snapshotId);
        QCOMPARE(list.first().name, QStringLiteral("Demo check"));

        if (version == ApiVersion::V7) {
            QSignalSpy changed(&catalog, &ServerSnapshotCatalog::expirationChanged);
            catalog.changeExpiration(list.first(), QDateTime::currentDateTimeUtc().addDays(30));
            QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        }

        QSignalSpy removed(&catalog, &ServerSnapshotCatalog::removed);
        catalog.remove(list);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 5000);
        catalog.refresh(session.currentAid());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 5000);
        QVERIFY(loaded.last().at(1).value<QList<ServerSnapshot>>().isEmpty());
    }
};

QTEST_MAIN(TestDemoServer)
#include "test_demoserver.moc"
