// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

// The bodies and the raw source record of one log, as they are stored: one zstd frame holding
// request, response, raw record and raw format name, so zstd exploits the repetition between
// the raw record and the bodies it contains. Keeps its zstd contexts between calls; one
// instance per thread.
class PayloadCodec
{
public:
    struct Parts
    {
        QByteArray request;
        QByteArray response;
        QByteArray raw;
        QString rawFormat;
    };
    // The same parts in the codec's own buffers: valid until its next decode.
    struct Views
    {
        QByteArrayView request;
        QByteArrayView response;
        QByteArrayView raw;
        QByteArrayView rawFormat; // UTF-8
        Parts parts() const;
    };

    // level: zstd's (1 by default; negative levels trade size for speed).
    explicit PayloadCodec(int level = 1);
    ~PayloadCodec();
    PayloadCodec(const PayloadCodec &) = delete;
    PayloadCodec &operator=(const PayloadCodec &) = delete;

    // Appends the stored form of the parts to out (cleared first).
    void encode(const QByteArray &request, const QByteArray &response, const QByteArray &raw,
                const QString &rawFormat, QByteArray &out);
    // Decodes a single frame, or one entry of a block (the entry the block blob names itself).
    std::optional<Parts> decode(const char *data, qsizetype size, QString *error);
    std::optional<Views> decodeViews(const char *data, qsizetype size, QString *error);

    // Blocks: the payloads of up to kBlockSize small logs in one zstd frame, which compresses
    // about 3x faster and 3x smaller than one frame each (zstd needs context to find the
    // repetition between records). The block blob is stored with the first log of the block
    // that is written; the others store a 16-byte reference to it (blockRef()).
    static constexpr int kBlockSize = 16;
    static constexpr qsizetype kBlockMaxPlain = 16 * 1024; // bigger logs get a frame each
    // The plain size a log would take; at most kBlockMaxPlain goes into a block.
    static qsizetype plainSize(const QByteArray &request, const QByteArray &response,
                               const QByteArray &raw, const QString &rawFormat);
    void beginBlock();
    // Adds a log to the open block; returns its index in it.
    int addToBlock(const QByteArray &request, const QByteArray &response, const QByteArray &raw,
                   const QString &rawFormat);
    // The plain bytes the open block holds so far.
    qsizetype blockPlainSize() const { return m_plain.size(); }
    // The block blob (its own entry index 0; setBlockEntry() changes it).
    void finishBlock(QByteArray &out);
    static void setBlockEntry(QByteArray &blob, int index);
    static QByteArray blockRef(qint64 blockRowId, int index);
    // A reference: the row holding the block and the entry; false if data is not a reference.
    static bool parseBlockRef(const char *data, qsizetype size, qint64 *blockRowId, int *index);
    // Whether data is a block blob, and the entry it names for its own row.
    static bool isBlock(const char *data, qsizetype size);
    static int blockEntry(const char *data, qsizetype size);
    // What a reader says when a payload cannot be read: "stored payload is damaged (why)".
    static QString damaged(QStringView why)
    {
        return u"stored payload is damaged ("_qs + why + u')';
    }
    // One entry of a block blob (a reference's target).
    std::optional<Parts> decodeEntry(const char *data, qsizetype size, int index, QString *error);
    // Reading many logs in row order: the last block decompressed stays, named by key (the
    // row that holds it), and an entry of it is read without decompressing it again.
    bool hasBlock(qint64 key) const { return key == m_blockKey; }
    void forgetBlock() { m_blockKey = -1; }
    std::optional<Parts> entryOfBlock(int index, QString *error);
    std::optional<Views> entryOfBlockViews(int index, QString *error);
    std::optional<Views> decodeKeptViews(qint64 key, const char *data, qsizetype size, int index,
                                         QString *error);

private:
    // Appends the plain layout of one log to to.
    static void appendPlain(QByteArray &to, const QByteArray &request, const QByteArray &response,
                            const QByteArray &raw, const QString &rawFormat);
    std::optional<Views> parsePlain(const char *p, qsizetype size, QString *error);
    // Decompresses a block blob into m_block (forgetting the block kept before).
    bool decompressBlock(const char *data, qsizetype size, QString *error);
    QByteArray m_single; // one log's plain layout (encode, decode)
    QByteArray m_block;
    qint64 m_blockKey = -1; // what m_block holds, decompressed, for decodeKeptViews (-1: nothing)
    QList<quint32> m_blockEnds;

    ZSTD_CCtx_s *m_cctx = nullptr;
    ZSTD_DCtx_s *m_dctx = nullptr;
    QByteArray m_plain;
};
