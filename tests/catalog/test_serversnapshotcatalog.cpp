// Listing, deleting and changing the expiry of server snapshots, end to end against the fake server.

#include "FakeClock.h"
#include "FakeSnapshotCatalog.h"
#include "FakeThousandEyesServer.h"
#include "api/ServerSnapshotCatalog.h"
#include "api/SnapshotService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace snapshotdesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(snapshotdesk::ApiVersion)

namespace {

struct Fixture
{
    explicit Fixture(ApiVersion version)
        : fake(server, version, clock)
    {
        fake.install();
        ApiConfig config;
        config.version = version;
        config.baseUrl = server.baseUrl(QString::fromLatin1(fake.prefix()));
        config.credentials.token = QStringLiteral("tok-catalog-secret");
        config.timeout = 5000ms;
        service = SnapshotService::make(config, clock);
        service->transport().setWaitTickInterval(5ms);
        catalog.setService(service.get());
    }

    FakeThousandEyesServer server;
    FakeClock clock;
    FakeSnapshotCatalog fake;
    std::unique_ptr<SnapshotService> service;
    ServerSnapshotCatalog catalog;
};

} // namespace

class TestServerSnapshotCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void v7FollowsNextAcrossThreePages()
    {
        Fixture f(ApiVersion::V7);
        f.fake.pageSize = 2;
        for (int i = 0; i < 5; ++i)
            f.fake.addExisting(QStringLiteral("Snap %1").arg(i), QStringLiteral("d%1").arg(i));
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        QSignalSpy progress(&f.catalog, &ServerSnapshotCatalog::progress);
        QSignalSpy loading(&f.catalog, &ServerSnapshotCatalog::loadingChanged);
        f.catalog.refresh(QStringLiteral("75"));
        QVERIFY(f.catalog.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QCOMPARE(f.catalog.snapshots().size(), 5);
        QCOMPARE(f.catalog.snapshots().at(4).name, QStringLiteral("Snap 4"));
        QCOMPARE(f.catalog.aid(), QStringLiteral("75"));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.at(2).at(0).toInt(), 3);
        QCOMPARE(progress.at(2).at(1).toInt(), 5);
        QCOMPARE(loading.size(), 2);
        QVERIFY(!f.catalog.isLoading());

        const QList<HttpRequest> requests = f.server.requests("/v7/dashboard-snapshots");
        QCOMPARE(requests.size(), 3);
        for (const HttpRequest& r : requests) {
            QCOMPARE(r.method, QByteArray("GET"));
            QCOMPARE(QUrlQuery(QString::fromLatin1(r.query())).allQueryItemValues(QStringLiteral("aid")),
                     QStringList{QStringLiteral("75")}); // once, never duplicated from the next link
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer tok-catalog-secret"));
        }
        QCOMPARE(
            QUrlQuery(QString::fromLatin1(requests.at(2).query())).queryItemValue(QStringLiteral("cursor")),
            QStringLiteral("4"));
    }

    void aNextLinkToAnotherHostIsReadForItsCursorOnly()
    {
        Fixture f(ApiVersion::V7);
        FakeThousandEyesServer other;
        QJsonObject first{
            {QStringLiteral("dashboardSnapshots"),
             QJsonArray{QJsonObject{{QStringLiteral("snapshotId"), QStringLiteral("one")}}}},
            {QStringLiteral("_links"),
             QJsonObject{
                 {QStringLiteral("next"),
                  QJsonObject{{QStringLiteral("href"),
                               QString::fromUtf8(other.url("/v7/dashboard-snapshots?cursor=zz"))}}}}}};
        f.server.enqueue("/v7/dashboard-snapshots", FakeThousandEyesServer::json(200, first));
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        f.catalog.refresh({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(f.server.requests("/v7/dashboard-snapshots").constLast().query(), QByteArray("cursor=zz"));
    }

    void aSelfLinkingServerDoesNotLoopForever()
    {
        Fixture f(ApiVersion::V7);
        const QJsonObject page{
            {QStringLiteral("dashboardSnapshots"), QJsonArray{}},
            {QStringLiteral("_links"),
             QJsonObject{{QStringLiteral("next"),
                          QJsonObject{{QStringLiteral("href"),
                                       QStringLiteral("/v7/dashboard-snapshots?cursor=same")}}}}}};
        f.server.on("/v7/dashboard-snapshots", FakeThousandEyesServer::json(200, page));
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        f.catalog.refresh({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QCOMPARE(f.server.requestCount("/v7/dashboard-snapshots"), 2);
    }

    void v6ListsInOneAnswer()
    {
        Fixture f(ApiVersion::V6);
        f.fake.addExisting(QStringLiteral("Old WAN"), QStringLiteral("17"));
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        f.catalog.refresh(QStringLiteral("75"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QCOMPARE(f.catalog.snapshots().size(), 1);
        QCOMPARE(f.catalog.snapshots().constFirst().sourceId, QStringLiteral("17"));
        QVERIFY(
            f.catalog.snapshots().constFirst().link.toString().contains(QStringLiteral("reports/snapshots")));
    }

    void cancelStopsPagingAndKeepsThePreviousList()
    {
        Fixture f(ApiVersion::V7);
        f.fake.pageSize = 1;
        for (int i = 0; i < 3; ++i)
            f.fake.addExisting(QStringLiteral("S%1").arg(i), QStringLiteral("d"));
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        f.catalog.refresh({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);

        // Page two takes its time; cancel while it is on the way.
        f.server.enqueue(
            "/v7/dashboard-snapshots",
            FakeThousandEyesServer::json(
                200,
                QJsonObject{
                    {QStringLiteral("dashboardSnapshots"), QJsonArray{}},
                    {QStringLiteral("_links"),
                     QJsonObject{{QStringLiteral("next"),
                                  QJsonObject{{QStringLiteral("href"),
                                               QStringLiteral("/v7/dashboard-snapshots?cursor=1")}}}}}}));
        f.server.enqueue(
            "/v7/dashboard-snapshots",
            FakeThousandEyesServer::delayed(FakeThousandEyesServer::json(200, QJsonObject{}), 2000));
        QSignalSpy cancelled(&f.catalog, &ServerSnapshotCatalog::loadCancelled);
        QSignalSpy failed(&f.catalog, &ServerSnapshotCatalog::loadFailed);
        f.catalog.refresh({});
        QVERIFY(f.server.waitForRequests(f.server.requestCount() + 2, 5000));
        const int closed = f.server.connectionCount() - f.server.http().openConnectionCount();
        f.catalog.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!f.catalog.isLoading());
        QCOMPARE(f.service->transport().pendingCount(), 0);
        // The second page's connection is dropped: its late answer has nowhere to go.
        QTRY_VERIFY_WITH_TIMEOUT(f.server.connectionCount() - f.server.http().openConnectionCount() > closed,
                                 5000);
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(f.catalog.snapshots().size(), 3);
    }

    void listErrorsAreReported()
    {
        Fixture f(ApiVersion::V7);
        f.server.enqueue(
            "/v7/dashboard-snapshots",
            FakeThousandEyesServer::v7Problem(403, QStringLiteral("Forbidden"),
                                              QStringLiteral("View Snapshots permission required")));
        QSignalSpy failed(&f.catalog, &ServerSnapshotCatalog::loadFailed);
        f.catalog.refresh({});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Forbidden);
        QVERIFY(!f.catalog.isLoading());
    }

    void deleteRemovesOnTheServer_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::newRow("v6") << ApiVersion::V6;
        QTest::newRow("v7") << ApiVersion::V7;
    }
    void deleteRemovesOnTheServer()
    {
        QFETCH(ApiVersion, version);
        Fixture f(version);
        const QString keep = f.fake.addExisting(QStringLiteral("Keep"), QStringLiteral("1"));
        const QString drop = f.fake.addExisting(QStringLiteral("Drop"), QStringLiteral("1"));
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        f.catalog.refresh(QStringLiteral("75"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QSignalSpy removed(&f.catalog, &ServerSnapshotCatalog::removed);
        f.catalog.remove({f.catalog.snapshots().at(1)});
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 5000);
        QCOMPARE(removed.at(0).at(0).toString(), drop);
        QVERIFY(!f.fake.contains(drop));
        QVERIFY(f.fake.contains(keep));
        QCOMPARE(f.catalog.snapshots().size(), 1);
        const HttpRequest request = f.server.lastRequest();
        if (version == ApiVersion::V6) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.path(), "/v6/report-snapshots/" + drop.toUtf8() + "/delete");
        } else {
            QCOMPARE(request.method, QByteArray("DELETE"));
            QCOMPARE(request.path(), "/v7/dashboard-snapshots/" + drop.toUtf8());
        }
        QCOMPARE(request.query(), QByteArray("aid=75"));
    }

    // A revoked token while deleting many: one refused request, the rest not sent (failed
    // authentications count against the whole office's address).
    void refusedCredentialsStopAMultiDelete_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<int>("status");
        QTest::newRow("v6 401") << ApiVersion::V6 << 401;
        QTest::newRow("v7 401") << ApiVersion::V7 << 401;
        QTest::newRow("v7 403") << ApiVersion::V7 << 403;
    }
    void refusedCredentialsStopAMultiDelete()
    {
        QFETCH(ApiVersion, version);
        QFETCH(int, status);
        Fixture f(version);
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids << f.fake.addExisting(QStringLiteral("Old %1").arg(i), QStringLiteral("1"));
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        f.catalog.refresh(QStringLiteral("75"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QList<ServerSnapshot> chosen = f.catalog.snapshots();
        QCOMPARE(chosen.size(), 8);
        const ServerSnapshot refused = chosen.at(2);
        f.fake.forceStatusFor(refused.id, status);
        QSignalSpy failed(&f.catalog, &ServerSnapshotCatalog::actionFailed);
        QSignalSpy removed(&f.catalog, &ServerSnapshotCatalog::removed);
        const int requestsBefore = f.server.requestCount();
        f.catalog.remove(chosen);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 6, 5000); // the refused one and the 5 after it
        QCOMPARE(removed.size(), 2);                       // the two before it
        QCOMPARE(f.server.requestCount() - requestsBefore, 3);
        QCOMPARE(failed.at(0).at(1).value<ServerSnapshot>().id, refused.id);
        QCOMPARE(failed.at(0).at(2).value<ApiError>().httpStatus(), status);
        for (int i = 1; i < 6; ++i) {
            QCOMPARE(failed.at(i).at(1).value<ServerSnapshot>().id, chosen.at(2 + i).id);
            QCOMPARE(failed.at(i).at(2).value<ApiError>().kind(), ApiError::Kind::Cancelled);
        }
        QCOMPARE(f.catalog.snapshots().size(), 6);
    }

    void deleteReportsForbiddenAndNotFound_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("v6 403") << ApiVersion::V6 << 403 << ApiError::Kind::Forbidden;
        QTest::newRow("v6 404") << ApiVersion::V6 << 404 << ApiError::Kind::NotFound;
        QTest::newRow("v7 403") << ApiVersion::V7 << 403 << ApiError::Kind::Forbidden;
        QTest::newRow("v7 404") << ApiVersion::V7 << 404 << ApiError::Kind::NotFound;
    }
    void deleteReportsForbiddenAndNotFound()
    {
        QFETCH(ApiVersion, version);
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        Fixture f(version);
        const QString id = f.fake.addExisting(QStringLiteral("Protected"), QStringLiteral("1"));
        f.fake.forceStatusFor(id, status);
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        f.catalog.refresh({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QSignalSpy failed(&f.catalog, &ServerSnapshotCatalog::actionFailed);
        QSignalSpy removed(&f.catalog, &ServerSnapshotCatalog::removed);
        f.catalog.remove(f.catalog.snapshots());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.at(0).at(0).value<ServerSnapshotCatalog::Action>(),
                 ServerSnapshotCatalog::Action::Delete);
        QCOMPARE(failed.at(0).at(1).value<ServerSnapshot>().id, id);
        QCOMPARE(failed.at(0).at(2).value<ApiError>().kind(), kind);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(f.catalog.snapshots().size(), 1); // still listed: it was not deleted
    }

    void anIdThatWouldChangeThePathIsRefused()
    {
        Fixture f(ApiVersion::V7);
        ServerSnapshot evil;
        evil.id = QStringLiteral("../account-groups");
        QSignalSpy failed(&f.catalog, &ServerSnapshotCatalog::actionFailed);
        const int before = f.server.requestCount();
        f.catalog.remove({evil});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(2).value<ApiError>().kind(), ApiError::Kind::Validation);
        QCOMPARE(f.service->transport().pendingCount(), 0); // nothing queued to be sent later
        QCOMPARE(f.server.requestCount(), before);
    }

    void changeExpirationPatchesV7()
    {
        Fixture f(ApiVersion::V7);
        const QString id = f.fake.addExisting(QStringLiteral("Keep longer"), QStringLiteral("1"));
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        f.catalog.refresh(QStringLiteral("75"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QSignalSpy changed(&f.catalog, &ServerSnapshotCatalog::expirationChanged);
        const QDateTime expires = f.clock.now().addYears(3);
        f.catalog.changeExpiration(f.catalog.snapshots().constFirst(), expires);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        const HttpRequest patch = f.server.lastRequest();
        QCOMPARE(patch.method, QByteArray("PATCH"));
        QCOMPARE(patch.path(), "/v7/dashboard-snapshots/" + id.toUtf8());
        QCOMPARE(patch.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(patch.body)
                     .object()
                     .value(QStringLiteral("snapshotExpirationDate"))
                     .toString(),
                 expires.toUTC().toString(Qt::ISODate));
        QCOMPARE(f.fake.entries().constFirst().expires, expires.toUTC());
        QCOMPARE(f.catalog.snapshots().constFirst().expires, expires.toUTC());
    }

    void changeExpirationReportsForbiddenAndNotFound_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
        QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    }
    void changeExpirationReportsForbiddenAndNotFound()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        Fixture f(ApiVersion::V7);
        const QString id = f.fake.addExisting(QStringLiteral("S"), QStringLiteral("1"));
        f.fake.forceStatusFor(id, status);
        QSignalSpy loaded(&f.catalog, &ServerSnapshotCatalog::loaded);
        f.catalog.refresh({});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        const QDateTime before = f.catalog.snapshots().constFirst().expires;
        QSignalSpy failed(&f.catalog, &ServerSnapshotCatalog::actionFailed);
        f.catalog.changeExpiration(f.catalog.snapshots().constFirst(), f.clock.now().addMonths(6));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.at(0).at(0).value<ServerSnapshotCatalog::Action>(),
                 ServerSnapshotCatalog::Action::ChangeExpiration);
        QCOMPARE(failed.at(0).at(2).value<ApiError>().kind(), kind);
        QCOMPARE(f.catalog.snapshots().constFirst().expires, before);
    }

    void expirationIsValidatedBeforeSending_data()
    {
        QTest::addColumn<int>("daysAhead");
        QTest::addColumn<bool>("ok");
        QTest::newRow("past") << -1 << false;
        QTest::newRow("tomorrow") << 1 << true;
        QTest::newRow("five years less a day") << 5 * 365 << true;
        QTest::newRow("five years to the second") << 5 * 365 + 1 << false; // 2026-06-15 to 2031-06-15
        QTest::newRow("beyond five years") << 5 * 366 + 2 << false;
    }
    void expirationIsValidatedBeforeSending()
    {
        QFETCH(int, daysAhead);
        QFETCH(bool, ok);
        const QDateTime now = FakeClock::defaultStart();
        QCOMPARE(ServerSnapshotCatalog::validateExpiration(now.addDays(daysAhead), now).isEmpty(), ok);
        if (ok)
            return;
        Fixture f(ApiVersion::V7);
        ServerSnapshot s;
        s.id = QStringLiteral("abc");
        QSignalSpy failed(&f.catalog, &ServerSnapshotCatalog::actionFailed);
        f.catalog.changeExpiration(s, f.clock.now().addDays(daysAhead));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(2).value<ApiError>().kind(), ApiError::Kind::Validation);
        QVERIFY(!failed.at(0).at(2).value<ApiError>().serverMessage().isEmpty());
        QCOMPARE(f.service->transport().pendingCount(), 0); // nothing queued to be sent later
        QCOMPARE(f.server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerSnapshotCatalog)
#include "test_serversnapshotcatalog.moc"
