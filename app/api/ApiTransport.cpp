#include "api/ApiTransport.h"

#include "api/OneShotBody.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace snapshotdesk {

struct ApiTransport::Operation
{
    quint64 id = 0;
    ApiCall call;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;

    QUrl url;
    QByteArray method;
    QByteArray body;
    bool sendCredentials = true;
    int redirects = 0;
    bool retried429 = false;

    QNetworkReply* reply = nullptr;
    QTimer deadline;
    QTimer waitTimer;
    WaitReason waitReason = WaitReason::None;
    QDateTime waitUntil;
    int lastSecondsLeft = -1;
    bool timedOut = false;
    bool tooLarge = false;
    // The whole request left (or an answer began to arrive): from here on a lost answer does not
    // mean that the server did nothing.
    bool requestSent = false;
    bool cancelled = false;
    QString tlsDetail;
    QElapsedTimer elapsed;
};

namespace {

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QByteArray userAgent()
{
    return QByteArrayLiteral("SnapshotDesk/" SNAPSHOTDESK_VERSION " (+https://snapshotdesk.org)");
}

ApiError transportError(const QNetworkReply& reply, const QString& tlsDetail)
{
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(ApiError::Kind::ConnectionRefused, reply.errorString());
    case QNetworkReply::HostNotFoundError:
        return ApiError(ApiError::Kind::HostNotFound, reply.errorString());
    case QNetworkReply::TimeoutError:
        return ApiError(ApiError::Kind::Timeout, reply.errorString());
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(ApiError::Kind::Tls, tlsDetail.isEmpty() ? reply.errorString() : tlsDetail);
    case QNetworkReply::OperationCanceledError:
        return ApiError(ApiError::Kind::Cancelled);
    default:
        return ApiError(ApiError::Kind::Network, reply.errorString());
    }
}

// Whether a failed attempt of `call` leaves open what the server did: a create that was sent whole
// and then lost its answer, unless the head that did arrive already said no (4xx or 5xx).
bool outcomeUnknown(const ApiCall& call, bool requestSent, int status)
{
    return call.createsSnapshot && requestSent && (status == 0 || (status >= 200 && status < 400));
}

} // namespace

ApiTransport::ApiTransport(ApiConfig config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    // Redirects are handled in onFinished(), so credentials never travel to another host.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setAutoDeleteReplies(false);
}

ApiTransport::~ApiTransport()
{
    // Replies must not outlive the manager; callbacks are not run during destruction.
    for (auto& [id, op] : m_operations) {
        if (op->reply) {
            op->reply->disconnect(this);
            op->reply->abort();
            delete op->reply;
            op->reply = nullptr;
        }
    }
}

QUrl ApiTransport::urlFor(const ApiCall& call) const
{
    QUrl url = m_config.effectiveBaseUrl();
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // A call may carry an already encoded query after '?' (a paging cursor); the path part must not
    // be encoded twice, so the two are set apart.
    const qsizetype question = call.path.indexOf(u'?');
    url.setPath(path + call.path.left(question));
    QString encodedQuery = url.query(QUrl::FullyEncoded);
    if (question >= 0) {
        if (!encodedQuery.isEmpty())
            encodedQuery += u'&';
        encodedQuery += call.path.mid(question + 1);
    }
    QUrlQuery query(encodedQuery);
    if (!call.aid.isEmpty())
        query.addQueryItem(QStringLiteral("aid"), call.aid);
    url.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

quint64 ApiTransport::send(const ApiCall& call, QObject* context, Callback done)
{
    auto op = std::make_unique<Operation>();
    const quint64 id = m_nextId++;
    op->id = id;
    op->call = call;
    op->context = context;
    op->hasContext = context != nullptr;
    op->done = std::move(done);
    op->url = urlFor(call);
    op->method = call.method;
    op->body = call.body;
    op->deadline.setSingleShot(true);
    connect(&op->deadline, &QTimer::timeout, this, [this, id] {
        const auto it = m_operations.find(id);
        if (it == m_operations.end() || !it->second->reply)
            return;
        it->second->timedOut = true;
        it->second->reply->abort();
    });
    connect(&op->waitTimer, &QTimer::timeout, this, [this, id] { tick(id); });
    m_operations.emplace(id, std::move(op));
    // Always answer asynchronously, so callers never see a callback inside send().
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            const auto it = m_operations.find(id);
            if (it != m_operations.end())
                start(*it->second);
        },
        Qt::QueuedConnection);
    return id;
}

