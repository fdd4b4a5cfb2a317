// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QList>
#include <QString>

#include <optional>

// One row of the pricing table: list prices per million tokens, and how the provider's usage
// counts the tokens that have prices of their own.
struct ModelPrice
{
    QString provider; // "openai"
    QString model; // "gpt-4o"
    double inputPerMillion = 0;
    double outputPerMillion = 0;
    // Input read from / written to the prompt cache, and reasoning output; unset: billed as
    // input (cache) or output (reasoning).
    std::optional<double> cacheReadPerMillion, cacheWritePerMillion, reasoningPerMillion;
    // Whether the prompt token count already holds the cached input tokens (OpenAI, Gemini,
    // Bedrock through the gateway) or they come beside it (Anthropic's input_tokens, also as the
    // gateway's prompt_tokens); whether completion tokens hold the reasoning tokens (OpenAI,
    // Anthropic) or not (Gemini's thoughtsTokenCount through the gateway).
    bool cachedInPrompt = true;
    bool reasoningInCompletion = true;
    QString currency; // "USD"
};

// How one cost is made up: each kind of token with its count, the price per million used and
// what it costs.
struct CostPart
{
    enum class Kind { Prompt, CacheRead, CacheWrite, Completion, Reasoning };
    Kind kind = Kind::Prompt;
    qint64 tokens = 0;
    double pricePerMillion = 0;
    // False when the table has no price of this kind for the model and the input (cache) or
    // output (reasoning) price was used.
    bool ownPrice = true;
    double costCents = 0;
};

struct CostBreakdown
{
    ModelPrice price; // the table row used
    // Prompt (input not read from or written to the cache) and completion (output without
    // separately reported reasoning) always; the others when the log has such tokens.
    QList<CostPart> parts;
    // How the log's counts were read (the row's rule, or what the log's total proves).
    bool cachedInPrompt = true;
    bool reasoningInCompletion = true;
    double costCents() const;
};

// Prices requests that arrive without a cost (the gateway stream and the recording proxy carry
// none). The built-in table is resources/pricing.json; a user file of the same shape overrides
// rows of it. Costs computed here are marked as estimated; a cost the source gave is never
// touched.
class Pricing
{
public:
    // The table compiled into the program, without any override.
    static Pricing builtIn();
    // The built-in table merged with $GATESCOPE_PRICING when that names a file (read once).
    static const Pricing &shared();

    // Adds (or replaces) rows from a JSON file {"currency":..,"models":[{provider,model,input,
    // output[,cache_read,cache_write,reasoning,cached_in_prompt,reasoning_in_completion]}]}. On
    // error the table is unchanged and error says what and where.
    bool mergeFile(const QString &path, QString *error);
    bool mergeJson(const QByteArray &json, QString *error);

    // The row for a model: exact name first, then without a date or version suffix
    // ("gpt-4o-2024-08-06" -> "gpt-4o"), then the longest table name the model starts with.
    // A row of the same provider wins over a row of another provider.
    std::optional<ModelPrice> find(const QString &provider, const QString &model) const;

    // What the table makes of the record's tokens, whether or not the record has a cost:
    // nullopt for an unknown model or a record without token counts.
    std::optional<CostBreakdown> breakdown(const LogRecord &record) const;

    // Sets costCents, currency and costEstimated when the record has no cost, a known model
    // and token counts. Returns true when it priced the record.
    bool estimate(LogRecord &record) const;

    qsizetype size() const { return m_rows.size(); }

private:
    std::optional<ModelPrice> lookup(const QString &provider, const QString &model) const;

    QList<ModelPrice> m_rows;
};
