#include "demo/LoopbackHttpServer.h"

#include <QQueue>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace snapshotdesk {

namespace {

// The request line and headers, without the blank line that ends them.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxRequestBody = 4 * 1024 * 1024;
// What a connection holds of a request not yet complete: the largest request allowed fits, so a
// full buffer always holds a whole request or a refusable one. More waits unread in the socket.
constexpr qsizetype kMaxBufferedBytes = kMaxHeaderBytes + 4 + kMaxRequestBody;
// Answers waiting behind a slow one; while there are this many, no further request is read.
constexpr qsizetype kMaxQueuedAnswers = 16;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// One answer as bytes on the wire, and how to send them.
struct Outgoing
{
    QByteArray bytes;
    qsizetype bodyStart = 0; // where the body starts in `bytes` (a drip sends the head at once)
    int delayMs = 0;
    int dripIntervalMs = 0;
    qsizetype dripBytes = 4;
    bool closeAfter = false; // the connection ends with this answer
    bool reset = false;      // ...with a TCP reset instead of an orderly close
};

Outgoing toOutgoing(const HttpResponse& response)
{
    Outgoing out;
    out.bytes = response.raw;
    if (out.bytes.isEmpty()) {
        out.bytes =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        bool hasType = false;
        for (const auto& [key, value] : response.headers) {
            out.bytes += key + ": " + value + "\r\n";
            hasType = hasType || key.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }
        if (!hasType && !response.body.isEmpty())
            out.bytes += "Content-Type: application/json\r\n";
        out.bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out.bytes += "Connection: keep-alive\r\n\r\n";
        out.bodyStart = out.bytes.size();
        out.bytes += response.body;
    }
    if (response.truncateBodyAt >= 0)
        out.bytes.truncate(out.bodyStart + response.truncateBodyAt);
    out.closeAfter = response.truncateBodyAt >= 0 || response.resetAfter;
    out.reset = response.resetAfter;
    out.delayMs = response.delayMs;
    out.dripIntervalMs = response.dripIntervalMs;
    out.dripBytes = qMax<qsizetype>(1, response.dripBytes);
    return out;
}

// The last answer on a connection: `status` with `why` as text, then the server closes.
Outgoing refusal(int status, const QByteArray& why)
{
    Outgoing out;
    const QByteArray body = why + '\n';
    out.bytes =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n\r\n";
    out.bodyStart = out.bytes.size();
    out.bytes += body;
    out.closeAfter = true;
    return out;
}

// Whether `host` (a Host header) names this server: 127.0.0.1 or localhost, with its port. A page
// from any other origin whose name was made to resolve to 127.0.0.1 (DNS rebinding) sends its own
// name, and must not read what this server serves.
bool isOwnHost(const QByteArray& host, quint16 port)
{
    const QByteArray suffix = ':' + QByteArray::number(port);
    if (!host.endsWith(suffix))
        return false;
    const QByteArray name = host.chopped(suffix.size());
    return name == "127.0.0.1" || name.compare("localhost", Qt::CaseInsensitive) == 0;
}

// What the front of a connection's buffer holds.
struct Parsed
{
    enum Kind
    {
        Incomplete,
        Complete,
        Refused
    };
    Kind kind = Incomplete;
    HttpRequest request;
    qsizetype size = 0; // bytes the request took, when Complete
    int status = 0;     // the answer, when Refused
    QByteArray why;

