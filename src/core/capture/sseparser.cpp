// SPDX-License-Identifier: GPL-3.0-or-later
#include "sseparser.h"

#include <cstring>

void SseParser::feed(QByteArrayView bytes)
{
    qsizetype start = 0;
    const qsizetype n = bytes.size();
    if (m_skipLf && n > 0) {
        m_skipLf = false;
        if (bytes.at(0) == '\n')
            start = 1;
    }
    // The next LF and the next CR, each looked for again only once passed, so a chunk is
    // scanned by memchr at most twice whatever its lines (an endless line costs no more).
    const char *const base = bytes.data();
    auto next = [base, n](char c, qsizetype from) {
        const void *found = from < n ? std::memchr(base + from, c, size_t(n - from)) : nullptr;
        return found ? qsizetype(static_cast<const char *>(found) - base) : n;
    };
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    for (qsizetype i = start; i < n; ++i) {
        if (nextLf < i)
            nextLf = next('\n', i);
        if (nextCr < i)
            nextCr = next('\r', i);
        i = std::min(nextLf, nextCr);
        if (i >= n)
            break;
        const char c = bytes.at(i);
        const QByteArrayView piece = bytes.sliced(start, i - start);
        if (m_skipping) {
            // Only the blank line that ends the oversized event matters.
            if (piece.isEmpty() && !m_lineDropped) {
                m_skipping = false;
                m_current = SseEvent();
                m_hasData = false;
            }
            m_lineDropped = false;
        } else if (m_line.isEmpty()) {
            line(piece);
        } else if (pendingBytes() + piece.size() > m_maxEventBytes) {
            startSkipping(); // the line ends here: what follows is a line of its own
            m_lineDropped = false;
        } else {
            m_line.append(piece);
            line(m_line);
            m_line.clear();
        }
        if (c == '\r') {
            if (i + 1 < n) {
                if (bytes.at(i + 1) == '\n')
                    ++i;
            } else {
                m_skipLf = true;
            }
        }
        start = i + 1;
    }
    if (start < n) {
        const QByteArrayView tail = bytes.sliced(start);
        if (m_skipping) {
            m_lineDropped = true;
        } else if (pendingBytes() + tail.size() > m_maxEventBytes) {
            startSkipping();
            m_lineDropped = true;
        } else {
            m_line.append(tail);
        }
    }
}

void SseParser::reset()
{
    m_line.clear();
    m_current = SseEvent();
    m_hasData = false;
    m_skipLf = false;
    m_skipping = false;
    m_lineDropped = false;
}

void SseParser::startSkipping()
{
    m_skipping = true;
    ++m_oversized;
    // Give the memory back at once: the point of the limit.
    m_line = QByteArray();
    m_current = SseEvent();
    m_hasData = false;
    if (m_oversize)
        m_oversize(m_maxEventBytes);
}

void SseParser::line(QByteArrayView text)
{
    if (text.isEmpty()) {
        if (m_hasData) {
            if (m_current.event.isEmpty())
                m_current.event = QByteArrayLiteral("message");
            m_handler(m_current);
        }
        m_current = SseEvent();
        m_hasData = false;
        return;
    }
    // The whole line counts, as it does while it arrives (feed), so where the bytes break never
    // decides whether an event is kept.
    if (eventBytes() + text.size() > m_maxEventBytes) {
        startSkipping();
        return;
    }
    if (text.at(0) == ':')
        return; // comment
    const qsizetype colon = text.indexOf(':');
    const QByteArrayView field = colon < 0 ? text : text.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : text.sliced(colon + 1);
    if (!value.isEmpty() && value.at(0) == ' ')
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = value.toByteArray();
    } else if (field == "id") {
        m_current.id = value.toByteArray();
        m_current.hasId = true;
    }
}
