// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// The small text conversions the analytics window's charts, summaries and CSV files share:
// times, filter terms, numbers and costs. Text only; no widgets, no translation.
namespace AnalyticsFormat {

QString utcIso(qint64 ms); // yyyy-MM-ddTHH:mm:ss in UTC, as the filter's after:/before: read it
QString term(const QString &field, const QString &value); // field:value, quoted when needed
QString number(double v, int decimals = 0); // in the user's locale
QString dollars(double cents);
int whole(double v); // a count for a plural form (%Ln)
QString optionalNumber(const std::optional<double> &v, int decimals = 0); // C locale, for CSV

} // namespace AnalyticsFormat
