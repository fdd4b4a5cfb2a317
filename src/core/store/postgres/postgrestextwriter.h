// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgreslogstore.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

struct PostgresLogStore::TextBatch
{
    qint64 pendingId = 0; // its gatescope_text_pending entry (0: none)
    QVector<qint64> rowIds;
    QVector<QByteArray> texts;
};

// SqliteLogStore's FtsFeeder for PostgreSQL: a session of its own (a second store on the same
// database) on a thread of its own turns each committed batch's text into tsvectors while the
// importer's session writes the next batch, so that the server works on two cores. It is at
// most kMaxQueued batches behind; a batch it never writes stays in gatescope_text_pending.
class PostgresLogStore::TextWriter
{
public:
    explicit TextWriter(const QString &location);
    ~TextWriter();
    TextWriter(const TextWriter &) = delete;
    TextWriter &operator=(const TextWriter &) = delete;

    // False when its session could not be opened.
    bool isWriting() const { return m_writing; }

    // Waits while kMaxQueued batches wait (memory stays flat).
    void push(TextBatch &&batch);

    // Writes what is queued and ends the session.
    bool finish(QString *error);

private:
    static constexpr size_t kMaxQueued = 2;
    void run(const QString &location, std::promise<bool> &opened);

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_work, m_space;
    std::deque<TextBatch> m_queue;
    bool m_writing = false, m_closing = false, m_failed = false;
    QString m_error;
};
