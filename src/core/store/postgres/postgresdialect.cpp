// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresdialect.h"

QString PostgresDialect::placeholder(int n) const
{
    return u'$' + QString::number(n);
}

QString PostgresDialect::folded(const QString &column)
{
    return u"(lower(" + column + u") COLLATE \"C\")";
}

QString PostgresDialect::textEquals(const QString &column, const QString &param) const
{
    return folded(column) + u" = lower(" + param + u')';
}

QString PostgresDialect::textPrefix(const QString &column, const QString &param) const
{
    // Under the "C" collation a btree index serves LIKE 'prefix%'; backslash is LIKE's escape.
    return folded(column) + u" LIKE lower(" + param + u')';
}

QString PostgresDialect::likePrefixPattern(const QString &prefix) const
{
    QString escaped = prefix;
    escaped.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
    return escaped + u'%';
}

QString PostgresDialect::metadataValue(const QString &keyParam) const
{
    return u"(metadata ->> " + keyParam + u')';
}

QString PostgresDialect::metadataKeyParam(const QString &key) const
{
    return key; // a bound key needs no quoting
}

QString PostgresDialect::fullTextMatch(const QString &param) const
{
    return u"logs.row_id IN (SELECT row_id FROM log_text WHERE tsv @@ to_tsquery('"_qs
        + QLatin1String(kTextSearchConfig) + u"', " + param + u"))";
}

QString PostgresDialect::fullTextQuery(const QString &text, bool phrase, bool prefix) const
{
    Q_UNUSED(phrase);
    // One quoted tsquery operand: to_tsquery runs it through the configuration's parser and
    // joins the words it finds with <-> (followed by), so a word and a phrase are both a
    // phrase of one or more lexemes, as FTS5 treats a quoted string. :* makes the last a prefix.
    QString quoted = text;
    quoted.replace(u'\\', u"\\\\"_qs).replace(u'\'', u"''"_qs);
    return u'\'' + quoted + u'\'' + (prefix ? u":*"_qs : QString());
}

QString PostgresDialect::isNotTrue(const QString &expr) const
{
    return u'(' + expr + u") IS NOT TRUE";
}

QString PostgresDialect::textSortKey(const QString &column) const
{
    // The expression the sort indexes are built on (logs_model, logs_type).
    return folded(column);
}
