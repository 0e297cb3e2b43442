#include "api/ServerSnapshotCatalog.h"

#include "api/SnapshotService.h"
#include "core/Logging.h"
#include "core/SnapshotRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <utility>

namespace snapshotdesk {

namespace {

// IDs go into the URL path; anything but these characters would change which resource is meant.
bool isSafeId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{1,128}$"));
    return pattern.match(id).hasMatch() && id != u"." && id != u"..";
}

QString listPath(ApiVersion version)
{
    return version == ApiVersion::V6 ? QStringLiteral("/report-snapshots")
                                     : QStringLiteral("/dashboard-snapshots");
}

} // namespace

ServerSnapshotCatalog::ServerSnapshotCatalog(QObject* parent)
    : QObject(parent)
{}

ServerSnapshotCatalog::~ServerSnapshotCatalog()
{
    if (m_service && m_listId != 0)
        m_service->transport().cancel(m_listId);
}

void ServerSnapshotCatalog::setService(SnapshotService* service)
{
    const bool wasLoading = m_listId != 0;
    ++m_generation;
    if (m_service && m_listId != 0)
        m_service->transport().cancel(m_listId);
    m_listId = 0;
    if (m_service && m_deleteCall != 0)
        m_service->transport().cancel(m_deleteCall);
    m_deleteCall = 0;
    m_deleteQueue.clear();
    m_service = service;
    m_version = service ? service->version() : ApiVersion::V7;
    m_snapshots.clear();
    m_pending.clear();
    m_aid.clear();
    m_hasList = false;
    if (wasLoading)
        emit loadingChanged(false);
    emit listChanged();
}

void ServerSnapshotCatalog::refresh(const QString& aid)
{
    if (!m_service)
        return;
    ++m_generation;
    if (m_listId != 0)
        m_service->transport().cancel(m_listId);
    m_loadingAid = aid;
    m_pending.clear();
    m_seenPages.clear();
    m_pages = 0;
    m_listId = 0;
    emit loadingChanged(true);
    requestPage(listPath(m_version));
}

void ServerSnapshotCatalog::requestPage(const QString& path)
{
    m_seenPages.append(path);
    const ApiCall call{"GET", path, m_loadingAid, {}, false};
    const quint64 generation = m_generation;
    const quint64 id =
        m_service->transport().send(call, this, [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return; // cancelled, or replaced by a newer refresh, which speaks for itself
            m_listId = 0;
            if (response.error.isError()) {
                emit loadingChanged(false);
                emit loadFailed(response.error);
                return;
            }
            ++m_pages;
            if (m_version == ApiVersion::V6) {
                const Parsed<QList<ServerSnapshot>> list = ServerSnapshot::fromV6List(response.body);
                if (!list.ok()) {
                    emit loadingChanged(false);
                    emit loadFailed(
                        ApiError(ApiError::Kind::InvalidResponse, list.error, response.httpStatus));
                    return;
                }
                m_pending = list.value;
                finishLoading();
                return;
            }
            const Parsed<ServerSnapshot::Page> page = ServerSnapshot::fromV7Page(response.body);
            if (!page.ok()) {
                emit loadingChanged(false);
                emit loadFailed(ApiError(ApiError::Kind::InvalidResponse, page.error, response.httpStatus));
                return;
            }
            m_pending.append(page.value.snapshots);
            emit progress(m_pages, static_cast<int>(m_pending.size()));
            if (page.value.next.isEmpty()) {
                finishLoading();
                return;
            }
            // Only the cursor of the next link is used, against our own base URL: a link to another
            // host must not receive the token, and ?aid= is ours to set.
            QUrlQuery query(page.value.next);
            query.removeAllQueryItems(QStringLiteral("aid"));
            const QString nextPath =
                listPath(m_version) +
                (query.isEmpty() ? QString() : u'?' + query.toString(QUrl::FullyEncoded));
            if (query.isEmpty() || m_seenPages.contains(nextPath) || m_pages >= kMaxPages) {
                qCWarning(lcApi) << "stopped paging the snapshot list after" << m_pages
                                 << "pages: the next link repeats or leads nowhere";
                finishLoading();
                return;
            }
            requestPage(nextPath);
        });
    m_listId = id;
}

void ServerSnapshotCatalog::finishLoading()
{
    m_snapshots = std::exchange(m_pending, {});
    m_aid = m_loadingAid;
    m_hasList = true;
    qCInfo(lcApi) << "listed" << m_snapshots.size() << "snapshots in" << m_pages << "pages";
    emit loadingChanged(false);
    emit loaded(m_aid, m_snapshots);
    emit listChanged();
}

