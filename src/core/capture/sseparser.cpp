// SPDX-License-Identifier: GPL-3.0-or-later
#include "sseparser.h"

void SseParser::feed(QByteArrayView bytes)
{
    qsizetype start = 0;
    const qsizetype n = bytes.size();
    if (m_skipLf && n > 0) {
        m_skipLf = false;
        if (bytes.at(0) == '\n')
            start = 1;
    }
    for (qsizetype i = start; i < n; ++i) {
        const char c = bytes.at(i);
        if (c != '\n' && c != '\r')
            continue;
        const QByteArrayView piece = bytes.sliced(start, i - start);
        if (m_line.isEmpty()) {
            line(piece);
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
    if (start < n)
        m_line.append(bytes.sliced(start));
}

void SseParser::reset()
{
    m_line.clear();
    m_current = SseEvent();
    m_hasData = false;
    m_skipLf = false;
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
