// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "exportline.h"
#include "logstore.h"
#include "outputguard.h"
#include "payloadcodec.h"
#include "recordenums.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace {

// RFC 4180: quote a field when it holds a separator, a quote or a line break.
QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

template<typename T> QString optNumber(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QString();
}

const char *const kCsvColumns[] = {
    "id",
    "created_at",
    "request.body",
    "response.body",
    "is_success",
    "ai_org",
    "ai_model",
    "req_units",
    "res_units",
    "total_units",
    "cost",
    "cost_currency",
    "request_url",
    "request_method",
    "response_status_code",
    "response_time",
    "cache_status",
    "stream_mode",
    "retry_success_count",
    "trace_id",
    "span_id",
    "parent_span_id",
    "span_name",
    "mode",
    "virtual_key",
    "config",
    "prompt_slug",
    "metadata.key",
    "metadata.value",
};

QByteArray csvHeader()
{
    QByteArrayList names;
    for (const char *c : kCsvColumns)
        names.append(c);
    return names.join(',') + "\r\n";
}

QByteArray csvRow(const LogRecord &r)
{
    QStringList metaKeys, metaValues;
    for (auto it = r.metadata.cbegin(); it != r.metadata.cend(); ++it) {
        metaKeys.append(it.key());
        metaValues.append(it.value());
    }
    const QString isSuccess = r.statusCode
        ? QString::number(*r.statusCode >= 200 && *r.statusCode < 300 ? 1 : 0)
        : QString();
    const QStringList fields = {
        r.id,
        r.createdAt.toUTC().toString(Qt::ISODateWithMs),
        QString::fromUtf8(r.request),
        QString::fromUtf8(r.response),
        isSuccess,
        r.provider,
        r.model,
        optNumber(r.promptTokens),
        optNumber(r.completionTokens),
        optNumber(r.totalTokens),
        optNumber(r.costCents),
        r.currency,
        r.endpoint,
        r.method,
        optNumber(r.statusCode),
        optNumber(r.latencyMs),
        RecordEnums::cacheStateToPortkey(r.cache),
        r.stream ? (*r.stream ? QStringLiteral("TRUE") : QStringLiteral("FALSE")) : QString(),
        optNumber(r.retryCount),
        r.traceId,
        r.spanId,
        r.parentSpanId,
        r.spanName,
        RecordEnums::strategyName(r.strategy).toUpper(),
        r.virtualKey,
        r.configId,
        r.promptId,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(metaKeys)).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(metaValues)).toJson(QJsonDocument::Compact)),
    };
    QByteArrayList out;
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(',') + "\r\n";
}

// The records of a batch as CSV rows.
struct CsvBatch
{
    QList<LogRecord> records;

    qsizetype size() const { return records.size(); }
    void clear() { records.clear(); }
    bool appendLines(QByteArray &out, PayloadCodec &, QString *) const
    {
        for (const LogRecord &record : records)
            out.append(csvRow(record));
        return true;
    }
};

// Stored rows as Gatescope lines: the reading thread copies the columns the line is written from
// (ExportLine::CapturedColumns) and the compressed payloads it is given; the writing thread
// decompresses them (its codec keeps the last block), writes the columns, checks the bodies
// and joins the parts. Writing the columns on the reading thread left it the busier of the two
// (58 % of the export's CPU time).
struct StoredBatch
{
    struct Row
    {
        ExportLine::CapturedColumns columns;
        QList<FeedbackEntry> feedback;
        qsizetype payloadAt, payloadBytes;
        StoredRow::Payload payload;
        qint64 payloadBlock;
        int payloadEntry;
    };
    // The rows' text columns and payload bytes, one after the other.
    QByteArray bytes;
    QList<Row> rows;
    // The writing thread's (a batch is on one thread at a time): the names it wrote last.
    mutable ExportLine::StoredColumns columns;

    qsizetype size() const { return rows.size(); }
    void clear()
    {
        bytes.resize(0);
        rows.resize(0);
    }
    void add(const StoredRow &row)
    {
        Row &added = rows.emplace_back();
        ExportLine::Sink out(bytes);
        added.columns.capture(row, out);
        added.feedback = row.feedback;
        added.payloadAt = out.size();
        out.append(row.payloadBytes);
        added.payloadBytes = out.size() - added.payloadAt;
        added.payload = row.payload;
        added.payloadBlock = row.payloadBlock;
        added.payloadEntry = row.payloadEntry;
    }
    // False with *error when a payload cannot be read.
    bool appendLines(QByteArray &buffer, PayloadCodec &codec, QString *error) const
    {
        ExportLine::Sink out(buffer);
        for (const Row &row : rows) {
            const char *payload = bytes.constData() + row.payloadAt;
            std::optional<PayloadCodec::Views> views;
            if (row.payload == StoredRow::Payload::Frame) {
                views = codec.decodeViews(payload, row.payloadBytes, error);
            } else if (row.payload == StoredRow::Payload::BlockEntry) {
                if (row.payloadBytes > 0)
                    views = codec.decodeKeptViews(row.payloadBlock, payload, row.payloadBytes,
                                                  row.payloadEntry, error);
                else if (codec.hasBlock(row.payloadBlock))
                    views = codec.entryOfBlockViews(row.payloadEntry, error);
                else if (error)
                    *error = PayloadCodec::damaged(u"block not read");
            }
            if (row.payload != StoredRow::Payload::None && !views)
                return false;
            const ExportLine::CapturedRow line(row.columns, bytes.constData(), row.feedback);
            columns.appendHead(out, line);
            ExportLine::appendBody(out, views ? views->request : QByteArrayView());
            columns.appendMiddle(out, line);
            ExportLine::appendBody(out, views ? views->response : QByteArrayView());
            columns.appendTail(out, line);
        }
        return true;
    }
};

