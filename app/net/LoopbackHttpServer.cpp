#include "LoopbackHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace snapshotdesk {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxRequestBody = 4 * 1024 * 1024;

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
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
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

struct Pending
{
    QByteArray buffer;
    int connection = 0;
};

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

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setProperty("connection", ++m_connections);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxHeaderBytes)
                socket->abort();
            break;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3) {
            socket->abort();
            return;
        }
        HttpRequest request;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        request.connection = socket->property("connection").toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.emplaceBack(lines.at(i).left(colon).trimmed(),
                                            lines.at(i).mid(colon + 1).trimmed());
        }
        bool ok = true;
        const QByteArray lengthText = request.header("Content-Length");
        const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxRequestBody) {
            socket->abort();
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            break; // the body is still arriving
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        respond(socket, request);
    }
    socket->setProperty("buffer", buffer);
}

void LoopbackHttpServer::respond(QTcpSocket* socket, const HttpRequest& request)
{
    emit requestReceived(request);
    HttpResponse response = m_handler ? m_handler(request) : HttpResponse::json(404, "{}");

    QByteArray bytes = response.raw;
    qsizetype bodyStart = 0;
    if (bytes.isEmpty()) {
        bytes =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        bool hasType = false;
        for (const auto& [key, value] : response.headers) {
            bytes += key + ": " + value + "\r\n";
            hasType = hasType || key.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }
        if (!hasType && !response.body.isEmpty())
            bytes += "Content-Type: application/json\r\n";
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        bytes += "Connection: keep-alive\r\n\r\n";
        bodyStart = bytes.size();
        bytes += response.body;
    }
    if (response.truncateBodyAt >= 0)
        bytes.truncate(bodyStart + response.truncateBodyAt);
    const bool closeAfter = response.truncateBodyAt >= 0;

    QPointer<QTcpSocket> target(socket);
    auto write = [target, bytes, closeAfter, interval = response.dripIntervalMs,
                  piece = qMax<qsizetype>(1, response.dripBytes), bodyStart]() {
        // A plain pointer once checked: GCC's -Wnull-dereference (release, -O3) cannot see that
        // QPointer stays non-null between its uses here.
        QTcpSocket* peer = target.data();
        if (!peer)
            return;
        if (interval <= 0) {
            peer->write(bytes);
            if (closeAfter) {
                peer->flush();
                peer->disconnectFromHost();
            }
            return;
        }
        // A drip: the head at once, then the body a piece at a time.
        peer->write(bytes.left(bodyStart));
        auto* timer = new QTimer(peer);
        auto offset = std::make_shared<qsizetype>(bodyStart);
        // The timer is the socket's child and the connection's context: both go with it.
        QObject::connect(timer, &QTimer::timeout, peer, [peer, timer, bytes, offset, closeAfter, piece] {
            if (*offset >= bytes.size()) {
                timer->deleteLater();
                if (closeAfter)
                    peer->disconnectFromHost();
                return;
            }
            peer->write(bytes.mid(*offset, piece));
            *offset += piece;
        });
        timer->start(interval);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, write);
    else
        write();
}

} // namespace snapshotdesk
