// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileformat.h"
#include "filereader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class LogStore;

// One problem met during an import: the file, the line (0 when the whole file failed) and why.
struct ImportError
{
    QString file;
    qint64 line = 0;
    QString reason;
};

struct ImportProgress
{
    QString file;
    int fileIndex = 0; // 0-based
    int fileCount = 0;
    qint64 bytesDone = 0; // over all files
    qint64 bytesTotal = 0;
    qint64 records = 0; // stored so far (imported + duplicates)
};

struct ImportSummary
{
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 skipped = 0; // bad lines
    QList<ImportError> errors; // bad lines and unreadable files
    bool unreadableFile = false; // a file could not be opened or had no recognisable format
    bool cancelled = false;
    bool storeFailed = false; // the store refused a batch: the import stopped there
};

// Reads files with FileReader and writes them to a LogStore in batches, one transaction each.
// Parsing runs on a second thread while the store writes, so both cores work. A bad line is
// skipped and reported; a failure keeps every batch already committed.
class Importer
{
public:
    explicit Importer(LogStore &store);

    void setFormat(FileFormat format) { m_format = format; } // Unknown: sniff each file
    void setBatchSize(int records) { m_batchSize = records; }
    // Called from the importing thread after every batch.
    void setProgressHandler(std::function<void(const ImportProgress &)> handler)
    {
        m_progress = std::move(handler);
    }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    ImportSummary importFiles(const QStringList &files);

private:
    LogStore &m_store;
    FileFormat m_format = FileFormat::Unknown;
    int m_batchSize = 1024;
    std::function<void(const ImportProgress &)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
