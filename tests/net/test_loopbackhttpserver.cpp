// LoopbackHttpServer at the byte level: what it refuses (oversized or ambiguous requests, requests
// for another host), the order of pipelined answers, and how it limits idle and surplus connections.
// A raw QTcpSocket talks to it so each test controls the exact bytes sent.

#include "demo/LoopbackHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A server answering 200 with the path as body (or whatever `answer` says), counting the requests
// its handler saw.
struct Server
{
    LoopbackHttpServer http;
    int handled = 0;
    std::function<HttpResponse(const HttpRequest&)> answer = [](const HttpRequest& request) {
        return HttpResponse::json(200, request.path(), "text/plain");
    };

    Server()
    {
        http.setHandler([this](const HttpRequest& request) {
            ++handled;
            return answer(request);
        });
        http.listen();
    }
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(http.port()); }
    QByteArray get(const QByteArray& path) const
    {
        return "GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\n\r\n";
    }
};

// A client sending exact bytes and keeping everything it receives.
class RawClient final
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                         [this] { received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        // The kernel completes the handshake before the server accepts; no event loop needed.
        m_connected = m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_connected; }
    // Writes `bytes` into the kernel before the server's event loop runs again, so the server
    // finds all of them at once.
    bool send(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(5000))
                return false;
        }
        return true;
    }
    // Writes `bytes` as the event loop lets it: for more than the kernel buffers at once.
    void write(const QByteArray& bytes) { m_socket.write(bytes); }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    void close() { m_socket.disconnectFromHost(); }
    bool hasHead() const { return received.contains("\r\n\r\n"); }
    QByteArray statusLine() const { return received.left(received.indexOf("\r\n")); }
    int answerCount() const { return static_cast<int>(received.count("HTTP/1.1 ")); }

    QByteArray received;

private:
    QTcpSocket m_socket;
    bool m_connected = false;
};

} // namespace

class TestLoopbackHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void headerCapHoldsForOneLargeRead_data();
    void headerCapHoldsForOneLargeRead();
    void ambiguousRequestsAreRefused_data();
    void ambiguousRequestsAreRefused();
    void malformedRequestLineIsRefused_data();
    void malformedRequestLineIsRefused();
    void pipelinedAnswersKeepRequestOrder_data();
    void pipelinedAnswersKeepRequestOrder();
    void longPipelineIsAnsweredInOrder();
    void idleConnectionIsClosed();
    void connectionsBeyondTheLimitAreRefused();
    void onlyThisServersHostIsServed_data();
    void onlyThisServersHostIsServed();
    void fullSizeRequestIsServed();
    void aCutAnswerEndsWithAResetOrAClose_data();
    void aCutAnswerEndsWithAResetOrAClose();
};

void TestLoopbackHttpServer::headerCapHoldsForOneLargeRead_data()
{
    QTest::addColumn<bool>("terminated");
    // The end of the header block arrives in the same read, but after 64 KiB.
    QTest::newRow("end after the cap") << true;
    // No end at all: the server must not keep buffering.
    QTest::newRow("no end") << false;
}

void TestLoopbackHttpServer::headerCapHoldsForOneLargeRead()
{
    QFETCH(bool, terminated);
    Server server;
    RawClient client(server.http.port());
    QVERIFY(client.connected());
    QByteArray request = "GET /big HTTP/1.1\r\nHost: " + server.host() + "\r\nX-Padding: ";
    request += QByteArray(70 * 1024, 'x');
    if (terminated)
        request += "\r\n\r\n";
    else
        request += QByteArray(130 * 1024, 'y');
    QVERIFY(client.send(request));

    QTRY_VERIFY(client.hasHead() || client.closed());
    QCOMPARE(client.statusLine(), "HTTP/1.1 431 Request Header Fields Too Large"_ba);
    QTRY_VERIFY(client.closed());
    QCOMPARE(server.handled, 0);
}

