// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeworker.h"

#include "store/logstore.h"

#include <QHash>
#include <QMutex>

namespace {

// How often each location's store was opened again after a lost connection, for all workers.
QMutex reopenMutex;
QHash<QString, int> reopenCounts;

int reopenCount(const QString &location)
{
    const QMutexLocker lock(&reopenMutex);
    return reopenCounts.value(location);
}

int countReopen(const QString &location)
{
    const QMutexLocker lock(&reopenMutex);
    return ++reopenCounts[location];
}

} // namespace

StoreWorker::StoreWorker(const QString &location, const QString &name, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    // Jobs already posted run to the end (a feedback write, the last batch of an import: a
    // window replaced by File > Open Store must not drop them); then the connection is closed
    // in the worker thread, which owns it, and the thread stops. Blocking, because a quit()
    // right after a queued call can end the event loop before the queued calls have run.
    QMetaObject::invokeMethod(
        m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::post(Job job)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            ensureOpen();
            job(m_store.get());
        },
        Qt::QueuedConnection);
}

void StoreWorker::postReopen(Job job)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            m_store.reset(); // the dead connection first
            m_openTried = true;
            m_openedAt = reopenCount(m_location);
            m_store = LogStore::open(m_location, &m_openError);
            if (m_store)
                m_openedAt = countReopen(m_location);
            job(m_store.get());
        },
        Qt::QueuedConnection);
}

void StoreWorker::ensureOpen()
{
    const int reopened = reopenCount(m_location);
    if (m_openTried && m_openedAt == reopened)
        return;
    m_store.reset();
    m_openTried = true;
    m_openedAt = reopened;
    m_store = LogStore::open(m_location, &m_openError);
}
