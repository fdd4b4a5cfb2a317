// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class LogStore;

// Writes records from a live source to a LogStore in batches: whatever arrived during one
// event-loop turn (at most maxDelay later) goes in one transaction, so a crash loses at most
// the batch in flight. Used by `gatescope-cli collect` and `record`.
class CaptureWriter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureWriter)

public:
    explicit CaptureWriter(LogStore &store, QObject *parent = nullptr);
    ~CaptureWriter() override;

    // Runs on every record before it is stored (e.g. Pricing::estimate).
    void setRecordHook(std::function<void(LogRecord &)> hook) { m_hook = std::move(hook); }

    qint64 stored() const { return m_stored; }
    qint64 duplicates() const { return m_duplicates; }
    qint64 failedBatches() const { return m_failedBatches; }

public slots:
    void add(const QList<LogRecord> &records);
    void addOne(const LogRecord &record);
    // Commits what is queued now.
    bool flush();

signals:
    void storeFailed(const QString &message);

private:
    LogStore &m_store;
    std::function<void(LogRecord &)> m_hook;
    QList<LogRecord> m_queue;
    QTimer m_timer;
    qint64 m_stored = 0;
    qint64 m_duplicates = 0;
    qint64 m_failedBatches = 0;
};
