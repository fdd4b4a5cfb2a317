// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

class QIODevice;

// Splits a device into lines in bounded memory: reads chunks of a few MB into one buffer that
// grows only as far as the longest line, and never much beyond maxLineBytes: a longer line is
// read past, not kept. Each line is handed out as a view into the buffer, valid until the next
// call, with at least `padding` readable bytes after it (simdjson's rule).
class LineReader
{
public:
    explicit LineReader(QIODevice *device, qint64 chunkSize = 4 << 20, qsizetype padding = 64,
                        qint64 maxLineBytes = 0);

    // The next line without its end of line (\n or \r\n); false at the end of the device. A line
    // over maxLineBytes (when not 0) comes back empty, with oversizedBytes() its length.
    bool next(std::string_view &line, qint64 &lineNumber);
    qint64 oversizedBytes() const { return m_oversized; }
    qint64 bytesConsumed() const { return m_consumed; }
    bool error() const { return m_error; }

private:
    bool fill();
    bool skipLongLine(std::string_view &line, qint64 &lineNumber);

    QIODevice *m_device;
    qint64 m_chunkSize;
    qsizetype m_padding;
    qint64 m_maxLine;
    qint64 m_oversized = 0;
    std::vector<char> m_buffer;
    size_t m_begin = 0; // first unconsumed byte
    size_t m_end = 0; // end of the data read so far
    size_t m_scanned = 0; // bytes from m_begin already known to hold no newline
    qint64 m_line = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_error = false;
    bool m_first = true;
};
