// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

QString normalised(const QString &name)
{
    QString n = name.trimmed().toLower();
    // Model Catalog slugs and some SDKs write "@openai/gpt-4o" or "openai/gpt-4o".
    if (const qsizetype slash = n.lastIndexOf(u'/'); slash >= 0)
        n = n.mid(slash + 1);
    if (n.startsWith(u'@'))
        n.remove(0, 1);
    return n;
}

QString normalisedProvider(const QString &provider)
{
    QString p = provider.trimmed().toLower();
    if (p.startsWith(u'@'))
        p.remove(0, 1);
    return p;
}

// "gpt-4o-2024-08-06", "claude-3-5-sonnet-20241022", "gpt-3.5-turbo-0125",
// "claude-3-5-sonnet-latest", "gemini-1.5-pro-002", "claude-sonnet-4@20250514"
QString withoutVersionSuffix(const QString &model)
{
    static const QRegularExpression suffix(
        QStringLiteral("(@.*|-\\d{4}-\\d{2}-\\d{2}|-\\d{8}|-\\d{4}|-\\d{3}|-latest|-preview)$"));
    QString m = model;
    for (int i = 0; i < 3; ++i) {
        const QString stripped = QString(m).remove(suffix);
        if (stripped == m)
            break;
        m = stripped;
    }
    return m;
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return u'"' + v.toString() + u'"';
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

} // namespace

double CostBreakdown::costCents() const
{
    double cents = 0;
    for (const CostPart &part : parts)
        cents += part.costCents;
    return cents;
}

Pricing Pricing::builtIn()
{
    Pricing pricing;
    QFile file(QStringLiteral(":/pricing.json"));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !pricing.mergeJson(file.readAll(), &error))
        qWarning("Pricing: the built-in table cannot be read: %s", qPrintable(error));
    return pricing;
}

const Pricing &Pricing::shared()
{
    static const Pricing table = [] {
        Pricing pricing = builtIn();
        const QString path = qEnvironmentVariable("GATESCOPE_PRICING");
        QString error;
        if (!path.isEmpty() && !pricing.mergeFile(path, &error))
            qWarning("Pricing: GATESCOPE_PRICING ignored: %s", qPrintable(error));
        return pricing;
    }();
    return table;
}

bool Pricing::mergeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!mergeJson(file.readAll(), error)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool Pricing::mergeJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = doc.isNull() ? QStringLiteral("invalid JSON at offset %1: %2")
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString())
                                  : QStringLiteral("expected an object with a 'models' array");
        return false;
    }
    const QJsonObject root = doc.object();
    const QString currency = root.value(u"currency").toString(QStringLiteral("USD"));
    const QJsonValue models = root.value(u"models");
    if (!models.isArray()) {
        if (error)
            *error = QStringLiteral("field 'models': expected an array");
        return false;
    }
    QList<ModelPrice> rows;
    const QJsonArray array = models.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ModelPrice row;
        row.provider = normalisedProvider(o.value(u"provider").toString());
        row.model = normalised(o.value(u"model").toString());
        row.currency = o.value(u"currency").toString(currency);
        const QJsonValue input = o.value(u"input");
        const QJsonValue output = o.value(u"output");
        if (row.model.isEmpty() || input.isUndefined() || output.isUndefined()) {
            if (error)
                *error = QStringLiteral("models[%1]: expected {provider, model, input, output} "
                                        "with prices in %2 per million tokens")
                             .arg(i)
                             .arg(currency);
            return false;
        }
        const QString where = QStringLiteral("models[%1] (%2)").arg(i).arg(row.model);
        // A price is a number >= 0; the optional ones may be missing or null (no price of
        // their own: input or output price).
        auto price = [&](QStringView key, bool required, std::optional<double> &out) -> bool {
            const QJsonValue v = o.value(key);
            if (!required && (v.isUndefined() || v.isNull()))
                return true;
            if (!v.isDouble() || !(v.toDouble() >= 0) || !std::isfinite(v.toDouble())) {
                if (error)
                    *error = QStringLiteral("%1: '%2' must be a price in %3 per million tokens "
                                            "(a number >= 0), not %4")
                                 .arg(where, key.toString(), row.currency, describe(v));
                return false;
            }
            out = v.toDouble();
            return true;
        };
        auto flag = [&](QStringView key, bool &out) -> bool {
            const QJsonValue v = o.value(key);
            if (v.isUndefined() || v.isNull())
                return true;
            if (!v.isBool()) {
                if (error)
                    *error = QStringLiteral("%1: '%2' must be true or false, not %3")
                                 .arg(where, key.toString(), describe(v));
                return false;
            }
            out = v.toBool();
            return true;
        };
        std::optional<double> in, out;
        // Anthropic reports cached input beside input_tokens, also through the gateway.
        row.cachedInPrompt = row.provider != u"anthropic";
        // Gemini's thoughtsTokenCount is not in candidatesTokenCount (the gateway's
        // completion_tokens).
        row.reasoningInCompletion = row.provider != u"google" && row.provider != u"vertex-ai";
        if (!price(u"input", true, in) || !price(u"output", true, out)
            || !price(u"cache_read", false, row.cacheReadPerMillion)
            || !price(u"cache_write", false, row.cacheWritePerMillion)
            || !price(u"reasoning", false, row.reasoningPerMillion)
            || !flag(u"cached_in_prompt", row.cachedInPrompt)
            || !flag(u"reasoning_in_completion", row.reasoningInCompletion))
            return false;
        row.inputPerMillion = *in;
        row.outputPerMillion = *out;
        rows.append(row);
    }
    for (const ModelPrice &row : rows) {
        auto same = [&](const ModelPrice &r) {
            return r.provider == row.provider && r.model == row.model;
        };
        m_rows.removeIf(same);
        m_rows.append(row);
    }
    return true;
}

