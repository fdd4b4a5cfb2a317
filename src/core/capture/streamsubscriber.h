// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturegaplog.h"
#include "logrecord.h"
#include "sseparser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class GatewayStreamConverter;
class QNetworkAccessManager;
class QNetworkReply;

// Subscribes to an open-source gateway's GET /log/stream (SSE) and turns each `log` event into
// a LogRecord (GatewayStreamConverter: section 7 derivation, secrets removed first). Reads
// whatever arrives at once and never waits for its consumer, because the gateway silently stops
// sending events to a subscriber whose socket stalls for 200 ms. Reconnects with exponential
// backoff after an error, the end of the stream or a stall (no byte, not even the 10 s
// heartbeat, for stallTimeout), and reports gaps from the event ids. Lives in one thread; use
// LiveCapture to run it on a thread of its own.
class StreamSubscriber : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamSubscriber)

public:
    enum class State { Idle, Connecting, Connected, Waiting, Stopped };
    Q_ENUM(State)

    struct Options
    {
        QUrl gateway; // "http://127.0.0.1:8787" (the /log/stream path is added)
        QString adminToken; // sent as "Authorization: Bearer ..." when set (newer gateways)
        int initialBackoffMs = 500;
        int maxBackoffMs = 30000;
        int stallTimeoutMs = 25000; // 2.5 heartbeat periods
        // The largest event read (SseParser::setMaxEventBytes): a larger one, or an endless
        // line, is skipped with a reason (eventRejected) and a gap, and never held in memory.
        qsizetype maxEventBytes = SseParser::kDefaultMaxEventBytes;
    };

    struct Counters
    {
        qint64 events = 0; // `log` frames received
        qint64 records = 0; // converted into records
        qint64 rejected = 0; // frames that could not be converted or were too large
        qint64 oversized = 0; // of those, frames over maxEventBytes
        qint64 gaps = 0;
        qint64 reconnects = 0;
    };

    explicit StreamSubscriber(const Options &options, QObject *parent = nullptr);
    ~StreamSubscriber() override;

    // Called on every record before it is emitted (e.g. Pricing::estimate).
    void setRecordHook(std::function<void(LogRecord &)> hook) { m_hook = std::move(hook); }
    State state() const { return m_state; }
    Counters counters() const { return m_counters; }
    QString gatewayName() const;
    static QUrl streamUrl(const QUrl &gateway);
    // A gateway's base URL as a user types it: http or https (http:// is assumed when no scheme
    // is given), a host, and a port from 1 to 65535 when one is given. Empty, with the reason
    // in *error, when the text is not such a URL.
    static QUrl parseGatewayUrl(const QString &text, QString *error = nullptr);

public slots:
    void start();
    // Stops reading and emits the records received so far.
    void stop();

signals:
    // Batched: at most one emission per event-loop turn.
    void recordsReady(const QList<LogRecord> &records);
    void stateChanged(StreamSubscriber::State state, const QString &message);
    void gapDetected(const CaptureGap &gap);
    void eventRejected(const QString &reason);

private:
    void connectNow();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onStall();
    void handleEvent(const SseEvent &event);
    void handleLog(const SseEvent &event);
    void onOversized(qsizetype limit);
    void endSkip();
    void disconnected(const QString &why, bool restartSuspected);
    void scheduleReconnect(const QString &why);
    void setState(State state, const QString &message);
    void reportGap(const QDateTime &from, const QDateTime &to, const QString &reason);
    void queueRecord(LogRecord &&record);
    void flush();

    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    // Behind a pointer: its simdjson parser's layout depends on compile definitions that only
    // the formats library is built with, so it must not be part of this class's layout.
    std::unique_ptr<GatewayStreamConverter> m_converter;
    std::string m_padded;
    std::function<void(LogRecord &)> m_hook;
    QTimer m_stallTimer;
    QTimer m_reconnectTimer;
    State m_state = State::Idle;
    Counters m_counters;
    int m_failures = 0;
    bool m_stopping = false;
    bool m_streamOpen = false; // the `connected` frame arrived on this connection
    QString m_httpProblem;

    // Gap detection (gateway-stream.md 4: ids count from 0 per gateway process, no replay).
    std::optional<qint64> m_lastId;
    QDateTime m_lastDataAt; // last byte of any frame (heartbeats included)
    QDateTime m_lastEventAt;
    QDateTime m_downSince; // set while disconnected
    bool m_unreachableWhileDown = false; // the stream broke or could not be opened
    bool m_stalled = false; // the current connection is being aborted for a stall
    std::optional<CaptureGap> m_pendingGap; // decided by the next event's id
    // Oversized events being skipped: from the last whole event, reported as a gap once the
    // next event arrives or the connection ends. Their ids were never read, so the next id may
    // be up to m_skippedSinceId higher than the last without a second gap.
    QDateTime m_skipFrom;
    qint64 m_skippedInGap = 0; // oversized events in the gap m_skipFrom starts
    qint64 m_skippedSinceId = 0; // oversized events since the last event id
    bool m_everConnected = false;

    QList<LogRecord> m_pending;
    bool m_flushQueued = false;
};