void TestLoopbackHttpServer::ambiguousRequestsAreRefused_data()
{
    // Where a proxy in front and this server could disagree about where a request ends, the request
    // is refused rather than guessed at (request smuggling).
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("two equal Content-Length") << "Content-Length: 3\r\nContent-Length: 3\r\n"_ba
                                              << "abc"_ba;
    QTest::newRow("two different Content-Length") << "Content-Length: 3\r\ncontent-length: 0\r\n"_ba
                                                  << "abc"_ba;
    QTest::newRow("Content-Length with sign") << "Content-Length: +3\r\n"_ba
                                              << "abc"_ba;
    QTest::newRow("Content-Length negative") << "Content-Length: -1\r\n"_ba << QByteArray();
    QTest::newRow("Content-Length not a number") << "Content-Length: 3x\r\n"_ba
                                                 << "abc"_ba;
    QTest::newRow("Content-Length list") << "Content-Length: 3, 3\r\n"_ba
                                         << "abc"_ba;
    QTest::newRow("Transfer-Encoding chunked") << "Transfer-Encoding: chunked\r\n"_ba
                                               << "3\r\nabc\r\n0\r\n\r\n"_ba;
    QTest::newRow("Transfer-Encoding and Content-Length")
        << "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n"_ba
        << "3\r\nabc\r\n0\r\n\r\n"_ba;
    QTest::newRow("space before colon") << "Content-Length : 3\r\n"_ba
                                        << "abc"_ba;
    QTest::newRow("header line without colon") << "Content-Length 3\r\n"_ba
                                               << "abc"_ba;
    QTest::newRow("folded header line") << "X-A: 1\r\n Content-Length: 3\r\n"_ba
                                        << "abc"_ba;
}

void TestLoopbackHttpServer::ambiguousRequestsAreRefused()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    Server server;
    RawClient client(server.http.port());
    QVERIFY(client.connected());
    QVERIFY(client.send("POST /x HTTP/1.1\r\nHost: " + server.host() + "\r\n" + headers + "\r\n" + body));

    QTRY_VERIFY(client.hasHead() || client.closed());
    QCOMPARE(client.statusLine(), "HTTP/1.1 400 Bad Request"_ba);
    QTRY_VERIFY(client.closed());
    QCOMPARE(server.handled, 0);
    QCOMPARE(client.answerCount(), 1);
}

void TestLoopbackHttpServer::malformedRequestLineIsRefused_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::newRow("one word") << "GARBAGE"_ba;
    QTest::newRow("no version") << "GET /x"_ba;
    QTest::newRow("four words") << "GET /x HTTP/1.1 more"_ba;
    QTest::newRow("two spaces") << "GET  /x HTTP/1.1"_ba;
    QTest::newRow("not HTTP") << "GET /x FTP/1.0"_ba;
    QTest::newRow("HTTP/2") << "GET /x HTTP/2.0"_ba;
    QTest::newRow("empty") << QByteArray();
}

void TestLoopbackHttpServer::malformedRequestLineIsRefused()
{
    QFETCH(QByteArray, requestLine);
    Server server;
    RawClient client(server.http.port());
    QVERIFY(client.connected());
    QVERIFY(client.send(requestLine + "\r\nHost: " + server.host() + "\r\n\r\n"));

    QTRY_VERIFY(client.hasHead() || client.closed());
    QCOMPARE(client.statusLine(), "HTTP/1.1 400 Bad Request"_ba);
    QTRY_VERIFY(client.closed());
    QCOMPARE(server.handled, 0);
}

void TestLoopbackHttpServer::pipelinedAnswersKeepRequestOrder_data()
{
    QTest::addColumn<bool>("drip");
    QTest::newRow("first answer delayed") << false;
    QTest::newRow("first answer dripping") << true;
}

void TestLoopbackHttpServer::pipelinedAnswersKeepRequestOrder()
{
    QFETCH(bool, drip);
    Server server;
    const QByteArray slowBody = "slow-1-slow-2-slow-3";
    server.answer = [&](const HttpRequest& request) {
        if (request.path() == "/fast")
            return HttpResponse::json(200, "fast", "text/plain");
        HttpResponse slow = HttpResponse::json(200, slowBody, "text/plain");
        if (drip)
            slow.dripIntervalMs = 20;
        else
            slow.delayMs = 300;
        return slow;
    };
    RawClient client(server.http.port());
    QVERIFY(client.connected());
    // Both requests in one write: the second is pipelined behind the first.
    QVERIFY(client.send(server.get("/slow") + server.get("/fast")));

    QTRY_COMPARE_WITH_TIMEOUT(client.answerCount(), 2, 5000);
    QTRY_VERIFY(client.received.endsWith("fast") || client.received.endsWith(slowBody.right(4)));
    const qsizetype slowAt = client.received.indexOf(slowBody);
    const qsizetype fastAt = client.received.indexOf("\r\n\r\nfast");
    QVERIFY2(slowAt >= 0 && fastAt >= 0, client.received.constData());
    QVERIFY2(slowAt < fastAt, client.received.constData());
    QCOMPARE(server.handled, 2);
}

