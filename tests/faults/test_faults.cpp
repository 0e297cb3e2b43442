// Fault injection: one table of the ways a server or a network can misbehave, each run against the
// real SnapshotService/ApiTransport and a FakeThousandEyesServer on 127.0.0.1 (or a loopback HTTPS
// server with a self-signed certificate). Every row must end in its own ApiError kind with a
// non-empty message, quickly, without blocking the event loop, and without sending credentials
// where they do not belong. A representative subset is then run through the real MainWindow: the
// message bar shows the error, Create works again and the earlier history is still there.

#include "../api/ServiceHarness.h"
#include "FakeSnapshotCatalog.h"
#include "session/Session.h"
#include "store/HistoryStore.h"
#include "ui/form/SnapshotForm.h"
#include "ui/history/HistoryModel.h"
#include "ui/widgets/MessageBar.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <map>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using Fake = FakeThousandEyesServer;

namespace {

constexpr qint64 k20MiB = 20 * 1024 * 1024;

// The transport's log, to see how much of an oversized answer it read before giving up.
QStringList* g_log = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_log)
        g_log->append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A port on 127.0.0.1 that nothing listens on.
quint16 closedPort()
{
    QTcpServer listener;
    if (!listener.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = listener.serverPort();
    listener.close();
    return port;
}

// The largest pause of the event loop while `done` is awaited: a ticking timer notes every gap.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longestMs() const { return std::max(m_longest, m_sinceTick.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// HTTPS on 127.0.0.1 with the committed self-signed certificate (CN=127.0.0.1, valid until 2046).
// It answers any request that gets through the handshake with 201 and a v7 snapshot, and records
// the decrypted bytes, so a test can tell whether a request (and its Authorization) was sent.
class SelfSignedHttpsServer
{
public:
    SelfSignedHttpsServer()
    {
        QFile certFile(QStringLiteral(FAULTS_DATA_DIR "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(FAULTS_DATA_DIR "/selfsigned.key"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return;
        certificate = QSslCertificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, &m_server,
                         [this](QSslSocket*) { ++handshakes; });
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
        listening = !certificate.isNull() && !key.isNull() && m_server.listen(QHostAddress::LocalHost);
    }

    QUrl baseUrl(const QString& prefix) const
    {
        return QUrl(u"https://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(prefix));
    }

    bool listening = false;
    int handshakes = 0;
    QByteArray received; // plaintext, after a successful handshake only
    QSslCertificate certificate;

private:
    void serve(QTcpSocket* socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            received += socket->readAll();
            if (!received.contains("\r\n\r\n"))
                return;
            const QByteArray body = R"({"snapshotId":"tls-1"})";
            socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/hal+json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
};

// Resources a row may need beyond the harness: a second host, the HTTPS server.
struct Extras
{
    std::unique_ptr<FakeThousandEyesServer> otherHost;
    std::unique_ptr<SelfSignedHttpsServer> https;
    std::unique_ptr<QTcpServer> silent; // accepts TCP, never says a word (no TLS handshake)
};

// A lost answer must never look like a plain failure, and must never be sent again by itself.
void verifyOutcomeUnknown(ServiceHarness& h, Extras&, const ApiError& error)
{
    QVERIFY(!error.isRetryable());
    QCOMPARE(h.server.requests(h.createPath).size(), 1);
    QCOMPARE(h.server.lastRequest().method, "POST"_ba);
}

HttpResponse withHeaders(HttpResponse response, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    for (const auto& [name, value] : headers)
        response.headers.append({name, value});
    return response;
}

// 20 MiB of JSON-looking text.
QByteArray hugeBody()
{
    QByteArray body = R"({"snapshotId":"huge","padding":")";
    body += QByteArray(k20MiB, 'x');
    body += "\"}";
    return body;
}

// A raw answer with no Content-Length, so the client cannot know its size in advance and must
// stop on what it has received. It streams (256 KiB every 5 ms) as a real server does: written
// all at once on loopback, the kernel and Qt's network thread take in several MiB before the
// first notification, however soon the client acts on it.
HttpResponse hugeRawAnswer()
{
    HttpResponse answer;
    answer.raw = "HTTP/1.1 201 Created\r\nContent-Type: application/hal+json\r\nConnection: close\r\n\r\n" +
                 hugeBody();
    answer.dripIntervalMs = 5;
    answer.dripBytes = 256 * 1024;
    return answer;
}

// The bytes the transport says it read before refusing an oversized answer; -1 when not logged.
qint64 bytesReadBeforeAbort(const QStringList& log)
{
    static const QRegularExpression re(QStringLiteral("aborted after (\\d+) bytes"));
    for (const QString& line : log) {
        if (const auto match = re.match(line); match.hasMatch())
            return match.captured(1).toLongLong();
    }
    return -1;
}

struct FaultCase
{
    const char* name;
    Kind expected;
    // Arranges the fault; may change h.config and call h.recreate().
    std::function<void(ServiceHarness& h, Extras& x)> arrange;
    int expectedRequests = 1; // to the harness's server; -1: not checked
    // Further checks on the outcome (empty: none).
    std::function<void(ServiceHarness& h, Extras& x, const ApiError& error)> verify = {};
};

void shortTimeout(ServiceHarness& h)
{
    h.config.timeout = 300ms;
    h.recreate();
}

// Advances the fake clock through any wait, so 429 retries happen at once without sleeping.
void skipWaits(ServiceHarness& h)
{
    h.onWaiting = [&h](WaitReason reason, int secondsLeft, const QDateTime&) {
        if (reason != WaitReason::None)
            h.clock.advanceSecs(secondsLeft);
    };
}

HttpResponse htmlPage(int status, const QString& title)
{
    return Fake::html(status, title);
}

const std::vector<FaultCase>& faultTable()
{
    static const std::vector<FaultCase> table{
        {"connection refused", Kind::ConnectionRefused,
         [](ServiceHarness& h, Extras&) {
             h.config.baseUrl = QUrl(u"http://127.0.0.1:%1/v7"_s.arg(closedPort()));
             h.recreate();
         },
         0},
        // The create was sent whole, so the server may have made it: outcome unknown, not "failed,
        // try again" (a duplicate), and not retried.
        {"reset in the middle of the body", Kind::OutcomeUnknown,
         [](ServiceHarness& h, Extras&) {
             // A TCP reset (RST) after 9 bytes of the body, as from a crashed server or a
             // middlebox that dropped the connection's state.
             h.server.on(h.createPath, Fake::resetAt(h.createdAnswer("cut-short"), 9));
         },
         1, verifyOutcomeUnknown},
        {"closed in the middle of the body", Kind::OutcomeUnknown,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath, Fake::truncatedAt(h.createdAnswer("cut-short"), 9));
         },
         1, verifyOutcomeUnknown},
        {"closed after the request, without an answer", Kind::OutcomeUnknown,
         [](ServiceHarness& h, Extras&) { h.server.on(h.createPath, Fake::closedWithoutAnswer()); }, 1,
         verifyOutcomeUnknown},
        {"30 s stall", Kind::OutcomeUnknown,
         [](ServiceHarness& h, Extras&) {
             shortTimeout(h);
             h.server.on(h.createPath, Fake::delayed(h.createdAnswer(), 30'000));
         },
         1, verifyOutcomeUnknown},
        {"slow drip", Kind::OutcomeUnknown,
         [](ServiceHarness& h, Extras&) {
             // The head at once and 4 bytes every 20 ms: bytes keep coming, but the whole answer
             // would take seconds. The deadline is for the whole transfer, so it still fires.
             shortTimeout(h);
             h.server.on(h.createPath, Fake::dripping(h.createdAnswer("drip-drip-drip-drip-drip-drip"), 20));
         },
         1, verifyOutcomeUnknown},
        {"stall before the request is sent (TLS handshake never answered)", Kind::Timeout,
         [](ServiceHarness& h, Extras& x) {
             // Nothing of the request can have left before the handshake: a plain timeout, safe to
             // send again.
             x.silent = std::make_unique<QTcpServer>();
             QVERIFY(x.silent->listen(QHostAddress::LocalHost));
             h.config.baseUrl = QUrl(u"https://127.0.0.1:%1/v7"_s.arg(x.silent->serverPort()));
             shortTimeout(h);
         },
         0, [](ServiceHarness&, Extras&, const ApiError& error) { QVERIFY(error.isRetryable()); }},
        {"500 with an HTML body", Kind::ServerError,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath, htmlPage(500, u"500 Internal Server Error"_s));
         },
         1,
         [](ServiceHarness&, Extras&, const ApiError& error) {
             QCOMPARE(error.httpStatus(), 500);
             QCOMPARE(error.serverMessage(), u"500 Internal Server Error"_s);
             QVERIFY(error.userMessage().contains(u"500"_s));
         }},
        {"502 with an HTML body", Kind::ServerError,
         [](ServiceHarness& h, Extras&) { h.server.on(h.createPath, htmlPage(502, u"502 Bad Gateway"_s)); },
         1,
         [](ServiceHarness&, Extras&, const ApiError& error) {
             QCOMPARE(error.httpStatus(), 502);
             QCOMPARE(error.serverMessage(), u"502 Bad Gateway"_s);
             QVERIFY(error.userMessage().contains(u"502"_s));
         }},
        {"503 with an HTML body", Kind::Maintenance,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath, htmlPage(503, u"503 Service Temporarily Unavailable"_s));
         },
         1,
         [](ServiceHarness&, Extras&, const ApiError& error) {
             QCOMPARE(error.serverMessage(), u"503 Service Temporarily Unavailable"_s);
             QVERIFY(!error.serverMessage().contains(u'<'));
         }},
        {"429 without headers", Kind::RateLimited,
         [](ServiceHarness& h, Extras&) {
             // No Retry-After, no reset: wait the default minute (the clock is moved, not slept),
             // retry once, then tell.
             skipWaits(h);
             h.server.on(h.createPath, Fake::empty(429));
         },
         2,
         [](ServiceHarness& h, Extras&, const ApiError& error) {
             QVERIFY(!h.waits.isEmpty());
             QCOMPARE(h.waits.first().secondsLeft, ApiTransport::kDefaultRetrySeconds);
             QVERIFY(error.retryAt().isValid());
         }},
        {"429 with a reset in the past", Kind::RateLimited,
         [](ServiceHarness& h, Extras&) {
             // A stale reset must neither be trusted (retry at once, forever) nor make the wait
             // negative: it says nothing about when the server takes requests again, so the
             // default wait, then one retry.
             skipWaits(h);
             h.server.on(h.createPath, Fake::withOrgRateLimit(Fake::v7Problem(429, u"Too Many Requests"_s),
                                                              240, 0, h.clock.epochSecs() - 600));
         },
         2,
         [](ServiceHarness& h, Extras&, const ApiError& error) {
             QVERIFY(!h.waits.isEmpty());
             QCOMPARE(h.waits.first().secondsLeft, ApiTransport::kDefaultRetrySeconds);
             QCOMPARE(error.serverMessage(), u"Too Many Requests"_s);
         }},
        {"429 with a reset far in the future", Kind::RateLimited,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath, Fake::withOrgRateLimit(Fake::v6Error(429, u"slow down"_s), 240, 0,
                                                              h.clock.epochSecs() + 3 * 3600));
         },
         1,
         [](ServiceHarness& h, Extras&, const ApiError& error) {
             // Three hours is far beyond the longest wait: told at once, with the reset time.
             QVERIFY(h.waits.isEmpty());
             QCOMPARE(error.retryAt(), h.clock.now().addSecs(3 * 3600));
             QVERIFY(error.userMessage() != ApiError(Kind::RateLimited).userMessage());
         }},
        {"429 with an absurd reset (year 2100)", Kind::RateLimited,
         [](ServiceHarness& h, Extras&) {
             // Beyond a week is a broken proxy: ignored, so the default wait and one retry apply.
             skipWaits(h);
             h.server.on(h.createPath,
                         Fake::withOrgRateLimit(
                             Fake::empty(429), 240, 0,
                             QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
         },
         2,
         [](ServiceHarness& h, Extras&, const ApiError&) {
             QVERIFY(!h.waits.isEmpty());
             QCOMPARE(h.waits.first().secondsLeft, ApiTransport::kDefaultRetrySeconds);
         }},
        {"malformed rate-limit headers", Kind::None,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath,
                         withHeaders(h.createdAnswer("fine-anyway"),
                                     {{"X-Organization-Rate-Limit-Limit", "two hundred"},
                                      {"X-Organization-Rate-Limit-Remaining", "-7"},
                                      {"X-Organization-Rate-Limit-Reset", "99999999999999999999999"},
                                      {"X-Dashboard-Snapshot-Rate-Limit-Limit", "1e3"},
                                      {"X-Dashboard-Snapshot-Rate-Limit-Remaining", ""},
                                      {"X-Dashboard-Snapshot-Rate-Limit-Reset", "\x01\xff"}}));
         },
         1,
         [](ServiceHarness& h, Extras&, const ApiError&) {
             QCOMPARE(h.created.size(), 1);
             QCOMPARE(h.created.first().id, u"fine-anyway"_s);
             QVERIFY(h.service->rateLimit().isEmpty());
         }},
        {"malformed rate-limit headers on a 429", Kind::RateLimited,
         [](ServiceHarness& h, Extras&) {
             skipWaits(h);
             h.server.on(h.createPath,
                         withHeaders(Fake::empty(429), {{"Retry-After", "soon"},
                                                        {"X-Organization-Rate-Limit-Limit", "240"},
                                                        {"X-Organization-Rate-Limit-Remaining", "zero"},
                                                        {"X-Organization-Rate-Limit-Reset", "-1"}}));
         },
         2,
         [](ServiceHarness& h, Extras&, const ApiError&) {
             QCOMPARE(h.waits.first().secondsLeft, ApiTransport::kDefaultRetrySeconds);
         }},
        {"20 MiB body with Content-Length", Kind::ResponseTooLarge,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath, HttpResponse::json(201, hugeBody(), "application/hal+json"));
         },
         1,
         [](ServiceHarness&, Extras&, const ApiError&) {
             const qint64 read = bytesReadBeforeAbort(*g_log);
             // Refused on the announced length, before the body is read.
             QVERIFY2(read >= 0 && read <= ApiTransport::kMaxBodyBytes, qPrintable(g_log->join(u'\n')));
         }},
        {"20 MiB body without Content-Length", Kind::ResponseTooLarge,
         [](ServiceHarness& h, Extras&) { h.server.on(h.createPath, hugeRawAnswer()); }, 1,
         [](ServiceHarness&, Extras&, const ApiError&) {
             // Stopped soon after the cap, not after buffering 20 MiB: Qt's network thread hands
             // over what the socket holds at once, so the bound is a few pieces past the cap.
             const qint64 read = bytesReadBeforeAbort(*g_log);
             QVERIFY2(read > ApiTransport::kMaxBodyBytes && read <= 4 * ApiTransport::kMaxBodyBytes,
                      qPrintable(g_log->join(u'\n')));
         }},
        {"wrong content type (a captive portal's HTML page)", Kind::InvalidResponse,
         [](ServiceHarness& h, Extras&) {
             HttpResponse page = Fake::html(201, u"Sign in to Hotel Wi-Fi"_s);
             h.server.on(h.createPath, page);
         },
         1,
         [](ServiceHarness&, Extras&, const ApiError& error) {
             QVERIFY(error.serverMessage().contains(u"not a JSON object"_s));
         }},
        {"snapshotId missing", Kind::InvalidResponse,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath, HttpResponse::json(201, R"({"_links":{}})", "application/hal+json"));
         },
         1,
         [](ServiceHarness&, Extras&, const ApiError& error) {
             QVERIFY(error.serverMessage().contains(u"no snapshot ID"_s));
         }},
        {"snapshotId null", Kind::InvalidResponse,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath,
                         HttpResponse::json(201, R"({"snapshotId":null})", "application/hal+json"));
         },
         1,
         [](ServiceHarness&, Extras&, const ApiError& error) {
             QVERIFY(error.serverMessage().contains(u"null"_s));
         }},
        {"snapshotId a fraction", Kind::InvalidResponse,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath,
                         HttpResponse::json(201, R"({"snapshotId":47.11})", "application/hal+json"));
         },
         1,
         [](ServiceHarness&, Extras&, const ApiError& error) {
             QVERIFY(error.serverMessage().contains(u"not a whole number"_s));
         }},
        {"snapshotId empty", Kind::InvalidResponse,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath,
                         HttpResponse::json(201, R"({"snapshotId":"  "})", "application/hal+json"));
         },
         1,
         [](ServiceHarness&, Extras&, const ApiError& error) {
             QVERIFY(error.serverMessage().contains(u"empty snapshot ID"_s));
         }},
        {"redirect loop", Kind::TooManyRedirects,
         [](ServiceHarness& h, Extras&) {
             h.server.on(h.createPath, Fake::redirect(307, h.server.url(h.createPath)));
         },
         ApiTransport::kMaxRedirects + 1},
        {"cross-host redirect", Kind::Unauthorized,
         [](ServiceHarness& h, Extras& x) {
             // The other host answers 401 to a request without credentials, as a real API would.
             x.otherHost = std::make_unique<FakeThousandEyesServer>();
             x.otherHost->on(h.createPath, [](const HttpRequest& request) {
                 return request.header("Authorization").isEmpty()
                            ? Fake::v7Unauthorized(u"Full authentication is required"_s)
                            : Fake::v7Created("stolen");
             });
             h.server.on(h.createPath,
                         Fake::redirect(307, x.otherHost->url(h.createPath, QStringLiteral("localhost"))));
         },
         1,
         [](ServiceHarness& h, Extras& x, const ApiError&) {
             QCOMPARE(h.server.lastRequest().header("Authorization"), "Bearer "_ba + kToken);
             QCOMPARE(x.otherHost->requestCount(), 1);
             QVERIFY(x.otherHost->lastRequest().header("Authorization").isNull());
             QCOMPARE(x.otherHost->lastRequest().method, "POST"_ba);
         }},
        {"self-signed certificate on loopback HTTPS", Kind::Tls,
         [](ServiceHarness& h, Extras& x) {
             x.https = std::make_unique<SelfSignedHttpsServer>();
             QVERIFY(x.https->listening);
             h.config.baseUrl = x.https->baseUrl(u"/v7"_s);
             h.recreate();
         },
         0,
         [](ServiceHarness&, Extras& x, const ApiError& error) {
             // The handshake was tried and refused: not one byte of the request (nor its
             // Authorization header) was sent, and the reason names the certificate.
             QVERIFY(x.https->handshakes >= 1);
             QVERIFY2(x.https->received.isEmpty(), x.https->received.constData());
             QVERIFY2(error.serverMessage().contains(u"self signed"_s, Qt::CaseInsensitive) ||
                          error.serverMessage().contains(u"self-signed"_s, Qt::CaseInsensitive),
                      qPrintable(error.serverMessage()));
         }},
    };
    return table;
}

