// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadcodec.h"

#include "bytesearch.h"

#include <zstd.h>

#include <cstring>

namespace {

// Layout of the plain payload: little-endian uint32 sizes of request, response, raw and
// format; the offsets of request and response inside raw (kInline: stored after the header);
// then the parts stored inline, raw, format.
constexpr int kHeader = 24;
constexpr quint32 kInline = 0xFFFFFFFF;
// A block blob: magic, the entry this row reads (u32), then one zstd frame of: entry count
// (u32), the end offset of each entry's plain layout (u32 each, from the first entry), the
// entries. A reference: magic, the block's row id (u64), the entry (u32). A single frame starts
// with zstd's own magic, so the three never mix up.
constexpr char kBlockMagic[4] = {'G', 'S', 'B', '1'};
constexpr char kRefMagic[4] = {'G', 'S', 'R', '1'};
constexpr qsizetype kBlockHeader = 8;
constexpr qsizetype kRefSize = 16;

void putU32(char *p, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = char((v >> (8 * i)) & 0xff);
}

quint32 getU32(const char *p)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v |= quint32(uchar(p[i])) << (8 * i);
    return v;
}

} // namespace

PayloadCodec::PayloadCodec(int level)
    : m_cctx(ZSTD_createCCtx())
    , m_dctx(ZSTD_createDCtx())
{
    ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_checksumFlag, 0);
    ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_contentSizeFlag, 1);
}

PayloadCodec::~PayloadCodec()
{
    ZSTD_freeCCtx(m_cctx);
    ZSTD_freeDCtx(m_dctx);
}

qsizetype PayloadCodec::plainSize(const QByteArray &request, const QByteArray &response,
                                  const QByteArray &raw, const QString &rawFormat)
{
    // An upper bound (bodies found in raw are not stored again); the format name is ASCII.
    return kHeader + request.size() + response.size() + raw.size() + rawFormat.size();
}

void PayloadCodec::appendPlain(QByteArray &to, const QByteArray &request,
                               const QByteArray &response, const QByteArray &raw,
                               const QString &rawFormat)
{
    const QByteArray format = rawFormat.toUtf8();
    // A raw export record contains the bodies verbatim (the readers slice them out of it):
    // then only their offsets into raw are kept, which halves what zstd has to compress.
    auto offsetInRaw = [&raw](const QByteArray &body) -> quint32 {
        if (body.size() < 64 || raw.size() < body.size())
            return kInline;
        const qsizetype at = byteIndexOf(raw, body);
        return at < 0 ? kInline : quint32(at);
    };
    const quint32 requestAt = offsetInRaw(request);
    const quint32 responseAt = offsetInRaw(response);
    const qsizetype size = kHeader + (requestAt == kInline ? request.size() : 0)
        + (responseAt == kInline ? response.size() : 0) + raw.size() + format.size();
    const qsizetype start = to.size();
    to.resize(start + size);
    char *p = to.data() + start;
    putU32(p, quint32(request.size()));
    putU32(p + 4, quint32(response.size()));
    putU32(p + 8, quint32(raw.size()));
    putU32(p + 12, quint32(format.size()));
    putU32(p + 16, requestAt);
    putU32(p + 20, responseAt);
    p += kHeader;
    auto put = [&p](const QByteArray &part) {
        if (!part.isEmpty())
            std::memcpy(p, part.constData(), size_t(part.size()));
        p += part.size();
    };
    if (requestAt == kInline)
        put(request);
    if (responseAt == kInline)
        put(response);
    put(raw);
    put(format);
}

void PayloadCodec::encode(const QByteArray &request, const QByteArray &response,
                          const QByteArray &raw, const QString &rawFormat, QByteArray &out)
{
    // m_single: a big log may be encoded while a block is being filled in m_plain.
    m_single.resize(0);
    appendPlain(m_single, request, response, raw, rawFormat);
    out.resize(qsizetype(ZSTD_compressBound(size_t(m_single.size()))));
    const size_t written = ZSTD_compress2(m_cctx, out.data(), size_t(out.size()),
                                          m_single.constData(), size_t(m_single.size()));
    out.resize(ZSTD_isError(written) ? 0 : qsizetype(written));
}

void PayloadCodec::beginBlock()
{
    m_plain.resize(0);
    m_blockEnds.clear();
}

int PayloadCodec::addToBlock(const QByteArray &request, const QByteArray &response,
                             const QByteArray &raw, const QString &rawFormat)
{
    appendPlain(m_plain, request, response, raw, rawFormat);
    m_blockEnds.append(quint32(m_plain.size()));
    return int(m_blockEnds.size()) - 1;
}

