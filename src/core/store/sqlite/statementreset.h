// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>

// Resets a cached statement when it goes out of scope, so it never holds a read transaction.
class StatementReset
{
public:
    explicit StatementReset(sqlite3_stmt *st)
        : m_st(st)
    { }
    ~StatementReset()
    {
        if (m_st) {
            sqlite3_reset(m_st);
            sqlite3_clear_bindings(m_st);
        }
    }
    StatementReset(const StatementReset &) = delete;
    StatementReset &operator=(const StatementReset &) = delete;

private:
    sqlite3_stmt *m_st;
};
