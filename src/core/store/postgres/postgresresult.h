// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgreslogstore.h"

#include <QByteArray>
#include <QString>

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>
#include <optional>
#include <type_traits>
#include <utility>

// One libpq result in text format (or binary where asked), owned: the rows of a statement that
// PostgresLogStore::run() returns. Shared by the store and its analytics (postgresanalytics.cpp).
class PostgresLogStore::Result
{
public:
    explicit Result(PGresult *r = nullptr)
        : m_r(r)
    { }
    Result(Result &&other) noexcept
        : m_r(std::exchange(other.m_r, nullptr))
    { }
    Result &operator=(Result &&other) noexcept
    {
        std::swap(m_r, other.m_r);
        return *this;
    }
    ~Result() { PQclear(m_r); }
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;

    explicit operator bool() const { return m_r != nullptr; }
    int rows() const { return m_r ? PQntuples(m_r) : 0; }
    bool isNull(int row, int col) const { return PQgetisnull(m_r, row, col); }
    QString text(int row, int col) const
    {
        if (isNull(row, col))
            return {};
        return QString::fromUtf8(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col));
    }
    QByteArray bytes(int row, int col) const
    {
        if (isNull(row, col))
            return {};
        return QByteArray(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col));
    }
    const char *data(int row, int col) const { return PQgetvalue(m_r, row, col); }
    int length(int row, int col) const { return PQgetlength(m_r, row, col); }
    qint64 int64(int row, int col) const
    {
        return std::strtoll(PQgetvalue(m_r, row, col), nullptr, 10);
    }
    // Not strtod(): the application's C locale may write a decimal comma.
    double float64(int row, int col) const
    {
        const char *text = PQgetvalue(m_r, row, col);
        double v = 0;
        std::from_chars(text, text + PQgetlength(m_r, row, col), v);
        return v;
    }
    template<typename T> std::optional<T> opt(int row, int col) const
    {
        if (isNull(row, col))
            return std::nullopt;
        if constexpr (std::is_same_v<T, double>)
            return float64(row, col);
        else if constexpr (std::is_same_v<T, bool>)
            return int64(row, col) != 0;
        else
            return T(int64(row, col));
    }

    // The list columns (kListColumns) of one row.
    void readListRow(int row, LogRecord &r) const;

private:
    PGresult *m_r;
};
