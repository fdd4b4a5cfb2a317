// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTimer>

#include "secretredactor.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr qint64 kChunk = 64 * 1024;
// Stop reading one side while the other side's send buffer holds more than this: the kernel
// then pushes back on the sender, and no body piles up in memory.
constexpr qint64 kHighWater = 1024 * 1024;
// Node closes idle keep-alive sockets after 5 s; a reused socket must be younger than that.
constexpr qint64 kUpstreamIdleReuseMs = 2000;

http_parser_settings requestSettings()
{
    http_parser_settings s;
    http_parser_settings_init(&s);
    return s;
}

ProxyConnection *self(http_parser *parser)
{
    return static_cast<ProxyConnection *>(parser->data);
}

} // namespace

void ProxyConnection::Headers::field(const char *at, size_t length)
{
    if (list.isEmpty() || lastWasValue)
        list.append({QByteArray(), QByteArray()});
    list.last().first.append(at, qsizetype(length));
    lastWasValue = false;
}

void ProxyConnection::Headers::value(const char *at, size_t length)
{
    if (list.isEmpty())
        return;
    list.last().second.append(at, qsizetype(length));
    lastWasValue = true;
}

ProxyConnection::ProxyConnection(QTcpSocket *client, const RecordingProxy::Options &options,
                                 const QString &source, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_source(source)
    , m_client(client)
    , m_clientSocket(client)
{
    client->setParent(this);
    client->setReadBufferSize(4 * kChunk);
    http_parser_init(&m_request, HTTP_REQUEST);
    m_request.data = this;
    http_parser_init(&m_response, HTTP_RESPONSE);
    m_response.data = this;
    connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::readClient);
    connect(client, &QTcpSocket::bytesWritten, this, &ProxyConnection::readUpstream);
    connect(client, &QTcpSocket::disconnected, this, &ProxyConnection::clientGone);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProxyConnection::onTimeout);
    waitForRequest();
    QTimer::singleShot(0, this, &ProxyConnection::readClient);
}

ProxyConnection::~ProxyConnection()
{
    closeKeptDescriptor();
}

void ProxyConnection::closeKeptDescriptor()
{
    if (m_keptDescriptor >= 0)
        ::close(m_keptDescriptor);
    m_keptDescriptor = -1;
}

void ProxyConnection::waitForRequest()
{
    if (m_options.idleTimeoutMs > 0)
        m_timer.start(m_options.idleTimeoutMs);
    else
        m_timer.stop();
}

void ProxyConnection::onTimeout()
{
    if (m_closing || !m_client)
        return;
    if (!m_exchange) {
        // Idle keep-alive: close quietly, nothing to record.
        m_closing = true;
        closeClient();
        return;
    }
    if (!m_forwarded)
        answerClientError(408, "Request Timeout",
                          tr("the request head did not arrive within %1 s")
                              .arg(m_options.headerTimeoutMs / 1000.0));
}

// ---- client side ----------------------------------------------------------------------------

int ProxyConnection::onRequestBegin(http_parser *parser)
{
    ProxyConnection *c = self(parser);
    c->m_exchange = std::make_unique<ProxyExchange>();
    c->m_exchange->startedAt = QDateTime::currentDateTimeUtc();
    c->m_exchange->upstream = c->m_options.upstream.toString(QUrl::RemoveUserInfo);
    c->m_exchange->source = c->m_source;
    c->m_clock.start();
    c->m_requestUrl.clear();
    c->m_requestHeaders.clear();
    c->m_requestComplete = false;
    c->m_responseStarted = false;
    c->m_forwarded = false;
    c->m_reassembler.reset();
    if (c->m_options.headerTimeoutMs > 0)
        c->m_timer.start(c->m_options.headerTimeoutMs);
    else
        c->m_timer.stop();
    return 0;
}

int ProxyConnection::onRequestUrl(http_parser *parser, const char *at, size_t length)
{
    self(parser)->m_requestUrl.append(at, qsizetype(length));
    return 0;
}

int ProxyConnection::onRequestHeaderField(http_parser *parser, const char *at, size_t length)
{
    self(parser)->m_requestHeaders.field(at, length);
    return 0;
}

int ProxyConnection::onRequestHeaderValue(http_parser *parser, const char *at, size_t length)
{
    self(parser)->m_requestHeaders.value(at, length);
    return 0;
}

