// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

class LogStore;

// Writes the records a filter selects to a file: Gatescope JSONL (canonical records, bodies
// included, importable back into identical records) or CSV (the columns of Portkey's legacy
// export, plus id). Writes to a temporary file and renames it, so a failed export never leaves
// half a file behind.
class Exporter
{
public:
    enum class Format { Gatescope, Csv };

    explicit Exporter(LogStore &store);

    static bool formatFromName(QStringView name, Format *format);
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler)
    {
        m_progress = std::move(handler);
    }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Returns the number of records written, or -1 with *error set. A path of "-" (isStdout())
    // writes to standard output.
    static bool isStdout(const QString &path) { return path == u"-"; }
    qint64 exportTo(const QString &path, const QString &filter, Format format, QString *error);

    // Tests: write, and start the disk's write-back, every `bytes` instead of every 1 MB and
    // 32 MB (0: those).
    static void setWriteChunk(qint64 bytes) { s_writeChunk = bytes; }

private:
    static inline qint64 s_writeChunk = 0;
    LogStore &m_store;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