void TestLoopbackHttpServer::longPipelineIsAnsweredInOrder()
{
    // More requests than answers may wait behind a slow one: the rest are read as answers leave.
    Server server;
    server.answer = [](const HttpRequest& request) {
        HttpResponse answer = HttpResponse::json(200, "<" + request.path() + ">", "text/plain");
        if (request.path() == "/0")
            answer.delayMs = 100;
        return answer;
    };
    RawClient client(server.http.port());
    QVERIFY(client.connected());
    constexpr int kRequests = 40;
    QByteArray requests;
    QByteArray expected;
    for (int i = 0; i < kRequests; ++i) {
        requests += server.get('/' + QByteArray::number(i));
        expected += "</" + QByteArray::number(i) + '>';
    }
    QVERIFY(client.send(requests));

    QTRY_COMPARE_WITH_TIMEOUT(client.answerCount(), kRequests, 5000);
    QTRY_VERIFY(client.received.endsWith("</" + QByteArray::number(kRequests - 1) + '>'));
    QByteArray bodies;
    for (qsizetype at = client.received.indexOf("\r\n\r\n"); at >= 0;
         at = client.received.indexOf("\r\n\r\n", at + 4)) {
        const qsizetype next = client.received.indexOf("HTTP/1.1 ", at);
        bodies += client.received.mid(at + 4, next < 0 ? -1 : next - at - 4);
    }
    QCOMPARE(bodies, expected);
    QCOMPARE(server.handled, kRequests);
    QVERIFY(!client.closed());
}

void TestLoopbackHttpServer::idleConnectionIsClosed()
{
    Server server;
    server.http.setIdleTimeout(200ms);
    server.answer = [](const HttpRequest&) {
        HttpResponse late = HttpResponse::json(200, "late", "text/plain");
        late.delayMs = 600; // longer than the idle timeout: a pending answer is not idleness
        return late;
    };
    RawClient client(server.http.port());
    QVERIFY(client.connected());
    QVERIFY(client.send(server.get("/late")));
    QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("late") || client.closed(), 5000);
    QVERIFY(client.received.endsWith("late"));
    // Nothing more asked: the server hangs up.
    QTRY_VERIFY_WITH_TIMEOUT(client.closed(), 3000);

    // A connection that never sends a request is closed as well.
    RawClient silent(server.http.port());
    QVERIFY(silent.connected());
    QTRY_VERIFY_WITH_TIMEOUT(silent.closed(), 3000);
    QVERIFY(silent.received.isEmpty());
}

void TestLoopbackHttpServer::connectionsBeyondTheLimitAreRefused()
{
    Server server;
    server.http.setMaxConnections(2);
    RawClient first(server.http.port());
    RawClient second(server.http.port());
    QVERIFY(first.connected() && second.connected());
    QTRY_COMPARE(server.http.openConnectionCount(), 2);

    RawClient third(server.http.port());
    QVERIFY(third.connected());
    QTRY_VERIFY(third.closed());
    QVERIFY2(third.received.startsWith("HTTP/1.1 503 "), third.received.constData());
    QCOMPARE(server.http.openConnectionCount(), 2);

    // Those within the limit are served as before.
    QVERIFY(second.send(server.get("/second")));
    QTRY_VERIFY(second.received.endsWith("/second"));

    // A slot freed is a slot for the next connection.
    first.close();
    QTRY_COMPARE(server.http.openConnectionCount(), 1);
    RawClient fourth(server.http.port());
    QVERIFY(fourth.connected());
    QVERIFY(fourth.send(server.get("/fourth")));
    QTRY_VERIFY(fourth.received.endsWith("/fourth"));
    QVERIFY(!fourth.closed());
    QCOMPARE(server.handled, 2);
}

void TestLoopbackHttpServer::onlyThisServersHostIsServed_data()
{
    // PORT stands for the server's port, OTHER for another one. A page loaded from another name
    // that resolves to 127.0.0.1 (DNS rebinding) sends its own name here.
    QTest::addColumn<QByteArray>("hostLines");
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1:PORT") << "Host: 127.0.0.1:PORT\r\n"_ba << 200;
    QTest::newRow("localhost:PORT") << "Host: localhost:PORT\r\n"_ba << 200;
    QTest::newRow("LocalHost:PORT") << "host: LocalHost:PORT\r\n"_ba << 200;
    QTest::newRow("evil.example:PORT") << "Host: evil.example:PORT\r\n"_ba << 421;
    QTest::newRow("localhost.evil.example:PORT") << "Host: localhost.evil.example:PORT\r\n"_ba << 421;
    QTest::newRow("127.0.0.1 without port") << "Host: 127.0.0.1\r\n"_ba << 421;
    QTest::newRow("localhost without port") << "Host: localhost\r\n"_ba << 421;
    QTest::newRow("127.0.0.1:OTHER") << "Host: 127.0.0.1:OTHER\r\n"_ba << 421;
    QTest::newRow("missing") << QByteArray() << 400;
    QTest::newRow("empty") << "Host: \r\n"_ba << 400;
    QTest::newRow("twice") << "Host: 127.0.0.1:PORT\r\nHost: evil.example:PORT\r\n"_ba << 400;
}