void ApiTransport::start(Operation& op)
{
    if (!ApiConfig::isAllowedUrl(op.url)) {
        qCWarning(lcApi) << "refused to send to a non-HTTPS address" << op.url.host();
        fail(op.id, ApiError(ApiError::Kind::InsecureUrl, op.url.toDisplayString()));
        return;
    }
    if (!m_config.credentials.isComplete()) {
        fail(op.id, ApiError(ApiError::Kind::MissingCredentials));
        return;
    }
    const QDateTime now = m_clock.now();
    const RateLimitWindow& snapshots = m_rateLimit.snapshotCreation;
    if (op.call.createsSnapshot && snapshots.isKnown() && snapshots.isExhausted() &&
        snapshots.reset.isValid() && now < snapshots.reset) {
        ApiError error(ApiError::Kind::SnapshotLimitReached);
        error.setRetryAt(snapshots.reset);
        fail(op.id, error);
        return;
    }
    rollOrganizationWindow(now);
    const RateLimitWindow& org = m_rateLimit.organization;
    if (org.isKnown() && org.isExhausted() && org.reset.isValid() && now < org.reset) {
        if (now.secsTo(org.reset) > m_config.maxRateLimitWait.count()) {
            ApiError error(ApiError::Kind::RateLimited);
            error.setRetryAt(org.reset);
            fail(op.id, error);
            return;
        }
        qCInfo(lcApi) << "holding a request until the rate limit resets at" << org.reset;
        beginWait(op, WaitReason::Pacing, org.reset);
        return;
    }
    startAttempt(op);
}

QNetworkRequest ApiTransport::buildRequest(const Operation& op) const
{
    QNetworkRequest request(op.url);
    request.setRawHeader("Accept", m_config.version == ApiVersion::V6
                                       ? QByteArrayLiteral("application/json")
                                       : QByteArrayLiteral("application/hal+json, application/problem+json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!op.body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (op.sendCredentials)
        request.setRawHeader("Authorization", m_config.credentials.authorizationHeader());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return request;
}

void ApiTransport::rollOrganizationWindow(const QDateTime& now)
{
    // Once the minute has turned over, the next one allows `limit` again, and no more: requests
    // held for the reset leave at that pace (each spends one in startAttempt) rather than all
    // together. The server's next answer replaces this guess.
    RateLimitWindow& org = m_rateLimit.organization;
    if (!org.isKnown() || !org.reset.isValid() || now < org.reset)
        return;
    org.remaining = org.limit;
    const qint64 windows = org.reset.secsTo(now) / kOrganizationWindowSeconds + 1;
    org.reset = org.reset.addSecs(windows * kOrganizationWindowSeconds);
}

void ApiTransport::startAttempt(Operation& op)
{
    op.waitReason = WaitReason::None;
    op.timedOut = op.tooLarge = op.requestSent = false;
    // Spend one request of the window now, so a burst paces itself before the server answers.
    if (m_rateLimit.organization.isKnown() && m_rateLimit.organization.remaining > 0)
        --m_rateLimit.organization.remaining;

    QNetworkRequest request = buildRequest(op);
    QNetworkReply* reply = nullptr;
    if (op.body.isNull() && op.method == "GET") {
        reply = m_network.get(request);
    } else if (op.call.createsSnapshot && !op.body.isNull()) {
        // Never sent twice by Qt itself (see OneShotBody): streamed, not buffered, so not rewound.
        request.setHeader(QNetworkRequest::ContentLengthHeader, op.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(op.body);
        reply = m_network.sendCustomRequest(request, op.method, body);
        body->setParent(reply); // read until the reply is done, gone with it
    } else {
        reply = m_network.sendCustomRequest(request, op.method, op.body);
    }
    op.reply = reply;
    op.elapsed.start();
    qCDebug(lcApi).noquote() << op.method << op.url.toDisplayString() << "attempt" << (op.retried429 ? 2 : 1)
                             << "credentials" << op.sendCredentials;

    const quint64 id = op.id;
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError>& errors) {
        // Never ignored: the handshake fails and the user is told why.
        const auto it = m_operations.find(id);
        if (it == m_operations.end())
            return;
        QStringList texts;
        for (const QSslError& error : errors)
            texts << error.errorString();
        it->second->tlsDetail = texts.join(QStringLiteral("; "));
    });
    // An oversized answer is refused as early as it shows: when the headers announce it, else as
    // soon as more than the cap has arrived, so that it is never read (or buffered) to the end.
    const auto refuseIfTooLarge = [this, id](qint64 received, qint64 announced) {
        if (received <= kMaxBodyBytes && announced <= kMaxBodyBytes)
            return;
        const auto it = m_operations.find(id);
        if (it == m_operations.end() || !it->second->reply || it->second->tooLarge)
            return;
        qCWarning(lcApi).noquote() << "the answer is larger than" << kMaxBodyBytes << "bytes (announced"
                                   << announced << "bytes): aborted after" << received << "bytes";
        it->second->tooLarge = true;
        it->second->reply->abort();
    };
    const auto markSent = [this, id] {
        const auto it = m_operations.find(id);
        if (it != m_operations.end())
            it->second->requestSent = true;
    };
    // The last byte of the body handed to the socket: the server may act on the request even if
    // no answer ever comes back. Before that it cannot (it has not got the whole body).
    connect(reply, &QNetworkReply::uploadProgress, this, [markSent](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            markSent();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, markSent);
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, refuseIfTooLarge] {
        bool known = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        refuseIfTooLarge(reply->bytesAvailable(), known ? announced : -1);
    });
    connect(reply, &QNetworkReply::readyRead, this,
            [reply, refuseIfTooLarge] { refuseIfTooLarge(reply->bytesAvailable(), -1); });
    connect(reply, &QNetworkReply::downloadProgress, this, refuseIfTooLarge);
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    op.deadline.start(m_config.timeout);
}

