// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereader.h"

#include <QIODevice>

#include <cstring>

LineReader::LineReader(QIODevice *device, qint64 chunkSize, qsizetype padding, qint64 maxLineBytes)
    : m_device(device)
    , m_chunkSize(chunkSize)
    , m_padding(padding)
    , m_maxLine(maxLineBytes)
{ }

bool LineReader::fill()
{
    // Move the unconsumed tail to the front, then grow only when a single line fills the buffer.
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    const size_t wanted = m_end + size_t(m_chunkSize) + size_t(m_padding);
    if (m_buffer.size() < wanted)
        m_buffer.resize(std::max(wanted, m_buffer.size() * 2));
    const qint64 n = m_device->read(m_buffer.data() + m_end, m_chunkSize);
    if (n < 0) {
        m_error = true;
        m_eof = true;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += size_t(n);
    return true;
}

bool LineReader::skipLongLine(std::string_view &line, qint64 &lineNumber)
{
    // Count the line's bytes as they stream past; keep none of them.
    qint64 length = qint64(m_end - m_begin);
    m_consumed += length;
    m_begin = m_end;
    bool newline = false;
    while (!newline && fill()) {
        const char *start = m_buffer.data() + m_begin;
        const size_t available = m_end - m_begin;
        size_t take = available;
        if (const void *nl = std::memchr(start, '\n', available)) {
            take = size_t(static_cast<const char *>(nl) - start);
            newline = true;
        }
        length += qint64(take);
        m_begin += take + (newline ? 1 : 0);
        m_consumed += qint64(take + (newline ? 1 : 0));
    }
    m_scanned = 0;
    m_first = false;
    m_oversized = length;
    line = std::string_view();
    lineNumber = ++m_line;
    return true;
}

bool LineReader::next(std::string_view &line, qint64 &lineNumber)
{
    m_oversized = 0;
    for (;;) {
        const char *start = m_buffer.data() + m_begin;
        const size_t available = m_end - m_begin;
        const void *nl = available > m_scanned
            ? std::memchr(start + m_scanned, '\n', available - m_scanned)
            : nullptr;
        size_t length = 0;
        size_t advance = 0;
        if (nl) {
            length = size_t(static_cast<const char *>(nl) - start);
            advance = length + 1;
        } else if (m_maxLine > 0 && available > size_t(m_maxLine)) {
            return skipLongLine(line, lineNumber);
        } else if (!m_eof) {
            m_scanned = available;
            fill();
            continue;
        } else if (available > 0) {
            length = available;
            advance = available;
        } else {
            return false;
        }
        if (m_first) {
            m_first = false;
            if (length >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
                start += 3;
                length -= 3;
            }
        }
        if (length > 0 && start[length - 1] == '\r')
            --length;
        if (m_maxLine > 0 && length > size_t(m_maxLine)) {
            m_oversized = qint64(length);
            length = 0;
        }
        line = std::string_view(start, length);
        lineNumber = ++m_line;
        m_begin += advance;
        m_consumed += qint64(advance);
        m_scanned = 0;
        return true;
    }
}