int ProxyConnection::onRequestHeadersComplete(http_parser *parser)
{
    ProxyConnection *c = self(parser);
    ProxyExchange &x = *c->m_exchange;
    x.method = http_method_str(http_method(parser->method));
    // An absolute-form target (a client configured for an HTTP proxy) becomes a path.
    QByteArray target = c->m_requestUrl;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const QUrl url(QString::fromUtf8(target));
        target = url.path(QUrl::FullyEncoded).toUtf8();
        if (url.hasQuery())
            target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    }
    x.target = target;
    x.requestHeaders = c->m_requestHeaders.list;
    c->m_requestChunked = (parser->flags & F_CHUNKED) != 0;
    c->m_requestKeepAlive = http_should_keep_alive(parser) != 0;
    c->m_headRequest = parser->method == HTTP_HEAD;
    c->m_timer.stop();
    c->m_forwarded = true;

    c->connectUpstream();
    const QUrl &upstream = c->m_options.upstream;
    QString prefix = upstream.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    const int defaultPort = upstream.scheme() == u"https" ? 443 : 80;
    const QByteArray authority = upstream.port(defaultPort) == defaultPort
        ? upstream.host(QUrl::FullyEncoded).toUtf8()
        : upstream.host(QUrl::FullyEncoded).toUtf8() + ':'
            + QByteArray::number(upstream.port(defaultPort));
    QByteArray head = x.method + ' ' + prefix.toUtf8() + target + " HTTP/"
        + QByteArray::number(parser->http_major) + '.' + QByteArray::number(parser->http_minor)
        + "\r\n";
    bool sawHost = false;
    for (const auto &[name, value] : x.requestHeaders) {
        if (name.compare("host", Qt::CaseInsensitive) == 0) {
            head += name + ": " + authority + "\r\n"; // the upstream's name, as a proxy must
            sawHost = true;
        } else {
            head += name + ": " + value + "\r\n";
        }
    }
    if (!sawHost)
        head += "Host: " + authority + "\r\n";
    head += "\r\n";
    c->m_upstream->write(head);
    return 0;
}

int ProxyConnection::onRequestBody(http_parser *parser, const char *at, size_t length)
{
    ProxyConnection *c = self(parser);
    ProxyExchange &x = *c->m_exchange;
    c->writeFramed(c->m_upstream, c->m_requestChunked, at, length);
    c->record(x.requestBody, x.requestBytes, x.requestOverLimit, at, length);
    return 0;
}

int ProxyConnection::onRequestComplete(http_parser *parser)
{
    ProxyConnection *c = self(parser);
    if (c->m_requestChunked && c->m_upstream)
        c->m_upstream->write("0\r\n\r\n");
    c->m_requestComplete = true;
    // Keep the client's socket open for the answer should the client now shut down its sending
    // side (a half-close): Qt closes a socket whose peer sent FIN.
    if (c->m_keptDescriptor < 0 && c->m_clientSocket && c->m_clientSocket->socketDescriptor() >= 0)
        c->m_keptDescriptor = ::dup(int(c->m_clientSocket->socketDescriptor()));
    // Hold a pipelined next request until this response is through.
    http_parser_pause(parser, 1);
    return 0;
}

void ProxyConnection::readClient()
{
    if (m_client && m_client->property("gatescopeLingering").toBool())
        return; // lingerAndClose() drops what arrives
    static const http_parser_settings settings = [] {
        http_parser_settings s = requestSettings();
        s.on_message_begin = &ProxyConnection::onRequestBegin;
        s.on_url = &ProxyConnection::onRequestUrl;
        s.on_header_field = &ProxyConnection::onRequestHeaderField;
        s.on_header_value = &ProxyConnection::onRequestHeaderValue;
        s.on_headers_complete = &ProxyConnection::onRequestHeadersComplete;
        s.on_body = &ProxyConnection::onRequestBody;
        s.on_message_complete = &ProxyConnection::onRequestComplete;
        return s;
    }();
    while (!m_closing && m_clientSocket) {
        if (m_requestComplete)
            return; // resumed by finishExchange()
        if (m_upstream && m_upstream->bytesToWrite() > kHighWater)
            return; // resumed by the upstream's bytesWritten
        if (m_clientIn.isEmpty())
            m_clientIn = m_clientSocket->read(kChunk);
        if (m_clientIn.isEmpty())
            return;
        const size_t parsed = http_parser_execute(&m_request, &settings, m_clientIn.constData(),
                                                  size_t(m_clientIn.size()));
        const http_errno error = HTTP_PARSER_ERRNO(&m_request);
        if (error != HPE_OK && error != HPE_PAUSED) {
            answerMalformed(error);
            return;
        }
        m_clientIn.remove(0, qsizetype(parsed));
    }
}

