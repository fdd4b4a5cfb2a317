// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

// One way to write a cost, for the app (in the user's locale) and gatescope-cli (QLocale::c()):
// dollars with enough decimals to tell small LLM costs apart ("$0.00022", "$0.0125", "$3.10"),
// "<$0.00001" below what five decimals show, never "$0.00000" for a cost that is not zero.
// Other currencies as "0.0125 EUR". Thread-safe.
class CostFormat
{
public:
    static QString text(double cents, const QLocale &locale = QLocale(),
                        const QString &currency = QString());
};
