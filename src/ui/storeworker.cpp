#include "storeworker.h"

#include "store/logstore.h"

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
    // The connection belongs to the worker thread: close it there, then stop the thread.
    QMetaObject::invokeMethod(
        m_context, [this] { m_store.reset(); }, Qt::QueuedConnection);
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

void StoreWorker::ensureOpen()
{
    if (m_openTried)
        return;
    m_openTried = true;
    m_store = LogStore::open(m_location, &m_openError);
}
