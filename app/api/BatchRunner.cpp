#include "api/BatchRunner.h"

#include "api/SnapshotService.h"
#include "core/Logging.h"

namespace snapshotdesk {

BatchRunner::BatchRunner(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_resumeTimer.setInterval(std::chrono::milliseconds(1000));
    connect(&m_resumeTimer, &QTimer::timeout, this, &BatchRunner::onResumeTick);
}

BatchRunner::~BatchRunner()
{
    if (m_service)
        m_service->disconnect(this);
}

void BatchRunner::setResumeTickInterval(std::chrono::milliseconds interval)
{
    m_resumeTimer.setInterval(interval);
}

void BatchRunner::setService(SnapshotService* service)
{
    if (m_running)
        cancel();
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (!service)
        return;
    connect(service, &SnapshotService::created, this, &BatchRunner::onCreated);
    connect(service, &SnapshotService::createFailed, this, &BatchRunner::onCreateFailed);
    connect(service, &SnapshotService::busyChanged, this,
            [this](SnapshotService::Operation operation, bool busy) {
                if (operation == SnapshotService::Operation::Create && !busy && m_waitingForService) {
                    m_waitingForService = false;
                    scheduleNext();
                }
            });
}

int BatchRunner::count(BatchItem::State state) const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(),
                                          [state](const BatchItem& item) { return item.state == state; }));
}

int BatchRunner::doneCount() const
{
    return count(BatchItem::State::Created) + count(BatchItem::State::Failed) +
           count(BatchItem::State::Unknown);
}

qint64 BatchRunner::secondsLeft() const
{
    if (!m_running)
        return 0;
    const QDateTime now = m_clock.now();
    const int left = count(BatchItem::State::Pending) + count(BatchItem::State::Sending);
    qint64 wait = 0;
    if (m_resumeAt.isValid())
        wait = std::max<qint64>(0, now.secsTo(m_resumeAt));
    if (m_paceDone == 0 || !m_paceStart.isValid())
        return m_resumeAt.isValid() ? wait : -1;
    const double perItem = static_cast<double>(m_paceStart.msecsTo(now)) / 1000.0 / m_paceDone;
    return wait + static_cast<qint64>(perItem * left + 0.5);
}

bool BatchRunner::start(const BatchSpec& spec)
{
    if (m_running || !m_service || spec.sources.isEmpty())
        return false;
    m_items.clear();
    for (const SnapshotRequest& request : spec.requests())
        m_items.append(BatchItem{request, BatchItem::State::Pending, {}, {}, {}});
    qCInfo(lcBatch) << "starting a batch of" << m_items.size() << "snapshots";
    beginRun();
    return true;
}

void BatchRunner::beginRun()
{
    m_running = true;
    m_resumeAt = {};
    m_stopReason = {};
    m_paceStart = m_clock.now();
    m_paceDone = 0;
    emit runningChanged(true);
    publishProgress();
    scheduleNext();
}

bool BatchRunner::retryFailed()
{
    if (m_running || !m_service)
        return false;
    int again = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        BatchItem& item = m_items[i];
        if (item.state != BatchItem::State::Failed && item.state != BatchItem::State::Cancelled)
            continue;
        item.state = BatchItem::State::Pending;
        item.error = {};
        item.rateLimitedAttempts = 0;
        ++again;
        emit itemChanged(i);
    }
    if (again == 0)
        return false;
    qCInfo(lcBatch) << "retrying" << again << "snapshots of the batch";
    beginRun();
    return true;
}

void BatchRunner::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcBatch) << "cancelling the batch";
    m_resumeTimer.stop();
    m_resumeAt = {};
    m_waitingForService = false;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == BatchItem::State::Pending)
            setItemState(i, BatchItem::State::Cancelled);
    }
    if (m_current >= 0 && m_service) {
        // Reports Cancelled through createFailed, which finishes the run.
        m_service->cancelCreate();
        return;
    }
    finishRun();
}