// ---- upstream side --------------------------------------------------------------------------

void ProxyConnection::connectUpstream()
{
    if (m_upstream && m_upstreamReusable && m_upstream->state() == QAbstractSocket::ConnectedState
        && m_upstreamIdle.isValid() && m_upstreamIdle.elapsed() < kUpstreamIdleReuseMs) {
        m_upstreamReusable = false;
        http_parser_init(&m_response, HTTP_RESPONSE);
        m_response.data = this;
        return;
    }
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_upstream->deleteLater();
    }
    const QUrl &upstream = m_options.upstream;
    const bool tls = upstream.scheme() == u"https";
    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_upstream = socket;
    m_upstreamReusable = false;
    socket->setReadBufferSize(4 * kChunk);
    http_parser_init(&m_response, HTTP_RESPONSE);
    m_response.data = this;
    connect(socket, &QTcpSocket::readyRead, this, &ProxyConnection::readUpstream);
    connect(socket, &QTcpSocket::bytesWritten, this, &ProxyConnection::readClient);
    connect(socket, &QTcpSocket::disconnected, this,
            [this] { upstreamGone(tr("the upstream closed the connection")); });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError e) {
                if (e != QAbstractSocket::RemoteHostClosedError)
                    upstreamGone(socket->errorString());
            });
    if (tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(upstream.host(),
                                                                  quint16(upstream.port(443)));
    else
        socket->connectToHost(upstream.host(), quint16(upstream.port(80)));
}

int ProxyConnection::onResponseBegin(http_parser *parser)
{
    ProxyConnection *c = self(parser);
    c->m_responseReason.clear();
    c->m_responseHeaders.clear();
    return 0;
}

int ProxyConnection::onResponseStatus(http_parser *parser, const char *at, size_t length)
{
    self(parser)->m_responseReason.append(at, qsizetype(length));
    return 0;
}

int ProxyConnection::onResponseHeaderField(http_parser *parser, const char *at, size_t length)
{
    self(parser)->m_responseHeaders.field(at, length);
    return 0;
}

int ProxyConnection::onResponseHeaderValue(http_parser *parser, const char *at, size_t length)
{
    self(parser)->m_responseHeaders.value(at, length);
    return 0;
}

int ProxyConnection::onResponseHeadersComplete(http_parser *parser)
{
    ProxyConnection *c = self(parser);
    QByteArray head = "HTTP/" + QByteArray::number(parser->http_major) + '.'
        + QByteArray::number(parser->http_minor) + ' ' + QByteArray::number(parser->status_code)
        + ' ' + c->m_responseReason + "\r\n";
    for (const auto &[name, value] : c->m_responseHeaders.list)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    if (c->m_client)
        c->m_client->write(head);
    if (parser->status_code / 100 == 1)
        return 0; // 100 Continue and friends: relayed, the real response follows
    if (!c->m_exchange)
        return 0;
    ProxyExchange &x = *c->m_exchange;
    c->m_responseStarted = true;
    x.status = int(parser->status_code);
    x.responseHeaders = c->m_responseHeaders.list;
    x.ttfbMs = c->elapsedMs();
    x.eventStream = x.responseHeader("content-type").toLower().startsWith("text/event-stream");
    if (x.eventStream)
        c->m_reassembler = std::make_unique<StreamReassembler>();
    c->m_responseChunked = (parser->flags & F_CHUNKED) != 0;
    // Neither a length nor chunks: the body ends when the upstream closes, so must ours.
    const bool untilClose = !c->m_responseChunked && parser->content_length == ULLONG_MAX
        && !c->m_headRequest && parser->status_code != 204 && parser->status_code != 304;
    c->m_upstreamReusable = !untilClose && http_should_keep_alive(parser) != 0;
    c->m_closeClientAfterResponse = untilClose || !c->m_requestKeepAlive;
    return c->m_headRequest ? 1 : 0;
}

