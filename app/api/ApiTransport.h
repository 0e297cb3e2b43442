#pragma once

#include "core/ApiConfig.h"
#include "core/ApiError.h"
#include "core/Clock.h"
#include "core/RateLimitStatus.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

class QNetworkReply;
class QTimer;

namespace snapshotdesk {

// One API call as a backend describes it; the transport adds everything the policy demands.
struct ApiCall
{
    QByteArray method = "GET";
    QString path;    // appended to the base URL's path, e.g. "/report-snapshots/create"; may end in
                     // an encoded "?query" (a paging cursor)
    QString aid;     // account-group context, sent as ?aid= when set
    QByteArray body; // sent (as JSON) when not null
    // Snapshot creation on v7 has its own hourly window, which is told rather than waited out.
    bool createsSnapshot = false;
};

// What came back, after redirects and any rate-limit retry.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    HeaderList headers;
    ApiError error; // set for every failure, HTTP or transport
};

// Why the transport is holding a request back.
enum class WaitReason
{
    None,
    Pacing,      // the organisation window shows 0 remaining: wait for its reset, then send
    RateLimited, // the server answered 429: wait, then retry once
};

// The one place where network policy lives: HTTPS-only (loopback excepted), authentication,
// standard headers, timeouts, a cap on body size, redirects that never carry credentials to another
// host, rate-limit bookkeeping, pacing at 0 remaining, the single 429 retry, and cancellation.
class ApiTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTransport)

public:
    using Callback = std::function<void(const ApiResponse&)>;

    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    static constexpr int kMaxRedirects = 5;
    // Used for a 429 that says neither Retry-After nor a reset.
    static constexpr int kDefaultRetrySeconds = 60;
    // The organisation's rate limit counts requests per minute.
    static constexpr int kOrganizationWindowSeconds = 60;

    explicit ApiTransport(ApiConfig config, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~ApiTransport() override;

    const ApiConfig& config() const { return m_config; }
    const Clock& clock() const { return m_clock; }

    // Sends `call`; `done` runs exactly once, later, on this thread (never from inside send()),
    // unless `context` is destroyed first. Returns an id for cancel(id).
    quint64 send(const ApiCall& call, QObject* context, Callback done);
    void cancel(quint64 id);
    void cancelAll();
    int pendingCount() const { return static_cast<int>(m_operations.size()); }
    // Of those, the ones held back (for the rate-limit window or a retry time), not on the wire.
    int heldCount() const;

    RateLimitStatus rateLimit() const { return m_rateLimit; }
    // How often a wait re-reads the clock (tests shorten it; the clock decides when it ends).
    void setWaitTickInterval(std::chrono::milliseconds interval) { m_tickInterval = interval; }

    // The full URL for a call, with ?aid= when set.
    QUrl urlFor(const ApiCall& call) const;

signals:
    void rateLimitChanged(const snapshotdesk::RateLimitStatus& status);
    // A countdown while a request is held back; secondsLeft == 0 with WaitReason::None ends it.
    void waiting(snapshotdesk::WaitReason reason, int secondsLeft, const QDateTime& until);

private:
    struct Operation;

    void start(Operation& op);
    void startAttempt(Operation& op);
    void rollOrganizationWindow(const QDateTime& now);
    void onFinished(quint64 id);
    void beginWait(Operation& op, WaitReason reason, const QDateTime& until);
    void tick(quint64 id);
    void finish(quint64 id, ApiResponse response);
    void fail(quint64 id, ApiError error);
    void updateRateLimit(const HeaderList& headers);
    void publishWaitState();
    QNetworkRequest buildRequest(const Operation& op) const;

    ApiConfig m_config;
    const Clock& m_clock;
    QNetworkAccessManager m_network;
    RateLimitStatus m_rateLimit;
    std::map<quint64, std::unique_ptr<Operation>> m_operations;
    quint64 m_nextId = 1;
    std::chrono::milliseconds m_tickInterval{250};
};

} // namespace snapshotdesk