    static Parsed refused(int status, const QByteArray& why)
    {
        Parsed parsed;
        parsed.kind = Refused;
        parsed.status = status;
        parsed.why = why;
        return parsed;
    }
};

// Methods and header names are tokens (RFC 9110 5.6.2): no spaces, no separators.
bool isToken(QByteArrayView text)
{
    constexpr QByteArrayView kSymbols = "!#$%&'*+-.^_`|~";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [kSymbols](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               kSymbols.contains(c);
    });
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The request at the front of `buffer`, for a server listening on `port`.
Parsed parseRequest(const QByteArray& buffer, quint16 port)
{
    // The cap applies to the header block itself, wherever the reads that brought it happened to
    // end: a block ending past it is refused even when it arrived whole.
    const qsizetype searched = qMin(buffer.size(), kMaxHeaderBytes + 4);
    const qsizetype headerEnd = QByteArrayView(buffer).first(searched).indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() >= kMaxHeaderBytes + 4)
            return Parsed::refused(431, "The request line and headers exceed 64 KiB.");
        return {};
    }
    // Whatever a proxy in front could read differently from this server (a bare CR or LF, a folded
    // line, a space before the colon) is refused rather than guessed at: request smuggling lives in
    // such differences.
    QList<QByteArray> lines;
    for (qsizetype from = 0; from <= headerEnd;) {
        qsizetype end = buffer.indexOf("\r\n", from);
        if (end < 0 || end > headerEnd)
            end = headerEnd;
        lines.append(buffer.mid(from, end - from));
        if (lines.constLast().contains('\r') || lines.constLast().contains('\n'))
            return Parsed::refused(400, "A bare CR or LF in the request head.");
        from = end + 2;
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty() ||
        (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0"))
        return Parsed::refused(400, "Malformed request line.");
    Parsed parsed;
    HttpRequest& request = parsed.request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    int lengthCount = 0;
    int hostCount = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || !isToken(QByteArrayView(line).first(colon)))
            return Parsed::refused(400, "Malformed header line.");
        const QByteArray name = line.left(colon);
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            return Parsed::refused(400, "Transfer-Encoding is not supported; send Content-Length.");
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            ++lengthCount;
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            ++hostCount;
        request.headers.emplaceBack(name, line.mid(colon + 1).trimmed());
    }
    if (lengthCount > 1)
        return Parsed::refused(400, "More than one Content-Length.");
    const QByteArray lengthText = request.header("Content-Length");
    // Digits only: no sign, no list, and few enough that they cannot overflow.
    if (lengthCount == 1 && (!isDigits(lengthText) || lengthText.size() > 18))
        return Parsed::refused(400, "Malformed Content-Length.");
    const qsizetype length = lengthCount == 1 ? lengthText.toLongLong() : 0;
    if (length > kMaxRequestBody)
        return Parsed::refused(413, "The request body exceeds 4 MiB.");
    if (buffer.size() < headerEnd + 4 + length)
        return {}; // the body is still arriving
    // Checked once the whole request is in, so that what follows it is not taken for a request.
    const QByteArray host = request.header("Host");
    if (hostCount != 1 || host.isEmpty())
        return Parsed::refused(400, "Exactly one Host header is required.");
    if (!isOwnHost(host, port)) {
        const QByteArray suffix = ':' + QByteArray::number(port);
        return Parsed::refused(421, "This server answers to 127.0.0.1" + suffix + " and localhost" + suffix +
                                        " only.");
    }
    request.body = buffer.mid(headerEnd + 4, length);
    parsed.size = headerEnd + 4 + length;
    parsed.kind = Parsed::Complete;
    return parsed;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray HttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

HttpResponse HttpResponse::json(int status, const QByteArray& body, const QByteArray& contentType)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.emplaceBack("Content-Type", contentType);
    return response;
}

LoopbackHttpServer::LoopbackHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 LoopbackHttpServer::port() const
{
    return m_server.serverPort();
}

// Reads a client's requests and sends its answers strictly in request order, as HTTP/1.1 requires
// of pipelined requests: an answer starts only after the one before it has been written in full,
// however long that one waits (delayMs) or drips (dripIntervalMs).
class LoopbackHttpServer::Connection final : public QObject
{
public:
    Connection(LoopbackHttpServer* server, QTcpSocket* socket, int id)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_id(id)
    {
        socket->setParent(this);
        // Qt's own buffer stops taking in data at this size, so a client sending faster than
        // its requests are read cannot make the server hold more.
        socket->setReadBufferSize(kMaxBufferedBytes);
        m_delay.setSingleShot(true);
        connect(&m_delay, &QTimer::timeout, this, &Connection::startSending);
        connect(&m_drip, &QTimer::timeout, this, &Connection::dripNext);
        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, &Connection::closeIdle);
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::updateIdleTimer);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::readRequests);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            --m_server->m_open;
            deleteLater();
        });
        updateIdleTimer();
    }

