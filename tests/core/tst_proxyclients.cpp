// SPDX-License-Identifier: GPL-3.0-or-later
// The recording proxy under bad clients (issue #15), in process and on loopback: a half-closed
// request is answered, connections that never complete a request leave no row, header and
// idle timeouts, the connection cap, malformed requests answered 400/431 with a JSON error, a
// duplicated x-portkey-debug header, and no key in what the proxy reports.

#include "jsonupstream.h"
#include "recordingproxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A blocking-free raw client, so that the test can half-close (QTcpSocket cannot).
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~RawClient() { close(); }
    bool isOpen() const { return m_fd >= 0; }
    bool send(const QByteArray &bytes)
    {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n
                = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }
    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    // Reads what has arrived; true once the proxy closed the connection.
    bool poll()
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0) {
                received.append(buffer, n);
                continue;
            }
            if (n == 0)
                return true;
            return errno != EAGAIN && errno != EWOULDBLOCK;
        }
    }
    int status() const { return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0; }
    QJsonObject json() const
    {
        const qsizetype body = received.indexOf("\r\n\r\n");
        return body < 0 ? QJsonObject() : QJsonDocument::fromJson(received.mid(body + 4)).object();
    }

    QByteArray received;

private:
    int m_fd = -1;
};

QByteArray chatRequest(const QByteArray &extraHeaders = {},
                       const QByteArray &target = "/v1/chat/completions")
{
    const QByteArray body = R"({"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]})";
    return "POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestProxyClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void halfClosedRequestIsAnswered();
    void incompleteConnectionsLeaveNoRow();
    void headerTimeoutAnswers408();
    void idleKeepAliveIsClosed();
    void connectionCapAnswers503();
    void malformedRequestsGetAJsonError_data();
    void malformedRequestsGetAJsonError();
    void anyFalseDebugHeaderMeansDoNotTrack();
    void failureLineCarriesNoKey();

private:
    void startProxy(const RecordingProxy::Options &extra = {});

    JsonUpstream m_upstream;
    std::unique_ptr<RecordingProxy> m_proxy;
    QList<LogRecord> m_records;
    QStringList m_failures;
    QStringList m_notices;
};

void TestProxyClients::initTestCase()
{
    // A stand-in upstream: answers each request with a chat completion.
    m_upstream.setResponse("200 OK",
                           R"({"model":"gpt-4o","choices":[{"message":)"
                           R"({"role":"assistant","content":"hello"}}]})");
    QVERIFY(m_upstream.listen());
}

void TestProxyClients::init()
{
    m_records.clear();
    m_failures.clear();
    m_notices.clear();
}

void TestProxyClients::cleanup()
{
    m_proxy.reset();
    m_upstream.closeConnections();
}

void TestProxyClients::startProxy(const RecordingProxy::Options &extra)
{
    RecordingProxy::Options options = extra;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    if (options.upstream.isEmpty())
        options.upstream = m_upstream.url();
    m_proxy = std::make_unique<RecordingProxy>(options);
    connect(m_proxy.get(), &RecordingProxy::recorded, this,
            [this](const LogRecord &r) { m_records.append(r); });
    connect(m_proxy.get(), &RecordingProxy::failure, this,
            [this](const QString &m) { m_failures.append(m); });
    connect(m_proxy.get(), &RecordingProxy::notice, this,
            [this](const QString &m) { m_notices.append(m); });
    QString error;
    QVERIFY2(m_proxy->listen(&error), qPrintable(error));
}

void TestProxyClients::halfClosedRequestIsAnswered()
{
    startProxy();
    RawClient client(m_proxy->port());
    QVERIFY(client.isOpen());
    QVERIFY(client.send(chatRequest()));
    client.shutdownWrite(); // as `printf ... | nc -N` or a one-shot client does
    QTRY_VERIFY2_WITH_TIMEOUT(client.poll(), client.received.constData(), 10000);
    QCOMPARE(client.status(), 200);
    QVERIFY2(client.received.contains("\"content\":\"hello\""), client.received.constData());
    QTRY_COMPARE(m_records.size(), 1);
    QCOMPARE(m_records.first().statusCode, 200);
    QVERIFY(m_records.first().response.contains("hello"));
}

void TestProxyClients::incompleteConnectionsLeaveNoRow()
{
    startProxy();
    {
        RawClient silent(m_proxy->port()); // connects, sends nothing, leaves
        QVERIFY(silent.isOpen());
        RawClient oneByte(m_proxy->port()); // one byte, then leaves
        QVERIFY(oneByte.send("P"));
        RawClient halfHead(m_proxy->port()); // half a head, then leaves
        QVERIFY(halfHead.send("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Le"));
        QTest::qWait(200);
    }
    QTRY_COMPARE(m_proxy->connections(), 0);
    // One real request afterwards: exactly one row.
    RawClient client(m_proxy->port());
    QVERIFY(client.send(chatRequest({}, "/v1/chat/completions") + ""));
    QTRY_VERIFY(client.status() == 200 || (client.poll(), false));
    QTRY_COMPARE(m_records.size(), 1);
    QTest::qWait(200);
    QCOMPARE(m_records.size(), 1);
    QCOMPARE(m_records.first().statusCode, 200);
}

void TestProxyClients::headerTimeoutAnswers408()
{
    RecordingProxy::Options options;
    options.headerTimeoutMs = 300;
    startProxy(options);
    RawClient slow(m_proxy->port());
    QVERIFY(slow.send("POST /v1/chat/completions HTTP/1.1\r\nHo"));
    QTRY_VERIFY_WITH_TIMEOUT(slow.poll(), 10000); // the proxy closes it
    QCOMPARE(slow.status(), 408);
    QCOMPARE(slow.json().value(u"error").toObject().value(u"type").toString(),
             QStringLiteral("gatescope_proxy_error"));
    QTest::qWait(100);
    QVERIFY(m_records.isEmpty());
}

