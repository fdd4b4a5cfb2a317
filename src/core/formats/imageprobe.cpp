// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageprobe.h"

namespace {

quint32 be16(QByteArrayView b, qsizetype i)
{
    return (quint32(quint8(b[i])) << 8) | quint8(b[i + 1]);
}
quint32 be32(QByteArrayView b, qsizetype i)
{
    return (be16(b, i) << 16) | be16(b, i + 2);
}
quint32 le16(QByteArrayView b, qsizetype i)
{
    return quint32(quint8(b[i])) | (quint32(quint8(b[i + 1])) << 8);
}
quint32 le24(QByteArrayView b, qsizetype i)
{
    return le16(b, i) | (quint32(quint8(b[i + 2])) << 16);
}

void probeJpeg(QByteArrayView b, ImageProbe::Result &r)
{
    // Walk the marker segments up to the first start-of-frame (SOF0..SOF15 but DHT, JPG, DAC).
    qsizetype i = 2;
    while (i + 9 < b.size()) {
        if (quint8(b[i]) != 0xFF) {
            ++i;
            continue;
        }
        const quint8 marker = quint8(b[i + 1]);
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            i += 2;
            continue;
        }
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
            && marker != 0xCC) {
            r.height = int(be16(b, i + 5));
            r.width = int(be16(b, i + 7));
            return;
        }
        if (marker == 0xDA || marker == 0xD9)
            return; // start of scan or end of image before any frame header
        i += 2 + qsizetype(be16(b, i + 2));
    }
}

} // namespace

ImageProbe::Result ImageProbe::probe(QByteArrayView b)
{
    Result r;
    if (b.size() >= 24 && b.startsWith("\x89PNG\r\n\x1a\n")) {
        r.mime = QStringLiteral("image/png");
        if (b.sliced(12, 4) == "IHDR") {
            r.width = int(be32(b, 16));
            r.height = int(be32(b, 20));
        }
    } else if (b.size() >= 3 && quint8(b[0]) == 0xFF && quint8(b[1]) == 0xD8
               && quint8(b[2]) == 0xFF) {
        r.mime = QStringLiteral("image/jpeg");
        probeJpeg(b, r);
    } else if (b.size() >= 10 && (b.startsWith("GIF87a") || b.startsWith("GIF89a"))) {
        r.mime = QStringLiteral("image/gif");
        r.width = int(le16(b, 6));
        r.height = int(le16(b, 8));
    } else if (b.size() >= 16 && b.startsWith("RIFF") && b.sliced(8, 4) == "WEBP") {
        r.mime = QStringLiteral("image/webp");
        const QByteArrayView chunk = b.sliced(12, 4);
        if (chunk == "VP8 " && b.size() >= 30 && quint8(b[23]) == 0x9D && quint8(b[24]) == 0x01
            && quint8(b[25]) == 0x2A) {
            r.width = int(le16(b, 26) & 0x3FFF);
            r.height = int(le16(b, 28) & 0x3FFF);
        } else if (chunk == "VP8L" && b.size() >= 25 && quint8(b[20]) == 0x2F) {
            const quint32 bits = le16(b, 21) | (le16(b, 23) << 16);
            r.width = int((bits & 0x3FFF) + 1);
            r.height = int(((bits >> 14) & 0x3FFF) + 1);
        } else if (chunk == "VP8X" && b.size() >= 30) {
            r.width = int(le24(b, 24) + 1);
            r.height = int(le24(b, 27) + 1);
        }
    } else if (b.size() >= 12 && b.sliced(4, 8) == "ftypavif") {
        r.mime = QStringLiteral("image/avif");
    }
    return r;
}