void TestLoopbackHttpServer::onlyThisServersHostIsServed()
{
    QFETCH(QByteArray, hostLines);
    QFETCH(int, status);
    Server server;
    int emitted = 0;
    connect(&server.http, &LoopbackHttpServer::requestReceived, this, [&emitted] { ++emitted; });
    const QByteArray port = QByteArray::number(server.http.port());
    hostLines.replace("PORT", port).replace("OTHER", QByteArray::number(server.http.port() ^ 1));
    RawClient client(server.http.port());
    QVERIFY(client.connected());
    QVERIFY(client.send("GET /data HTTP/1.1\r\n" + hostLines + "\r\n"));

    QTRY_VERIFY(client.hasHead() || client.closed());
    QCOMPARE(client.statusLine().left(12), "HTTP/1.1 " + QByteArray::number(status));
    if (status == 200) {
        QCOMPARE(server.handled, 1);
        QCOMPARE(emitted, 1);
        QTRY_VERIFY(client.received.endsWith("/data"));
        QVERIFY(!client.closed());
    } else {
        QTRY_VERIFY(client.closed());
        QCOMPARE(server.handled, 0);
        QCOMPARE(emitted, 0);
    }
}

void TestLoopbackHttpServer::fullSizeRequestIsServed()
{
    // The caps leave room for the largest request allowed: a 64 KiB header block and a 4 MiB body,
    // with the next request right behind it.
    Server server;
    server.answer = [](const HttpRequest& request) {
        return HttpResponse::json(200, request.path() + ':' + QByteArray::number(request.body.size()),
                                  "text/plain");
    };
    RawClient client(server.http.port());
    QVERIFY(client.connected());
    const QByteArray body(4 * 1024 * 1024, 'b');
    QByteArray request = "POST /x HTTP/1.1\r\nHost: " + server.host() +
                         "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nX-Padding: ";
    request += QByteArray(64 * 1024 - request.size(), 'x') + "\r\n\r\n";
    QCOMPARE(request.indexOf("\r\n\r\n"), 64 * 1024);
    client.write(request + body + server.get("/after"));
    QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("/after:0"), 10000);
    QVERIFY(client.received.contains("\r\n\r\n/x:" + QByteArray::number(body.size()) + "HTTP/1.1 200"));
    QCOMPARE(server.handled, 2);
}

void TestLoopbackHttpServer::aCutAnswerEndsWithAResetOrAClose_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("reset (RST)") << true;
    QTest::newRow("orderly close (FIN)") << false;
}

void TestLoopbackHttpServer::aCutAnswerEndsWithAResetOrAClose()
{
#ifndef Q_OS_UNIX
    QSKIP("reads the socket's errno through POSIX calls");
#else
    // Qt reports a reset and a close alike, so a plain socket tells them apart: recv() gives
    // ECONNRESET after a reset, 0 after a close.
    QFETCH(bool, reset);
    Server server;
    server.answer = [reset](const HttpRequest&) {
        HttpResponse response = HttpResponse::json(201, "0123456789abcdef", "application/json");
        response.truncateBodyAt = 4;
        response.resetAfter = reset;
        return response;
    };
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(server.http.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // The connect completes in the kernel's backlog; the server accepts it from the event loop.
    QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    const QByteArray request = server.get("/cut");
    QCOMPARE(::send(fd, request.constData(), static_cast<size_t>(request.size()), 0), request.size());

    QByteArray received;
    int ending = -1; // 0: closed, else the errno that ended it
    const bool ended = QTest::qWaitFor(
        [&] {
            char buffer[4096];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0)
                received.append(buffer, static_cast<qsizetype>(n));
            else if (n == 0)
                ending = 0;
            else if (errno != EAGAIN && errno != EWOULDBLOCK)
                ending = errno;
            return ending >= 0;
        },
        5000);
    QVERIFY(ended);
    QVERIFY2(received.startsWith("HTTP/1.1 201 "), received.constData());
    QVERIFY2(received.endsWith("\r\n\r\n0123"), received.constData()); // 4 bytes of the body, no more
    QCOMPARE(ending, reset ? ECONNRESET : 0);
#endif
}

QTEST_GUILESS_MAIN(TestLoopbackHttpServer)
#include "test_loopbackhttpserver.moc"
