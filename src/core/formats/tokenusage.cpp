// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenusage.h"

#include "fieldparsing.h"
#include "recordlimits.h"

#include <simdjson.h>

TokenUsage TokenUsage::read(const Lookup &at)
{
    TokenUsage u;
    auto first = [&](std::initializer_list<std::string_view> pointers) -> std::optional<qint64> {
        for (const std::string_view p : pointers) {
            if (std::optional<qint64> v = at(p))
                return v;
        }
        return std::nullopt;
    };
    u.prompt = first({"/prompt_tokens", "/input_tokens"});
    u.completion = first({"/completion_tokens", "/output_tokens"});
    u.total = at("/total_tokens");
    u.reasoning = first(
        {"/completion_tokens_details/reasoning_tokens", "/output_tokens_details/reasoning_tokens"});
    // The gateway's chat completion for Anthropic has both cache_read_input_tokens and
    // prompt_tokens_details.cached_tokens (the same count).
    const std::optional<qint64> anthropicRead = at("/cache_read_input_tokens");
    const std::optional<qint64> anthropicWrite = at("/cache_creation_input_tokens");
    u.cacheRead = anthropicRead
        ? anthropicRead
        : first({"/prompt_tokens_details/cached_tokens", "/input_tokens_details/cached_tokens"});
    u.cacheWrite = anthropicWrite;
    u.anthropicCache = anthropicRead || anthropicWrite;
    return u;
}

TokenUsage TokenUsage::read(const simdjson::dom::element &usage)
{
    return read([&usage](std::string_view pointer) -> std::optional<qint64> {
        simdjson::dom::element v;
        if (usage.at_pointer(pointer).get(v) != simdjson::SUCCESS)
            return std::nullopt;
        double d;
        if (v.get(d) == simdjson::SUCCESS)
            return RecordLimits::saturatedInteger(d);
        std::string_view s;
        if (v.get(s) == simdjson::SUCCESS) {
            if (const std::optional<double> n = FieldParsing::parseNumber(s))
                return RecordLimits::saturatedInteger(*n);
        }
        return std::nullopt;
    });
}

TokenUsage TokenUsage::read(const QJsonObject &usage)
{
    return read([&usage](std::string_view pointer) -> std::optional<qint64> {
        QJsonValue v = usage;
        for (const QString &key : QString::fromLatin1(pointer.data(), qsizetype(pointer.size()))
                                      .split(u'/', Qt::SkipEmptyParts))
            v = v.toObject().value(key);
        if (!v.isDouble())
            return std::nullopt;
        return RecordLimits::saturatedInteger(v.toDouble());
    });
}

std::optional<qint64> TokenUsage::totalOrSum() const
{
    if (total || !prompt || !completion)
        return total;
    // Anthropic's Messages API has no total; the gateway counts the cache beside the input
    // (total_tokens = input + output + cache_creation + cache_read), and so do we.
    if (anthropicCache)
        return *prompt + *completion + cacheRead.value_or(0) + cacheWrite.value_or(0);
    return *prompt + *completion;
}

void TokenUsage::fillUnknown(LogRecord &r) const
{
    auto fill = [](std::optional<qint64> &field, const std::optional<qint64> &value) {
        if (!field)
            field = value;
    };
    fill(r.promptTokens, prompt);
    fill(r.completionTokens, completion);
    fill(r.totalTokens, total);
    fill(r.reasoningTokens, reasoning);
    fill(r.cacheReadTokens, cacheRead);
    fill(r.cacheWriteTokens, cacheWrite);
}
