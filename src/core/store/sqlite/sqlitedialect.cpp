// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedialect.h"

QString SqliteDialect::placeholder(int n) const
{
    return u'?' + QString::number(n);
}

QString SqliteDialect::textEquals(const QString &column, const QString &param) const
{
    // The text columns are declared COLLATE NOCASE, so their indexes serve this comparison.
    return column + u" = " + param + u" COLLATE NOCASE";
}

QString SqliteDialect::textPrefix(const QString &column, const QString &param) const
{
    // LIKE is case-insensitive for ASCII; on a NOCASE column SQLite turns it into a range scan.
    return column + u" LIKE " + param + u" ESCAPE '\\'";
}

QString SqliteDialect::likePrefixPattern(const QString &prefix) const
{
    QString escaped = prefix;
    escaped.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
    return escaped + u'%';
}

QString SqliteDialect::metadataValue(const QString &keyParam) const
{
    return u"json_extract(metadata, " + keyParam + u')';
}

QString SqliteDialect::metadataKeyParam(const QString &key) const
{
    QString quoted = key;
    quoted.replace(u'"', u"\\\""_qs);
    return u"$.\"" + quoted + u'"';
}

namespace {
// What fullTextMatch() writes before its parameter, and the part the rewrites below change.
constexpr QStringView kMatchingRows = u"logs.row_id IN (SELECT rowid FROM logs_fts WHERE ";
constexpr QStringView kMatch = u"logs_fts MATCH ";
} // namespace

QString SqliteDialect::fullTextMatch(const QString &param) const
{
    return kMatchingRows + kMatch + param + u')';
}

bool SqliteDialect::hasFullText(const QString &where)
{
    return where.contains(kMatchingRows);
}

QString SqliteDialect::fullTextInRowRange(QString where, const QString &lowParam,
                                          const QString &highParam)
{
    return where.replace(kMatchingRows + kMatch,
                         kMatchingRows + u"rowid BETWEEN " + lowParam + u" AND " + highParam
                             + u" AND " + kMatch);
}

QString SqliteDialect::fullTextByRow(QString where)
{
    return where.replace(kMatchingRows + kMatch,
                         u"EXISTS (SELECT 1 FROM logs_fts WHERE rowid = logs.row_id AND " + kMatch);
}

QString SqliteDialect::fullTextQuery(const QString &text, bool phrase, bool prefix) const
{
    Q_UNUSED(phrase); // FTS5 tokenises a quoted string into a phrase either way
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_qs);
    return u'"' + quoted + u'"' + (prefix ? u" *"_qs : QString());
}

QString SqliteDialect::isNotTrue(const QString &expr) const
{
    return u'(' + expr + u") IS NOT 1";
}

QString SqliteDialect::textSortKey(const QString &column) const
{
    // The text columns are declared COLLATE NOCASE: the column's own order, and its index.
    return column;
}
