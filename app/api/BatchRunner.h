#pragma once

#include "core/BatchItem.h"
#include "core/BatchSpec.h"
#include "core/Clock.h"
#include "core/Snapshot.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace snapshotdesk {

class SnapshotService;

// Creates the snapshots of a batch one after another through SnapshotService::create (which takes
// one create at a time), so the transport's pacing by the rate-limit headers applies to each. The
// Session records every outcome in the history, so this class never writes it. When the v7 hourly
// snapshot window is spent it says when the rest will go, and goes on by itself at that time.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    // Used when the server says the snapshot window is spent but not when it resets.
    static constexpr int kDefaultSnapshotWindowSeconds = 3600;
    // Sends of one item the rate limit may refuse before it counts as failed (each send is itself
    // retried once by the transport after the server's wait).
    static constexpr int kMaxRateLimitedAttempts = 3;

    explicit BatchRunner(const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~BatchRunner() override;

    // Works through `service` from now on; a running batch is cancelled first.
    void setService(SnapshotService* service);

    // Starts a batch; false when one is running or there is nothing to create.
    bool start(const BatchSpec& spec);
    // Stops: the snapshot being sent is aborted, the rest are not sent.
    void cancel();
    // Sends again every snapshot that failed or was cancelled; false when there is none or a
    // batch is running. An item whose outcome is unknown is not among them: it may exist.
    bool retryFailed();
    // What the server's list says about an item whose outcome was unknown: made (`snapshot` set),
    // or not (`error` says why it failed). Items in another state are left alone.
    void resolveUnknown(const SnapshotRequest& request, const std::optional<Snapshot>& snapshot,
                        const ApiError& error);

    bool isRunning() const { return m_running; }
    // Waiting for the snapshot window: when the rest will go (invalid otherwise).
    QDateTime resumeAt() const { return m_resumeAt; }
    const QList<BatchItem>& items() const { return m_items; }
    int total() const { return static_cast<int>(m_items.size()); }
    // Created, failed or unknown: no longer waiting to be sent.
    int doneCount() const;
    int count(BatchItem::State state) const;
    // Whether this failure of the item in flight sends it again later (a rate limit, attempts
    // left): the Session then records nothing, so each item lands in the history once.
    bool willSendAgain(const SnapshotRequest& request, const ApiError& error) const;
    // Why the last run stopped before its end (the server refused the credentials), or no error.
    const ApiError& stopReason() const { return m_stopReason; }
    // An estimate from the pace so far and any wait for the snapshot window; -1 when unknown.
    qint64 secondsLeft() const;

    // How often a wait for the snapshot window re-reads the clock (tests shorten it; the clock
    // decides when it ends).
    void setResumeTickInterval(std::chrono::milliseconds interval);

signals:
    void runningChanged(bool running);
    void itemChanged(int index);
    void progressChanged(int done, int total, qint64 secondsLeft);
    // The v7 snapshot window is spent: the rest goes at `at`, by itself.
    void paused(const QDateTime& at);
    void resumed();
    void finished(int created, int failed, int cancelled);

private:
    void sendNext();
    // Starts (or restarts, for Retry failed) sending the pending items, paced from now.
    void beginRun();
    void scheduleNext();
    void pauseUntil(const QDateTime& at);
    void onResumeTick();
    void onCreated(const SnapshotRequest& request, const Snapshot& snapshot);
    void onCreateFailed(const SnapshotRequest& request, const ApiError& error);
    // When a rate-limited item goes again: at least the server's reset, and 60 s doubled with
    // each attempt (up to the hourly window).
    QDateTime backOff(const BatchItem& item, const ApiError& error) const;
    void finishRun();
    void publishProgress();
    void setItemState(int index, BatchItem::State state);

    const Clock& m_clock;
    QPointer<SnapshotService> m_service;
    QList<BatchItem> m_items;
    int m_current = -1; // the item in flight
    bool m_running = false;
    bool m_waitingForService = false; // another create (from the form) is in flight
    bool m_nextScheduled = false;
    QDateTime m_resumeAt;
    QTimer m_resumeTimer;
    ApiError m_stopReason;
    // For the estimate: when this run (or its resumption) began and how many finished since.
    QDateTime m_paceStart;
    int m_paceDone = 0;
};

} // namespace snapshotdesk