void BatchRunner::scheduleNext()
{
    // Queued, so that every listener (the Session's history among them) has seen the previous
    // result before the next request leaves, and a long batch never recurses.
    if (m_nextScheduled)
        return;
    m_nextScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_nextScheduled = false;
            sendNext();
        },
        Qt::QueuedConnection);
}

void BatchRunner::sendNext()
{
    if (!m_running || m_current >= 0 || m_resumeAt.isValid())
        return;
    if (!m_service) {
        cancel();
        return;
    }
    if (m_service->isCreating()) {
        m_waitingForService = true; // the form's create goes first; busyChanged brings us back
        return;
    }
    const auto next = std::find_if(m_items.cbegin(), m_items.cend(), [](const BatchItem& item) {
        return item.state == BatchItem::State::Pending;
    });
    if (next == m_items.cend()) {
        finishRun();
        return;
    }
    // The v7 snapshot window is known to be spent: asking now would only be refused.
    const RateLimitWindow window = m_service->rateLimit().snapshotCreation;
    const QDateTime now = m_clock.now();
    if (m_service->version() == ApiVersion::V7 && window.isKnown() && window.isExhausted() &&
        window.reset.isValid() && now < window.reset) {
        pauseUntil(window.reset);
        return;
    }
    const int index = static_cast<int>(next - m_items.cbegin());
    m_current = index;
    setItemState(index, BatchItem::State::Sending);
    // A refusal before sending (invalid, busy) arrives through onCreateFailed() inside this call.
    m_service->create(m_items.at(index).request);
}

void BatchRunner::onCreated(const SnapshotRequest& request, const Snapshot& snapshot)
{
    if (m_current < 0 || m_items.at(m_current).request != request)
        return; // the form's own create
    const int index = std::exchange(m_current, -1);
    BatchItem& item = m_items[index];
    item.snapshotId = snapshot.id;
    item.link = snapshot.link;
    item.error = {};
    ++m_paceDone;
    setItemState(index, BatchItem::State::Created);
    publishProgress();
    scheduleNext();
}

void BatchRunner::onCreateFailed(const SnapshotRequest& request, const ApiError& error)
{
    if (m_current < 0 || m_items.at(m_current).request != request)
        return;
    const int index = std::exchange(m_current, -1);
    BatchItem& item = m_items[index];
    switch (error.kind()) {
    case ApiError::Kind::Busy:
        // A create from the form got there first; ours goes after it.
        setItemState(index, BatchItem::State::Pending);
        m_waitingForService = true;
        return;
    case ApiError::Kind::Cancelled:
        item.error = error;
        setItemState(index, BatchItem::State::Cancelled);
        if (m_running)
            cancel(); // cancelled from elsewhere (the window's Cancel): the batch stops too
        if (m_running)
            finishRun();
        return;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        // Every further request would be refused alike, and failed authentications count against
        // the whole source address: after 120 in an hour the server answers 429 to everyone there
        // (an office). Stop; the rest are not sent, and Retry failed sends them once it is fixed.
        item.error = error;
        ++m_paceDone;
        setItemState(index, BatchItem::State::Failed);
        m_stopReason = error;
        qCWarning(lcBatch) << "the server refused the credentials; the rest of the batch is not sent";
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).state == BatchItem::State::Pending) {
                m_items[i].error = error;
                setItemState(i, BatchItem::State::Cancelled);
            }
        }
        finishRun();
        return;
    case ApiError::Kind::OutcomeUnknown:
        // It may exist: sending it again could make a duplicate. The Session asks the server's
        // list and tells resolveUnknown(); the rest of the batch goes on meanwhile.
        item.error = error;
        ++m_paceDone;
        setItemState(index, BatchItem::State::Unknown);
        publishProgress();
        scheduleNext();
        return;
    case ApiError::Kind::SnapshotLimitReached:
    case ApiError::Kind::RateLimited:
        // Not this snapshot's fault: it goes again when the window opens, a few times at most.
        if (++item.rateLimitedAttempts < kMaxRateLimitedAttempts) {
            setItemState(index, BatchItem::State::Pending);
            pauseUntil(backOff(item, error));
            return;
        }
        qCWarning(lcBatch) << "still rate limited after" << item.rateLimitedAttempts
                           << "attempts; giving up on" << item.request.sourceId;
        break;
    default:
        break;
    }
    item.error = error;
    ++m_paceDone;
    setItemState(index, BatchItem::State::Failed);
    publishProgress();
    scheduleNext();
}