int ProxyConnection::onResponseBody(http_parser *parser, const char *at, size_t length)
{
    ProxyConnection *c = self(parser);
    c->writeFramed(c->m_client, c->m_responseChunked, at, length);
    if (!c->m_exchange)
        return 0;
    ProxyExchange &x = *c->m_exchange;
    c->record(x.responseBody, x.responseBytes, x.responseOverLimit, at, length);
    if (c->m_reassembler) {
        const qint64 before = c->m_reassembler->chunks();
        c->m_reassembler->feed(QByteArrayView(at, qsizetype(length)));
        if (before == 0 && c->m_reassembler->chunks() > 0)
            x.ttftMs = c->elapsedMs();
    }
    return 0;
}

int ProxyConnection::onResponseComplete(http_parser *parser)
{
    ProxyConnection *c = self(parser);
    if (parser->status_code / 100 == 1)
        return 0;
    if (c->m_responseChunked && c->m_client)
        c->m_client->write("0\r\n\r\n");
    http_parser_pause(parser, 1);
    c->finishExchange();
    return 0;
}

void ProxyConnection::readUpstream()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s = requestSettings();
        s.on_message_begin = &ProxyConnection::onResponseBegin;
        s.on_status = &ProxyConnection::onResponseStatus;
        s.on_header_field = &ProxyConnection::onResponseHeaderField;
        s.on_header_value = &ProxyConnection::onResponseHeaderValue;
        s.on_headers_complete = &ProxyConnection::onResponseHeadersComplete;
        s.on_body = &ProxyConnection::onResponseBody;
        s.on_message_complete = &ProxyConnection::onResponseComplete;
        return s;
    }();
    while (m_upstream && m_client && !m_closing) {
        if (m_client->bytesToWrite() > kHighWater)
            return; // resumed by the client's bytesWritten
        if (!m_exchange)
            return; // nothing asked: whatever the upstream sends now is not ours to relay
        const QByteArray data = m_upstream->read(kChunk);
        if (data.isEmpty())
            return;
        const size_t parsed
            = http_parser_execute(&m_response, &settings, data.constData(), size_t(data.size()));
        Q_UNUSED(parsed);
        const http_errno error = HTTP_PARSER_ERRNO(&m_response);
        if (error == HPE_PAUSED) {
            http_parser_pause(&m_response, 0);
            continue;
        }
        if (error != HPE_OK) {
            upstreamGone(tr("the upstream sent a malformed response (%1)")
                             .arg(QString::fromLatin1(http_errno_description(error))));
            return;
        }
    }
}

void ProxyConnection::upstreamGone(const QString &reason)
{
    QTcpSocket *socket = m_upstream;
    if (!socket)
        return;
    m_upstream = nullptr;
    socket->disconnect(this);
    socket->deleteLater();
    if (!m_exchange)
        return; // an idle keep-alive socket closed: the next request opens a new one
    if (m_responseStarted) {
        // A body that runs until the connection closes ends here (http_parser's EOF).
        static const http_parser_settings eofSettings = [] {
            http_parser_settings s = requestSettings();
            s.on_message_complete = &ProxyConnection::onResponseComplete;
            return s;
        }();
        // Relay what is still buffered, then tell the parser the stream ended.
        m_upstream = socket;
        readUpstream();
        m_upstream = nullptr;
        if (m_exchange)
            http_parser_execute(&m_response, &eofSettings, nullptr, 0);
        if (m_exchange) {
            m_exchange->error = tr("the upstream broke off the response: %1").arg(reason);
            emit failure(SecretRedactor::redactedString(m_exchange->error));
            m_closeClientAfterResponse = true;
            finishExchange();
        }
        return;
    }
    answerBadGateway(reason);
}

