// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

// PostgreSQL 15 spelling: $n parameters, lower() under the "C" collation for the
// case-insensitive text columns (so the expression indexes serve equality, prefix and sort the
// way SQLite's NOCASE columns do), ->> on the jsonb metadata, tsquery over log_text.tsv.
class PostgresDialect : public SqlDialect
{
public:
    // The text search configuration the migrations create: the simple parser and dictionary
    // with unaccent in front (FTS5's unicode61 remove_diacritics on the SQLite side).
    static constexpr char kTextSearchConfig[] = "gatescope";

    QString placeholder(int n) const override;
    QString textEquals(const QString &column, const QString &param) const override;
    QString textPrefix(const QString &column, const QString &param) const override;
    QString likePrefixPattern(const QString &prefix) const override;
    QString metadataValue(const QString &keyParam) const override;
    QString metadataKeyParam(const QString &key) const override;
    QString fullTextMatch(const QString &param) const override;
    QString fullTextQuery(const QString &text, bool phrase, bool prefix) const override;
    QString isNotTrue(const QString &expr) const override;
    QString textSortKey(const QString &column) const override;

    // A text column as it is compared and sorted: lower-cased, byte order.
    static QString folded(const QString &column);
};
