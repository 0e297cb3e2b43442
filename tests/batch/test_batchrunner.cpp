// The batch runner end to end: one create after another through the real service and transport,
// against a fake server that enforces the rate limits the way the real API does.

#include "FakeClock.h"
#include "FakeSnapshotCatalog.h"
#include "FakeThousandEyesServer.h"
#include "api/BatchRunner.h"
#include "api/SnapshotService.h"
#include "session/Session.h"
#include "store/HistoryStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace snapshotdesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(snapshotdesk::ApiVersion)
Q_DECLARE_METATYPE(snapshotdesk::ApiError::Kind)

namespace {

struct Fixture
{
    explicit Fixture(ApiVersion version)
        : fake(server, version, clock)
        , runner(clock)
    {
        fake.install();
        ApiConfig config;
        config.version = version;
        config.baseUrl = server.baseUrl(QString::fromLatin1(fake.prefix()));
        config.credentials.token = QStringLiteral("tok-batch-secret");
        config.timeout = 5000ms;
        service = SnapshotService::make(config, clock);
        service->transport().setWaitTickInterval(5ms);
        runner.setResumeTickInterval(5ms);
        runner.setService(service.get());
        // Time moves only when the transport waits for a reset: the test never sleeps.
        QObject::connect(&service->transport(), &ApiTransport::waiting, &runner,
                         [this](WaitReason reason, int, const QDateTime& until) {
                             if (reason != WaitReason::None && until.isValid()) {
                                 ++waits;
                                 clock.set(until);
                             }
                         });
    }

    BatchSpec spec(int count) const
    {
        BatchSpec s;
        for (int i = 0; i < count; ++i)
            s.sources.append(
                {QStringLiteral("d%1").arg(i), QStringLiteral("Dashboard %1").arg(i), {}, false});
        s.to = clock.now().addSecs(-3600);
        s.from = s.to.addDays(-1);
        s.nameTemplate = QStringLiteral("{source} {from:yyyy-MM-dd}");
        s.aid = QStringLiteral("75");
        return s;
    }

    FakeThousandEyesServer server;
    FakeClock clock;
    FakeSnapshotCatalog fake;
    std::unique_ptr<SnapshotService> service;
    BatchRunner runner;
    int waits = 0;
};

// A whole Session (history file, settings) on a fake v7 tenant, for what the batch leaves in the
// history.
struct SessionFixture
{
    SessionFixture()
        : fake(server, ApiVersion::V7, clock)
    {
        server.scriptTenant(ApiVersion::V7, &clock);
        fake.install();
    }

    // Starts the session; true once the account groups are in.
    bool start()
    {
        Session::Options options;
        options.location = SettingsLocation::iniFile(ini);
        options.clock = &clock;
        options.useKeychain = false;
        options.startup.apiVersion = ApiVersion::V7;
        options.startup.apiUrl = server.baseUrl(QStringLiteral("/v7"));
        options.startup.credentials = Credentials{Credentials::Method::Bearer, {}, QStringLiteral("tok")};
        session = std::make_unique<Session>(options);
        QSignalSpy groups(session.get(), &Session::accountGroupsChanged);
        session->start();
        return QTest::qWaitFor([&groups] { return groups.size() == 1; }, 5000);
    }

    QTemporaryDir dir;
    QString ini = dir.filePath(QStringLiteral("settings.ini"));
    FakeThousandEyesServer server;
    FakeClock clock;
    FakeSnapshotCatalog fake;
    std::unique_ptr<Session> session;
};

} // namespace

