// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logstore.h"

#include <QString>
#include <QVariantList>

class SqlDialect;

// The SQL that every backend builds the same way around the list: its order, the condition that
// starts a page after a page key, and the feedback summary of a log. What a dialect spells
// differently comes from SqlDialect; the statements that use these pieces stay in the backends.
namespace ListSql {

// The expression a sort column orders by; empty for time (created_at, row_id alone).
QString sortExpression(SortColumn sort, const SqlDialect &dialect);
// " ORDER BY ...": the sort column with unknown values (NULL) last in both directions, then
// created_at and row_id in the same direction.
QString orderBy(const LogQuery &query, const SqlDialect &dialect);
// The condition for the rows after `after` in query's order, its values appended to params.
// timeOnly (may be null) is set to the condition when the order is by time alone, else cleared.
QString afterKey(const LogQuery &query, const PageKey &after, const SqlDialect &dialect,
                 QVariantList &params, QString *timeOnly = nullptr);
// An UPDATE of feedback_count and feedback_avg (the weighted average, as
// ListColumns::weightedAverage() computes it) over the entries of one trace (byTrace: bound
// parameter 1 is the trace id, and every log of the trace is updated) or of one log (parameter
// 1 is its row id).
QString feedbackSummaryUpdate(const SqlDialect &dialect, bool byTrace);

} // namespace ListSql
