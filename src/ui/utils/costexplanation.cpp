// SPDX-License-Identifier: GPL-3.0-or-later
#include "costexplanation.h"

#include "displayformat.h"
#include "pricing.h"
#include "record/costformat.h"

#include <QLocale>

#include <cmath>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString CostExplanation::pricePerMillion(double price, const QString &currency)
{
    // As many decimals as the price has (2 to 5): 2.50, 0.075, 0.3125, 0.01875.
    int decimals = 2;
    while (
        decimals < 5
        && std::abs(price * std::pow(10.0, decimals) - std::round(price * std::pow(10.0, decimals)))
            > 1e-6)
        ++decimals;
    const QString amount = QLocale().toString(price, 'f', decimals);
    const bool dollars
        = currency.isEmpty() || currency.compare(QLatin1String("USD"), Qt::CaseInsensitive) == 0;
    return dollars ? tr("$%1/M").arg(amount) : tr("%1 %2/M").arg(amount, currency);
}

QString CostExplanation::summary(const LogRecord &r, const Pricing &pricing, const QString &dim)
{
    auto dimmed = [&](const QString &text) {
        return QStringLiteral("<span style='color:%1'>%2</span>").arg(dim, esc(text));
    };
    const std::optional<CostBreakdown> b = pricing.breakdown(r);
    if (!r.costCents)
        return dimmed(DisplayFormat::unknown());
    QString html = esc(DisplayFormat::cost(r)) + QLatin1Char(' ');
    if (r.costEstimated)
        return html + dimmed(tr("(estimated from the pricing table)"));
    if (b)
        return html
            + dimmed(tr("(from the source; the table gives %1)")
                         .arg(DisplayFormat::cost(b->costCents(), b->price.currency, true)));
    return html + dimmed(tr("(from the source)"));
}

QString CostExplanation::breakdown(const LogRecord &r, const Pricing &pricing, const QString &dim)
{
    auto dimmed = [&](const QString &text) {
        return QStringLiteral("<span style='color:%1'>%2</span>").arg(dim, esc(text));
    };
    const std::optional<CostBreakdown> b = pricing.breakdown(r);
    if (!b) {
        if (!r.model.isEmpty() && (r.promptTokens || r.completionTokens))
            return dimmed(tr("%1 is not in the pricing table").arg(r.model));
        return {};
    }
    const bool cached = r.cacheReadTokens.value_or(0) > 0 || r.cacheWriteTokens.value_or(0) > 0;
    // One line per part: name, tokens, price per million, cost; numbers right-aligned.
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='0'>");
    bool fallbackPrice = false;
    for (const CostPart &part : b->parts) {
        QString name;
        switch (part.kind) {
        case CostPart::Kind::Prompt:
            name = cached ? tr("Uncached") : tr("Prompt");
            break;
        case CostPart::Kind::CacheRead:
            name = tr("Cache read");
            break;
        case CostPart::Kind::CacheWrite:
            name = tr("Cache write");
            break;
        case CostPart::Kind::Completion:
            name = tr("Completion");
            break;
        case CostPart::Kind::Reasoning:
            name = tr("Reasoning");
            break;
        }
        QString price = esc(pricePerMillion(part.pricePerMillion, b->price.currency));
        if (!part.ownPrice) {
            price += dimmed(QStringLiteral("*"));
            fallbackPrice = true;
        }
        html += QStringLiteral("<tr><td style='padding-right:8px'>%1</td>"
                               "<td align='right' style='padding-right:8px'>%2</td>"
                               "<td align='right' style='padding-right:8px'>%3</td>"
                               "<td align='right'>%4</td></tr>")
                    .arg(esc(name), esc(QLocale().toString(part.tokens)), price,
                         esc(CostFormat::text(part.costCents, QLocale(), b->price.currency)));
    }
    html += QStringLiteral("</table>");

    QStringList notes;
    notes << tr("Prices of %1 (%2).")
                 .arg(b->price.model,
                      b->price.provider.isEmpty() ? tr("any provider") : b->price.provider);
    if (cached)
        notes << (b->cachedInPrompt ? tr("Cached input is part of the prompt tokens.")
                                    : tr("Cached input comes on top of the prompt tokens."));
    if (r.reasoningTokens.value_or(0) > 0)
        notes << (b->reasoningInCompletion
                      ? tr("Reasoning is part of the completion tokens.")
                      : tr("Reasoning comes on top of the completion tokens."));
    if (fallbackPrice)
        notes << tr("* No price of its own in the table: the input or output price.");
    html += dimmed(notes.join(QLatin1Char(' ')));
    return html;
}