// Turns batches into lines and writes them, on a thread of its own: the reading thread fills
// batch() and goes on reading and decompressing while this one makes the lines and copies
// them into the page cache (a third of a single-threaded export's time: 0.6 s for 245 MB
// here). At most kQueued batches wait.
template<class Batch> class LineWriter
{
public:
    LineWriter(QFileDevice &out, QByteArray start, qint64 chunk)
        : m_out(out)
        , m_flushAt(chunk > 0 ? chunk : kFlushAt)
        , m_writeBackAt(chunk > 0 ? chunk : kWriteBackAt)
        , m_buffer(std::move(start))
        , m_thread([this] { run(); })
    { }
    ~LineWriter() { finish(); }

    // Why a write failed (after finish()).
    QString why() const { return m_why; }
    // Whether it stopped on a payload it could not read (why() says why) rather than a write.
    bool damaged() const { return m_damaged; }
    // The batch to add to; added() after each addition.
    Batch &batch() { return m_batch; }
    // False once a write failed.
    bool added() { return m_batch.size() < kBatch || handOver(); }
    // Writes what is left; false if a write failed.
    bool finish()
    {
        if (!m_thread.joinable())
            return !m_failed;
        const bool handed = m_batch.size() == 0 || handOver();
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
            m_changed.notify_all();
        }
        m_thread.join();
        return handed && !m_failed;
    }

private:
    static constexpr qsizetype kBatch = 256;
    static constexpr qsizetype kQueued = 4;
    static constexpr qsizetype kFlushAt = 1 << 20;
    static constexpr qint64 kWriteBackAt = 32 << 20;

    bool handOver()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < kQueued || m_failed; });
        if (m_failed)
            return false;
        m_queue.push_back(std::move(m_batch));
        m_changed.notify_all();
        // The batches written come back to be emptied and filled again here, where their
        // memory was allocated: freed on the writing thread, it went back to this thread's
        // malloc arena under its lock, and the two threads waited for each other there (10 %
        // of the reading thread).
        std::optional<Batch> spent;
        if (!m_spent.empty()) {
            spent = std::move(m_spent.front());
            m_spent.pop_front();
        }
        lock.unlock();
        if (spent) {
            spent->clear();
            m_batch = std::move(*spent);
        } else {
            m_batch = Batch();
        }
        return true;
    }
    bool flush()
    {
        if (m_out.write(m_buffer) != m_buffer.size()) {
            const int code = errno;
            m_why = m_out.errorString();
            if (m_why.isEmpty() || m_why == u"Unknown error")
                m_why = QString::fromLocal8Bit(std::strerror(code));
            return false;
        }
        m_written += m_buffer.size();
        m_buffer.resize(0);
        if (m_written - m_writingBack >= m_writeBackAt)
            startWriteBack();
        return true;
    }
    // Tells the disk to start writing what the page cache holds of the file, while the export
    // goes on. Left to the end, QSaveFile::commit()'s fsync wrote it all after the last line
    // (1.1 s of 7.6 at 1,000,000 records): the kernel starts by itself only past a tenth of
    // the memory, 2.4 GB here. The part told the time before, written by now, then leaves the
    // page cache: the next lines reuse its pages instead of the kernel finding new ones by
    // evicting others' (a 2.4 GB export spent 3.5-5.4 s of system time, now 1.1-1.3 s), and
    // the store's own pages stay cached for the list.
    void startWriteBack()
    {
#ifdef Q_OS_LINUX
        const int fd = m_out.flush() ? m_out.handle() : -1;
        if (fd >= 0 && m_writingBack > m_dropped) {
            ::sync_file_range(fd, m_dropped, m_writingBack - m_dropped,
                              SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE
                                  | SYNC_FILE_RANGE_WAIT_AFTER);
            ::posix_fadvise(fd, m_dropped, m_writingBack - m_dropped, POSIX_FADV_DONTNEED);
            m_dropped = m_writingBack;
        }
        if (fd >= 0)
            ::sync_file_range(fd, m_writingBack, m_written - m_writingBack, SYNC_FILE_RANGE_WRITE);
#endif
        m_writingBack = m_written;
    }
    void run()
    {
        m_buffer.reserve(2 * m_flushAt);
        PayloadCodec codec; // decompresses the payloads of stored rows
        bool ok = true;
        std::optional<Batch> written; // the last batch written, for m_spent
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                if (written) {
                    m_spent.push_back(std::move(*written));
                    written.reset();
                }
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
                if (m_queue.empty())
                    break;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
                m_changed.notify_all();
            }
            if (!batch.appendLines(m_buffer, codec, &m_why)) {
                m_damaged = true;
                ok = false;
                break;
            }
            written = std::move(batch);
            if (m_buffer.size() >= m_flushAt && !(ok = flush()))
                break;
        }
        ok = ok && flush();
        std::lock_guard lock(m_mutex);
        m_failed = !ok;
        m_queue.clear();
        m_changed.notify_all();
    }

    QFileDevice &m_out;
    const qint64 m_flushAt, m_writeBackAt;
    QByteArray m_buffer; // the writing thread's
    qint64 m_written = 0; // the writing thread's: bytes written, up to where the disk was told
    qint64 m_writingBack = 0; // to write them, and up to where they left the page cache
    qint64 m_dropped = 0;
    QString m_why; // the writing thread's until finish()
    Batch m_batch; // the reading thread's
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::deque<Batch> m_spent; // written, to be emptied by the reading thread
    bool m_done = false;
    bool m_failed = false;
    bool m_damaged = false; // the writing thread's until finish()
    std::thread m_thread;
};

} // namespace

