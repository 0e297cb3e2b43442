#pragma once

// One SnapshotService (v6 or v7) wired to a FakeThousandEyesServer and a FakeClock, with every
// signal recorded as typed values. Shared by the tests in tests/api.

#include "FakeClock.h"
#include "FakeThousandEyesServer.h"
#include "api/SnapshotService.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(snapshotdesk::ApiVersion)

namespace snapshotdesk {

using namespace std::chrono_literals;

inline void addVersionRows()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::newRow("v6") << ApiVersion::V6;
    QTest::newRow("v7") << ApiVersion::V7;
}

struct WaitEvent
{
    WaitReason reason = WaitReason::None;
    int secondsLeft = 0;
    QDateTime until;
};

inline constexpr auto kToken = "tok-9f8e7d6c5b4a-SECRET";

class ServiceHarness
{
public:
    using Fake = FakeThousandEyesServer;

    explicit ServiceHarness(ApiVersion apiVersion, const std::function<void(ApiConfig&)>& tweak = {})
        : version(apiVersion)
    {
        QVERIFY(server.isListening());
        prefix = version == ApiVersion::V6 ? QByteArrayLiteral("/v6") : QByteArrayLiteral("/v7");
        createPath = prefix + (version == ApiVersion::V6 ? QByteArrayLiteral("/report-snapshots/create")
                                                         : QByteArrayLiteral("/dashboard-snapshots"));
        sourcesPath = prefix + (version == ApiVersion::V6 ? QByteArrayLiteral("/reports")
                                                          : QByteArrayLiteral("/dashboards"));
        groupsPath = prefix + QByteArrayLiteral("/account-groups");
        config.version = version;
        config.baseUrl = server.baseUrl(QString::fromLatin1(prefix));
        config.credentials.token = QString::fromLatin1(kToken);
        config.timeout = 5000ms;
        if (tweak)
            tweak(config);
        recreate();
    }

    void recreate()
    {
        service = SnapshotService::make(config, clock);
        service->transport().setWaitTickInterval(5ms);
        SnapshotService* s = service.get();
        QObject::connect(
            s, &SnapshotService::created, s,
            [this](const SnapshotRequest&, const Snapshot& snapshot) { created.append(snapshot); });
        QObject::connect(s, &SnapshotService::createFailed, s,
                         [this](const SnapshotRequest&, const ApiError& error) { failed.append(error); });
        QObject::connect(s, &SnapshotService::accountGroupsLoaded, s,
                         [this](const QList<AccountGroup>& list) { groups.append(list); });
        QObject::connect(s, &SnapshotService::sourcesLoaded, s,
                         [this](const QString& aid, const QList<SnapshotSource>& list) {
                             sourcesAid.append(aid);
                             sources.append(list);
                         });
        QObject::connect(s, &SnapshotService::loadFailed, s,
                         [this](SnapshotService::Operation operation, const ApiError& error) {
                             loadFailedOps.append(operation);
                             loadFailed.append(error);
                         });
        QObject::connect(s, &SnapshotService::rateLimitChanged, s,
                         [this](const RateLimitStatus& status) { rateLimits.append(status); });
        QObject::connect(s, &SnapshotService::waiting, s,
                         [this](WaitReason reason, int secondsLeft, const QDateTime& until) {
                             waits.append({reason, secondsLeft, until});
                             if (onWaiting)
                                 onWaiting(reason, secondsLeft, until);
                         });
    }

    // A request that passes validation at clock.now().
    SnapshotRequest request(const QString& aid = {}) const
    {
        SnapshotRequest r;
        r.displayName = QStringLiteral("Weekly WAN review");
        r.sourceId = QStringLiteral("123");
        r.sourceName = QStringLiteral("WAN");
        r.from = QDateTime(QDate(2026, 6, 14), QTime(6, 0), Qt::UTC);
        r.to = QDateTime(QDate(2026, 6, 15), QTime(6, 0), Qt::UTC);
        r.aid = aid;
        return r;
    }

    // The normal success answer of this version.
    HttpResponse createdAnswer(const QByteArray& id = "snap-1") const
    {
        if (version == ApiVersion::V6)
            return Fake::v6Created(id);
        return Fake::v7Created(id, server.url(prefix + "/dashboard-snapshots/" + id));
    }

    // Connections the server has seen closed so far.
    int closedConnections() { return server.connectionCount() - server.http().openConnectionCount(); }
    // After a cancel (or the service's end): true once the server has seen one more connection
    // close than `closedBefore`, so a late answer on it can no longer reach the client; the events
    // already queued are delivered before returning. What the test asserts next is then final.
    bool waitUntilAbandoned(int closedBefore, int timeoutMs = 5000)
    {
        const bool closed =
            QTest::qWaitFor([this, closedBefore] { return closedConnections() > closedBefore; }, timeoutMs);
        QCoreApplication::processEvents();
        return closed;
    }

    // Waits until the create finished either way.
    bool waitCreateDone(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return created.size() + failed.size() > 0; }, timeoutMs);
    }
    bool waitLoadDone(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return groups.size() + sources.size() + loadFailed.size() > 0; },
                               timeoutMs);
    }

    QJsonObject lastBody() const { return QJsonDocument::fromJson(server.lastRequest().body).object(); }

    ApiVersion version;
    FakeClock clock;
    FakeThousandEyesServer server;
    ApiConfig config;
    std::unique_ptr<SnapshotService> service;
    QByteArray prefix;
    QByteArray createPath;
    QByteArray sourcesPath;
    QByteArray groupsPath;

    QList<Snapshot> created;
    QList<ApiError> failed;
    QList<QList<AccountGroup>> groups;
    QList<QString> sourcesAid;
    QList<QList<SnapshotSource>> sources;
    QList<SnapshotService::Operation> loadFailedOps;
    QList<ApiError> loadFailed;
    QList<RateLimitStatus> rateLimits;
    QList<WaitEvent> waits;
    std::function<void(WaitReason, int, const QDateTime&)> onWaiting;
};

} // namespace snapshotdesk
