// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamsubscriber.h"

#include "gatewaystreamconverter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

namespace {

// GatewayStreamConverter reads with simdjson, which wants readable padding after the text.
constexpr size_t kPadding = 64;

constexpr qint64 kReadBufferBytes = 4 * 1024 * 1024;

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

StreamSubscriber::StreamSubscriber(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_parser([this](const SseEvent &event) { handleEvent(event); })
    , m_converter(std::make_unique<GatewayStreamConverter>())
    , m_stallTimer(this)
    , m_reconnectTimer(this)
{
    qRegisterMetaType<QList<LogRecord>>();
    qRegisterMetaType<CaptureGap>();
    qRegisterMetaType<StreamSubscriber::State>();
    m_stallTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &StreamSubscriber::onStall);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &StreamSubscriber::connectNow);
    m_parser.setMaxEventBytes(m_options.maxEventBytes);
    m_parser.setOversizeHandler([this](qsizetype limit) { onOversized(limit); });
}

StreamSubscriber::~StreamSubscriber()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QUrl StreamSubscriber::streamUrl(const QUrl &gateway)
{
    QUrl url = gateway;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(u"/log/stream"))
        path += QStringLiteral("/log/stream");
    url.setPath(path);
    return url;
}

QUrl StreamSubscriber::parseGatewayUrl(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("the gateway URL is empty"));
    // QUrl::fromUserInput would make "http://http//127.0.0.1:99999" of a bad port: no guessing.
    const QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed
                                                          : QStringLiteral("http://") + trimmed,
                   QUrl::StrictMode);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return fail(tr("'%1' is not an http:// or https:// URL").arg(trimmed));
    if (!url.isValid()) {
        // Mostly a port out of range: QUrl says so in its own words.
        return fail(tr("'%1' is not a valid URL (%2)").arg(trimmed, url.errorString()));
    }
    if (url.host().isEmpty())
        return fail(tr("'%1' names no host").arg(trimmed));
    if (url.port() == 0)
        return fail(tr("'%1': the port must be from 1 to 65535").arg(trimmed));
    return url;
}

QString StreamSubscriber::gatewayName() const
{
    return m_options.gateway.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                      | QUrl::StripTrailingSlash);
}

void StreamSubscriber::start()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_stopping = false;
    connectNow();
}

void StreamSubscriber::stop()
{
    m_stopping = true;
    m_reconnectTimer.stop();
    m_stallTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    endSkip();
    flush();
    setState(State::Stopped, tr("Stopped"));
}

void StreamSubscriber::connectNow()
{
    if (m_stopping)
        return;
    QNetworkRequest request(streamUrl(m_options.gateway));
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    if (!m_options.adminToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.adminToken.toUtf8());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(0); // the stall timer watches the stream instead
    m_parser.reset();
    m_streamOpen = false;
    m_httpProblem.clear();
    setState(State::Connecting, tr("Connecting to %1").arg(gatewayName()));
    m_reply = m_network->get(request);
    // Everything is read as soon as it arrives (a slow reader is dropped by the gateway), so a
    // bounded buffer never holds the stream back; it only keeps Qt's network thread from
    // queueing without end when a gateway sends faster than the parser reads (an endless line
    // at loopback speed took gigabytes).
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &StreamSubscriber::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &StreamSubscriber::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &StreamSubscriber::onFinished);
    m_stallTimer.start(m_options.stallTimeoutMs);
}

void StreamSubscriber::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200)
        return;
    if (status == 401 || status == 403)
        m_httpProblem = m_options.adminToken.isEmpty()
            ? tr("%1 from the gateway: it requires an admin token").arg(status)
            : tr("%1 from the gateway: the admin token was rejected").arg(status);
    else if (status == 404)
        m_httpProblem = tr("404 from the gateway: it has no /log/stream (started with "
                           "--headless or in production mode?)");
    else
        m_httpProblem = tr("HTTP %1 from the gateway's /log/stream").arg(status);
    // No abort() here: Qt's network thread has already sent the reply's error (it comes with
    // the status), and aborting before it arrives sets a second error, which Qt 6.4 reports as
    // "QNetworkReplyImplPrivate::error: Internal problem". The short error body is read and
    // dropped (onReadyRead) until the reply finishes; one that never ends meets the stall timer.
}

