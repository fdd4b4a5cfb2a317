// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

// Batches the importer committed to `logs` are indexed here, on a thread with its own connection
// to the .fts file, while the importer writes the next ones: the FTS5 build no longer waits for
// the end of the import on one core. Commits every kCommitEvery batches together with the
// file's 'upto' mark; whatever it has not committed (a crash, an error, a gap) is indexed from
// the payloads by catchUpFullText().
class FtsFeeder
{
public:
    struct Batch
    {
        qint64 first = 0; // the first and last row of the batch's committed logs
        qint64 last = 0;
        QVector<qint64> rows;
        QVector<QByteArray> texts;
    };

    FtsFeeder(const QString &path, qint64 upto);
    ~FtsFeeder();
    FtsFeeder(const FtsFeeder &) = delete;
    FtsFeeder &operator=(const FtsFeeder &) = delete;

    // Queues a committed batch; waits while kMaxQueued batches are waiting (memory stays flat).
    // A batch that does not follow the last one (another connection wrote rows in between)
    // ends the feeding: those rows and the rest are left to catchUpFullText().
    void push(Batch &&batch);

    // Indexes what is queued, commits and waits for the thread (commit) or drops it.
    void stop(bool commit);

private:
    static constexpr size_t kMaxQueued = 4;
    static constexpr int kCommitEvery = 8;
    void run();

    const QString m_path;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_space;
    std::deque<Batch> m_queue;
    qint64 m_queuedUpto;
    bool m_done = false, m_commit = false, m_stopped = false;
};