Exporter::Exporter(LogStore &store)
    : m_store(store)
{ }

bool Exporter::formatFromName(QStringView name, Format *format)
{
    if (name.compare(u"gatescope", Qt::CaseInsensitive) == 0
        || name.compare(u"jsonl", Qt::CaseInsensitive) == 0) {
        *format = Format::Gatescope;
        return true;
    }
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0) {
        *format = Format::Csv;
        return true;
    }
    return false;
}

qint64 Exporter::exportTo(const QString &path, const QString &filter, Format format, QString *error)
{
    if (const QString why = OutputGuard::whyNotWrite(path); !why.isEmpty()) {
        *error = why;
        return -1;
    }
    // The total for the progress; the records then come in one pass, oldest first (an export
    // reads like the log it came from).
    const std::optional<qint64> total = m_store.count(filter, error);
    if (!total)
        return -1;

    // "-": standard output, written as it comes (nothing to take back on an error: the reader
    // sees the error on stderr and the exit status). A file: replaced only once it is whole.
    const bool toStdout = isStdout(path);
    QSaveFile file(toStdout ? QString() : path);
    QFile stdoutFile;
    QFileDevice &out = toStdout ? static_cast<QFileDevice &>(stdoutFile) : file;
    const bool opened = toStdout
        ? stdoutFile.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)
        : file.open(QIODevice::WriteOnly);
    if (!opened) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
        return -1;
    }
    auto cancel = [&] {
        if (!toStdout)
            file.cancelWriting();
    };
    qint64 written = 0;
    bool writeFailed = false;
    QString why;
    // Adds one record to the writer's batch (fill); false to stop once a write failed.
    auto take = [&](auto &writer, auto &&fill) {
        fill(writer.batch());
        if (!writer.added()) {
            writeFailed = true;
            return false;
        }
        ++written;
        if (m_progress && (written % 1000 == 0 || written == *total))
            m_progress(written, std::max(*total, written));
        return true;
    };
    bool damaged = false;
    auto finish = [&](auto &writer) {
        writeFailed = !writer.finish() || writeFailed;
        why = writer.why();
        damaged = writer.damaged();
    };
    bool read;
    if (format == Format::Gatescope) {
        // Straight from the stored columns, without a LogRecord (that took two thirds of the
        // reading thread, the busier one), the payloads decompressed on the writing thread.
        LineWriter<StoredBatch> writer(out, QByteArray(), s_writeChunk);
        read = m_store.forEachStoredRow(
            filter,
            [&](const StoredRow &row) {
                return take(writer, [&](StoredBatch &batch) { batch.add(row); });
            },
            error, m_cancel);
        finish(writer);
    } else {
        LineWriter<CsvBatch> writer(out, csvHeader(), s_writeChunk);
        read = m_store.forEachRecord(
            filter,
            [&](const LogRecord &record) {
                return take(writer, [&](CsvBatch &batch) { batch.records.append(record); });
            },
            error, m_cancel);
        finish(writer);
    }
    if (!read) {
        if (m_cancel && m_cancel->load())
            *error = QStringLiteral("export cancelled");
        cancel();
        return -1;
    }
    if (damaged) {
        *error = why;
        cancel();
        return -1;
    }
    if (writeFailed || !(toStdout ? stdoutFile.flush() : file.commit())) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(toStdout ? QStringLiteral("standard output") : path,
                          writeFailed ? why : out.errorString());
        cancel();
        return -1;
    }
    return written;
}
