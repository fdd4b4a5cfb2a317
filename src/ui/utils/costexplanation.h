// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/logrecord.h"

#include <QCoreApplication>
#include <QString>

class Pricing;

// How the Overview explains a log's cost: whether it came from the source or was estimated from
// the pricing table, and the table's breakdown (prompt, cached read and write, completion,
// reasoning: tokens, price per million, cost). Rich text for the Overview; the caller escapes
// nothing of it. Knows no widget.
class CostExplanation
{
    Q_DECLARE_TR_FUNCTIONS(CostExplanation)

public:
    // The cost and where it came from ("≈$0.0071 (estimated from the pricing table)"); dim: the
    // colour of secondary text.
    static QString summary(const LogRecord &record, const Pricing &pricing, const QString &dim);
    // The table's parts as a small table with a note on how the counts were read; a line saying
    // the model is not in the table; or nothing for a log without tokens.
    static QString breakdown(const LogRecord &record, const Pricing &pricing, const QString &dim);
    // "$2.50/M", "$0.075/M", "1.2 EUR/M": a price per million tokens with the digits it has.
    static QString pricePerMillion(double price, const QString &currency);
};