class TestBatchRunner final : public QObject
{
    Q_OBJECT

private slots:
    void thirtyWithTenRemainingFinishWithoutA429_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::newRow("v6") << ApiVersion::V6;
        QTest::newRow("v7") << ApiVersion::V7;
    }
    void thirtyWithTenRemainingFinishWithoutA429()
    {
        QFETCH(ApiVersion, version);
        Fixture f(version);
        f.fake.enforceOrgLimit(240, 10, 60);
        QSignalSpy finished(&f.runner, &BatchRunner::finished);
        QSignalSpy progress(&f.runner, &BatchRunner::progressChanged);
        QVERIFY(f.runner.start(f.spec(30)));
        QVERIFY(f.runner.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toInt(), 30);
        QCOMPARE(finished.at(0).at(1).toInt(), 0);
        QCOMPARE(f.fake.rejectedForRateLimit, 0);
        QCOMPARE(f.fake.createAttempts.size(), 30);
        QCOMPARE(f.fake.entries().size(), 30);
        QVERIFY2(f.waits >= 2, "the transport waited for the window to reset");
        QCOMPARE(f.runner.count(BatchItem::State::Created), 30);
        QCOMPARE(progress.constLast().at(0).toInt(), 30);
        QCOMPARE(progress.constLast().at(1).toInt(), 30);
        for (const BatchItem& item : f.runner.items()) {
            QVERIFY(!item.snapshotId.isEmpty());
            QVERIFY(!item.link.isEmpty());
        }
        QCOMPARE(f.runner.items().at(7).request.displayName,
                 QStringLiteral("Dashboard 7 ") +
                     f.runner.items().at(7).request.from.toLocalTime().toString(u"yyyy-MM-dd"));
        // One after another, in order.
        for (int i = 0; i < 30; ++i)
            QCOMPARE(f.fake.createAttempts.at(i), QStringLiteral("d%1").arg(i));
        QVERIFY(!f.runner.isRunning());
    }

    void cancelInTheMiddle()
    {
        Fixture f(ApiVersion::V7);
        QSignalSpy finished(&f.runner, &BatchRunner::finished);
        bool armed = false;
        connect(&f.runner, &BatchRunner::itemChanged, this, [&](int) {
            if (!armed && f.runner.count(BatchItem::State::Created) == 3) {
                armed = true;
                // The fourth answer takes long enough to cancel while it is on the way.
                f.server.enqueue(
                    "/v7/dashboard-snapshots",
                    FakeThousandEyesServer::delayed(FakeThousandEyesServer::v7Created("late"), 3000));
            }
        });
        QVERIFY(f.runner.start(f.spec(10)));
        QTRY_COMPARE_WITH_TIMEOUT(f.server.requestCount("/v7/dashboard-snapshots"), 4, 5000);
        QCOMPARE(f.runner.items().at(3).state, BatchItem::State::Sending);
        f.runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).toInt(), 3);
        QCOMPARE(finished.at(0).at(1).toInt(), 0);
        QCOMPARE(finished.at(0).at(2).toInt(), 7);
        QCOMPARE(f.runner.items().at(3).state, BatchItem::State::Cancelled);
        QCOMPARE(f.runner.items().at(9).state, BatchItem::State::Cancelled);
        QVERIFY(!f.runner.isRunning());
        // Nothing is left in the transport to be sent later, and the runner has stopped.
        QCOMPARE(f.service->transport().pendingCount(), 0);
        QCOMPARE(f.server.requestCount("/v7/dashboard-snapshots"), 4); // nothing more was sent
    }

    void partialFailureThenRetryFailed()
    {
        Fixture f(ApiVersion::V7);
        f.fake.failNextCreate(QStringLiteral("d1"), 500);
        f.fake.failNextCreate(QStringLiteral("d3"), 502);
        QSignalSpy finished(&f.runner, &BatchRunner::finished);
        QVERIFY(f.runner.start(f.spec(5)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).toInt(), 3);
        QCOMPARE(finished.at(0).at(1).toInt(), 2);
        QCOMPARE(f.runner.items().at(1).state, BatchItem::State::Failed);
        QCOMPARE(f.runner.items().at(1).error.kind(), ApiError::Kind::ServerError);
        QCOMPARE(f.runner.items().at(3).error.kind(), ApiError::Kind::ServerError);
        QVERIFY(!f.runner.stopReason().isError());
        QCOMPARE(f.runner.doneCount(), 5);
        const QString firstId = f.runner.items().at(0).snapshotId;

        QVERIFY(f.runner.retryFailed());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.at(1).at(0).toInt(), 5);
        QCOMPARE(finished.at(1).at(1).toInt(), 0);
        QCOMPARE(f.fake.createAttempts,
                 (QStringList{QStringLiteral("d0"), QStringLiteral("d1"), QStringLiteral("d2"),
                              QStringLiteral("d3"), QStringLiteral("d4"), QStringLiteral("d1"),
                              QStringLiteral("d3")}));
        QCOMPARE(f.runner.items().at(0).snapshotId, firstId); // the successes were not made twice
        QVERIFY(!f.runner.retryFailed());                     // nothing left to retry
    }

    // A revoked token or a missing permission: one refused request, not one per source (the server
    // answers 429 to the whole office after 120 failed authentications an hour).
    void refusedCredentialsStopTheBatch_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("v7 401") << ApiVersion::V7 << 401 << ApiError::Kind::Unauthorized;
        QTest::newRow("v7 403") << ApiVersion::V7 << 403 << ApiError::Kind::Forbidden;
        QTest::newRow("v6 401") << ApiVersion::V6 << 401 << ApiError::Kind::Unauthorized;
    }
    void refusedCredentialsStopTheBatch()
    {
        QFETCH(ApiVersion, version);
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        Fixture f(version);
        f.fake.failNextCreate(QStringLiteral("d1"), status);
        QSignalSpy finished(&f.runner, &BatchRunner::finished);
        QVERIFY(f.runner.start(f.spec(5)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(f.fake.createAttempts, (QStringList{QStringLiteral("d0"), QStringLiteral("d1")}));
        QCOMPARE(finished.at(0).at(0).toInt(), 1); // created
        QCOMPARE(finished.at(0).at(1).toInt(), 1); // failed
        QCOMPARE(finished.at(0).at(2).toInt(), 3); // not sent
        QCOMPARE(f.runner.items().at(1).state, BatchItem::State::Failed);
        for (int i = 2; i < 5; ++i) {
            QCOMPARE(f.runner.items().at(i).state, BatchItem::State::Cancelled);
            QCOMPARE(f.runner.items().at(i).error.kind(), kind);
        }
        QCOMPARE(f.runner.stopReason().kind(), kind);
        QVERIFY(!f.runner.isRunning());

        // Once the token is fixed, Retry failed sends the refused one and the rest, once each.
        QVERIFY(f.runner.retryFailed());
        QVERIFY(!f.runner.stopReason().isError());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.at(1).at(0).toInt(), 5);
        QCOMPARE(f.fake.createAttempts.size(), 6);
    }

    void snapshotWindowPausesAndGoesOnByItself()
    {
        Fixture f(ApiVersion::V7);
        f.fake.setSnapshotWindow(100, 3, 1800);
        QSignalSpy paused(&f.runner, &BatchRunner::paused);
        QSignalSpy resumed(&f.runner, &BatchRunner::resumed);
        QSignalSpy finished(&f.runner, &BatchRunner::finished);
        const QDateTime start = f.clock.now();
        QVERIFY(f.runner.start(f.spec(6)));
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 5000);
        // Known from the headers: the fourth is not even sent, so no 429 lands in anyone's history.
        QCOMPARE(f.fake.createAttempts.size(), 3);
        const QDateTime at = paused.at(0).at(0).toDateTime();
        QCOMPARE(at, start.addSecs(1800));
        QCOMPARE(f.runner.resumeAt(), at);
        QVERIFY(f.runner.isRunning());
        QVERIFY(f.runner.secondsLeft() >= 1800);
        // A countdown tick is a resume check that saw the clock before the reset and held on.
        QSignalSpy ticks(&f.runner, &BatchRunner::progressChanged);
        QVERIFY(ticks.wait(5000));
        QCOMPARE(resumed.size(), 0);
        QCOMPARE(f.service->transport().pendingCount(), 0);
        QCOMPARE(f.fake.createAttempts.size(), 3);
        f.clock.set(at);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 6);
        QCOMPARE(f.fake.createAttempts.size(), 6);
    }

    void aSnapshot429PausesUntilTheReset()
    {
        Fixture f(ApiVersion::V7);
        f.fake.setSnapshotWindow(100, 0, 600); // the window was spent elsewhere; the app cannot know
        QSignalSpy paused(&f.runner, &BatchRunner::paused);
        QSignalSpy finished(&f.runner, &BatchRunner::finished);
        const QDateTime start = f.clock.now();
        QVERIFY(f.runner.start(f.spec(2)));
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 5000);
        QCOMPARE(paused.at(0).at(0).toDateTime(), start.addSecs(600));
        QCOMPARE(f.runner.items().at(0).state, BatchItem::State::Pending);
        f.clock.set(start.addSecs(600));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).toInt(), 2);
    }

    void aRateLimitedItemIsSentAFewTimesWithBackOffThenFails()
    {
        // The organisation's limit keeps refusing d0 (a 429 without Retry-After or reset): it is
        // sent kMaxRateLimitedAttempts times, 60 s and then 120 s apart, then it fails and the
        // batch goes on, instead of being sent again every second until the window rolls over.
        Fixture f(ApiVersion::V7);
        for (int i = 0; i < 20; ++i)
            f.fake.failNextCreate(QStringLiteral("d0"), 429);
        QList<qint64> pauses;
        QObject::connect(&f.runner, &BatchRunner::paused, &f.runner, [&f, &pauses](const QDateTime& at) {
            pauses.append(f.clock.now().secsTo(at));
            f.clock.set(at);
        });
        QSignalSpy finished(&f.runner, &BatchRunner::finished);
        QVERIFY(f.runner.start(f.spec(2)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        // Each send is retried once by the transport after its 60 s wait.
        QCOMPARE(f.fake.createAttempts.count(QStringLiteral("d0")), 2 * BatchRunner::kMaxRateLimitedAttempts);
        QCOMPARE(pauses, (QList<qint64>{60, 120}));
        QCOMPARE(f.runner.items().at(0).state, BatchItem::State::Failed);
        QCOMPARE(f.runner.items().at(0).error.kind(), ApiError::Kind::RateLimited);
        QCOMPARE(f.runner.items().at(1).state, BatchItem::State::Created);
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);
    }

    void aRateLimitedItemLandsInTheHistoryOnce()
    {
        SessionFixture f;
        // d1 is refused three times for the rate limit (twice by the first send and its retry),
        // then made: one row, "created".
        for (int i = 0; i < 3; ++i)
            f.fake.failNextCreate(QStringLiteral("d1"), 429);
        QVERIFY(f.start());
        Session& session = *f.session;
        FakeClock& clock = f.clock;
        FakeSnapshotCatalog& fake = f.fake;
        const QString& ini = f.ini;
        session.batch().setResumeTickInterval(5ms);
        QObject::connect(&session, &Session::waiting, &session,
                         [&clock](WaitReason reason, int, const QDateTime& until) {
                             if (reason != WaitReason::None && until.isValid())
                                 clock.set(until);
                         });
        QObject::connect(&session.batch(), &BatchRunner::paused, &session,
                         [&clock](const QDateTime& at) { clock.set(at); });

        BatchSpec spec;
        for (int i = 0; i < 3; ++i)
            spec.sources.append(
                {QStringLiteral("d%1").arg(i), QStringLiteral("Dashboard %1").arg(i), {}, false});
        spec.to = clock.now().addSecs(-60);
        spec.from = spec.to.addDays(-1);
        spec.nameTemplate = QStringLiteral("{source}");
        QSignalSpy finished(&session.batch(), &BatchRunner::finished);
        QCOMPARE(session.startBatch(spec), QString());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(fake.createAttempts.count(QStringLiteral("d1")), 4);
        QCOMPARE(finished.at(0).at(0).toInt(), 3);

        const QList<HistoryEntry> entries =
            HistoryStore(SettingsLocation::iniFile(ini).history()).load().entries;
        QCOMPARE(entries.size(), 3);
        for (const HistoryEntry& e : entries)
            QCOMPARE(e.status, HistoryEntry::Status::Created);
    }

    // An item whose answer was lost may exist: it is neither sent again by the batch nor offered
    // to Retry failed until the server's list says it was not made; then it is, once.
    void anItemWithAnUnknownOutcomeIsNotSentAgain()
    {
        SessionFixture f;
        f.fake.loseNextAnswer(QStringLiteral("d1"), FakeSnapshotCatalog::LostAnswer::Closed, false);
        f.fake.failNextLists = 1; // the first check cannot read the list
        QVERIFY(f.start());
        Session& session = *f.session;
        BatchRunner& batch = session.batch();
        QSignalSpy checkFailed(&session, &Session::outcomeCheckFailed);
        QSignalSpy resolved(&session, &Session::outcomeResolved);

        BatchSpec spec;
        for (int i = 0; i < 3; ++i)
            spec.sources.append(
                {QStringLiteral("d%1").arg(i), QStringLiteral("Dashboard %1").arg(i), {}, false});
        spec.to = f.clock.now().addSecs(-60);
        spec.from = spec.to.addDays(-1);
        spec.nameTemplate = QStringLiteral("{source}");
        QSignalSpy finished(&batch, &BatchRunner::finished);
        QCOMPARE(session.startBatch(spec), QString());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(checkFailed.size(), 1, 5000);
        QCOMPARE(batch.items().at(1).state, BatchItem::State::Unknown);
        QCOMPARE(batch.count(BatchItem::State::Created), 2);
        QCOMPARE(batch.doneCount(), 3);
        QVERIFY(!batch.retryFailed()); // nothing failed: the unknown one may exist
        QCOMPARE(f.fake.createAttempts.count(QStringLiteral("d1")), 1);

        // The list can be read now: not there, so failed, and only now sent again.
        session.checkUnknownOutcomes();
        QTRY_COMPARE_WITH_TIMEOUT(resolved.size(), 1, 5000);
        QCOMPARE(batch.items().at(1).state, BatchItem::State::Failed);
        QCOMPARE(f.fake.createAttempts.count(QStringLiteral("d1")), 1);
        QVERIFY(batch.retryFailed());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(batch.items().at(1).state, BatchItem::State::Created);
        QCOMPARE(f.fake.createAttempts.count(QStringLiteral("d1")), 2);
        QCOMPARE(f.fake.entries().size(), 3);
    }

    void eachResultLandsInTheHistoryOnce()
    {
        SessionFixture f;
        f.fake.failNextCreate(QStringLiteral("d2"), 500);
        QVERIFY(f.start());
        Session& session = *f.session;
        FakeClock& clock = f.clock;
        const QString& ini = f.ini;

        BatchSpec spec;
        for (int i = 0; i < 4; ++i)
            spec.sources.append(
                {QStringLiteral("d%1").arg(i), QStringLiteral("Dashboard %1").arg(i), {}, false});
        spec.to = clock.now().addSecs(-60);
        spec.from = spec.to.addDays(-1);
        spec.nameTemplate = QStringLiteral("{source} for {group}");
        QSignalSpy finished(&session.batch(), &BatchRunner::finished);
        QCOMPARE(session.startBatch(spec), QString());
        QVERIFY(!session.startBatch(spec).isEmpty()); // one batch at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);

        HistoryStore reader(SettingsLocation::iniFile(ini).history());
        const QList<HistoryEntry> entries = reader.load().entries;
        QCOMPARE(entries.size(), 4);
        int created = 0;
        for (const HistoryEntry& e : entries) {
            QCOMPARE(e.aid, QStringLiteral("75"));
            if (e.status == HistoryEntry::Status::Created) {
                ++created;
                QVERIFY(!e.link.isEmpty());
                QVERIFY(e.displayName.endsWith(u" for API Sandbox"));
            } else {
                QCOMPARE(e.sourceId, QStringLiteral("d2"));
            }
        }
        QCOMPARE(created, 3);

        QVERIFY(session.batch().retryFailed());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(HistoryStore(SettingsLocation::iniFile(ini).history()).load().entries.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "test_batchrunner.moc"
