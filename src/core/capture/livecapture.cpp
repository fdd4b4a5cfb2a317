// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecapture.h"

#include <QCoreApplication>

LiveCapture::LiveCapture(const StreamSubscriber::Options &options, QObject *parent)
    : QObject(parent)
    , m_subscriber(new StreamSubscriber(options))
{
    m_thread.setObjectName(QStringLiteral("gatescope-stream"));
    m_subscriber->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_subscriber, &QObject::deleteLater);
    connect(m_subscriber, &StreamSubscriber::recordsReady, this, &LiveCapture::recordsReady,
            Qt::QueuedConnection);
    connect(m_subscriber, &StreamSubscriber::gapDetected, this, &LiveCapture::gapDetected,
            Qt::QueuedConnection);
    connect(m_subscriber, &StreamSubscriber::eventRejected, this, &LiveCapture::eventRejected,
            Qt::QueuedConnection);
    connect(
        m_subscriber, &StreamSubscriber::stateChanged, this,
        [this](State state, const QString &message) {
            m_state = state;
            emit stateChanged(state, message);
        },
        Qt::QueuedConnection);
}

LiveCapture::~LiveCapture()
{
    stop();
    delete m_subscriber; // never started (stop() hands a started one to its thread)
}

void LiveCapture::setRecordHook(std::function<void(LogRecord &)> hook)
{
    Q_ASSERT(!m_thread.isRunning());
    m_subscriber->setRecordHook(std::move(hook));
}

QString LiveCapture::gatewayName() const
{
    return m_subscriber ? m_subscriber->gatewayName() : QString();
}

void LiveCapture::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_subscriber, &StreamSubscriber::start, Qt::QueuedConnection);
}

void LiveCapture::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_subscriber, &StreamSubscriber::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_subscriber = nullptr; // deleted by the thread's finished signal
    // Deliver what the reader emitted last, so the caller can store it before returning.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}
