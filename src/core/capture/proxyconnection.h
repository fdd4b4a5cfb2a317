// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxyexchange.h"
#include "proxyrecordbuilder.h"
#include "recordingproxy.h"
#include "streamreassembler.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <http_parser.h>

#include <memory>

// Writes to a client that shut down its sending side (a half-close): Qt's QTcpSocket closes a
// socket whose peer sent FIN, so the answer goes out through this, on a duplicate of the
// socket, with a write notifier of its own. Write-only; emits bytesWritten as the kernel takes
// the bytes, and gone() once closed (closeWhenFlushed() or a write error).
class HalfClosedWriter : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HalfClosedWriter)

public:
    HalfClosedWriter(int descriptor, QObject *parent);
    ~HalfClosedWriter() override;
    bool isSequential() const override { return true; }
    qint64 bytesToWrite() const override { return m_pending.size(); }
    void closeWhenFlushed();

signals:
    void gone();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    void flushSome(bool notify);
    void finish();

    int m_descriptor;
    QByteArray m_pending;
    QSocketNotifier *m_notifier = nullptr;
    bool m_closeWhenFlushed = false;
};

// One client connection of the RecordingProxy: parses the client's requests (keep-alive,
// pipelining, chunked bodies) and the upstream's responses with http_parser, relays bodies as
// they arrive while neither side's send buffer is full, and hands each finished exchange to
// ProxyRecordBuilder. Deletes itself when the client has gone.
class ProxyConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyConnection)

public:
    ProxyConnection(QTcpSocket *client, const RecordingProxy::Options &options,
                    const QString &source, QObject *parent);
    ~ProxyConnection() override;

signals:
    void recorded(const LogRecord &record);
    void failure(const QString &message);

private:
    struct Headers
    {
        HeaderList list;
        bool lastWasValue = false;
        void field(const char *at, size_t length);
        void value(const char *at, size_t length);
        void clear()
        {
            list.clear();
            lastWasValue = false;
        }
    };

    // http_parser callbacks (parser->data is the connection).
    static int onRequestBegin(http_parser *parser);
    static int onRequestUrl(http_parser *parser, const char *at, size_t length);
    static int onRequestHeaderField(http_parser *parser, const char *at, size_t length);
    static int onRequestHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onRequestHeadersComplete(http_parser *parser);
    static int onRequestBody(http_parser *parser, const char *at, size_t length);
    static int onRequestComplete(http_parser *parser);
    static int onResponseBegin(http_parser *parser);
    static int onResponseStatus(http_parser *parser, const char *at, size_t length);
    static int onResponseHeaderField(http_parser *parser, const char *at, size_t length);
    static int onResponseHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onResponseHeadersComplete(http_parser *parser);
    static int onResponseBody(http_parser *parser, const char *at, size_t length);
    static int onResponseComplete(http_parser *parser);

    void readClient();
    void readUpstream();
    void connectUpstream();
    void upstreamGone(const QString &reason);
    void clientGone();
    void finishExchange();
    void answerBadGateway(const QString &reason);
    // The proxy's own answer to a request it will not forward: 400, 408, 431... with a JSON
    // error; the connection is then closed and nothing is recorded.
    void answerClientError(int status, const QByteArray &reason, const QString &message);
    void answerMalformed(http_errno error);
    bool continueHalfClosed();
    void waitForRequest(); // idle: the keep-alive timeout runs
    void onTimeout();
    void closeKeptDescriptor();

public:
    // Sends what is queued, then closes without a reset (see the .cpp); timer bounds the wait.
    static void lingerAndClose(QTcpSocket *socket, QTimer *timer, int maxWaitMs = 2000);
    // The proxy's own error answers: {"error":{"message","type":"gatescope_proxy_error","code"}}
    // and a head that closes the connection.
    static QByteArray errorBody(int status, const QString &message);
    static QByteArray errorHead(int status, const QByteArray &reason, qsizetype bodySize);

private:
    void writeFramed(QIODevice *socket, bool chunked, const char *at, size_t length);
    void closeClient(); // after the queued bytes are sent
    void record(QByteArray &copy, qint64 &total, bool &overLimit, const char *at, size_t length);
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    RecordingProxy::Options m_options;
    QString m_source;
    QPointer<QIODevice> m_client; // the socket, or a HalfClosedWriter after a half-close
    QPointer<QTcpSocket> m_clientSocket; // null after a half-close
    QPointer<QTcpSocket> m_upstream;
    http_parser m_request;
    http_parser m_response;
    QByteArray m_clientIn;
    QByteArray m_requestUrl;
    QByteArray m_responseReason;
    Headers m_requestHeaders;
    Headers m_responseHeaders;
    std::unique_ptr<ProxyExchange> m_exchange;
    std::unique_ptr<StreamReassembler> m_reassembler;
    ProxyRecordBuilder m_builder;
    QElapsedTimer m_clock;
    QElapsedTimer m_upstreamIdle;
    QTimer m_timer; // the header timeout while a request head arrives, else the idle timeout
    int m_keptDescriptor = -1; // a duplicate of the client's socket while a request is answered
    bool m_forwarded = false; // the current request's head went to the upstream
    bool m_requestChunked = false;
    bool m_requestComplete = false;
    bool m_requestKeepAlive = true;
    bool m_responseStarted = false;
    bool m_responseChunked = false;
    bool m_closeClientAfterResponse = false;
    bool m_upstreamReusable = false;
    bool m_headRequest = false;
    bool m_closing = false;
};