void ServerSnapshotCatalog::cancel()
{
    if (!m_service || m_listId == 0)
        return;
    ++m_generation;
    const quint64 id = std::exchange(m_listId, 0);
    m_service->transport().cancel(id);
    m_pending.clear();
    emit loadingChanged(false);
    emit loadCancelled();
}

void ServerSnapshotCatalog::remove(const QList<ServerSnapshot>& snapshots)
{
    if (!m_service)
        return;
    for (const ServerSnapshot& snapshot : snapshots) {
        if (!isSafeId(snapshot.id)) {
            emit actionFailed(Action::Delete, snapshot,
                              ApiError(ApiError::Kind::Validation,
                                       tr("The snapshot ID \"%1\" is not valid.").arg(snapshot.id.left(80))));
            continue;
        }
        m_deleteQueue.append(snapshot);
    }
    if (m_deleteCall == 0)
        deleteNext();
}

void ServerSnapshotCatalog::deleteNext()
{
    // One at a time: a refused token stops the rest before they are sent (see below), and a
    // thousand deletes never leave at once.
    if (!m_service || m_deleteQueue.isEmpty())
        return;
    const ServerSnapshot snapshot = m_deleteQueue.takeFirst();
    const ApiCall call =
        m_version == ApiVersion::V6
            ? ApiCall{"POST",
                      QStringLiteral("/report-snapshots/%1/delete").arg(snapshot.id),
                      m_aid,
                      {},
                      false}
            : ApiCall{"DELETE", QStringLiteral("/dashboard-snapshots/%1").arg(snapshot.id), m_aid, {}, false};
    m_deleteCall = m_service->transport().send(call, this, [this, snapshot](const ApiResponse& response) {
        m_deleteCall = 0;
        if (response.error.isError()) {
            emit actionFailed(Action::Delete, snapshot, response.error);
            const ApiError::Kind kind = response.error.kind();
            if (kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden) {
                // Every other delete would be refused alike, and failed authentications count
                // against the whole source address (429 for everyone there after 120 an hour).
                const QList<ServerSnapshot> rest = std::exchange(m_deleteQueue, {});
                for (const ServerSnapshot& notSent : rest)
                    emit actionFailed(Action::Delete, notSent,
                                      ApiError(ApiError::Kind::Cancelled,
                                               tr("Not sent: the server refused the credentials for \"%1\".")
                                                   .arg(snapshot.name)));
                return;
            }
        } else {
            qCInfo(lcApi) << "deleted snapshot" << snapshot.id;
            m_snapshots.removeIf([&snapshot](const ServerSnapshot& s) { return s.id == snapshot.id; });
            emit removed(snapshot.id);
            emit listChanged();
        }
        deleteNext();
    });
}

QString ServerSnapshotCatalog::validateExpiration(const QDateTime& expires, const QDateTime& now)
{
    if (!expires.isValid())
        return tr("Choose an expiration date.");
    if (expires <= now)
        return tr("The expiration date must be in the future.");
    if (expires > SnapshotRequest::latestExpiration(now))
        return SnapshotRequest::expirationTooLateMessage(now);
    return {};
}

void ServerSnapshotCatalog::changeExpiration(const ServerSnapshot& snapshot, const QDateTime& expires)
{
    if (!m_service)
        return;
    if (m_version != ApiVersion::V7) {
        emit actionFailed(
            Action::ChangeExpiration, snapshot,
            ApiError(ApiError::Kind::Validation,
                     tr("Report snapshots (v6) do not expire, so there is no date to change.")));
        return;
    }
    if (!isSafeId(snapshot.id)) {
        emit actionFailed(Action::ChangeExpiration, snapshot,
                          ApiError(ApiError::Kind::Validation,
                                   tr("The snapshot ID \"%1\" is not valid.").arg(snapshot.id.left(80))));
        return;
    }
    const QString problem = validateExpiration(expires, m_service->clock().now());
    if (!problem.isEmpty()) {
        emit actionFailed(Action::ChangeExpiration, snapshot, ApiError(ApiError::Kind::Validation, problem));
        return;
    }
    const QDateTime utc = expires.toUTC();
    const QJsonObject body{{QStringLiteral("snapshotExpirationDate"), formatV7DateTime(utc)}};
    const ApiCall call{"PATCH", QStringLiteral("/dashboard-snapshots/%1").arg(snapshot.id), m_aid,
                       QJsonDocument(body).toJson(QJsonDocument::Compact), false};
    m_service->transport().send(call, this, [this, snapshot, utc](const ApiResponse& response) {
        if (response.error.isError()) {
            emit actionFailed(Action::ChangeExpiration, snapshot, response.error);
            return;
        }
        for (ServerSnapshot& s : m_snapshots) {
            if (s.id == snapshot.id)
                s.expires = utc;
        }
        emit expirationChanged(snapshot.id, utc);
        emit listChanged();
    });
}

} // namespace snapshotdesk
