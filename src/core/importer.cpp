// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "logstore.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <mutex>
#include <thread>

namespace {

// A parsed batch handed from the reading thread to the writing one.
struct Batch
{
    QList<LogRecord> records;
    std::unique_ptr<LogStore::PreparedBatch> prepared; // the store's prepare() of records
    QList<ReadError> errors;
    qint64 bytesRead = 0;
    bool last = false;
};

// A small bounded queue: the reader stays at most a few batches ahead, so memory stays flat
// however large the file is.
class BatchQueue
{
public:
    void push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_items.size() < kDepth || m_closed; });
        if (m_closed)
            return;
        m_items.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    bool pop(Batch &out)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return false;
        out = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return true;
    }
    // Stops the reader (it drops what it has) and wakes everyone.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }
    bool closed()
    {
        std::lock_guard lock(m_mutex);
        return m_closed;
    }

private:
    static constexpr size_t kDepth = 2;
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<Batch> m_items;
    bool m_closed = false;
};

// Where the time of an import goes, for the benchmarks (tests/bench/side-by-side.sh): with
// GATESCOPE_IMPORT_PHASES set, each stage's busy wall time and CPU time are written to stderr
// at the end as "phase<TAB>name<TAB>wall seconds<TAB>CPU seconds" (the store adds its own).
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Stage
{
    double wall = 0, cpu = 0;
};

// Adds the wall and CPU time of its scope to a stage.
class StageTimer
{
public:
    explicit StageTimer(Stage &stage)
        : m_stage(stage)
        , m_cpu(threadCpuSeconds())
    {
        m_timer.start();
    }
    ~StageTimer()
    {
        m_stage.wall += double(m_timer.nsecsElapsed()) / 1e9;
        m_stage.cpu += threadCpuSeconds() - m_cpu;
    }
    StageTimer(const StageTimer &) = delete;
    StageTimer &operator=(const StageTimer &) = delete;

private:
    Stage &m_stage;
    QElapsedTimer m_timer;
    double m_cpu;
};

void printPhase(const char *name, const Stage &stage)
{
    std::fprintf(stderr, "phase\t%s\t%.3f\t%.3f\n", name, stage.wall, stage.cpu);
}

} // namespace

Importer::Importer(LogStore &store)
    : m_store(store)
{ }

ImportSummary Importer::importFiles(const QStringList &files)
{
    ImportSummary summary;
    ImportProgress progress;
    const bool phases = qEnvironmentVariableIsSet("GATESCOPE_IMPORT_PHASES");
    Stage parseStage, prepareStage, writeStage, finishStage;
    progress.fileCount = int(files.size());
    for (const QString &file : files)
        progress.bytesTotal += QFileInfo(file).size();

    // Bulk mode defers the full-text index (and, into an empty store, the secondary indexes)
    // to finishBulkImport(); the store repairs them on open if we crash before that.
    QString bulkError;
    if (!m_store.beginBulkImport(&bulkError)) {
        summary.storeFailed = true;
        summary.errors.append({QString(), 0, bulkError});
        return summary;
    }

    qint64 bytesBefore = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        if (m_cancel && m_cancel->load()) {
            summary.cancelled = true;
            break;
        }
        progress.file = path;
        progress.fileIndex = i;

        FileReader reader(path, m_format);
        QString openError;
        if (!reader.open(&openError)) {
            summary.unreadableFile = true;
            summary.errors.append({path, 0, openError});
            bytesBefore += QFileInfo(path).size();
            continue;
        }
        const QString sourceName = QFileInfo(path).fileName();

        // Three stages, each on its own thread: parse, prepare (the store's compression and
        // text extraction), write. The SQLite writes never wait for the CPU work of the next
        // batch, and on two cores the scheduler keeps both busy.
        BatchQueue parsed, queue;
        std::thread readerThread([&] {
            bool more = true;
            while (more && !parsed.closed()) {
                Batch batch;
                batch.records.reserve(m_batchSize);
                {
                    StageTimer timer(parseStage);
                    more = reader.readBatch(batch.records, batch.errors, m_batchSize);
                }
                batch.bytesRead = reader.bytesRead();
                batch.last = !more;
                // A Gatescope export carries each record's own source; keep it.
                for (LogRecord &r : batch.records) {
                    if (r.source.isEmpty())
                        r.source = sourceName;
                }
                parsed.push(std::move(batch));
            }
        });
        std::thread prepareThread([&] {
            Batch batch;
            while (parsed.pop(batch)) {
                if (!batch.records.isEmpty()) {
                    StageTimer timer(prepareStage);
                    batch.prepared = m_store.prepare(batch.records);
                }
                const bool last = batch.last;
                queue.push(std::move(batch));
                if (last || queue.closed())
                    break;
            }
            parsed.close();
        });

        Batch batch;
        while (queue.pop(batch)) {
            for (const ReadError &e : std::as_const(batch.errors))
                summary.errors.append({path, e.line, e.reason});
            summary.skipped += batch.errors.size();
            if (!batch.records.isEmpty()) {
                QString storeError;
                std::optional<WriteResult> written;
                {
                    StageTimer timer(writeStage);
                    written
                        = m_store.insertPrepared(batch.records, batch.prepared.get(), &storeError);
                    // The batch is freed here, inside the stage it costs.
                    batch.prepared.reset();
                    batch.records.clear();
                }
                if (!written) {
                    summary.storeFailed = true;
                    summary.errors.append({path, 0, storeError});
                    queue.close();
                    break;
                }
                summary.imported += written->inserted;
                summary.duplicates += written->duplicates;
                progress.records += written->inserted + written->duplicates;
            }
            progress.bytesDone = bytesBefore + batch.bytesRead;
            if (m_progress)
                m_progress(progress);
            if (m_cancel && m_cancel->load()) {
                summary.cancelled = true;
                queue.close();
                break;
            }
            if (batch.last)
                break;
        }
        queue.close();
        parsed.close();
        prepareThread.join();
        readerThread.join();
        bytesBefore += reader.size();
        if (summary.storeFailed || summary.cancelled)
            break;
    }

    QString finishError;
    bool finished;
    {
        StageTimer timer(finishStage);
        finished = m_store.finishBulkImport(&finishError);
    }
    if (!finished) {
        summary.storeFailed = true;
        summary.errors.append({QString(), 0, finishError});
    }
    if (phases) {
        printPhase("read, parse, convert (reader thread)", parseStage);
        printPhase("compress, extract text (prepare thread)", prepareStage);
        printPhase("write logs and payloads (writer thread)", writeStage);
        printPhase("end of import (finishBulkImport)", finishStage);
    }
    return summary;
}
