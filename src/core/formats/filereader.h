// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileformat.h"
#include "logrecord.h"

#include <QList>
#include <QString>

#include <memory>

// A bad line or record in a file: which line (1-based) and what was wrong with it.
struct ReadError
{
    qint64 line = 0;
    QString reason;
};

// Reads one file of any supported format as a stream of LogRecords, a batch at a time, in
// bounded memory (never the whole file at once). Bad lines are reported and skipped; blank
// lines are ignored; a record over RecordLimits::kMaxRecordBytes or with numbers out of
// RecordLimits' bounds is skipped with the reason. Knows nothing of the store or the UI.
class FileReader
{
public:
    explicit FileReader(const QString &path, FileFormat format = FileFormat::Unknown);
    ~FileReader();
    FileReader(const FileReader &) = delete;
    FileReader &operator=(const FileReader &) = delete;

    // Opens the file and sniffs its format when none was given. False with a message when the
    // file cannot be opened or its format is not recognised.
    bool open(QString *error);
    FileFormat format() const;
    // Whether open() judged the format from the content (none was given).
    bool formatSniffed() const;

    // Appends up to maxRecords records to out and any bad lines to errors. Returns false once
    // the end of the file has been reached (out may still have received records).
    bool readBatch(QList<LogRecord> &out, QList<ReadError> &errors, int maxRecords);

    qint64 bytesRead() const; // for progress
    qint64 size() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
