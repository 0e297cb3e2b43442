#pragma once

#include "api/ApiTransport.h"
#include "core/AccountGroup.h"
#include "core/Snapshot.h"
#include "core/SnapshotRequest.h"
#include "core/SnapshotSource.h"

#include <QObject>

#include <memory>

namespace snapshotdesk {

// The one interface the window talks to: load account groups and sources, create a snapshot,
// cancel. Results and errors arrive as typed signals. The flow (validation, one create at a time,
// error mapping) lives here; the two backends only describe their paths, bodies and answers.
class SnapshotService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotService)

public:
    enum class Operation
    {
        AccountGroups,
        Sources,
        Create,
    };
    Q_ENUM(Operation)

    ~SnapshotService() override;

    // The backend for `config.version`.
    static std::unique_ptr<SnapshotService>
    make(const ApiConfig& config, const Clock& clock = Clock::system(), QObject* parent = nullptr);

    ApiVersion version() const { return m_transport.config().version; }
    const ApiConfig& config() const { return m_transport.config(); }
    ApiTransport& transport() { return m_transport; }
    const Clock& clock() const { return m_transport.clock(); }
    RateLimitStatus rateLimit() const { return m_transport.rateLimit(); }

    void loadAccountGroups();
    void loadSources(const QString& aid);
    // Validates, then sends. Returns false, and emits createFailed(), when the request is refused
    // before sending: invalid, unacknowledged warnings, or another create still in flight.
    bool create(const SnapshotRequest& request);
    bool isCreating() const { return m_createId != 0; }
    // Aborts everything in flight or waiting; each pending operation reports Cancelled.
    void cancel();
    // Aborts only the create in flight (a batch's Cancel must not abort the form's lists).
    void cancelCreate();

    // The link for a person to a snapshot created through this service.
    QUrl linkFor(const Snapshot& snapshot, const QString& aid) const;

signals:
    void accountGroupsLoaded(const QList<snapshotdesk::AccountGroup>& groups);
    void sourcesLoaded(const QString& aid, const QList<snapshotdesk::SnapshotSource>& sources);
    void created(const snapshotdesk::SnapshotRequest& request, const snapshotdesk::Snapshot& snapshot);
    void createFailed(const snapshotdesk::SnapshotRequest& request, const snapshotdesk::ApiError& error);
    void loadFailed(snapshotdesk::SnapshotService::Operation operation, const snapshotdesk::ApiError& error);
    void busyChanged(snapshotdesk::SnapshotService::Operation operation, bool busy);
    void rateLimitChanged(const snapshotdesk::RateLimitStatus& status);
    void waiting(snapshotdesk::WaitReason reason, int secondsLeft, const QDateTime& until);

protected:
    SnapshotService(const ApiConfig& config, const Clock& clock, QObject* parent);

    virtual ApiCall accountGroupsCall() const = 0;
    virtual Parsed<QList<AccountGroup>> parseAccountGroups(const ApiResponse& response) const = 0;
    virtual ApiCall sourcesCall(const QString& aid) const = 0;
    virtual Parsed<QList<SnapshotSource>> parseSources(const ApiResponse& response) const = 0;
    virtual ApiCall createCall(const SnapshotRequest& request) const = 0;
    virtual Parsed<Snapshot> parseCreated(const ApiResponse& response) const = 0;
    // Whether the configured credentials can be used with this API generation at all.
    virtual bool acceptsCredentials(const Credentials& credentials) const = 0;

private:
    // The shared shape of the list loads: one in flight per kind, typed parse, typed delivery.
    template <typename T, typename Parse, typename Deliver>
    void load(Operation operation, quint64& slot, const ApiCall& call, Parse parse, Deliver deliver);

    ApiTransport m_transport;
    quint64 m_accountGroupsId = 0;
    quint64 m_sourcesId = 0;
    quint64 m_createId = 0;
};

} // namespace snapshotdesk
