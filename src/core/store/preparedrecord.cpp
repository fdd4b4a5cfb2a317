// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedrecord.h"

#include "bodytext.h"
#include "payloadcodec.h"

#include <algorithm>
#include <map>
#include <memory>
#include <thread>
#include <vector>

namespace {

// One codec per thread and level for the life of the thread: zstd contexts are costly to set up.
PayloadCodec &threadCodec(int level)
{
    thread_local std::map<int, std::unique_ptr<PayloadCodec>> codecs;
    std::unique_ptr<PayloadCodec> &codec = codecs[level];
    if (!codec)
        codec = std::make_unique<PayloadCodec>(level);
    return *codec;
}

void prepareRange(const QList<LogRecord> &batch, PreparedRecord *out, qsizetype from, qsizetype to,
                  const PreparedRecord::Options &options,
                  const std::function<void(qsizetype)> &alsoPrepare)
{
    PayloadCodec &codec = threadCodec(options.payloadLevel);
    qsizetype blockHead = -1; // the open block's first record
    auto closeBlock = [&] {
        if (blockHead >= 0)
            codec.finishBlock(out[blockHead].payload);
        blockHead = -1;
    };
    for (qsizetype i = from; i < to; ++i) {
        const LogRecord &r = batch.at(i);
        PreparedRecord &p = out[i];
        if (!r.request.isEmpty() || !r.response.isEmpty() || !r.raw.isEmpty()) {
            if (PayloadCodec::plainSize(r.request, r.response, r.raw, r.rawFormat)
                > PayloadCodec::kBlockMaxPlain) {
                codec.encode(r.request, r.response, r.raw, r.rawFormat, p.payload);
            } else {
                if (blockHead < 0) {
                    blockHead = i;
                    codec.beginBlock();
                }
                p.block = int(blockHead);
                p.blockEntry = codec.addToBlock(r.request, r.response, r.raw, r.rawFormat);
                if (options.blockPlain > 0 ? codec.blockPlainSize() >= options.blockPlain
                                           : p.blockEntry + 1 >= PayloadCodec::kBlockSize)
                    closeBlock();
            }
        }
        if (!r.request.isEmpty())
            BodyText::extract(r.request, p.text);
        if (!r.response.isEmpty())
            BodyText::extract(r.response, p.text);
        if (!p.text.isEmpty() && options.indexable)
            p.text = options.indexable(p.text);
        p.metadata = ListColumns::metadataJson(r.metadata, options.metadataNul);
        p.images = ListColumns::imagesJson(r.images);
        p.attempts = ListColumns::attemptsJson(r.attempts);
        if (alsoPrepare)
            alsoPrepare(i);
    }
    closeBlock();
}

} // namespace

QVector<PreparedRecord>
PreparedRecord::prepareBatch(const QList<LogRecord> &batch, bool parallel, const Options &options,
                             const std::function<void(qsizetype)> &alsoPrepare)
{
    QVector<PreparedRecord> out(batch.size());
    PreparedRecord *records = out.data();
    const qsizetype n = batch.size();
    // The writes themselves stay on the caller's thread.
    const int threads = !parallel || n < 256
        ? 1
        : int(std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 8));
    if (threads == 1) {
        prepareRange(batch, records, 0, n, options, alsoPrepare);
        return out;
    }
    std::vector<std::thread> workers;
    const qsizetype chunk = (n + threads - 1) / threads;
    for (int t = 1; t < threads; ++t) {
        const qsizetype from = t * chunk, to = std::min(n, from + chunk);
        if (from < to)
            workers.emplace_back(prepareRange, std::cref(batch), records, from, to,
                                 std::cref(options), std::cref(alsoPrepare));
    }
    prepareRange(batch, records, 0, std::min(n, chunk), options, alsoPrepare);
    for (std::thread &w : workers)
        w.join();
    return out;
}