std::optional<ModelPrice> Pricing::lookup(const QString &provider, const QString &model) const
{
    const ModelPrice *otherProvider = nullptr;
    for (const ModelPrice &row : m_rows) {
        if (row.model != model)
            continue;
        if (row.provider == provider)
            return row;
        if (!otherProvider)
            otherProvider = &row;
    }
    if (otherProvider)
        return *otherProvider;
    return std::nullopt;
}

std::optional<ModelPrice> Pricing::find(const QString &provider, const QString &model) const
{
    const QString p = normalisedProvider(provider);
    const QString m = normalised(model);
    if (m.isEmpty())
        return std::nullopt;
    if (auto row = lookup(p, m))
        return row;
    if (const QString base = withoutVersionSuffix(m); base != m) {
        if (auto row = lookup(p, base))
            return row;
    }
    // The longest table name that the model extends at a '-' ("gpt-4o-mini-tts" ->
    // "gpt-4o-mini", never "gpt-4o" when "gpt-4o-mini" exists).
    const ModelPrice *best = nullptr;
    for (const ModelPrice &row : m_rows) {
        if (!m.startsWith(row.model) || m.size() <= row.model.size()
            || m.at(row.model.size()) != u'-')
            continue;
        if (!best || row.model.size() > best->model.size()
            || (row.model.size() == best->model.size() && row.provider == p))
            best = &row;
    }
    if (best)
        return *best;
    return std::nullopt;
}

namespace {

// What the record's own total proves about how its counts were made: the total is prompt +
// completion + whatever the provider reports beside them (the gateway's total_tokens for
// Anthropic is input + output + cache_creation + cache_read; for Gemini prompt + candidates +
// thoughts). Changes only what exactly one reading explains.
void countingFromTotal(const LogRecord &r, qint64 cached, qint64 reasoning, bool &cachedInPrompt,
                       bool &reasoningInCompletion)
{
    if (!r.totalTokens || !r.promptTokens || !r.completionTokens || (cached <= 0 && reasoning <= 0))
        return;
    int matches = 0;
    bool cacheInside = cachedInPrompt, reasoningInside = reasoningInCompletion;
    for (const bool c : {true, false}) {
        if (cached <= 0 && c != cachedInPrompt)
            continue; // nothing to tell apart
        for (const bool q : {true, false}) {
            if (reasoning <= 0 && q != reasoningInCompletion)
                continue;
            const qint64 sum
                = *r.promptTokens + *r.completionTokens + (c ? 0 : cached) + (q ? 0 : reasoning);
            if (sum == *r.totalTokens) {
                ++matches;
                cacheInside = c;
                reasoningInside = q;
            }
        }
    }
    if (matches == 1) {
        cachedInPrompt = cacheInside;
        reasoningInCompletion = reasoningInside;
    }
}

CostPart part(CostPart::Kind kind, qint64 tokens, std::optional<double> own, double fallback)
{
    CostPart p;
    p.kind = kind;
    p.tokens = std::max<qint64>(tokens, 0);
    p.ownPrice = own.has_value();
    p.pricePerMillion = own.value_or(fallback);
    // Dollars per million tokens to cents: * 100 / 1e6.
    p.costCents = double(p.tokens) * p.pricePerMillion / 1e4;
    return p;
}

} // namespace

std::optional<CostBreakdown> Pricing::breakdown(const LogRecord &r) const
{
    if (!r.promptTokens && !r.completionTokens && !r.cacheReadTokens && !r.cacheWriteTokens)
        return std::nullopt;
    const std::optional<ModelPrice> price = find(r.provider, r.model);
    if (!price)
        return std::nullopt;
    CostBreakdown b;
    b.price = *price;
    b.cachedInPrompt = price->cachedInPrompt;
    b.reasoningInCompletion = price->reasoningInCompletion;
    const qint64 reads = std::max<qint64>(r.cacheReadTokens.value_or(0), 0);
    const qint64 writes = std::max<qint64>(r.cacheWriteTokens.value_or(0), 0);
    const qint64 reasoning = std::max<qint64>(r.reasoningTokens.value_or(0), 0);
    countingFromTotal(r, reads + writes, reasoning, b.cachedInPrompt, b.reasoningInCompletion);

    const qint64 prompt = r.promptTokens.value_or(0);
    const qint64 completion = r.completionTokens.value_or(0);
    // Never below zero: a log whose cached count exceeds its prompt count is priced by its
    // cached count alone rather than with a negative prompt.
    const qint64 uncached
        = b.cachedInPrompt ? std::max<qint64>(prompt - reads - writes, 0) : prompt;
    const qint64 answer
        = b.reasoningInCompletion ? std::max<qint64>(completion - reasoning, 0) : completion;
    using Kind = CostPart::Kind;
    b.parts.append(part(Kind::Prompt, uncached, price->inputPerMillion, 0));
    if (reads > 0)
        b.parts.append(
            part(Kind::CacheRead, reads, price->cacheReadPerMillion, price->inputPerMillion));
    if (writes > 0)
        b.parts.append(
            part(Kind::CacheWrite, writes, price->cacheWritePerMillion, price->inputPerMillion));
    b.parts.append(part(Kind::Completion, answer, price->outputPerMillion, 0));
    if (reasoning > 0)
        b.parts.append(
            part(Kind::Reasoning, reasoning, price->reasoningPerMillion, price->outputPerMillion));
    return b;
}

bool Pricing::estimate(LogRecord &record) const
{
    if (record.costCents)
        return false;
    const std::optional<CostBreakdown> b = breakdown(record);
    if (!b)
        return false;
    record.costCents = b->costCents();
    record.currency = b->price.currency;
    record.costEstimated = true;
    return true;
}