void ProxyConnection::answerBadGateway(const QString &reason)
{
    ProxyExchange &x = *m_exchange;
    x.error = SecretRedactor::redactedString(
        tr("the upstream %1 could not be reached: %2").arg(x.upstream, reason));
    emit failure(SecretRedactor::redactedString(
        tr("%1 %2: %3")
            .arg(QString::fromLatin1(x.method),
                 QString::fromStdString(SecretRedactor::redactUrl(
                     std::string_view(x.target.constData(), size_t(x.target.size())))),
                 x.error)));
    const QByteArray body = errorBody(502, x.error);
    x.status = 502;
    x.responseHeaders = {{"Content-Type", "application/json"},
                         {"Content-Length", QByteArray::number(body.size())},
                         {"Connection", "close"}};
    x.responseBody = body;
    x.responseBytes = body.size();
    if (m_client) {
        m_client->write("HTTP/1.1 502 Bad Gateway\r\n");
        for (const auto &[name, value] : x.responseHeaders)
            m_client->write(name + ": " + value + "\r\n");
        m_client->write("\r\n" + body);
    }
    m_closeClientAfterResponse = true;
    finishExchange();
}

QByteArray ProxyConnection::errorBody(int status, const QString &message)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("error"),
                                       QJsonObject {{QStringLiteral("message"), message},
                                                    {QStringLiteral("type"),
                                                     QStringLiteral("gatescope_proxy_error")},
                                                    {QStringLiteral("code"), status}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray ProxyConnection::errorHead(int status, const QByteArray &reason, qsizetype bodySize)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(bodySize)
        + "\r\nConnection: close\r\n\r\n";
}

void ProxyConnection::answerMalformed(http_errno error)
{
    const QString what = QString::fromLatin1(http_errno_description(error));
    if (error == HPE_HEADER_OVERFLOW)
        answerClientError(
            431, "Request Header Fields Too Large",
            tr("the request head is larger than %1 KB").arg(HTTP_MAX_HEADER_SIZE / 1024));
    else
        answerClientError(400, "Bad Request", tr("malformed HTTP request: %1").arg(what));
}

void ProxyConnection::answerClientError(int status, const QByteArray &reason,
                                        const QString &message)
{
    m_timer.stop();
    if (m_upstream) {
        // A request forwarded in part (a bad chunk in its body): the upstream gets no more.
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_upstream->deleteLater();
        m_upstream = nullptr;
    }
    if (m_client && !m_responseStarted) {
        const QByteArray body = errorBody(status, message);
        m_client->write(errorHead(status, reason, body.size()) + body);
    }
    // The proxy answered this itself: no record.
    m_exchange.reset();
    m_reassembler.reset();
    closeKeptDescriptor();
    m_closing = true;
    if (m_clientSocket)
        lingerAndClose(m_clientSocket, &m_timer);
    else
        closeClient();
}

void ProxyConnection::lingerAndClose(QTcpSocket *socket, QTimer *timer, int maxWaitMs)
{
    // Closing a socket with unread input sends a reset, which can destroy the answer before the
    // client read it (a client still sending its 1 MB head). So: send the answer, shut down our
    // sending side, read and drop what still comes until the client closes (at most maxWaitMs).
    socket->setProperty("gatescopeLingering", true);
    auto shutdownWhenSent = [socket] {
        if (socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0
            && !socket->property("gatescopeShutDown").toBool()) {
            socket->setProperty("gatescopeShutDown", true);
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        }
    };
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, shutdownWhenSent);
    socket->readAll();
    socket->flush();
    shutdownWhenSent();
    timer->disconnect();
    QObject::connect(timer, &QTimer::timeout, socket, &QTcpSocket::abort);
    timer->start(maxWaitMs);
}

bool ProxyConnection::continueHalfClosed()
{
    // The client sent a whole request and shut down its sending side (shutdown(SHUT_WR)). Qt
    // has closed its socket; the answer goes out on the duplicate kept since the request ended.
    auto *writer = new HalfClosedWriter(m_keptDescriptor, this);
    m_keptDescriptor = -1;
    if (m_clientSocket) {
        m_clientSocket->disconnect(this);
        m_clientSocket->deleteLater();
    }
    m_clientSocket = nullptr;
    m_client = writer;
    connect(writer, &QIODevice::bytesWritten, this, &ProxyConnection::readUpstream);
    connect(writer, &HalfClosedWriter::gone, this, &ProxyConnection::clientGone);
    QTimer::singleShot(0, this, &ProxyConnection::readUpstream);
    return true;
}

void ProxyConnection::clientGone()
{
    m_timer.stop();
    if (!m_closing && m_exchange && m_requestComplete && m_keptDescriptor >= 0
        && continueHalfClosed())
        return;
    closeKeptDescriptor();
    if (m_exchange && !m_forwarded)
        m_exchange.reset(); // a request that never reached the upstream: no record
    if (m_closing && !m_exchange) {
        deleteLater();
        return;
    }
    m_closing = true;
    if (m_exchange) {
        m_exchange->clientDisconnected = true;
        if (m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->abort();
        }
        finishExchange();
    }
    deleteLater();
}

