// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesession.h"

#include "capturewriter.h"
#include "pricing.h"
#include "recordingproxy.h"
#include "store/logstore.h"

#include <QTimer>

#include <memory>

// Everything that lives on the writer thread: the store connection, the writer that batches
// into it, and the gap log beside it (CaptureGapLog wants one instance per thread).
struct LiveSession::Writer
{
    std::unique_ptr<LogStore> store;
    std::unique_ptr<CaptureWriter> writer;
    CaptureGapLog gapLog;
    bool keepGaps = false;
    QTimer *timer = nullptr;
    qint64 reported = 0;
    QDateTime oldest; // of the records added since the last report
    QPointer<LiveSession> session;

    void add(const QList<LogRecord> &records)
    {
        for (const LogRecord &record : records) {
            if (record.createdAt.isValid() && (!oldest.isValid() || record.createdAt < oldest))
                oldest = record.createdAt;
        }
        writer->add(records);
        // Whatever arrives within 50 ms goes into one transaction and one list update.
        if (!timer->isActive())
            timer->start();
    }

    void commit()
    {
        timer->stop();
        writer->flush();
        const qint64 inserted = writer->stored() - reported;
        reported = writer->stored();
        const QDateTime from = oldest;
        oldest = QDateTime();
        if (inserted <= 0)
            return;
        QPointer<LiveSession> target = session;
        QMetaObject::invokeMethod(target, [target, inserted, from] {
            if (target)
                target->onBatchStored(inserted, from);
        });
    }
};

LiveSession::LiveSession(const QString &storeLocation, QObject *parent)
    : QObject(parent)
    , m_location(storeLocation)
{
    qRegisterMetaType<CaptureGap>();
    qRegisterMetaType<LiveSession::State>();
}

LiveSession::~LiveSession()
{
    stop();
}

