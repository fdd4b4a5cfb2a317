// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The pieces of SQL the filter compiler and the paging code need that SQLite and PostgreSQL
// spell differently. Everything else the compiler writes is standard SQL.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The n-th (1-based) bound parameter.
    virtual QString placeholder(int n) const = 0;
    // column equals the bound text, case-insensitively (ASCII).
    virtual QString textEquals(const QString &column, const QString &param) const = 0;
    // column starts with the bound text; the bound value comes from likePrefixPattern().
    virtual QString textPrefix(const QString &column, const QString &param) const = 0;
    virtual QString likePrefixPattern(const QString &prefix) const = 0;
    // The text of one metadata key; the bound value comes from metadataKeyParam().
    virtual QString metadataValue(const QString &keyParam) const = 0;
    virtual QString metadataKeyParam(const QString &key) const = 0;
    // Rows whose request/response text matches the bound full-text query.
    virtual QString fullTextMatch(const QString &param) const = 0;
    virtual QString fullTextQuery(const QString &text, bool phrase, bool prefix) const = 0;
    // True when expr is false or unknown (NULL): how a negated term treats unknown values.
    virtual QString isNotTrue(const QString &expr) const = 0;
    // A text column as the list sorts it: case-insensitively (ASCII), as textEquals() compares.
    virtual QString textSortKey(const QString &column) const = 0;
};
