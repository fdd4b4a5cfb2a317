// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngwriter.h"

#include <array>

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

void appendBigEndian(QByteArray &out, quint32 value)
{
    out.append(char(value >> 24));
    out.append(char(value >> 16));
    out.append(char(value >> 8));
    out.append(char(value));
}

void appendChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    appendBigEndian(out, quint32(data.size()));
    const qsizetype typeAt = out.size();
    out.append(type, 4);
    out.append(data);
    appendBigEndian(out, PngWriter::crc32(out.constData() + typeAt, out.size() - typeAt));
}

} // namespace

quint32 PngWriter::crc32(const char *data, qsizetype size, quint32 crc)
{
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = kCrcTable[(crc ^ quint8(data[i])) & 0xff] ^ (crc >> 8);
    return ~crc;
}

QByteArray PngWriter::encodeRgb(int width, int height, const QByteArray &rgb)
{
    if (width <= 0 || height <= 0 || rgb.size() != qsizetype(width) * height * 3)
        return {};

    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: truecolour
    header.append(char(0)); // compression: deflate
    header.append(char(0)); // filter method 0
    header.append(char(0)); // no interlace

    // Filter "Sub" on the first row and "Up" on the others: smooth images turn into runs of
    // small repeating differences, which deflate both packs smaller and gets through faster.
    const qsizetype stride = qsizetype(width) * 3;
    QByteArray scanlines(qsizetype(stride + 1) * height, Qt::Uninitialized);
    const auto *in = reinterpret_cast<const quint8 *>(rgb.constData());
    auto *out = reinterpret_cast<quint8 *>(scanlines.data());
    for (int y = 0; y < height; ++y) {
        const quint8 *row = in + y * stride;
        if (y == 0) {
            *out++ = 1; // Sub: difference to the pixel on the left
            for (qsizetype i = 0; i < stride; ++i)
                *out++ = quint8(row[i] - (i >= 3 ? row[i - 3] : 0));
        } else {
            *out++ = 2; // Up: difference to the pixel above
            for (qsizetype i = 0; i < stride; ++i)
                *out++ = quint8(row[i] - row[i - stride]);
        }
    }
    // qCompress writes a 4-byte big-endian length and then a complete zlib stream (header,
    // deflate data, Adler-32): exactly what IDAT holds once the length is dropped.
    const QByteArray zlib = qCompress(scanlines, 1).mid(4);

    QByteArray png;
    png.reserve(zlib.size() + 64);
    png.append("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlib);
    appendChunk(png, "IEND", QByteArray());
    return png;
}
