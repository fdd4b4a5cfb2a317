// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturewriter.h"

#include "logstore.h"

CaptureWriter::CaptureWriter(LogStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(50); // lets a burst gather into one transaction
    connect(&m_timer, &QTimer::timeout, this, &CaptureWriter::flush);
}

CaptureWriter::~CaptureWriter()
{
    flush();
}

void CaptureWriter::add(const QList<LogRecord> &records)
{
    for (const LogRecord &record : records)
        m_queue.append(record);
    if (m_hook) {
        for (qsizetype i = m_queue.size() - records.size(); i < m_queue.size(); ++i)
            m_hook(m_queue[i]);
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void CaptureWriter::addOne(const LogRecord &record)
{
    add(QList<LogRecord> {record});
}

bool CaptureWriter::flush()
{
    m_timer.stop();
    if (m_queue.isEmpty())
        return true;
    QList<LogRecord> batch;
    batch.swap(m_queue);
    QString error;
    const std::optional<WriteResult> result = m_store.insert(batch, &error);
    if (!result) {
        ++m_failedBatches;
        emit storeFailed(tr("the store refused %1 records: %2").arg(batch.size()).arg(error));
        return false;
    }
    m_stored += result->inserted;
    m_duplicates += result->duplicates;
    return true;
}
