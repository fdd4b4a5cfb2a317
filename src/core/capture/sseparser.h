// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

// One Server-Sent Events frame: what came between two blank lines.
struct SseEvent
{
    QByteArray event; // "message" when the frame named none
    QByteArray data; // data lines joined with '\n'
    QByteArray id; // empty when the frame had no id line
    bool hasId = false;
};

// Splits a text/event-stream into events as bytes arrive (the WHATWG rules: LF, CRLF or CR line
// ends, several data lines, ':' comments). Keeps only the unfinished line between calls, so a
// long stream never accumulates in memory.
class SseParser
{
public:
    using Handler = std::function<void(const SseEvent &)>;

    explicit SseParser(Handler handler)
        : m_handler(std::move(handler))
    { }

    void feed(QByteArrayView bytes);
    // Bytes held for an unfinished line or event (for stall diagnostics and limits).
    qsizetype pendingBytes() const { return m_line.size() + m_current.data.size(); }
    void reset();

private:
    void line(QByteArrayView line);

    Handler m_handler;
    QByteArray m_line;
    SseEvent m_current;
    bool m_hasData = false;
    bool m_skipLf = false; // the previous chunk ended with CR: a following LF belongs to it
};
