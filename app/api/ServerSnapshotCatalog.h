#pragma once

#include "core/ApiError.h"
#include "core/ServerSnapshot.h"

#include <QObject>
#include <QPointer>

namespace snapshotdesk {

class SnapshotService;

// The snapshots that exist on the server for one account group: lists them (v6 in one answer, v7
// page by page following _links.next), deletes them, and changes a v7 snapshot's expiration date.
// Every request goes through the service's ApiTransport, so the rate-limit policy applies to all.
class ServerSnapshotCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSnapshotCatalog)

public:
    // A server that keeps answering with a next page is not followed forever.
    static constexpr int kMaxPages = 1000;

    enum class Action
    {
        Delete,
        ChangeExpiration,
    };
    Q_ENUM(Action)

    explicit ServerSnapshotCatalog(QObject* parent = nullptr);
    ~ServerSnapshotCatalog() override;

    // Talks through `service` from now on; anything in flight on the previous one is cancelled and
    // the list is forgotten (it belonged to another configuration).
    void setService(SnapshotService* service);

    bool isLoading() const { return m_listId != 0; }
    bool hasList() const { return m_hasList; }
    // The last complete list, and the account group and API generation it is for.
    QList<ServerSnapshot> snapshots() const { return m_snapshots; }
    QString aid() const { return m_aid; }
    ApiVersion version() const { return m_version; }

    // Lists every snapshot of account group `aid` (empty = the user's default group). A refresh
    // already running is replaced.
    void refresh(const QString& aid);
    // Stops paging; the previous complete list stays.
    void cancel();

    // Deletes on the server, one after another: v6 POST /report-snapshots/{id}/delete, v7 DELETE
    // /dashboard-snapshots/{id}. After a 401 or 403 the rest are not sent (actionFailed, Cancelled).
    void remove(const QList<ServerSnapshot>& snapshots);
    // v7 only: PATCH /dashboard-snapshots/{id} {"snapshotExpirationDate"}. Refused before sending
    // (actionFailed with a Validation error) unless `expires` is in the future and within five years.
    void changeExpiration(const ServerSnapshot& snapshot, const QDateTime& expires);

    // Why `expires` cannot be set at `now` (translated), or empty when it can.
    static QString validateExpiration(const QDateTime& expires, const QDateTime& now);

signals:
    void loadingChanged(bool loading);
    // While paging: pages read so far, snapshots found so far.
    void progress(int pages, int snapshots);
    void loaded(const QString& aid, const QList<snapshotdesk::ServerSnapshot>& snapshots);
    void loadFailed(const snapshotdesk::ApiError& error);
    void loadCancelled();
    void removed(const QString& id);
    void expirationChanged(const QString& id, const QDateTime& expires);
    void actionFailed(snapshotdesk::ServerSnapshotCatalog::Action action,
                      const snapshotdesk::ServerSnapshot& snapshot, const snapshotdesk::ApiError& error);
    // The list changed (loaded, an entry removed or its expiry changed).
    void listChanged();

private:
    void requestPage(const QString& path);
    void deleteNext();
    void finishLoading();

    QPointer<SnapshotService> m_service;
    ApiVersion m_version = ApiVersion::V7;
    QList<ServerSnapshot> m_snapshots;
    QList<ServerSnapshot> m_pending; // pages read so far in the running refresh
    QString m_aid;
    QString m_loadingAid;
    QStringList m_seenPages; // guards against a server that links a page to itself
    quint64 m_listId = 0;
    quint64 m_generation = 0; // answers of an older refresh are ignored
    int m_pages = 0;
    QList<ServerSnapshot> m_deleteQueue; // waiting for the delete in flight
    quint64 m_deleteCall = 0;            // the delete in flight
    bool m_hasList = false;
};

} // namespace snapshotdesk
