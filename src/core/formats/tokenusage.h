// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QJsonObject>

#include <functional>
#include <optional>
#include <string_view>

namespace simdjson::dom {
class element;
}

// The token counts of a response body's `usage` object, whichever API wrote it: Chat
// Completions (prompt_tokens, prompt_tokens_details.cached_tokens,
// completion_tokens_details.reasoning_tokens), Anthropic Messages (input_tokens,
// cache_read_input_tokens, cache_creation_input_tokens, output_tokens; the gateway copies the
// cache fields into its chat completions) and the Responses API (input_tokens_details.
// cached_tokens, output_tokens_details.reasoning_tokens). Counts are taken as the source wrote
// them; Pricing knows which are inside which.
struct TokenUsage
{
    std::optional<qint64> prompt, completion, total, reasoning, cacheRead, cacheWrite;
    // The cache counts came as Anthropic's cache_*_input_tokens: beside the input tokens.
    bool anthropicCache = false;

    // A lookup of a JSON pointer inside the usage object ("/prompt_tokens").
    using Lookup = std::function<std::optional<qint64>(std::string_view pointer)>;
    static TokenUsage read(const Lookup &at);
    static TokenUsage read(const simdjson::dom::element &usage);
    static TokenUsage read(const QJsonObject &usage);

    // total_tokens, else prompt + completion (+ Anthropic's cache counts, as the gateway adds
    // them), else unknown.
    std::optional<qint64> totalOrSum() const;
    // Fills the record's counts that are still unknown.
    void fillUnknown(LogRecord &record) const;
};