void ApiTransport::onFinished(quint64 id)
{
    const auto it = m_operations.find(id);
    if (it == m_operations.end())
        return;
    Operation& op = *it->second;
    op.deadline.stop();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> reply(
        op.reply, [](QNetworkReply* r) { r->deleteLater(); });
    op.reply = nullptr;

    const HeaderList headers = reply->rawHeaderPairs();
    updateRateLimit(headers);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcApi).noquote() << op.method << op.url.toDisplayString() << "->" << status << reply->error()
                             << op.elapsed.elapsed() << "ms";

    if (op.tooLarge) {
        fail(id, ApiError(ApiError::Kind::ResponseTooLarge, {}, status));
        return;
    }
    if (op.cancelled) {
        fail(id, ApiError(ApiError::Kind::Cancelled));
        return;
    }
    const int code = static_cast<int>(reply->error());
    const bool transportFailed = op.timedOut || (code > 0 && code < 200) || status == 0;
    if (transportFailed && outcomeUnknown(op.call, op.requestSent, status)) {
        // Never retried here, nor anywhere: a second create could make a duplicate. The caller
        // finds out from the server's list whether it was made.
        qCWarning(lcApi).noquote() << op.method << op.url.path()
                                   << "was sent, but its answer was lost; the outcome is unknown";
        fail(id, ApiError(ApiError::Kind::OutcomeUnknown, op.timedOut ? QString() : reply->errorString()));
        return;
    }
    if (op.timedOut) {
        fail(id, ApiError(ApiError::Kind::Timeout));
        return;
    }
    if (transportFailed) {
        fail(id, transportError(*reply, op.tlsDetail));
        return;
    }

    const QByteArray location = reply->rawHeader("Location");
    if (isRedirect(status) && !location.isEmpty()) {
        if (++op.redirects > kMaxRedirects) {
            fail(id, ApiError(ApiError::Kind::TooManyRedirects, {}, status));
            return;
        }
        const QUrl target = op.url.resolved(QUrl::fromEncoded(location.trimmed()));
        if (!ApiConfig::isAllowedUrl(target)) {
            qCWarning(lcApi) << "refused a redirect to a non-HTTPS address" << target.host();
            fail(id, ApiError(ApiError::Kind::InsecureUrl, target.toDisplayString(), status));
            return;
        }
        if (!sameOrigin(op.url, target)) {
            qCInfo(lcApi) << "following a redirect to" << target.host() << "without credentials";
            op.sendCredentials = false;
        }
        if (status == 303) {
            op.method = "GET";
            op.body = QByteArray();
        }
        op.url = target;
        startAttempt(op);
        return;
    }

    ApiResponse response;
    response.httpStatus = status;
    response.headers = headers;
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.body = reply->read(kMaxBodyBytes + 1);
    if (response.body.size() > kMaxBodyBytes) {
        fail(id, ApiError(ApiError::Kind::ResponseTooLarge, {}, status));
        return;
    }

    if (status == 429) {
        const QDateTime now = m_clock.now();
        const RateLimitWindow& snapshots = m_rateLimit.snapshotCreation;
        QDateTime until = retryAfter(headers, now).value_or(QDateTime());
        // The hourly window is the cause only when this answer says it is spent, or the window
        // last seen spent has not reset yet: a stale one must not turn the organisation's minute
        // into an hour.
        const RateLimitWindow told = RateLimitStatus::fromHeaders(headers, now).snapshotCreation;
        const bool hourlySpent = told.isKnown() ? told.isExhausted()
                                                : snapshots.isKnown() && snapshots.isExhausted() &&
                                                      (!snapshots.reset.isValid() || now < snapshots.reset);
        if (op.call.createsSnapshot && hourlySpent) {
            // The hourly snapshot window: far too long to sit and wait, so say when.
            ApiError error(ApiError::Kind::SnapshotLimitReached,
                           ApiError::parseServerMessage(response.body, response.contentType), 429);
            error.setRetryAt(snapshots.reset.isValid() ? snapshots.reset : until);
            fail(id, error);
            return;
        }
        if (!until.isValid()) {
            // The window's reset when it is still ahead; a reset already past says nothing about
            // when the server will take requests again, so the default wait, never "at once".
            const QDateTime reset = m_rateLimit.organization.reset;
            until = reset.isValid() && now < reset ? reset : now.addSecs(kDefaultRetrySeconds);
        }
        if (op.retried429 || now.secsTo(until) > m_config.maxRateLimitWait.count()) {
            ApiError error(ApiError::Kind::RateLimited,
                           ApiError::parseServerMessage(response.body, response.contentType), 429);
            error.setRetryAt(until);
            fail(id, error);
            return;
        }
        op.retried429 = true;
        qCInfo(lcApi) << "rate limited; retrying once at" << until;
        beginWait(op, WaitReason::RateLimited, until);
        return;
    }

    if (status < 200 || status >= 300)
        response.error = ApiError::fromHttp(status, response.body, response.contentType);
    finish(id, std::move(response));
}

