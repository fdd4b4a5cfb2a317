// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <cstring>
#include <optional>
#include <type_traits>

// PostgreSQL's binary COPY format (COPY ... (FORMAT binary)), for PostgresLogStore's batches.
// Inline: a field is a few bytes appended, written millions of times in an import.
// Writes rows in PostgreSQL's binary COPY format: no escaping, no text conversion of numbers.
class CopyWriter
{
public:
    CopyWriter()
    {
        m_out.append("PGCOPY\n\377\r\n\0", 11);
        int32(0); // flags
        int32(0); // header extension length
    }
    void row(qint16 fields) { int16(fields); }
    void null() { int32(-1); }
    void int16Field(qint16 v)
    {
        int32(2);
        int16(v);
    }
    void int32Field(qint32 v)
    {
        int32(4);
        int32(v);
    }
    void int64Field(qint64 v)
    {
        int32(8);
        const qint64 be = qToBigEndian(v);
        m_out.append(reinterpret_cast<const char *>(&be), 8);
    }
    void float64Field(double v)
    {
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        int64Field(qint64(bits));
    }
    void bytesField(const char *data, qsizetype size)
    {
        int32(qint32(size));
        m_out.append(data, size);
    }
    // jsonb's binary form: a version byte, then the JSON text.
    void jsonbField(const QByteArray &json)
    {
        int32(qint32(json.size() + 1));
        m_out.append('\1');
        m_out.append(json);
    }
    // Text: PostgreSQL refuses NUL in text, so it is left out.
    void textField(const QByteArray &utf8)
    {
        if (utf8.isNull())
            return null();
        if (!utf8.contains('\0'))
            return bytesField(utf8.constData(), utf8.size());
        QByteArray clean = utf8;
        clean.replace('\0', QByteArray());
        bytesField(clean.constData(), clean.size());
    }
    void textField(const QString &s) { s.isNull() ? null() : textField(s.toUtf8()); }
    template<typename T> void optField(const std::optional<T> &v)
    {
        if (!v)
            null();
        else if constexpr (std::is_same_v<T, double>)
            float64Field(*v);
        else if constexpr (std::is_same_v<T, bool>)
            int16Field(*v ? 1 : 0);
        else if constexpr (std::is_same_v<T, int>)
            int32Field(*v);
        else
            int64Field(qint64(*v));
    }
    QByteArray finish()
    {
        int16(-1);
        return std::move(m_out);
    }
    void reserve(qsizetype n) { m_out.reserve(n); }

private:
    void int16(qint16 v)
    {
        const qint16 be = qToBigEndian(v);
        m_out.append(reinterpret_cast<const char *>(&be), 2);
    }
    void int32(qint32 v)
    {
        const qint32 be = qToBigEndian(v);
        m_out.append(reinterpret_cast<const char *>(&be), 4);
    }
    QByteArray m_out;
};