void BatchRunner::resolveUnknown(const SnapshotRequest& request, const std::optional<Snapshot>& snapshot,
                                 const ApiError& error)
{
    for (int i = 0; i < m_items.size(); ++i) {
        BatchItem& item = m_items[i];
        if (item.state != BatchItem::State::Unknown || item.request != request)
            continue;
        if (snapshot) {
            item.snapshotId = snapshot->id;
            item.link = snapshot->link;
            item.error = {};
            setItemState(i, BatchItem::State::Created);
        } else {
            item.error = error;
            setItemState(i, BatchItem::State::Failed); // now Retry failed may send it again
        }
        publishProgress();
        return;
    }
}

bool BatchRunner::willSendAgain(const SnapshotRequest& request, const ApiError& error) const
{
    if (m_current < 0 || m_items.at(m_current).request != request)
        return false;
    switch (error.kind()) {
    case ApiError::Kind::Busy:
        return true;
    case ApiError::Kind::SnapshotLimitReached:
    case ApiError::Kind::RateLimited:
        return m_items.at(m_current).rateLimitedAttempts + 1 < kMaxRateLimitedAttempts;
    default:
        return false;
    }
}

QDateTime BatchRunner::backOff(const BatchItem& item, const ApiError& error) const
{
    const QDateTime now = m_clock.now();
    if (error.kind() == ApiError::Kind::SnapshotLimitReached && !error.retryAt().isValid())
        return now.addSecs(kDefaultSnapshotWindowSeconds);
    const int doublings = std::min(item.rateLimitedAttempts - 1, 6);
    const qint64 seconds = std::min<qint64>(qint64(ApiTransport::kDefaultRetrySeconds) << doublings,
                                            kDefaultSnapshotWindowSeconds);
    const QDateTime backedOff = now.addSecs(seconds);
    return error.retryAt().isValid() && error.retryAt() > backedOff ? error.retryAt() : backedOff;
}

void BatchRunner::pauseUntil(const QDateTime& at)
{
    m_resumeAt = at;
    qCInfo(lcBatch) << "rate limited; the rest of the batch goes at" << at;
    emit paused(at);
    publishProgress();
    m_resumeTimer.start();
}

void BatchRunner::onResumeTick()
{
    if (!m_resumeAt.isValid()) {
        m_resumeTimer.stop();
        return;
    }
    if (m_clock.now() < m_resumeAt) {
        publishProgress(); // the countdown
        return;
    }
    m_resumeTimer.stop();
    m_resumeAt = {};
    // The pause says nothing about the pace of sending.
    m_paceStart = m_clock.now();
    m_paceDone = 0;
    qCInfo(lcBatch) << "resuming the batch";
    emit resumed();
    scheduleNext();
}

void BatchRunner::finishRun()
{
    m_running = false;
    m_current = -1;
    m_resumeTimer.stop();
    m_resumeAt = {};
    const int created = count(BatchItem::State::Created);
    const int failed = count(BatchItem::State::Failed);
    const int cancelled = count(BatchItem::State::Cancelled);
    qCInfo(lcBatch) << "batch finished:" << created << "created," << failed << "failed," << cancelled
                    << "cancelled";
    publishProgress();
    emit runningChanged(false);
    emit finished(created, failed, cancelled);
}

void BatchRunner::publishProgress()
{
    emit progressChanged(doneCount(), total(), secondsLeft());
}

void BatchRunner::setItemState(int index, BatchItem::State state)
{
    m_items[index].state = state;
    emit itemChanged(index);
}

} // namespace snapshotdesk