void ApiTransport::beginWait(Operation& op, WaitReason reason, const QDateTime& until)
{
    op.waitReason = reason;
    op.waitUntil = until;
    op.lastSecondsLeft = -1;
    op.waitTimer.start(m_tickInterval);
    tick(op.id);
}

void ApiTransport::tick(quint64 id)
{
    const auto it = m_operations.find(id);
    if (it == m_operations.end())
        return;
    Operation& op = *it->second;
    const qint64 msLeft = m_clock.now().msecsTo(op.waitUntil);
    if (msLeft <= 0) {
        op.waitTimer.stop();
        const WaitReason reason = std::exchange(op.waitReason, WaitReason::None);
        publishWaitState();
        // A retry goes when the server said; a request held for the window is checked again, not
        // sent blindly: the requests held with it may have spent the new window already.
        if (reason == WaitReason::Pacing)
            start(op);
        else
            startAttempt(op);
        return;
    }
    const int secondsLeft = static_cast<int>((msLeft + 999) / 1000);
    if (secondsLeft != op.lastSecondsLeft) {
        op.lastSecondsLeft = secondsLeft;
        emit waiting(op.waitReason, secondsLeft, op.waitUntil);
    }
}

int ApiTransport::heldCount() const
{
    return static_cast<int>(std::count_if(m_operations.cbegin(), m_operations.cend(), [](const auto& entry) {
        return entry.second->waitReason != WaitReason::None;
    }));
}

void ApiTransport::publishWaitState()
{
    for (const auto& [id, op] : m_operations) {
        if (op->waitReason != WaitReason::None)
            return; // another request's countdown is still showing
    }
    emit waiting(WaitReason::None, 0, {});
}

void ApiTransport::updateRateLimit(const HeaderList& headers)
{
    const RateLimitStatus fresh = RateLimitStatus::fromHeaders(headers, m_clock.now());
    if (fresh.isEmpty())
        return;
    m_rateLimit.mergeFrom(fresh);
    emit rateLimitChanged(m_rateLimit);
}

void ApiTransport::cancel(quint64 id)
{
    const auto it = m_operations.find(id);
    if (it == m_operations.end())
        return;
    Operation& op = *it->second;
    op.cancelled = true;
    if (op.reply) {
        op.reply->abort(); // finished() follows synchronously and reports Cancelled
        return;
    }
    fail(id, ApiError(ApiError::Kind::Cancelled));
}

void ApiTransport::cancelAll()
{
    std::vector<quint64> ids;
    ids.reserve(m_operations.size());
    for (const auto& [id, op] : m_operations)
        ids.push_back(id);
    for (const quint64 id : ids)
        cancel(id);
}

void ApiTransport::fail(quint64 id, ApiError error)
{
    ApiResponse response;
    response.httpStatus = error.httpStatus();
    response.error = std::move(error);
    finish(id, std::move(response));
}

void ApiTransport::finish(quint64 id, ApiResponse response)
{
    const auto it = m_operations.find(id);
    if (it == m_operations.end())
        return;
    std::unique_ptr<Operation> op = std::move(it->second);
    m_operations.erase(it);
    op->deadline.stop();
    op->waitTimer.stop();
    if (op->reply) {
        op->reply->disconnect(this);
        op->reply->abort();
        op->reply->deleteLater();
        op->reply = nullptr;
    }
    if (op->waitReason != WaitReason::None) {
        op->waitReason = WaitReason::None;
        publishWaitState();
    }
    if (response.error.isError())
        qCInfo(lcApi).noquote() << op->method << op->url.path()
                                << "failed:" << static_cast<int>(response.error.kind())
                                << response.httpStatus;
    if (op->hasContext && !op->context)
        return;
    if (op->done)
        op->done(response);
}

} // namespace snapshotdesk