void PayloadCodec::finishBlock(QByteArray &out)
{
    const qsizetype index = 4 + 4 * m_blockEnds.size();
    m_blockKey = -1;
    m_block.resize(index + m_plain.size());
    char *p = m_block.data();
    putU32(p, quint32(m_blockEnds.size()));
    for (qsizetype i = 0; i < m_blockEnds.size(); ++i)
        putU32(p + 4 + 4 * i, m_blockEnds.at(i));
    if (!m_plain.isEmpty())
        std::memcpy(p + index, m_plain.constData(), size_t(m_plain.size()));
    out.resize(kBlockHeader + qsizetype(ZSTD_compressBound(size_t(m_block.size()))));
    std::memcpy(out.data(), kBlockMagic, 4);
    putU32(out.data() + 4, 0);
    const size_t written
        = ZSTD_compress2(m_cctx, out.data() + kBlockHeader, size_t(out.size() - kBlockHeader),
                         m_block.constData(), size_t(m_block.size()));
    out.resize(ZSTD_isError(written) ? 0 : kBlockHeader + qsizetype(written));
}

void PayloadCodec::setBlockEntry(QByteArray &blob, int index)
{
    if (blob.size() >= kBlockHeader)
        putU32(blob.data() + 4, quint32(index));
}

QByteArray PayloadCodec::blockRef(qint64 blockRowId, int index)
{
    QByteArray ref(kRefSize, Qt::Uninitialized);
    std::memcpy(ref.data(), kRefMagic, 4);
    putU32(ref.data() + 4, quint32(quint64(blockRowId) & 0xFFFFFFFF));
    putU32(ref.data() + 8, quint32(quint64(blockRowId) >> 32));
    putU32(ref.data() + 12, quint32(index));
    return ref;
}

bool PayloadCodec::parseBlockRef(const char *data, qsizetype size, qint64 *blockRowId, int *index)
{
    if (size != kRefSize || std::memcmp(data, kRefMagic, 4) != 0)
        return false;
    *blockRowId = qint64(quint64(getU32(data + 4)) | (quint64(getU32(data + 8)) << 32));
    *index = int(getU32(data + 12));
    return true;
}

bool PayloadCodec::isBlock(const char *data, qsizetype size)
{
    return size >= kBlockHeader && std::memcmp(data, kBlockMagic, 4) == 0;
}

int PayloadCodec::blockEntry(const char *data, qsizetype size)
{
    return isBlock(data, size) ? int(getU32(data + 4)) : 0;
}

PayloadCodec::Parts PayloadCodec::Views::parts() const
{
    Parts p;
    p.raw = raw.toByteArray();
    // A body found in the raw record shares its bytes.
    auto part = [&p, this](QByteArrayView v) {
        if (!v.isEmpty() && v.data() >= raw.data()
            && v.data() + v.size() <= raw.data() + raw.size())
            return p.raw.mid(v.data() - raw.data(), v.size());
        return v.toByteArray();
    };
    p.request = part(request);
    p.response = part(response);
    p.rawFormat = QString::fromUtf8(rawFormat);
    return p;
}

namespace {

std::optional<PayloadCodec::Parts> partsOf(const std::optional<PayloadCodec::Views> &views)
{
    if (!views)
        return std::nullopt;
    return views->parts();
}

} // namespace

std::optional<PayloadCodec::Parts> PayloadCodec::decode(const char *data, qsizetype size,
                                                        QString *error)
{
    return partsOf(decodeViews(data, size, error));
}

std::optional<PayloadCodec::Views> PayloadCodec::decodeViews(const char *data, qsizetype size,
                                                             QString *error)
{
    if (size >= kBlockHeader && std::memcmp(data, kBlockMagic, 4) == 0) {
        if (!decompressBlock(data, size, error))
            return std::nullopt;
        return entryOfBlockViews(int(getU32(data + 4)), error);
    }
    const unsigned long long plainSize = ZSTD_getFrameContentSize(data, size_t(size));
    if (plainSize == ZSTD_CONTENTSIZE_ERROR || plainSize == ZSTD_CONTENTSIZE_UNKNOWN
        || plainSize < kHeader || plainSize > (1ull << 32)) {
        if (error)
            *error = u"stored payload is damaged (bad zstd frame)"_qs;
        return std::nullopt;
    }
    m_single.resize(qsizetype(plainSize));
    const size_t got
        = ZSTD_decompressDCtx(m_dctx, m_single.data(), size_t(plainSize), data, size_t(size));
    if (ZSTD_isError(got) || got != plainSize) {
        if (error)
            *error
                = u"stored payload is damaged: "_qs + QString::fromLatin1(ZSTD_getErrorName(got));
        return std::nullopt;
    }
    return parsePlain(m_single.constData(), m_single.size(), error);
}

