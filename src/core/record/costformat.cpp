// SPDX-License-Identifier: GPL-3.0-or-later
#include "costformat.h"

#include <cmath>

QString CostFormat::text(double cents, const QLocale &locale, const QString &currency)
{
    const bool dollars
        = currency.isEmpty() || currency.compare(QLatin1String("USD"), Qt::CaseInsensitive) == 0;
    auto withCurrency = [&](const QString &amount) -> QString {
        if (dollars)
            return QLatin1Char('$') + amount;
        return amount + QLatin1Char(' ') + currency;
    };
    const double amount = std::abs(cents / 100.0);
    if (amount > 0 && amount < 0.000005)
        return QLatin1Char('<') + withCurrency(locale.toString(0.00001, 'f', 5));
    // Small LLM costs need more digits than cents to tell two requests apart.
    const int decimals = amount == 0 ? 2 : amount < 0.01 ? 5 : amount < 1 ? 4 : 2;
    const QString text = withCurrency(locale.toString(amount, 'f', decimals));
    return cents < 0 ? QString(QLatin1Char('-') + text) : text;
}