void TestProxyClients::idleKeepAliveIsClosed()
{
    RecordingProxy::Options options;
    options.idleTimeoutMs = 300;
    startProxy(options);
    RawClient idle(m_proxy->port());
    QTRY_VERIFY_WITH_TIMEOUT(idle.poll(), 10000);
    QVERIFY(idle.received.isEmpty());
    // After one answered request the keep-alive connection is closed when idle as well.
    RawClient used(m_proxy->port());
    QVERIFY(used.send(chatRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(used.poll(), 10000);
    QCOMPARE(used.status(), 200);
    QTRY_COMPARE(m_proxy->connections(), 0);
    QCOMPARE(m_records.size(), 1);
}

void TestProxyClients::connectionCapAnswers503()
{
    RecordingProxy::Options options;
    options.maxConnections = 3;
    startProxy(options);
    QCOMPARE(m_proxy->connectionLimit(), 3);
    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < 3; ++i) {
        idle.push_back(std::make_unique<RawClient>(m_proxy->port()));
        QVERIFY(idle.back()->isOpen());
    }
    QTRY_COMPARE(m_proxy->connections(), 3);
    RawClient refused(m_proxy->port());
    QVERIFY(refused.send(chatRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(refused.poll(), 10000);
    QCOMPARE(refused.status(), 503);
    QCOMPARE(refused.json().value(u"error").toObject().value(u"code").toInt(), 503);
    RawClient refusedAgain(m_proxy->port());
    QTRY_VERIFY_WITH_TIMEOUT(refusedAgain.poll(), 10000);
    QCOMPARE(refusedAgain.status(), 503);
    QCOMPARE(m_notices.size(), 1); // one clear line, not one per refused client
    QVERIFY2(m_notices.first().contains(u"connection limit"), qPrintable(m_notices.first()));

    idle.front()->close();
    QTRY_COMPARE(m_proxy->connections(), 2);
    RawClient served(m_proxy->port());
    QVERIFY(served.send(chatRequest()));
    QTRY_VERIFY_WITH_TIMEOUT(served.status() == 200 || (served.poll(), false), 10000);
}

void TestProxyClients::malformedRequestsGetAJsonError_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("bad content-length") << QByteArray(
        "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n")
                                        << 400;
    QTest::newRow("1 MB header") << QByteArray(
                                        "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Big: ")
            + QByteArray(1024 * 1024, 'a')
            + "\r\n\r\n" << 431;
    QTest::newRow("control byte in a header")
        << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Bad\x01: y\r\n"
                      "Content-Length: 0\r\n\r\n")
        << 400;
    QTest::newRow("bad chunk size")
        << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                      "chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
        << 400;
}

void TestProxyClients::malformedRequestsGetAJsonError()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    startProxy();
    RawClient client(m_proxy->port());
    client.send(request); // the proxy may close before all of a 1 MB head is sent
    QTRY_VERIFY_WITH_TIMEOUT(client.poll(), 10000);
    QCOMPARE(client.status(), status);
    const QJsonObject error = client.json().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toInt(), status);
    QVERIFY(!error.value(u"message").toString().isEmpty());
    QTest::qWait(100);
    QVERIFY(m_records.isEmpty());
}

void TestProxyClients::anyFalseDebugHeaderMeansDoNotTrack()
{
    startProxy();
    RawClient client(m_proxy->port());
    QVERIFY(client.send(
        chatRequest("x-portkey-debug: true\r\nx-portkey-debug: false\r\nConnection: close\r\n")));
    QTRY_VERIFY_WITH_TIMEOUT(client.poll(), 10000);
    QCOMPARE(client.status(), 200);
    QTRY_COMPARE(m_records.size(), 1);
    QVERIFY(!m_records.first().tracked);
    QVERIFY(m_records.first().request.isEmpty());
    QVERIFY(m_records.first().response.isEmpty());
}

void TestProxyClients::failureLineCarriesNoKey()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    RecordingProxy::Options options;
    options.upstream
        = QUrl(QStringLiteral("http://127.0.0.1:%1/base?key=UPSTREAM-KEY-1").arg(port));
    startProxy(options);
    RawClient client(m_proxy->port());
    QVERIFY(client.send(chatRequest({},
                                    "/v1/models/g:generateContent?key=TARGET-KEY-2&"
                                    "api_key=TARGET-KEY-3&alt=sse")));
    QTRY_VERIFY_WITH_TIMEOUT(client.poll(), 10000);
    QCOMPARE(client.status(), 502);
    QTRY_COMPARE(m_failures.size(), 1);
    QVERIFY2(m_failures.first().contains(u"generateContent"), qPrintable(m_failures.first()));
    for (const QString &line : std::as_const(m_failures) + m_notices) {
        for (const char *secret : {"UPSTREAM-KEY-1", "TARGET-KEY-2", "TARGET-KEY-3"})
            QVERIFY2(!line.contains(QLatin1String(secret)), qPrintable(line));
    }
    QTRY_COMPARE(m_records.size(), 1);
    const LogRecord &r = m_records.first();
    for (const char *secret : {"UPSTREAM-KEY-1", "TARGET-KEY-2", "TARGET-KEY-3"})
        QVERIFY2(!r.raw.contains(secret), r.raw.constData());
}

QTEST_GUILESS_MAIN(TestProxyClients)
#include "tst_proxyclients.moc"