const FaultCase& faultCase(const QByteArray& name)
{
    for (const FaultCase& row : faultTable()) {
        if (name == row.name)
            return row;
    }
    qFatal("no fault case %s", name.constData());
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1StringView(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// A Session (history file, settings) on a fake tenant whose server keeps the snapshots it makes
// and lists them, for what becomes of a create whose answer is lost.
struct LostAnswerFixture
{
    explicit LostAnswerFixture(ApiVersion apiVersion)
        : version(apiVersion)
        , clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC))
        , fake(server, apiVersion, clock)
    {
        server.scriptTenant(version, &clock);
        fake.install();
        createPath = fake.prefix() +
                     (version == ApiVersion::V6 ? "/report-snapshots/create"_ba : "/dashboard-snapshots"_ba);
    }

    Session::Options options() const
    {
        Session::Options o;
        o.location = SettingsLocation::iniFile(dir.filePath(u"settings.ini"_s));
        o.clock = &clock;
        o.useKeychain = false;
        o.startup.apiVersion = version;
        o.startup.apiUrl = server.baseUrl(QString::fromLatin1(fake.prefix()));
        o.startup.credentials = Credentials{Credentials::Method::Bearer, {}, QString::fromLatin1(kToken)};
        return o;
    }

    // Follows `session`'s outcomes and starts it: true once its groups and its history are in.
    bool start(Session& session)
    {
        watch(session);
        QSignalSpy groups(&session, &Session::accountGroupsChanged);
        session.start();
        return QTest::qWaitFor([&] { return groups.size() == 1 && session.isHistoryLoaded(); }, 5000);
    }

    // Follows `session`'s outcome signals.
    void watch(Session& session)
    {
        QObject::connect(&session, &Session::createFailed, &session,
                         [this](const HistoryEntry& entry, const ApiError& error) {
                             failedEntries.append(entry);
                             errors.append(error);
                         });
        QObject::connect(&session, &Session::outcomeResolved, &session,
                         [this](const HistoryEntry& entry) { resolved.append(entry); });
        QObject::connect(&session, &Session::outcomeCheckFailed, &session,
                         [this](const HistoryEntry& entry, const ApiError&) { unresolved.append(entry); });
    }

    SnapshotRequest request() const
    {
        SnapshotRequest r;
        r.displayName = u"Nightly WAN review"_s;
        r.sourceId = u"2"_s;
        r.sourceName = u"Network Overview"_s;
        r.to = clock.now().addSecs(-3600);
        r.from = r.to.addDays(-1);
        return r;
    }

    // The POSTs that reached the create endpoint (on v7 the list shares its path).
    int posts() const
    {
        const QList<HttpRequest> sent = server.requests(createPath);
        return static_cast<int>(std::count_if(sent.cbegin(), sent.cend(),
                                              [](const HttpRequest& r) { return r.method == "POST"; }));
    }

    // The entry under `key` as the history file holds it.
    HistoryEntry stored(const QString& key) const
    {
        const QList<HistoryEntry> entries =
            HistoryStore(SettingsLocation::iniFile(dir.filePath(u"settings.ini"_s)).history()).load().entries;
        for (const HistoryEntry& entry : entries) {
            if (entry.key == key)
                return entry;
        }
        return {};
    }

    ApiVersion version;
    QTemporaryDir dir;
    FakeClock clock;
    FakeThousandEyesServer server;
    FakeSnapshotCatalog fake;
    QByteArray createPath;
    QList<HistoryEntry> failedEntries;
    QList<ApiError> errors;
    QList<HistoryEntry> resolved;
    QList<HistoryEntry> unresolved;
};

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureLog);
        QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend");
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void serviceLevel_data()
    {
        QTest::addColumn<QByteArray>("name");
        for (const FaultCase& row : faultTable())
            QTest::newRow(row.name) << QByteArray(row.name);
    }

    void serviceLevel()
    {
        QFETCH(QByteArray, name);
        const FaultCase& row = faultCase(name);
        QStringList log;
        g_log = &log;
        const auto unhook = qScopeGuard([] { g_log = nullptr; });

        ServiceHarness h(ApiVersion::V7);
        Extras x;
        row.arrange(h, x);
        if (QTest::currentTestFailed())
            return;

        QElapsedTimer elapsed;
        elapsed.start();
        StallMeter stalls;
        QVERIFY(h.service->create(h.request()));
        QVERIFY2(h.waitCreateDone(10'000), "no outcome within 10 s");
        QVERIFY2(elapsed.elapsed() < 8000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(stalls.longestMs() < 2000, qPrintable(QString::number(stalls.longestMs())));
        QVERIFY(!h.service->isCreating());
        if (row.expectedRequests >= 0)
            QCOMPARE(h.server.requestCount(), row.expectedRequests);

        ApiError error;
        if (row.expected == Kind::None) {
            QCOMPARE(h.failed.size(), 0);
            QCOMPARE(h.created.size(), 1);
        } else {
            QCOMPARE(h.created.size(), 0);
            QCOMPARE(h.failed.size(), 1);
            error = h.failed.first();
            QCOMPARE(error.kind(), row.expected);
            QVERIFY(!error.userMessage().trimmed().isEmpty());
            QVERIFY(!error.title().isEmpty());
        }
        if (row.verify)
            row.verify(h, x, error);

        // Still usable afterwards: the next create, against a healthy server, succeeds.
        if (row.expected != Kind::None && !x.https && !x.silent && row.expectedRequests != 0) {
            h.server.on(h.createPath, h.createdAnswer("after-the-fault"));
            h.failed.clear();
            h.onWaiting = nullptr;
            QVERIFY(h.service->create(h.request()));
            QVERIFY(h.waitCreateDone());
            if (row.expected == Kind::RateLimited && h.failed.size() == 1) {
                // A window told to be exhausted is honoured until it resets.
                QCOMPARE(h.failed.first().kind(), Kind::RateLimited);
            } else {
                QCOMPARE(h.created.size(), 1);
                QCOMPARE(h.created.first().id, u"after-the-fault"_s);
            }
        }
    }

    // The HTTPS server and its certificate do work: trusted, the same request goes through. So the
    // refusal above is about trust, not a broken test server.
    void selfSignedServerWorksWhenTrusted()
    {
        SelfSignedHttpsServer https;
        QVERIFY(https.listening);
        QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([&saved] { QSslConfiguration::setDefaultConfiguration(saved); });
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(https.certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);

        ServiceHarness h(ApiVersion::V7,
                         [&https](ApiConfig& config) { config.baseUrl = https.baseUrl(u"/v7"_s); });
        QVERIFY(h.service->create(h.request()));
        QVERIFY(h.waitCreateDone());
        QVERIFY2(h.failed.isEmpty(), h.failed.isEmpty() ? "" : qPrintable(h.failed.first().serverMessage()));
        QCOMPARE(h.created.first().id, u"tls-1"_s);
        QVERIFY(https.received.contains("Authorization: Bearer "_ba + kToken));
    }

    // No two kinds of failure tell the user the same sentence, as the service produces them (with
    // their status codes and reset times): one row of the table per kind, run here, so this holds
    // when run alone too.
    void messagesDistinctPerKind()
    {
        std::map<Kind, QString> messages;
        for (const FaultCase& row : faultTable()) {
            if (row.expected == Kind::None || messages.count(row.expected))
                continue;
            ServiceHarness h(ApiVersion::V7);
            Extras x;
            row.arrange(h, x);
            QVERIFY(h.service->create(h.request()));
            QVERIFY2(h.waitCreateDone(10'000), row.name);
            QCOMPARE(h.failed.size(), 1);
            QCOMPARE(h.failed.first().kind(), row.expected);
            messages[row.expected] = h.failed.first().userMessage();
        }
        QVERIFY(messages.size() >= 8);
        for (auto a = messages.cbegin(); a != messages.cend(); ++a) {
            for (auto b = std::next(a); b != messages.cend(); ++b)
                QVERIFY2(a->second != b->second, qPrintable(a->second));
        }
    }

    // ---- Through the real window -----------------------------------------------------------------

    void window_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("kind");
        for (const char* name :
             {"connection refused", "503 with an HTML body", "429 with a reset far in the future",
              "20 MiB body without Content-Length", "snapshotId null", "redirect loop",
              "self-signed certificate on loopback HTTPS"})
            QTest::newRow(name) << QByteArray(name) << static_cast<int>(faultCase(name).expected);
    }

    void window()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, kind);
        const auto expected = static_cast<Kind>(kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(u"settings.ini"_s);
        FakeClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        FakeThousandEyesServer server;
        QVERIFY(server.isListening());
        server.scriptTenant(ApiVersion::V7, &clock);
        const QByteArray createPath = "/v7/dashboard-snapshots";

        // Two earlier history rows, already on disk.
        QStringList earlier;
        {
            HistoryStore store(SettingsLocation::iniFile(ini).history());
            store.load();
            for (int n = 0; n < 2; ++n) {
                HistoryEntry entry;
                entry.createdAt = clock.now().addDays(-1 - n);
                entry.displayName = u"earlier %1"_s.arg(n);
                entry.sourceId = u"2"_s;
                entry.snapshotId = u"earlier-%1"_s.arg(n);
                entry.apiVersion = ApiVersion::V7;
                earlier << store.add(entry);
            }
        }

        Session::Options options;
        options.location = SettingsLocation::iniFile(ini);
        options.clock = &clock;
        options.useKeychain = false;
        options.startup.apiVersion = ApiVersion::V7;
        options.startup.apiUrl = server.baseUrl(u"/v7"_s);
        options.startup.credentials =
            Credentials{Credentials::Method::Bearer, {}, QString::fromLatin1(kToken)};
        Session session(options);
        MainWindow window(session);
        window.show();
        session.start();
        auto* createButton = child<QPushButton>(window.form(), "createButton");
        auto* table = child<QTableView>(&window, "historyTable");
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(window.form(), "sourceCombo")->count() > 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(createButton->isEnabled(), 5000);
        QTRY_COMPARE(table->model()->rowCount(), 2); // read in the background after the first paint

        // The window's lists come from the healthy server; only the create meets the fault, here
        // reached by a redirect when the fault is another address.
        SelfSignedHttpsServer https;
        if (name == "connection refused") {
            server.on(createPath, Fake::redirect(307, "http://127.0.0.1:" + QByteArray::number(closedPort()) +
                                                          createPath));
        } else if (name == "self-signed certificate on loopback HTTPS") {
            QVERIFY(https.listening);
            server.on(createPath,
                      Fake::redirect(307, https.baseUrl(u"/v7/dashboard-snapshots"_s).toEncoded()));
        } else if (name == "503 with an HTML body") {
            server.on(createPath, Fake::html(503, u"503 Service Temporarily Unavailable"_s));
        } else if (name == "429 with a reset far in the future") {
            server.on(createPath,
                      Fake::withOrgRateLimit(Fake::empty(429), 240, 0, clock.epochSecs() + 3 * 3600));
        } else if (name == "20 MiB body without Content-Length") {
            server.on(createPath, hugeRawAnswer());
        } else if (name == "snapshotId null") {
            server.on(createPath, HttpResponse::json(201, R"({"snapshotId":null})", "application/hal+json"));
        } else if (name == "redirect loop") {
            server.on(createPath, Fake::redirect(307, server.url(createPath)));
        } else {
            QFAIL("no window arrangement for this row");
        }

        StallMeter stalls;
        QTest::mouseClick(createButton, Qt::LeftButton);
        MessageBar* bar = window.messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->type() == MessageBar::Type::Error, 8000);
        QVERIFY2(stalls.longestMs() < 2000, qPrintable(QString::number(stalls.longestMs())));
        // The sentence for this kind, not a generic one (its first clause: the rest may carry a time).
        const QString sentence =
            ApiError(expected, {}, expected == Kind::Maintenance ? 503 : 0).userMessage();
        QVERIFY2(bar->text().startsWith(sentence.left(sentence.indexOf(u'.'))),
                 qPrintable(bar->text() + u" | "_s + sentence));
        QVERIFY(child<QLineEdit>(&window, "snapshotIdEdit")->text().isEmpty());

        // The attempt joined the history; the earlier rows are still there, on screen and on disk.
        QTRY_COMPARE(table->model()->rowCount(), 3);
        {
            HistoryStore reread(SettingsLocation::iniFile(ini).history());
            const HistoryStore::LoadResult saved = reread.load();
            QCOMPARE(saved.skipped, 0);
            QCOMPARE(saved.entries.size(), 3);
            QCOMPARE(saved.entries.at(0).key, earlier.at(1));
            QCOMPARE(saved.entries.at(1).key, earlier.at(0));
            QCOMPARE(saved.entries.at(2).status, HistoryEntry::Status::Failed);
        }

        // Create is usable again, and works once the server is healthy (after a rate limit, once
        // the window has reset).
        QTRY_VERIFY_WITH_TIMEOUT(createButton->isEnabled(), 5000);
        if (expected == Kind::RateLimited)
            clock.advanceSecs(3 * 3600 + 1);
        server.on(createPath, Fake::v7Created("after-the-fault"));
        QTest::mouseClick(createButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(&window, "snapshotIdEdit")->text(), u"after-the-fault"_s,
                                  5000);
        QTRY_COMPARE(table->model()->rowCount(), 4);
    }
    // ---- A create whose answer is lost -----------------------------------------------------------

    void unknownOutcomeIsResolvedFromTheServersList_data()
    {
        QTest::addColumn<ApiVersion>("version");
        QTest::addColumn<int>("how");
        QTest::addColumn<bool>("made");
        const int closed = static_cast<int>(FakeSnapshotCatalog::LostAnswer::Closed);
        const int stalled = static_cast<int>(FakeSnapshotCatalog::LostAnswer::Stalled);
        QTest::newRow("v7 closed without an answer, made") << ApiVersion::V7 << closed << true;
        QTest::newRow("v6 closed without an answer, made") << ApiVersion::V6 << closed << true;
        QTest::newRow("v7 closed without an answer, not made") << ApiVersion::V7 << closed << false;
        QTest::newRow("v6 closed without an answer, not made") << ApiVersion::V6 << closed << false;
        QTest::newRow("v7 timeout after sending, made") << ApiVersion::V7 << stalled << true;
        QTest::newRow("v7 timeout after sending, not made") << ApiVersion::V7 << stalled << false;
    }

    void unknownOutcomeIsResolvedFromTheServersList()
    {
        QFETCH(ApiVersion, version);
        QFETCH(int, how);
        QFETCH(bool, made);
        LostAnswerFixture f(version);
        Session session(f.options());
        QVERIFY(f.start(session));
        if (static_cast<FakeSnapshotCatalog::LostAnswer>(how) == FakeSnapshotCatalog::LostAnswer::Stalled) {
            QSignalSpy groups(&session, &Session::accountGroupsChanged);
            ApiConfig config = session.apiConfig();
            config.timeout = 300ms;
            session.applyConfiguration(config, QString::fromLatin1(kToken), {});
            QTRY_COMPARE_WITH_TIMEOUT(groups.size(), 1, 5000);
        }
        f.fake.loseNextAnswer(u"2"_s, static_cast<FakeSnapshotCatalog::LostAnswer>(how), made);

        QVERIFY(session.create(f.request()));
        QTRY_COMPARE_WITH_TIMEOUT(f.failedEntries.size(), 1, 5000);
        QCOMPARE(f.errors.first().kind(), Kind::OutcomeUnknown);
        const HistoryEntry unknown = f.failedEntries.first();
        QCOMPARE(unknown.status, HistoryEntry::Status::Unknown);
        QVERIFY(!unknown.key.isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(f.resolved.size(), 1, 5000);
        const HistoryEntry outcome = f.resolved.first();
        QCOMPARE(outcome.key, unknown.key);
        if (made) {
            QCOMPARE(outcome.status, HistoryEntry::Status::Created);
            QCOMPARE(f.fake.entries().size(), 1);
            QCOMPARE(outcome.snapshotId, f.fake.entries().constFirst().id);
            QVERIFY(!outcome.link.isEmpty());
        } else {
            QCOMPARE(outcome.status, HistoryEntry::Status::Failed);
            QVERIFY(f.fake.entries().isEmpty());
            QVERIFY(!outcome.failureReason.isEmpty());
            QVERIFY(outcome.failureReason != unknown.failureReason);
        }
        QCOMPARE(session.unknownOutcomeCount(), 0);
        // Found out from the list, never by sending it again.
        QCOMPARE(f.posts(), 1);
        QCOMPARE(f.fake.createAttempts.size(), 1);
        const HistoryEntry onDisk = f.stored(unknown.key);
        QCOMPARE(onDisk.status, outcome.status);
        QCOMPARE(onDisk.snapshotId, outcome.snapshotId);
    }

    // The list cannot be read: the entry stays Unknown (on disk too), is never called failed, and
    // is checked again on the next start, which finds the snapshot.
    void unreadableListLeavesTheOutcomeUnknownUntilTheNextStart()
    {
        LostAnswerFixture f(ApiVersion::V7);
        QString key;
        {
            Session session(f.options());
            QVERIFY(f.start(session));
            f.fake.loseNextAnswer(u"2"_s, FakeSnapshotCatalog::LostAnswer::Closed, true);
            f.fake.failNextLists = 1;
            QVERIFY(session.create(f.request()));
            QTRY_COMPARE_WITH_TIMEOUT(f.unresolved.size(), 1, 5000);
            key = f.unresolved.first().key;
            QCOMPARE(f.resolved.size(), 0);
            QCOMPARE(session.unknownOutcomeCount(), 1);
        }
        QCOMPARE(f.stored(key).status, HistoryEntry::Status::Unknown);

        Session again(f.options());
        f.watch(again);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.resolved.size(), 1, 5000);
        QCOMPARE(f.resolved.first().key, key);
        QCOMPARE(f.resolved.first().status, HistoryEntry::Status::Created);
        QCOMPARE(f.resolved.first().snapshotId, f.fake.entries().constFirst().id);
        QCOMPARE(f.stored(key).status, HistoryEntry::Status::Created);
        QCOMPARE(f.posts(), 1);
    }

    // Refused before anything was sent: plainly failed, no list asked, safe to send again.
    void refusedBeforeSendingStaysPlainlyFailed()
    {
        LostAnswerFixture f(ApiVersion::V7);
        Session session(f.options());
        f.watch(session);
        QSignalSpy groups(&session, &Session::accountGroupsChanged);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(groups.size(), 1, 5000);
        f.server.on(f.createPath, Fake::redirect(307, "http://127.0.0.1:" + QByteArray::number(closedPort()) +
                                                          f.createPath));
        const int before = f.server.requestCount();
        QVERIFY(session.create(f.request()));
        QTRY_COMPARE_WITH_TIMEOUT(f.failedEntries.size(), 1, 5000);
        QCOMPARE(f.errors.first().kind(), Kind::ConnectionRefused);
        QCOMPARE(f.failedEntries.first().status, HistoryEntry::Status::Failed);
        QCOMPARE(session.unknownOutcomeCount(), 0);
        QCOMPARE(f.server.requestCount(), before + 1); // the redirected POST, and no list
        QCOMPARE(f.stored(f.failedEntries.first().key).status, HistoryEntry::Status::Failed);
    }

    // Through the window: "Unknown — checking…" in the history and a warning without Retry, then,
    // once the list can be read ("Check again"), the snapshot's ID.
    void unknownOutcomeInTheWindow()
    {
        LostAnswerFixture f(ApiVersion::V7);
        Session session(f.options());
        f.watch(session);
        MainWindow window(session);
        window.show();
        session.start();
        auto* createButton = child<QPushButton>(window.form(), "createButton");
        auto* table = child<QTableView>(&window, "historyTable");
        QTRY_VERIFY_WITH_TIMEOUT(createButton->isEnabled(), 5000);
        f.fake.loseNextAnswer(u"2"_s, FakeSnapshotCatalog::LostAnswer::Closed, true);
        f.fake.failNextLists = 1;

        QTest::mouseClick(createButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.unresolved.size(), 1, 5000);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QModelIndex status = table->model()->index(0, HistoryModel::StatusColumn);
        QCOMPARE(status.data().toString(), HistoryModel::statusText(f.unresolved.first()));
        QVERIFY(status.data().toString().startsWith(
            HistoryModel::tr("Unknown — checking…", "snapshot status: sent, answer lost")));
        QVERIFY(status.data(Qt::ToolTipRole).toString() != status.data().toString());
        MessageBar* bar = window.messageBar();
        QCOMPARE(bar->type(), MessageBar::Type::Warning);
        QVERIFY(!bar->text().contains(ApiError(Kind::Network).userMessage()));

        QPushButton* again = nullptr;
        const QList<QPushButton*> buttons = bar->findChildren<QPushButton*>();
        for (QPushButton* button : buttons) {
            if (button->isVisible() && button->text().remove(u'&').contains(u"Check again"_s))
                again = button;
        }
        QVERIFY(again);
        again->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.resolved.size(), 1, 5000);
        QTRY_COMPARE(status.data().toString(), HistoryModel::tr("Created", "snapshot status"));
        QCOMPARE(table->model()->index(0, HistoryModel::SnapshotIdColumn).data().toString(),
                 f.fake.entries().constFirst().id);
        QCOMPARE(bar->type(), MessageBar::Type::Positive);
        QCOMPARE(child<QLineEdit>(&window, "snapshotIdEdit")->text(), f.fake.entries().constFirst().id);
        QCOMPARE(f.posts(), 1);
    }
};

QTEST_MAIN(TestFaults)
#include "test_faults.moc"
