#include "payloadcodec.h"

#include <zstd.h>

#include <cstring>

namespace {

// Level 1: the import budget leaves about 2 us per record for compression; higher levels
// cost several times that for a few percent of file size.
constexpr int kLevel = 1;
// Layout of the plain payload: 4 little-endian uint32 sizes, then the four parts.
constexpr int kHeader = 16;

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

PayloadCodec::PayloadCodec()
    : m_cctx(ZSTD_createCCtx())
    , m_dctx(ZSTD_createDCtx())
{
    ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_compressionLevel, kLevel);
    ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_checksumFlag, 0);
    ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_contentSizeFlag, 1);
}

PayloadCodec::~PayloadCodec()
{
    ZSTD_freeCCtx(m_cctx);
    ZSTD_freeDCtx(m_dctx);
}

void PayloadCodec::encode(const QByteArray &request, const QByteArray &response,
                          const QByteArray &raw, const QString &rawFormat, QByteArray &out)
{
    const QByteArray format = rawFormat.toUtf8();
    const qsizetype plainSize
        = kHeader + request.size() + response.size() + raw.size() + format.size();
    m_plain.resize(plainSize);
    char *p = m_plain.data();
    putU32(p, quint32(request.size()));
    putU32(p + 4, quint32(response.size()));
    putU32(p + 8, quint32(raw.size()));
    putU32(p + 12, quint32(format.size()));
    p += kHeader;
    for (const QByteArray *part : {&request, &response, &raw, &format}) {
        if (!part->isEmpty())
            std::memcpy(p, part->constData(), size_t(part->size()));
        p += part->size();
    }
    out.resize(qsizetype(ZSTD_compressBound(size_t(plainSize))));
    const size_t written = ZSTD_compress2(m_cctx, out.data(), size_t(out.size()),
                                          m_plain.constData(), size_t(plainSize));
    out.resize(ZSTD_isError(written) ? 0 : qsizetype(written));
}

std::optional<PayloadCodec::Parts> PayloadCodec::decode(const char *data, qsizetype size,
                                                        QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Parts> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const unsigned long long plainSize = ZSTD_getFrameContentSize(data, size_t(size));
    if (plainSize == ZSTD_CONTENTSIZE_ERROR || plainSize == ZSTD_CONTENTSIZE_UNKNOWN
        || plainSize < kHeader || plainSize > (1ull << 32))
        return fail(u"stored payload is damaged (bad zstd frame)"_qs);
    m_plain.resize(qsizetype(plainSize));
    const size_t got
        = ZSTD_decompressDCtx(m_dctx, m_plain.data(), size_t(plainSize), data, size_t(size));
    if (ZSTD_isError(got) || got != plainSize)
        return fail(u"stored payload is damaged: "_qs
                    + QString::fromLatin1(ZSTD_getErrorName(got)));
    const char *p = m_plain.constData();
    const quint32 sizes[4] = {getU32(p), getU32(p + 4), getU32(p + 8), getU32(p + 12)};
    if (quint64(sizes[0]) + sizes[1] + sizes[2] + sizes[3] + kHeader != plainSize)
        return fail(u"stored payload is damaged (bad sizes)"_qs);
    p += kHeader;
    Parts parts;
    parts.request = QByteArray(p, sizes[0]);
    p += sizes[0];
    parts.response = QByteArray(p, sizes[1]);
    p += sizes[1];
    parts.raw = QByteArray(p, sizes[2]);
    p += sizes[2];
    parts.rawFormat = QString::fromUtf8(p, sizes[3]);
    return parts;
}