private:
    void readRequests()
    {
        if (m_ending) {
            m_socket->readAll(); // nothing after the last answer is understood
            return;
        }
        m_readingPaused = false;
        for (;;) {
            if (m_answers.size() >= kMaxQueuedAnswers) {
                // Enough answers wait already; the rest is read once they have gone out.
                m_readingPaused = true;
                break;
            }
            if (m_buffer.size() < kMaxBufferedBytes)
                m_buffer += m_socket->read(kMaxBufferedBytes - m_buffer.size());
            Parsed parsed = parseRequest(m_buffer, m_server->port());
            if (parsed.kind == Parsed::Incomplete)
                break;
            if (parsed.kind == Parsed::Refused) {
                refuse(parsed.status, parsed.why);
                return;
            }
            m_buffer.remove(0, parsed.size);
            parsed.request.connection = m_id;
            enqueue(toOutgoing(m_server->answer(parsed.request)));
            if (m_ending)
                return;
        }
        updateIdleTimer(); // whatever arrived was activity, even part of a request
    }

    // Answers `status` after the answers already queued, then closes: the rest of the stream
    // cannot be trusted to be where this request says it is.
    void refuse(int status, const QByteArray& why)
    {
        m_ending = true;
        m_buffer.clear();
        m_socket->readAll();
        enqueue(refusal(status, why));
    }

    void enqueue(Outgoing answer)
    {
        m_answers.enqueue(std::move(answer));
        if (!m_sending)
            sendNext();
    }

    // Starts the oldest answer not yet sent.
    void sendNext()
    {
        if (m_answers.isEmpty()) {
            updateIdleTimer();
            return;
        }
        m_sending = true;
        if (m_answers.head().delayMs > 0)
            m_delay.start(m_answers.head().delayMs);
        else
            startSending();
    }

    void startSending()
    {
        const Outgoing& answer = m_answers.head();
        if (answer.dripIntervalMs <= 0) {
            m_socket->write(answer.bytes);
            finishAnswer();
            return;
        }
        // A drip: the head at once, then the body a piece at a time.
        m_socket->write(answer.bytes.left(answer.bodyStart));
        m_sent = answer.bodyStart;
        m_drip.start(answer.dripIntervalMs);
    }

    void dripNext()
    {
        const Outgoing& answer = m_answers.head();
        if (m_sent >= answer.bytes.size()) {
            m_drip.stop();
            finishAnswer();
            return;
        }
        m_socket->write(answer.bytes.mid(m_sent, answer.dripBytes));
        m_sent += answer.dripBytes;
    }

    void finishAnswer()
    {
        m_sending = false;
        const Outgoing done = m_answers.dequeue();
        if (done.closeAfter) {
            // Whatever was asked after this answer goes unanswered: the client sees the close.
            m_ending = true;
            m_answers.clear();
            m_socket->flush();
            if (done.reset) {
                resetConnection();
                return;
            }
            m_socket->disconnectFromHost();
            updateIdleTimer(); // a client not reading even this is cut off in the end
            return;
        }
        if (m_readingPaused)
            readRequests();
        if (!m_sending)
            sendNext();
    }

    // Idle: no answer waiting or being sent. The time counts from the last byte received or
    // written, so a request arriving slowly, or an answer read slowly, keeps the connection.
    void updateIdleTimer()
    {
        if (m_sending || !m_answers.isEmpty() || m_server->m_idleTimeout <= std::chrono::milliseconds(0))
            m_idle.stop();
        else
            m_idle.start(m_server->m_idleTimeout);
    }

    // What a crashed server or a middlebox dropping state looks like: RST, not FIN. A zero linger
    // time makes the close send a reset (what was written so far is already on its way).
    void resetConnection()
    {
#ifdef Q_OS_UNIX
        const linger immediate{1, 0};
        ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediate,
                     sizeof immediate);
#endif
        m_socket->abort();
    }

    void closeIdle()
    {
        // Bytes still unsent after a whole idle period: the client has stopped reading them.
        if (m_socket->bytesToWrite() > 0)
            m_socket->abort();
        else
            m_socket->disconnectFromHost();
    }

    LoopbackHttpServer* m_server;
    QTcpSocket* m_socket;
    int m_id;
    QByteArray m_buffer;        // received, not yet a whole request
    QQueue<Outgoing> m_answers; // in request order; the head is being sent while m_sending
    bool m_sending = false;
    bool m_ending = false;        // the last answer is out or on its way: read nothing more
    bool m_readingPaused = false; // too many answers queued: requests wait in the socket
    qsizetype m_sent = 0;         // of the head's bytes, while it drips
    QTimer m_delay;
    QTimer m_drip;
    QTimer m_idle;
};

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_open >= m_maxConnections) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(refusal(503, "Too many open connections.").bytes);
            socket->disconnectFromHost();
            continue;
        }
        ++m_open;
        new Connection(this, socket, ++m_connections);
    }
}

HttpResponse LoopbackHttpServer::answer(const HttpRequest& request)
{
    emit requestReceived(request);
    return m_handler ? m_handler(request) : HttpResponse::json(404, "{}");
}

} // namespace snapshotdesk
