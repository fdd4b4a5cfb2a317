// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

class StoredRow;

// The Gatescope JSONL line, written by hand: byte for byte what LogRecord::toJsonLine() writes
// (QJsonDocument, compact: keys sorted, the same escapes and number forms, bodies spliced in
// verbatim when they are JSON), at a fraction of its cost: no QJsonObject is built and no body
// is parsed into one.
namespace ExportLine {

// Appends to a QByteArray through a cursor into the room past its size, which it takes at the
// start and gives back (the array's size set to what was written) when it is destroyed. Qt
// 6.4's QByteArray::append() of a few bytes is an out-of-line insert(): a line is ~70 of them,
// a tenth of the export's reading thread. The array must not be used meanwhile.
class Sink
{
public:
    explicit Sink(QByteArray &out);
    ~Sink();
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    void append(const char *s, qsizetype n)
    {
        if (n <= 0) // an empty view's data may be null, which memcpy() must not be given
            return;
        if (m_end - m_p < n)
            grow(n);
        std::memcpy(m_p, s, size_t(n));
        m_p += n;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    void append(char c)
    {
        if (m_p == m_end)
            grow(1);
        *m_p++ = c;
    }
    // As the array's: the bytes written so far, the array's own before the sink's included.
    qsizetype size() const { return m_p - m_base; }
    char *data() { return m_base; }
    void truncate(qsizetype size) { m_p = m_base + size; }

private:
    void grow(qsizetype n);

    QByteArray &m_out;
    char *m_base;
    char *m_p;
    char *m_end;
};

// A body as toJsonLine() writes it: verbatim when it is JSON (line breaks, which can only be
// white space then, folded to spaces), else a JSON string; null when empty.
void appendBody(Sink &out, QByteArrayView body);

// The line of a stored row (LogStore::forEachStoredRow()), straight from its columns, in the
// parts around its bodies: appendHead(), appendBody(request), appendMiddle(),
// appendBody(response), appendTail() write what LogRecord::toJsonLine() writes for the record
// the row holds, and a line break.
// Keeps the names of the last enum values it wrote; one instance per thread.
class StoredColumns
{
public:
    void appendHead(Sink &out, const StoredRow &row); // up to "request":
    void appendMiddle(Sink &out, const StoredRow &row); // up to "response":
    void appendTail(Sink &out, const StoredRow &row); // the rest and a line break

private:
    // An enum column's last stored text and the name written for it.
    struct Name
    {
        bool valid = false;
        bool null = false;
        QByteArray stored;
        QByteArray written;
    };
    void appendName(Sink &out, const StoredRow &row, int column, Name &last);
    Name m_cache;
    Name m_requestType;
    Name m_strategy;
};

} // namespace ExportLine
