// SPDX-License-Identifier: GPL-3.0-or-later
#include "listsql.h"

#include "sqldialect.h"

namespace ListSql {

QString sortExpression(SortColumn sort, const SqlDialect &dialect)
{
    switch (sort) {
    case SortColumn::Time:
        return {};
    case SortColumn::Model:
        return dialect.textSortKey(u"model"_qs);
    case SortColumn::Tokens:
        return u"total_tokens"_qs;
    case SortColumn::Cost:
        return u"cost_cents"_qs;
    case SortColumn::Latency:
        return u"latency_ms"_qs;
    case SortColumn::Status:
        return u"status_code"_qs;
    case SortColumn::Type:
        return dialect.textSortKey(u"request_type"_qs);
    case SortColumn::Feedback:
        return u"feedback_avg"_qs;
    case SortColumn::Images:
        return u"(input_images + output_images)"_qs;
    }
    return {};
}

QString orderBy(const LogQuery &query, const SqlDialect &dialect)
{
    const QString dir = query.descending ? u" DESC"_qs : u" ASC"_qs;
    const QString col = sortExpression(query.sort, dialect);
    QString order = u" ORDER BY "_qs;
    // Unknown values last in both directions: "unknown" is never the first answer.
    if (!col.isEmpty())
        order += col + dir + u" NULLS LAST, ";
    order += u"created_at" + dir + u", row_id" + dir;
    return order;
}

QString afterKey(const LogQuery &query, const PageKey &after, const SqlDialect &dialect,
                 QVariantList &params, QString *timeOnly)
{
    const QString col = sortExpression(query.sort, dialect);
    const QString cmp = query.descending ? u"<"_qs : u">"_qs;
    auto bind = [&](const QVariant &v) {
        params.append(v);
        return dialect.placeholder(int(params.size()));
    };
    if (timeOnly)
        timeOnly->clear();
    const QString t = bind(after.createdAtMs), r = bind(after.rowId);
    const QString tail = u"(created_at, row_id) " + cmp + u" (" + t + u", " + r + u')';
    if (col.isEmpty()) {
        if (timeOnly)
            *timeOnly = tail;
        return tail;
    }
    // Unknown values (NULL) come last in both directions (orderBy).
    if (after.sortValue.isNull())
        return u'(' + col + u" IS NULL AND " + tail + u')';
    const QString v = bind(after.sortValue);
    const QString key
        = u'(' + col + u", created_at, row_id) " + cmp + u" (" + v + u", " + t + u", " + r + u')';
    return u'(' + key + u" OR " + col + u" IS NULL)";
}

QString feedbackSummaryUpdate(const SqlDialect &dialect, bool byTrace)
{
    const QString p = dialect.placeholder(1);
    const QString of = byTrace ? u"trace_id = "_qs + p : u"log_row_id = "_qs + p;
    return u"UPDATE logs SET feedback_count = (SELECT count(*) FROM feedback WHERE "_qs + of
        + u"), feedback_avg = (SELECT CASE WHEN sum(weight) > 0 THEN sum(value * weight) / "
          u"sum(weight) END FROM feedback WHERE "
        + of + u") WHERE " + (byTrace ? u"trace_id = "_qs : u"row_id = "_qs) + p;
}

} // namespace ListSql
