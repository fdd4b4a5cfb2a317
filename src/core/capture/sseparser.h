// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
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
// ends, several data lines, ':' comments). Keeps only the unfinished line and event between
// calls, and never more than maxEventBytes of them: an event (or a line) that grows beyond the
// limit is dropped whole, its remaining bytes are skipped up to the blank line that ends it, and
// the oversize handler is told once, when the skipping starts (an endless line never ends).
class SseParser
{
public:
    using Handler = std::function<void(const SseEvent &)>;
    // Called with the limit when an event outgrows it and is being skipped.
    using OversizeHandler = std::function<void(qsizetype limit)>;

    static constexpr qsizetype kDefaultMaxEventBytes = 16 * 1024 * 1024;

    explicit SseParser(Handler handler)
        : m_handler(std::move(handler))
    { }

    void feed(QByteArrayView bytes);
    // Bytes held for an unfinished line or event (for stall diagnostics and limits).
    qsizetype pendingBytes() const { return m_line.size() + eventBytes(); }
    void reset();

    // The most bytes one event may hold: its data, event and id values so far plus the line
    // being read (field name included). At least 1.
    void setMaxEventBytes(qsizetype bytes) { m_maxEventBytes = std::max<qsizetype>(1, bytes); }
    qsizetype maxEventBytes() const { return m_maxEventBytes; }
    void setOversizeHandler(OversizeHandler handler) { m_oversize = std::move(handler); }
    // An oversized event is being skipped (until the blank line that ends it).
    bool isSkipping() const { return m_skipping; }
    // Events dropped for their size since construction (reset() keeps the count).
    qint64 oversizedEvents() const { return m_oversized; }

private:
    void line(QByteArrayView line);
    void startSkipping();
    qsizetype eventBytes() const
    {
        return m_current.data.size() + m_current.event.size() + m_current.id.size();
    }

    Handler m_handler;
    OversizeHandler m_oversize;
    QByteArray m_line;
    SseEvent m_current;
    qsizetype m_maxEventBytes = kDefaultMaxEventBytes;
    qint64 m_oversized = 0;
    bool m_hasData = false;
    bool m_skipLf = false; // the previous chunk ended with CR: a following LF belongs to it
    bool m_skipping = false; // dropping an oversized event up to its blank line
    bool m_lineDropped = false; // while skipping: the current line had bytes (it is not blank)
};