bool LiveSession::start(const Options &options, QString *error)
{
    stop();
    m_options = options;
    m_stored = 0;
    m_gaps.clear();
    m_proxyAddress.clear();

    m_writerThread.setObjectName(QStringLiteral("gatescope-live-writer"));
    m_writerContext = new QObject;
    m_writerContext->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writerContext, &QObject::deleteLater);
    m_writerThread.start();
    QString openError;
    QPointer<LiveSession> self(this);
    QMetaObject::invokeMethod(
        m_writerContext,
        [this, self, &openError] {
            auto writer = std::make_unique<Writer>();
            writer->session = self;
            writer->store = LogStore::open(m_location, &openError);
            if (!writer->store)
                return;
            writer->writer = std::make_unique<CaptureWriter>(*writer->store);
            const Pricing &pricing = Pricing::shared();
            writer->writer->setRecordHook(
                [&pricing](LogRecord &record) { pricing.estimate(record); });
            QObject::connect(writer->writer.get(), &CaptureWriter::storeFailed, m_writerContext,
                             [self](const QString &message) {
                                 QMetaObject::invokeMethod(self, [self, message] {
                                     if (self)
                                         Q_EMIT self->problem(message);
                                 });
                             });
            QString gapError;
            writer->keepGaps = writer->gapLog.open(m_location, &gapError);
            writer->timer = new QTimer(m_writerContext);
            writer->timer->setSingleShot(true);
            writer->timer->setInterval(50);
            Writer *w = writer.get();
            QObject::connect(writer->timer, &QTimer::timeout, m_writerContext,
                             [w] { w->commit(); });
            m_writer = writer.release();
        },
        Qt::BlockingQueuedConnection);
    if (!m_writer) {
        if (error)
            *error = tr("The store could not be opened: %1").arg(openError);
        m_writerThread.quit();
        m_writerThread.wait();
        m_writerContext = nullptr;
        return false;
    }

    if (options.mode == Mode::Proxy) {
        m_proxyThread.setObjectName(QStringLiteral("gatescope-live-proxy"));
        m_proxyContext = new QObject;
        m_proxyContext->moveToThread(&m_proxyThread);
        connect(&m_proxyThread, &QThread::finished, m_proxyContext, &QObject::deleteLater);
        m_proxyThread.start();
        QString listenError;
        QString address;
        Writer *w = m_writer;
        QObject *writerContext = m_writerContext;
        // Created in its thread, so its server socket and connections live there too: relaying
        // never waits for the UI or for a store transaction.
        QMetaObject::invokeMethod(
            m_proxyContext,
            [this, self, w, writerContext, &listenError, &address] {
                RecordingProxy::Options proxyOptions;
                proxyOptions.address = m_options.listenAddress;
                proxyOptions.port = m_options.listenPort;
                proxyOptions.upstream = m_options.upstream;
                auto proxy = std::make_unique<RecordingProxy>(proxyOptions);
                if (!proxy->listen(&listenError))
                    return;
                address = proxy->listenName();
                QObject::connect(proxy.get(), &RecordingProxy::recorded, writerContext,
                                 [w](const LogRecord &record) { w->add({record}); });
                QObject::connect(proxy.get(), &RecordingProxy::failure, self.data(),
                                 [self](const QString &message) {
                                     if (self)
                                         Q_EMIT self->problem(message);
                                 });
                m_proxy = proxy.release();
            },
            Qt::BlockingQueuedConnection);
        if (!m_proxy) {
            if (error)
                *error = listenError;
            m_active = true; // so that stop() takes the threads down
            stop();
            return false;
        }
        m_proxyAddress = address;
        m_active = true;
        setState(
            State::Connected,
            tr("Recording proxy on http://%1, forwarding to %2")
                .arg(address, options.upstream.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        return true;
    }

    m_capture = new LiveCapture({options.gateway, options.adminToken}, this);
    connect(m_capture, &LiveCapture::recordsReady, this, &LiveSession::writeRecords);
    connect(m_capture, &LiveCapture::stateChanged, this, &LiveSession::setState);
    connect(m_capture, &LiveCapture::eventRejected, this, [this](const QString &reason) {
        Q_EMIT problem(tr("An event could not be read: %1").arg(reason));
    });
    connect(m_capture, &LiveCapture::gapDetected, this, [this](const CaptureGap &gap) {
        m_gaps.append(gap);
        Writer *w = m_writer;
        QMetaObject::invokeMethod(m_writerContext, [w, gap] {
            if (w->keepGaps)
                w->gapLog.add(gap, nullptr);
        });
        Q_EMIT gapDetected(gap);
    });
    m_active = true;
    m_capture->start();
    return true;
}

void LiveSession::stop()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_capture) {
        m_capture->stop(); // hands its last records to writeRecords
        delete m_capture;
    }
    if (m_proxyThread.isRunning()) {
        RecordingProxy *proxy = m_proxy;
        m_proxy = nullptr;
        QMetaObject::invokeMethod(
            m_proxyContext, [proxy] { delete proxy; }, Qt::BlockingQueuedConnection);
        m_proxyThread.quit();
        m_proxyThread.wait();
        m_proxyContext = nullptr;
    }
    if (m_writerThread.isRunning()) {
        Writer *writer = m_writer;
        m_writer = nullptr;
        // Queued behind the records still on their way, so they are stored first.
        QMetaObject::invokeMethod(
            m_writerContext,
            [writer] {
                writer->commit();
                delete writer;
            },
            Qt::BlockingQueuedConnection);
        m_writerThread.quit();
        m_writerThread.wait();
        m_writerContext = nullptr;
    }
    setState(State::Stopped, tr("Disconnected"));
}

void LiveSession::setState(State state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    Q_EMIT stateChanged(state, message);
}

void LiveSession::writeRecords(const QList<LogRecord> &records)
{
    if (!m_writer)
        return;
    Writer *w = m_writer;
    QMetaObject::invokeMethod(m_writerContext, [w, records] { w->add(records); });
}

void LiveSession::onBatchStored(qint64 inserted, const QDateTime &oldest)
{
    m_stored += inserted;
    Q_EMIT rowsStored(inserted, oldest);
}
