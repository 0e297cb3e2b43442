#include "api/SnapshotService.h"

#include "api/DashboardSnapshotsV7.h"
#include "api/ReportSnapshotsV6.h"
#include "core/Logging.h"

namespace snapshotdesk {

SnapshotService::SnapshotService(const ApiConfig& config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_transport(config, clock)
{
    connect(&m_transport, &ApiTransport::rateLimitChanged, this, &SnapshotService::rateLimitChanged);
    connect(&m_transport, &ApiTransport::waiting, this, &SnapshotService::waiting);
}

SnapshotService::~SnapshotService() = default;

std::unique_ptr<SnapshotService> SnapshotService::make(const ApiConfig& config, const Clock& clock,
                                                       QObject* parent)
{
    if (config.version == ApiVersion::V6)
        return std::make_unique<ReportSnapshotsV6>(config, clock, parent);
    return std::make_unique<DashboardSnapshotsV7>(config, clock, parent);
}

template <typename T, typename Parse, typename Deliver>
void SnapshotService::load(Operation operation, quint64& slot, const ApiCall& call, Parse parse,
                           Deliver deliver)
{
    // A newer request replaces an older one: only the latest answer matters to the form.
    if (slot != 0)
        m_transport.cancel(slot);
    emit busyChanged(operation, true);
    slot =
        m_transport.send(call, this, [this, operation, &slot, parse, deliver](const ApiResponse& response) {
            slot = 0;
            emit busyChanged(operation, false);
            if (response.error.isError()) {
                if (response.error.kind() != ApiError::Kind::Cancelled)
                    emit loadFailed(operation, response.error);
                return;
            }
            const Parsed<T> parsed = parse(response);
            if (!parsed.ok()) {
                emit loadFailed(operation,
                                ApiError(ApiError::Kind::InvalidResponse, parsed.error, response.httpStatus));
                return;
            }
            deliver(parsed.value);
        });
}

void SnapshotService::loadAccountGroups()
{
    load<QList<AccountGroup>>(
        Operation::AccountGroups, m_accountGroupsId, accountGroupsCall(),
        [this](const ApiResponse& response) { return parseAccountGroups(response); },
        [this](const QList<AccountGroup>& groups) { emit accountGroupsLoaded(groups); });
}

void SnapshotService::loadSources(const QString& aid)
{
    load<QList<SnapshotSource>>(
        Operation::Sources, m_sourcesId, sourcesCall(aid),
        [this](const ApiResponse& response) { return parseSources(response); },
        [this, aid](const QList<SnapshotSource>& sources) { emit sourcesLoaded(aid, sources); });
}

bool SnapshotService::create(const SnapshotRequest& request)
{
    if (m_createId != 0) {
        // Never sent twice: a second press while one is in flight is refused.
        emit createFailed(request, ApiError(ApiError::Kind::Busy));
        return false;
    }
    const QList<ValidationIssue> issues = request.validate(version(), clock().now());
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == ValidationIssue::Severity::Error || !request.acknowledgeWarnings) {
            emit createFailed(request, ApiError(ApiError::Kind::Validation, issue.message));
            return false;
        }
    }
    if (!acceptsCredentials(config().credentials)) {
        emit createFailed(request, ApiError(ApiError::Kind::MissingCredentials));
        return false;
    }
    emit busyChanged(Operation::Create, true);
    m_createId = m_transport.send(createCall(request), this, [this, request](const ApiResponse& response) {
        m_createId = 0;
        emit busyChanged(Operation::Create, false);
        if (response.error.isError()) {
            emit createFailed(request, response.error);
            return;
        }
        Parsed<Snapshot> snapshot = parseCreated(response);
        if (!snapshot.ok()) {
            emit createFailed(request,
                              ApiError(ApiError::Kind::InvalidResponse, snapshot.error, response.httpStatus));
            return;
        }
        if (snapshot.value.link.isEmpty())
            snapshot.value.link = linkFor(snapshot.value, request.aid);
        if (!snapshot.value.created.isValid())
            snapshot.value.created = clock().now();
        qCInfo(lcApi) << "created snapshot" << snapshot.value.id;
        emit created(request, snapshot.value);
    });
    return true;
}

void SnapshotService::cancel()
{
    m_transport.cancelAll();
}

void SnapshotService::cancelCreate()
{
    if (m_createId != 0)
        m_transport.cancel(m_createId);
}

QUrl SnapshotService::linkFor(const Snapshot& snapshot, const QString& aid) const
{
    return Snapshot::buildLink(version(), config().effectiveBaseUrl(), snapshot.id, aid);
}

} // namespace snapshotdesk
