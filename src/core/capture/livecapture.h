// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamsubscriber.h"

#include <QObject>
#include <QThread>

// What the app and `gatescope-cli collect` use to capture a gateway's log stream: runs a
// StreamSubscriber on a thread of its own, so a busy GUI or a slow store write never stalls
// the reader, and delivers its signals in the thread that owns this object.
//
//   auto *capture = new LiveCapture({QUrl("http://127.0.0.1:8787"), adminToken}, this);
//   connect(capture, &LiveCapture::recordsReady, ...);   // QList<LogRecord>, one batch a turn
//   connect(capture, &LiveCapture::gapDetected, ...);    // CaptureGap; keep it in CaptureGapLog
//   connect(capture, &LiveCapture::stateChanged, ...);   // State + a sentence for the status bar
//   capture->start();  ...  capture->stop();
class LiveCapture : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCapture)

public:
    using State = StreamSubscriber::State;

    explicit LiveCapture(const StreamSubscriber::Options &options, QObject *parent = nullptr);
    ~LiveCapture() override;

    // Set before start(); runs on the capture thread for each record (e.g. Pricing::estimate).
    void setRecordHook(std::function<void(LogRecord &)> hook);
    bool isRunning() const { return m_thread.isRunning(); }
    State state() const { return m_state; }
    QString gatewayName() const;

public slots:
    void start();
    // Blocks until the reader has stopped; the records it still held are emitted before
    // stop() returns.
    void stop();

signals:
    void recordsReady(const QList<LogRecord> &records);
    void stateChanged(LiveCapture::State state, const QString &message);
    void gapDetected(const CaptureGap &gap);
    void eventRejected(const QString &reason);

private:
    QThread m_thread;
    StreamSubscriber *m_subscriber = nullptr;
    State m_state = State::Idle;
};