bool PayloadCodec::decompressBlock(const char *data, qsizetype size, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (size < kBlockHeader || std::memcmp(data, kBlockMagic, 4) != 0)
        return fail(u"stored payload is damaged (not a block)"_qs);
    data += kBlockHeader;
    size -= kBlockHeader;
    m_blockKey = -1;
    const unsigned long long plainSize = ZSTD_getFrameContentSize(data, size_t(size));
    if (plainSize == ZSTD_CONTENTSIZE_ERROR || plainSize == ZSTD_CONTENTSIZE_UNKNOWN
        || plainSize < 4 || plainSize > (1ull << 32))
        return fail(u"stored payload is damaged (bad zstd frame)"_qs);
    m_block.resize(qsizetype(plainSize));
    const size_t got
        = ZSTD_decompressDCtx(m_dctx, m_block.data(), size_t(plainSize), data, size_t(size));
    if (ZSTD_isError(got) || got != plainSize)
        return fail(u"stored payload is damaged: "_qs
                    + QString::fromLatin1(ZSTD_getErrorName(got)));
    return true;
}

std::optional<PayloadCodec::Parts> PayloadCodec::decodeEntry(const char *data, qsizetype size,
                                                             int index, QString *error)
{
    if (!decompressBlock(data, size, error))
        return std::nullopt;
    return entryOfBlock(index, error);
}

std::optional<PayloadCodec::Views> PayloadCodec::decodeKeptViews(qint64 key, const char *data,
                                                                 qsizetype size, int index,
                                                                 QString *error)
{
    if (!decompressBlock(data, size, error))
        return std::nullopt;
    std::optional<Views> views = entryOfBlockViews(index, error);
    if (views)
        m_blockKey = key;
    return views;
}

std::optional<PayloadCodec::Parts> PayloadCodec::entryOfBlock(int index, QString *error)
{
    return partsOf(entryOfBlockViews(index, error));
}

std::optional<PayloadCodec::Views> PayloadCodec::entryOfBlockViews(int index, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Views> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const quint64 plainSize = quint64(m_block.size());
    if (plainSize < 4)
        return fail(u"stored payload is damaged (bad zstd frame)"_qs);
    const char *p = m_block.constData();
    const quint64 count = getU32(p);
    const quint64 entries = 4 + 4 * count;
    if (index < 0 || quint64(index) >= count || entries > plainSize)
        return fail(u"stored payload is damaged (bad block entry)"_qs);
    const quint64 begin = index == 0 ? 0 : getU32(p + 4 + 4 * (index - 1));
    const quint64 end = getU32(p + 4 + 4 * index);
    if (begin > end || entries + end > plainSize)
        return fail(u"stored payload is damaged (bad block entry)"_qs);
    return parsePlain(p + entries + begin, qsizetype(end - begin), error);
}

std::optional<PayloadCodec::Views> PayloadCodec::parsePlain(const char *p, qsizetype plainSize,
                                                            QString *error)
{
    if (plainSize < kHeader) {
        if (error)
            *error = u"stored payload is damaged (bad sizes)"_qs;
        return std::nullopt;
    }
    const quint32 requestSize = getU32(p), responseSize = getU32(p + 4);
    const quint32 rawSize = getU32(p + 8), formatSize = getU32(p + 12);
    const quint32 requestAt = getU32(p + 16), responseAt = getU32(p + 20);
    const quint64 stored = quint64(requestAt == kInline ? requestSize : 0)
        + (responseAt == kInline ? responseSize : 0) + rawSize + formatSize + kHeader;
    if (stored != quint64(plainSize)
        || (requestAt != kInline && quint64(requestAt) + requestSize > rawSize)
        || (responseAt != kInline && quint64(responseAt) + responseSize > rawSize)) {
        if (error)
            *error = u"stored payload is damaged (bad sizes)"_qs;
        return std::nullopt;
    }
    p += kHeader;
    Views views;
    if (requestAt == kInline) {
        views.request = QByteArrayView(p, requestSize);
        p += requestSize;
    }
    if (responseAt == kInline) {
        views.response = QByteArrayView(p, responseSize);
        p += responseSize;
    }
    views.raw = QByteArrayView(p, rawSize);
    p += rawSize;
    views.rawFormat = QByteArrayView(p, formatSize);
    if (requestAt != kInline)
        views.request = views.raw.sliced(requestAt, requestSize);
    if (responseAt != kInline)
        views.response = views.raw.sliced(responseAt, responseSize);
    return views;
}
