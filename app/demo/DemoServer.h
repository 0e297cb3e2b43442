#pragma once

#include "core/Clock.h"
#include "demo/LoopbackHttpServer.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

namespace snapshotdesk {

// A simulated ThousandEyes API on 127.0.0.1 for the demo mode: sample account groups, reports and
// dashboards, snapshot IDs in the real formats, rate-limit headers that count down, and now and
// then a 429 so the countdown can be seen. The app reaches it through the same service and real
// HTTP as the real API, so the demo exercises the real code.
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    static constexpr int kOrgLimit = 240;
    static constexpr int kSnapshotLimit = 100;
    // Every n-th snapshot request is answered with a 429, so the demo shows the countdown.
    static constexpr int kRateLimitEvery = 5;
    // How long a create takes to answer: long enough to see the button busy.
    static constexpr int kCreateDelayMs = 400;

    explicit DemoServer(const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~DemoServer() override;

    bool start(quint16 port = 0);
    quint16 port() const { return m_server.port(); }
    QUrl baseUrl(const QString& version) const; // "v6" or "v7"
    static QString demoToken() { return QStringLiteral("demo-token"); }

    int snapshotsCreated() const { return m_created; }

private:
    HttpResponse handle(const HttpRequest& request);
    HttpResponse createV6(const HttpRequest& request);
    HttpResponse createV7(const HttpRequest& request);
    HttpResponse withRateHeaders(HttpResponse response, bool snapshotWindow);
    HttpResponse listSnapshots(const HttpRequest& request, bool v7);
    HttpResponse changeSnapshot(const HttpRequest& request, bool v7, const QByteArray& id);
    void remember(const QJsonObject& body, const QString& id, bool v7, const QString& aid);
    void rollWindows();

    // What the demo has created this run, so the Server snapshots tab has something to show.
    struct Stored
    {
        QString id;
        QString name;
        QString sourceId;
        QString sourceName;
        QDateTime from;
        QDateTime to;
        QDateTime created;
        QDateTime expires;
        QString aid;
        bool v7 = false;
    };

    const Clock& m_clock;
    QList<Stored> m_snapshots;
    LoopbackHttpServer m_server;
    int m_orgRemaining = kOrgLimit;
    QDateTime m_orgReset;
    int m_snapshotRemaining = kSnapshotLimit;
    QDateTime m_snapshotReset;
    int m_createRequests = 0;
    int m_created = 0;
    qint64 m_nextV6Id = 904'117;
};

} // namespace snapshotdesk
