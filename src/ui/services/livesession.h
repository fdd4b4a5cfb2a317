// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturegaplog.h"
#include "livecapture.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

class RecordingProxy;

// The app's live source: a gateway's log stream (LiveCapture) or a recording proxy, with the
// records written to the store by a CaptureWriter on a thread of its own (its own LogStore
// connection), never on the UI thread. After each committed batch it says how many rows were
// stored and from when, so the list can insert them. It does not touch any widget.
class LiveSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSession)

public:
    enum class Mode { Stream, Proxy };
    using State = LiveCapture::State;

    struct Options
    {
        Mode mode = Mode::Stream;
        QUrl gateway; // the stream: "http://127.0.0.1:8787"
        QString adminToken; // the stream: "Authorization: Bearer ..." when set
        QHostAddress listenAddress = QHostAddress::LocalHost; // the proxy
        quint16 listenPort = 8788; // the proxy; 0 picks a free port
        QUrl upstream; // the proxy: a gateway or an OpenAI-compatible base URL
    };

    explicit LiveSession(const QString &storeLocation, QObject *parent = nullptr);
    ~LiveSession() override;

    // Starts capturing; false with a reason when the proxy cannot listen. Stops a running
    // session first.
    bool start(const Options &options, QString *error);
    // Stores what is still in flight, then stops. Blocks for at most one store transaction.
    void stop();

    bool isActive() const { return m_active; }
    Options options() const { return m_options; }
    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    // Where the recording proxy listens ("127.0.0.1:8788"), empty for the stream.
    QString proxyAddress() const { return m_proxyAddress; }
    qint64 storedCount() const { return m_stored; }
    QList<CaptureGap> gaps() const { return m_gaps; }

Q_SIGNALS:
    void stateChanged(LiveSession::State state, const QString &message);
    // A batch was committed: `inserted` new rows, none created before `oldest`.
    void rowsStored(qint64 inserted, const QDateTime &oldest);
    void gapDetected(const CaptureGap &gap);
    // Something the user should hear about: a store failure, an upstream failure, an event
    // that could not be read.
    void problem(const QString &message);

private:
    struct Writer;

    void setState(State state, const QString &message);
    void writeRecords(const QList<LogRecord> &records);
    void onBatchStored(qint64 inserted, const QDateTime &oldest);

    QString m_location;
    Options m_options;
    bool m_active = false;
    State m_state = State::Idle;
    QString m_stateMessage;
    QString m_proxyAddress;
    qint64 m_stored = 0;
    QList<CaptureGap> m_gaps;

    QThread m_writerThread;
    QObject *m_writerContext = nullptr; // lives in m_writerThread
    Writer *m_writer = nullptr; // used only in m_writerThread
    QThread m_proxyThread;
    QObject *m_proxyContext = nullptr; // lives in m_proxyThread
    RecordingProxy *m_proxy = nullptr; // created and deleted in m_proxyThread
    QPointer<LiveCapture> m_capture;
};
