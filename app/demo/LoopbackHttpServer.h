#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

#include <chrono>
#include <functional>

namespace snapshotdesk {

// A request as it arrived on the wire.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connection = 0; // which TCP connection carried it (shows keep-alive reuse)

    QByteArray header(QByteArrayView name) const;
    QByteArray path() const;  // target without the query
    QByteArray query() const; // after '?', without it
};

// What to answer, and how badly to behave while doing it.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;            // wait before answering at all
    qint64 truncateBodyAt = -1; // close the connection after this many body bytes
    bool resetAfter = false;    // end the connection after this answer with a TCP reset (RST)
    int dripIntervalMs = 0;     // send the body one piece per interval
    qsizetype dripBytes = 4;    // the size of that piece
    QByteArray raw;             // sent verbatim instead of a built answer, when not empty

    static HttpResponse json(int status, const QByteArray& body,
                             const QByteArray& contentType = "application/json");
};

// A small HTTP/1.1 server with keep-alive, listening on 127.0.0.1 only. It backs the demo mode and
// the tests' fake ThousandEyes server: both talk real HTTP to the real service code.
//
// Reachable by any local process and, through a browser, by any web page, it refuses what it need
// not understand: a header block over 64 KiB (431), a body over 4 MiB (413), anything but exactly
// one plain Content-Length or none, Transfer-Encoding, malformed heads (400), a Host other than
// 127.0.0.1:PORT or localhost:PORT (421), each answered and then the connection closed. Pipelined
// requests are answered in order. Idle connections are closed, and only so many are open at once.
class LoopbackHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1 at `port` (0 = any free port).
    bool listen(quint16 port = 0);
    quint16 port() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Connections accepted so far (refused ones not counted), and those open now.
    int connectionCount() const { return m_connections; }
    int openConnectionCount() const { return m_open; }
    // At most this many connections are open at once; any further one is answered 503 and closed,
    // so one client cannot take every socket the process has.
    void setMaxConnections(int max) { m_maxConnections = max; }
    // A connection with no request coming in and no answer going out for this long is closed, so
    // an abandoned client does not hold it for ever. Zero: never. Taken up by each connection the
    // next time it becomes idle.
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }

signals:
    void requestReceived(const snapshotdesk::HttpRequest& request);

private:
    class Connection; // one client connection: its requests in, its answers out, in order

    void onNewConnection();
    // Announces `request` and asks the handler what to answer.
    HttpResponse answer(const HttpRequest& request);

    QTcpServer m_server;
    Handler m_handler;
    int m_connections = 0;
    int m_open = 0;
    int m_maxConnections = 64;
    std::chrono::milliseconds m_idleTimeout{30'000};
};

} // namespace snapshotdesk
