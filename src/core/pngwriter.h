// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Encodes 8-bit RGB pixels as a minimal PNG (IHDR, one IDAT, IEND; no interlace), so
// the core can make real image bytes without QtGui. Not a general encoder: no alpha, no palette.
class PngWriter
{
public:
    // rgb holds width * height * 3 bytes, rows top to bottom. Returns an empty array when the
    // sizes do not match.
    static QByteArray encodeRgb(int width, int height, const QByteArray &rgb);

    // The CRC-32 of PNG chunks (ISO 3309, as zlib's crc32).
    static quint32 crc32(const char *data, qsizetype size, quint32 crc = 0);
};
