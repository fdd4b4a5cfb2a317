// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listcolumns.h"
#include "logrecord.h"

#include <QByteArray>
#include <QList>
#include <QVector>

#include <functional>

// What a backend's insert() computes for a record before it writes, on several threads: the
// compressed payload (a frame of its own, or an entry of a block of small logs), the text of the
// full-text index and the JSON list columns. The same for every backend but for the Options.
struct PreparedRecord
{
    QByteArray payload; // empty: no bodies, no raw record (or in a block another record holds)
    int block = -1; // in a payload block: the batch index of the record whose payload holds it
    int blockEntry = 0; // the entry in that block
    QByteArray text; // full-text body; empty: nothing to index
    QByteArray metadata, images, attempts;

    struct Options
    {
        int payloadLevel = 1; // zstd's level (PayloadCodec)
        // A block is closed when it holds this many plain bytes; 0: at PayloadCodec::kBlockSize
        // entries.
        qsizetype blockPlain = 0;
        ListColumns::Nul metadataNul = ListColumns::Nul::Keep;
        // Makes the extracted text what the backend can index; null: kept as extracted.
        QByteArray (*indexable)(const QByteArray &text) = nullptr;
    };

    // Prepares every record of batch; when parallel and the batch is large, on up to 8 threads
    // (compression and text extraction are most of the CPU of an import). alsoPrepare(i), if
    // given, runs for record i on the thread that prepares it, for what the backend adds.
    static QVector<PreparedRecord>
    prepareBatch(const QList<LogRecord> &batch, bool parallel, const Options &options,
                 const std::function<void(qsizetype)> &alsoPrepare = {});
};