void StreamSubscriber::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty() || !m_httpProblem.isEmpty())
        return; // an error answer's body is no event stream
    m_lastDataAt = nowUtc();
    m_stallTimer.start(m_options.stallTimeoutMs);
    m_parser.feed(bytes);
}

void StreamSubscriber::onStall()
{
    if (!m_reply)
        return;
    m_stalled = true;
    if (m_httpProblem.isEmpty()) // an error answer that never ended keeps its own words
        m_httpProblem = tr("no data from the gateway for %1 s (not even a heartbeat)")
                            .arg(m_options.stallTimeoutMs / 1000.0, 0, 'f', 1);
    m_reply->abort();
}

void StreamSubscriber::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_stallTimer.stop();
    reply->deleteLater();
    if (m_stopping)
        return;
    endSkip(); // the connection ends an event being skipped
    flush();
    QString why = m_httpProblem;
    if (why.isEmpty())
        why = reply->error() == QNetworkReply::NoError ? tr("the gateway ended the stream")
                                                       : reply->errorString();
    // Only a stall we broke off ourselves can have left the gateway running as it was; a
    // stream the gateway ended or broke means its process probably went away (1.15.2 never
    // closes a stream on purpose), and its ids start again at 0.
    const bool stalled = m_stalled;
    m_stalled = false;
    disconnected(why, !m_streamOpen || !stalled);
}

void StreamSubscriber::disconnected(const QString &why, bool restartSuspected)
{
    if (m_everConnected && !m_downSince.isValid()) {
        m_downSince = m_lastDataAt.isValid() ? m_lastDataAt : nowUtc();
        m_pendingGap.reset();
    }
    if (restartSuspected)
        m_unreachableWhileDown = true;
    if (!m_streamOpen)
        ++m_failures;
    else
        m_failures = 0;
    scheduleReconnect(why);
}

void StreamSubscriber::scheduleReconnect(const QString &why)
{
    // 0.5 s, 1 s, 2 s ... up to maxBackoff, with +-20 % jitter so several viewers do not
    // reconnect in step.
    const int exponent = std::min(m_failures, 16);
    const qint64 base
        = std::min<qint64>(qint64(m_options.initialBackoffMs) << exponent, m_options.maxBackoffMs);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const int delay = int(std::max<qint64>(50, qint64(double(base) * jitter)));
    ++m_counters.reconnects;
    setState(State::Waiting,
             tr("%1; reconnecting in %2 s").arg(why).arg(delay / 1000.0, 0, 'f', 1));
    m_reconnectTimer.start(delay);
}

void StreamSubscriber::onOversized(qsizetype limit)
{
    ++m_counters.rejected;
    ++m_counters.oversized;
    ++m_skippedSinceId;
    if (!m_skipFrom.isValid())
        m_skipFrom = m_lastEventAt.isValid() ? m_lastEventAt : nowUtc();
    ++m_skippedInGap;
    emit eventRejected(tr("an event larger than %1 MB (the limit): skipped up to its end")
                           .arg(double(limit) / (1024 * 1024), 0, 'g', 3));
}

void StreamSubscriber::endSkip()
{
    if (!m_skipFrom.isValid())
        return;
    reportGap(m_skipFrom, nowUtc(),
              tr("events over the size limit of %1 MB skipped: %2")
                  .arg(double(m_parser.maxEventBytes()) / (1024 * 1024), 0, 'g', 3)
                  .arg(m_skippedInGap));
    m_skipFrom = QDateTime();
    m_skippedInGap = 0;
}

