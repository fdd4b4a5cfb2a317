// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedstorewatch.h"

#include "store/logstore.h"
#include "storeworker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRandomGenerator>

SharedStoreWatch::SharedStoreWatch(StoreWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{
    m_othersTimer.setSingleShot(true);
    m_othersTimer.setInterval(OthersDelayMs);
    connect(&m_othersTimer, &QTimer::timeout, this, &SharedStoreWatch::takeOthersChanges);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SharedStoreWatch::reconnect);
}

void SharedStoreWatch::watchOtherWriters()
{
    if (m_lost) {
        // Reconnecting: try now rather than after the backoff.
        if (!m_reconnecting) {
            m_reconnectTimer.stop();
            reconnect();
        }
        return;
    }
    watch(false);
}

int SharedStoreWatch::nextTryDelay() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.interval() : -1;
}

void SharedStoreWatch::watch(bool reopen)
{
    QPointer<SharedStoreWatch> self(this);
    StoreWorker *worker = m_worker; // outlives its jobs: its destructor runs them first
    auto job = [self, worker, reopen](LogStore *store) {
        // The context the list's other messages are translated in (this was LogTableModel's).
        QString error = store ? QString()
            : worker->openError().isEmpty()
            ? QCoreApplication::translate("LogTableModel", "The store could not be opened.")
            : worker->openError();
        // The watcher lives in this worker thread: its event loop delivers the notifications
        // between jobs, and they are taken in the UI thread.
        const bool ok = store
            && store->watchChanges(
                [self](const QString &what) {
                    QMetaObject::invokeMethod(self, [self, what] {
                        if (self)
                            self->takeChange(what);
                    });
                },
                &error);
        QMetaObject::invokeMethod(self, [self, ok, error, reopen] {
            if (self)
                self->onWatchResult(ok, error, reopen);
        });
    };
    if (reopen)
        m_worker->postReopen(std::move(job));
    else
        m_worker->post(std::move(job));
}

void SharedStoreWatch::onWatchResult(bool ok, const QString &error, bool reopened)
{
    if (reopened) {
        m_reconnecting = false;
        if (!ok) {
            // Still down: say why this time, and try again later.
            m_lostReason = error;
            Q_EMIT watchLost(error);
            m_reconnectTimer.start(nextReconnectDelay());
            return;
        }
        m_lost = false;
        m_lostReason.clear();
        m_reconnectDelayMs = ReconnectFirstMs;
    }
    m_watching = ok;
    if (!ok) {
        Q_EMIT watchFailed(error);
        return;
    }
    Q_EMIT watching();
    if (reopened)
        Q_EMIT reconnected();
}

void SharedStoreWatch::onLost(const QString &reason)
{
    if (m_lost)
        return;
    m_lost = true;
    m_watching = false;
    m_lostReason = reason;
    m_reconnectDelayMs = ReconnectFirstMs;
    Q_EMIT watchLost(reason);
    m_reconnectTimer.start(nextReconnectDelay());
}

int SharedStoreWatch::nextReconnectDelay()
{
    // 75-125 % of the step: the desktops that lost the same server do not all come back in
    // the same second. The step doubles up to ReconnectMaxMs.
    const int step = m_reconnectDelayMs;
    m_reconnectDelayMs = qMin(ReconnectMaxMs, m_reconnectDelayMs * 2);
    const int jittered = step * (75 + int(QRandomGenerator::global()->bounded(51))) / 100;
    return qMin(ReconnectMaxMs, jittered);
}

void SharedStoreWatch::reconnect()
{
    if (!m_lost || m_reconnecting)
        return;
    m_reconnecting = true;
    ++m_reconnectTries;
    watch(true);
}

void SharedStoreWatch::takeChange(const QString &what)
{
    if (what.startsWith(QLatin1String("lost "))) {
        onLost(what.mid(5));
        return;
    }
    if (what.startsWith(QLatin1String("feedback ")))
        m_othersFeedback.insert(what.mid(9));
    else
        m_othersRows = true;
    if (!m_othersTimer.isActive())
        m_othersTimer.start();
}

void SharedStoreWatch::takeOthersChanges()
{
    if (m_othersRows) {
        m_othersRows = false;
        Q_EMIT rowsCommitted();
    }
    if (!m_othersFeedback.isEmpty()) {
        const QStringList logIds(m_othersFeedback.cbegin(), m_othersFeedback.cend());
        m_othersFeedback.clear();
        Q_EMIT feedbackChanged(logIds);
    }
}