void ProxyConnection::finishExchange()
{
    std::unique_ptr<ProxyExchange> x = std::move(m_exchange);
    if (!x)
        return;
    x->latencyMs = elapsedMs();
    if (m_reassembler)
        x->reassembled = m_reassembler->result();
    m_reassembler.reset();
    emit recorded(m_builder.build(*x));
    x.reset();

    if (!m_upstreamReusable && m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->disconnectFromHost();
        m_upstream->deleteLater();
        m_upstream = nullptr;
    }
    m_upstreamIdle.start();
    closeKeptDescriptor();
    if (m_closing || !m_client)
        return;
    if (m_closeClientAfterResponse || !m_requestComplete || !m_clientSocket) {
        // The framing with this client cannot continue (a body ended by close, a request still
        // arriving, Connection: close, or a client that half-closed): close after the queued
        // bytes are sent.
        m_closing = true;
        closeClient();
        return;
    }
    m_requestComplete = false;
    m_responseStarted = false;
    waitForRequest();
    http_parser_pause(&m_request, 0);
    QTimer::singleShot(0, this, &ProxyConnection::readClient);
}

void ProxyConnection::closeClient()
{
    if (m_clientSocket)
        m_clientSocket->disconnectFromHost();
    else if (auto *writer = qobject_cast<HalfClosedWriter *>(m_client.data()))
        writer->closeWhenFlushed();
}

void ProxyConnection::writeFramed(QIODevice *socket, bool chunked, const char *at, size_t length)
{
    if (!socket || length == 0)
        return;
    if (chunked) {
        socket->write(QByteArray::number(qulonglong(length), 16) + "\r\n");
        socket->write(at, qint64(length));
        socket->write("\r\n", 2);
    } else {
        socket->write(at, qint64(length));
    }
}

void ProxyConnection::record(QByteArray &copy, qint64 &total, bool &overLimit, const char *at,
                             size_t length)
{
    total += qint64(length);
    if (overLimit)
        return;
    if (total > m_options.maxRecordedBodyBytes) {
        overLimit = true;
        copy.clear();
        copy.squeeze();
        return;
    }
    copy.append(at, qsizetype(length));
}

// ---- HalfClosedWriter -----------------------------------------------------------------------

HalfClosedWriter::HalfClosedWriter(int descriptor, QObject *parent)
    : QIODevice(parent)
    , m_descriptor(descriptor)
{
    ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(descriptor, QSocketNotifier::Write, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { flushSome(true); });
    open(QIODevice::WriteOnly);
}

HalfClosedWriter::~HalfClosedWriter()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}

qint64 HalfClosedWriter::writeData(const char *data, qint64 length)
{
    if (m_descriptor < 0)
        return -1;
    m_pending.append(data, qsizetype(length));
    flushSome(false);
    return length;
}

void HalfClosedWriter::flushSome(bool notify)
{
    qint64 written = 0;
    while (m_descriptor >= 0 && !m_pending.isEmpty()) {
        const ssize_t n = ::send(m_descriptor, m_pending.constData(), size_t(m_pending.size()),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            m_pending.remove(0, qsizetype(n));
            written += n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            if (errno == EINTR)
                continue;
            break;
        }
        // The client has gone altogether.
        m_pending.clear();
        finish();
        return;
    }
    if (m_notifier)
        m_notifier->setEnabled(!m_pending.isEmpty());
    if (notify && written > 0)
        emit bytesWritten(written); // not from within write(): the caller may be writing more
    if (m_pending.isEmpty() && m_closeWhenFlushed)
        finish();
}

void HalfClosedWriter::closeWhenFlushed()
{
    m_closeWhenFlushed = true;
    if (m_pending.isEmpty())
        finish();
}

void HalfClosedWriter::finish()
{
    if (m_descriptor < 0)
        return;
    if (m_notifier)
        m_notifier->setEnabled(false);
    ::close(m_descriptor);
    m_descriptor = -1;
    QIODevice::close();
    QTimer::singleShot(0, this, [this] { emit gone(); }); // not from within a write
}