void StreamSubscriber::handleEvent(const SseEvent &event)
{
    endSkip(); // a whole event after an oversized one: the skipping is over
    if (event.event == "log") {
        handleLog(event);
    } else if (event.event == "connected") {
        m_streamOpen = true;
        m_failures = 0;
        const QDateTime now = nowUtc();
        if (m_downSince.isValid()) {
            if (m_unreachableWhileDown) {
                // The gateway was down: it restarted, and a restarted gateway starts its ids
                // again at 0, so ids cannot tell what was lost.
                reportGap(m_downSince, now,
                          tr("the stream broke off (gateway restarted?); it keeps no history"));
                m_lastId.reset();
            } else {
                m_pendingGap = CaptureGap {m_downSince, now, gatewayName(),
                                           tr("the stream was interrupted")};
            }
        }
        m_downSince = QDateTime();
        m_unreachableWhileDown = false;
        m_everConnected = true;
        if (!m_lastEventAt.isValid())
            m_lastEventAt = now;
        setState(State::Connected, tr("Connected to %1").arg(gatewayName()));
    }
    // heartbeat: only proves the socket is alive (done in onReadyRead).
}

void StreamSubscriber::handleLog(const SseEvent &event)
{
    ++m_counters.events;
    const QDateTime now = nowUtc();
    bool idOk = false;
    const qint64 id = event.hasId ? event.id.toLongLong(&idOk) : 0;
    if (idOk) {
        // Oversized events were skipped before their id was read, and their gap is reported
        // already: the ids they took are not missing a second time.
        const bool inSequence
            = m_lastId && id > *m_lastId && id - *m_lastId <= 1 + m_skippedSinceId;
        m_skippedSinceId = 0;
        if (m_pendingGap) {
            if (!inSequence) {
                CaptureGap gap = *m_pendingGap;
                if (m_lastId && id <= *m_lastId)
                    gap.reason
                        += tr(": the gateway restarted (event ids start again at %1)").arg(id);
                else if (m_lastId)
                    gap.reason
                        += tr(": events %1 to %2 never arrived").arg(*m_lastId + 1).arg(id - 1);
                reportGap(gap.from, gap.to, gap.reason);
            }
            m_pendingGap.reset();
        } else if (m_lastId && !inSequence) {
            reportGap(m_lastEventAt, now,
                      id > *m_lastId
                          ? tr("events %1 to %2 never arrived").arg(*m_lastId + 1).arg(id - 1)
                          : tr("event ids started again at %1").arg(id));
        }
        m_lastId = id;
    }
    m_lastEventAt = now;

    m_padded.assign(event.data.constData(), size_t(event.data.size()));
    const size_t length = m_padded.size();
    m_padded.append(kPadding, '\0');
    LogRecord record;
    QString error;
    const bool converted
        = m_converter->convert(std::string_view(m_padded.data(), length), record, &error);
    if (m_padded.capacity() > 1024 * 1024)
        std::string().swap(m_padded); // a large event's copy is not kept for the next one
    if (!converted) {
        ++m_counters.rejected;
        emit eventRejected(tr("event %1: %2").arg(QString::fromLatin1(event.id), error));
        return;
    }
    record.source = tr("gateway stream %1").arg(gatewayName());
    if (m_hook)
        m_hook(record);
    ++m_counters.records;
    queueRecord(std::move(record));
}

void StreamSubscriber::reportGap(const QDateTime &from, const QDateTime &to, const QString &reason)
{
    ++m_counters.gaps;
    emit gapDetected(CaptureGap {from, to, gatewayName(), reason});
}

void StreamSubscriber::queueRecord(LogRecord &&record)
{
    m_pending.append(std::move(record));
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &StreamSubscriber::flush, Qt::QueuedConnection);
    }
}

void StreamSubscriber::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    QList<LogRecord> batch;
    batch.swap(m_pending);
    emit recordsReady(batch);
}

void StreamSubscriber::setState(State state, const QString &message)
{
    m_state = state;
    emit stateChanged(state, message);
}
