#include "payloadcodec.h"

#include <zstd.h>

#include <cstring>

namespace {

// Level 1: the import budget leaves about 2 us per record for compression; higher levels
// cost several times that for a few percent of file size.
constexpr int kLevel = 1;
// Layout of the plain payload: little-endian uint32 sizes of request, response, raw and
// format; the offsets of request and response inside raw (kInline: stored after the header);
// then the parts stored inline, raw, format.
constexpr int kHeader = 24;
constexpr quint32 kInline = 0xFFFFFFFF;

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
    // A raw export record contains the bodies verbatim (the readers slice them out of it):
    // then only their offsets into raw are kept, which halves what zstd has to compress.
    auto offsetInRaw = [&raw](const QByteArray &body) -> quint32 {
        if (body.size() < 64 || raw.size() < body.size())
            return kInline;
        const qsizetype at = raw.indexOf(body);
        return at < 0 ? kInline : quint32(at);
    };
    const quint32 requestAt = offsetInRaw(request);
    const quint32 responseAt = offsetInRaw(response);
    const qsizetype plainSize = kHeader + (requestAt == kInline ? request.size() : 0)
        + (responseAt == kInline ? response.size() : 0) + raw.size() + format.size();
    m_plain.resize(plainSize);
    char *p = m_plain.data();
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
    const quint32 requestSize = getU32(p), responseSize = getU32(p + 4);
    const quint32 rawSize = getU32(p + 8), formatSize = getU32(p + 12);
    const quint32 requestAt = getU32(p + 16), responseAt = getU32(p + 20);
    const quint64 stored = quint64(requestAt == kInline ? requestSize : 0)
        + (responseAt == kInline ? responseSize : 0) + rawSize + formatSize + kHeader;
    if (stored != plainSize || (requestAt != kInline && quint64(requestAt) + requestSize > rawSize)
        || (responseAt != kInline && quint64(responseAt) + responseSize > rawSize))
        return fail(u"stored payload is damaged (bad sizes)"_qs);
    p += kHeader;
    Parts parts;
    if (requestAt == kInline) {
        parts.request = QByteArray(p, requestSize);
        p += requestSize;
    }
    if (responseAt == kInline) {
        parts.response = QByteArray(p, responseSize);
        p += responseSize;
    }
    parts.raw = QByteArray(p, rawSize);
    p += rawSize;
    parts.rawFormat = QString::fromUtf8(p, formatSize);
    if (requestAt != kInline)
        parts.request = parts.raw.mid(requestAt, requestSize);
    if (responseAt != kInline)
        parts.response = parts.raw.mid(responseAt, responseSize);
    return parts;
}
