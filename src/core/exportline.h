// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listcolumns.h"
#include "logstore.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstring>
#include <optional>

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
    // How the methods below read each column of ListColumns::kSelect, for CapturedColumns.
    enum class Read : quint8 { Unread, Text, Int64, Float64 };
    static constexpr Read readOf(int column)
    {
        return column >= 0 && column < ListColumns::kCount ? kReads[size_t(column)] : Read::Unread;
    }

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
    // The row id and the feedback summary (35, 36) are not written.
    static constexpr std::array<Read, ListColumns::kCount> kReads = [] {
        std::array<Read, ListColumns::kCount> r {};
        for (const int c :
             {1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20, 22, 24, 27, 28, 29, 30, 31, 34, 37, 38, 39})
            r[size_t(c)] = Read::Text;
        for (const int c : {2, 12, 13, 14, 15, 16, 17, 18, 21, 23, 25, 26, 32, 33, 40, 41, 42})
            r[size_t(c)] = Read::Int64;
        r[19] = Read::Float64;
        return r;
    }();
    Name m_cache;
    Name m_requestType;
    Name m_strategy;
};

// The columns of a stored row as StoredColumns reads them, each copied with the calls it makes
// (text(); isNull() and int64() or float64()), so that a row read on one thread is written as a
// line on another with the same bytes. The text goes into a buffer the caller keeps for many
// rows (through a Sink); CapturedRow gives them back as a StoredRow.
class CapturedColumns
{
public:
    void capture(const StoredRow &row, Sink &bytes);

private:
    friend class CapturedRow;
    // A number's bits, or where the text starts in the buffer; size -1 for NULL.
    struct Slot
    {
        qint64 value = 0;
        qsizetype size = -1;
    };
    std::array<Slot, ListColumns::kCount> m_slots;
};

// A captured row over the buffer its text went into (which must not change meanwhile), with
// the feedback of the row it was read from. Reading a column otherwise than StoredColumns reads
// it is a programming error and stops the program (every export test would show it).
class CapturedRow final : public StoredRow
{
public:
    CapturedRow(const CapturedColumns &columns, const char *bytes,
                const QList<FeedbackEntry> &feedback);
    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    double float64(int column) const override;
    QByteArrayView utf8(int column) const override;
    std::optional<QByteArrayView> text(int column) const override;

private:
    // A captured column's slot, read as `read` (nothing: isNull(), which every one answers).
    const CapturedColumns::Slot &slot(int column,
                                      std::optional<StoredColumns::Read> read = {}) const
    {
        const StoredColumns::Read captured = StoredColumns::readOf(column);
        if (captured == StoredColumns::Read::Unread || (read && captured != *read)) [[unlikely]]
            misread(column, read);
        return m_columns.m_slots[size_t(column)];
    }
    [[noreturn]] static void misread(int column, std::optional<StoredColumns::Read> read);
    const CapturedColumns &m_columns;
    const char *m_bytes;
};

} // namespace ExportLine
