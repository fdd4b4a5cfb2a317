// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

// SQLite 3.40 spelling: NOCASE columns, LIKE with an escape, json_extract, FTS5.
class SqliteDialect : public SqlDialect
{
public:
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

    // The full-text conditions fullTextMatch() wrote into a WHERE condition, rewritten for the
    // list's windows (SqliteLogStore::page()): whether there are any; each one searching only
    // the row ids from lowParam to highParam; each one looking up the row's own id (a seek per
    // row instead of listing every match).
    static bool hasFullText(const QString &where);
    static QString fullTextInRowRange(QString where, const QString &lowParam,
                                      const QString &highParam);
    static QString fullTextByRow(QString where);
};
