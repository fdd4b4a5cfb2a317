// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/logrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// How the list and the detail panel write a record's values: one place, so the Tokens column and
// the Overview tab never disagree. Unknown values say "unknown", never 0. Thread-safe (the list
// model formats rows in its worker).
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString unknown() { return tr("unknown"); }
    static QString number(std::optional<qint64> value);
    static QString tokens(const LogRecord &record);
    static QString cost(const LogRecord &record);
    static QString cost(std::optional<double> cents, const QString &currency, bool estimated);
    static QString milliseconds(std::optional<qint64> ms);
    static QString feedback(const LogRecord &record);
    static QString bytes(qint64 bytes);
    static QString relativeTime(const QDateTime &time, const QDateTime &now);
    static QString localTime(const QDateTime &time); // with milliseconds and zone
    static QString utcTime(const QDateTime &time);

    static QString timeTooltip(const QDateTime &time);
    static QString typeTooltip(const LogRecord &record);
    static QString modelTooltip(const LogRecord &record);
    static QString tokensTooltip(const LogRecord &record);
    static QString costTooltip(const LogRecord &record);
    static QString latencyTooltip(const LogRecord &record);
    static QString feedbackTooltip(const LogRecord &record);
    static QString traceTooltip(const LogRecord &record);
};
