#include "session/OutcomeCheck.h"

#include "api/SnapshotService.h"
#include "core/Logging.h"

namespace snapshotdesk {

OutcomeCheck::OutcomeCheck(QObject* parent)
    : QObject(parent)
{
    connect(&m_catalog, &ServerSnapshotCatalog::loaded, this, &OutcomeCheck::onLoaded);
    connect(&m_catalog, &ServerSnapshotCatalog::loadFailed, this, &OutcomeCheck::onLoadFailed);
}

OutcomeCheck::~OutcomeCheck() = default;

void OutcomeCheck::setService(SnapshotService* service)
{
    m_service = service;
    m_checkingAid.clear();
    m_catalog.setService(service);
}

void OutcomeCheck::setIsRecorded(std::function<bool(const QString& id)> isRecorded)
{
    m_isRecorded = std::move(isRecorded);
}

void OutcomeCheck::check(const HistoryEntry& entry)
{
    if (entry.status != HistoryEntry::Status::Unknown || entry.key.isEmpty())
        return;
    const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                    [&entry](const HistoryEntry& e) { return e.key == entry.key; });
    if (!queued)
        m_queue.append(entry);
    if (!m_catalog.isLoading())
        checkNext();
}

void OutcomeCheck::checkNext()
{
    if (!m_service)
        return;
    const ApiVersion version = m_service->version();
    const auto next = std::find_if(m_queue.cbegin(), m_queue.cend(),
                                   [version](const HistoryEntry& e) { return e.apiVersion == version; });
    if (next == m_queue.cend())
        return;
    m_checkingAid = next->aid;
    qCInfo(lcApi) << "checking the server's list for the outcome of" << m_queue.size() << "create(s)";
    m_catalog.refresh(m_checkingAid);
}

std::optional<ServerSnapshot>
OutcomeCheck::findMatch(const HistoryEntry& entry, const QList<ServerSnapshot>& list,
                        const std::function<bool(const QString& id)>& isRecorded)
{
    const QDateTime earliest = entry.createdAt.addSecs(-kMatchWindowSeconds);
    const auto sameSecond = [](const QDateTime& a, const QDateTime& b) {
        return a.isValid() && b.isValid() && a.toSecsSinceEpoch() == b.toSecsSinceEpoch();
    };
    std::optional<ServerSnapshot> best;
    qint64 bestDistance = 0;
    for (const ServerSnapshot& snapshot : list) {
        if (snapshot.id.isEmpty() || snapshot.name.trimmed() != entry.displayName.trimmed() ||
            !sameSecond(snapshot.from, entry.from) || !sameSecond(snapshot.to, entry.to))
            continue;
        if (snapshot.created.isValid() && snapshot.created < earliest)
            continue;
        if (isRecorded && isRecorded(snapshot.id))
            continue;
        const qint64 distance = snapshot.created.isValid()
                                    ? std::abs(snapshot.created.secsTo(entry.createdAt))
                                    : kMatchWindowSeconds;
        if (!best || distance < bestDistance) {
            best = snapshot;
            bestDistance = distance;
        }
    }
    return best;
}

void OutcomeCheck::onLoaded(const QString& aid, const QList<ServerSnapshot>& list)
{
    if (!m_service)
        return;
    const ApiVersion version = m_service->version();
    QList<HistoryEntry> rest;
    QList<HistoryEntry> done;
    for (const HistoryEntry& entry : std::as_const(m_queue)) {
        if (entry.aid != aid || entry.apiVersion != version) {
            rest.append(entry);
            continue;
        }
        HistoryEntry outcome = entry;
        // Two unknown entries of one name and range must not both claim the same snapshot.
        const auto taken = [this, &done](const QString& id) {
            return (m_isRecorded && m_isRecorded(id)) ||
                   std::any_of(done.cbegin(), done.cend(),
                               [&id](const HistoryEntry& e) { return e.snapshotId == id; });
        };
        if (const std::optional<ServerSnapshot> match = findMatch(entry, list, taken)) {
            outcome.status = HistoryEntry::Status::Created;
            outcome.snapshotId = match->id;
            outcome.link = !match->link.isEmpty()
                               ? match->link
                               : m_service->linkFor(Snapshot{match->id, {}, {}, {}}, entry.aid);
            outcome.failureReason.clear();
            qCInfo(lcApi) << "a create whose answer was lost did make snapshot" << match->id;
        } else {
            outcome.status = HistoryEntry::Status::Failed;
            outcome.failureReason =
                tr("The connection ended before the server answered, and the server's list "
                   "has no snapshot of this name and range: it was not made, and can be "
                   "sent again.");
            qCInfo(lcApi) << "a create whose answer was lost made nothing";
        }
        done.append(outcome);
    }
    m_queue = rest;
    m_checkingAid.clear();
    for (const HistoryEntry& entry : std::as_const(done))
        emit resolved(entry);
    checkNext();
}

void OutcomeCheck::onLoadFailed(const ApiError& error)
{
    // Not told apart from "not made": the entries stay Unknown, and are checked again on the
    // next start or refresh.
    QList<HistoryEntry> rest;
    QList<HistoryEntry> failed;
    for (const HistoryEntry& entry : std::as_const(m_queue))
        (entry.aid == m_checkingAid ? failed : rest).append(entry);
    m_queue = rest;
    m_checkingAid.clear();
    qCWarning(lcApi) << "could not read the server's list to check" << failed.size() << "create(s)";
    for (const HistoryEntry& entry : std::as_const(failed))
        emit unresolved(entry, error);
    checkNext();
}

} // namespace snapshotdesk
