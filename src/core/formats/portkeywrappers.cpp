// SPDX-License-Identifier: GPL-3.0-or-later
#include "portkeywrappers.h"

#include "fieldparsing.h"
#include "recordlimits.h"
#include "tokenusage.h"

#include <simdjson.h>

using FieldParsing::toQString;

namespace {

std::optional<qint64> integer(simdjson::dom::element e)
{
    double d;
    if (e.get(d) == simdjson::SUCCESS)
        return RecordLimits::saturatedInteger(d);
    std::string_view s;
    if (e.get(s) == simdjson::SUCCESS) {
        if (const std::optional<double> n = FieldParsing::parseNumber(s))
            return RecordLimits::saturatedInteger(*n);
    }
    return std::nullopt;
}

// A body that says something: not null, not an empty string, object or array.
bool hasContent(simdjson::dom::element body)
{
    switch (body.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        return false;
    case simdjson::dom::element_type::STRING:
        return !std::string_view(body).empty();
    case simdjson::dom::element_type::OBJECT:
        return simdjson::dom::object(body).size() > 0;
    case simdjson::dom::element_type::ARRAY:
        return simdjson::dom::array(body).size() > 0;
    default:
        return true;
    }
}

QByteArray bodyText(simdjson::dom::element body)
{
    if (body.is_null())
        return {};
    // One reused buffer instead of a fresh std::string per body: bodies are most of a row.
    thread_local simdjson::internal::string_builder<> builder;
    builder.clear();
    builder.append(body);
    const std::string_view text = builder.str();
    return QByteArray(text.data(), qsizetype(text.size()));
}

void readResponseBody(simdjson::dom::element body, MetricRowMapper::Fallbacks &f)
{
    if (!body.is_object())
        return;
    simdjson::dom::element usage;
    if (body["usage"].get(usage) == simdjson::SUCCESS && usage.is_object()) {
        const TokenUsage u = TokenUsage::read(usage);
        f.promptTokens = u.prompt;
        f.completionTokens = u.completion;
        f.totalTokens = u.total;
        f.reasoningTokens = u.reasoning;
        f.cacheReadTokens = u.cacheRead;
        f.cacheWriteTokens = u.cacheWrite;
    }
    std::string_view model;
    if (body["model"].get(model) == simdjson::SUCCESS)
        f.model = toQString(model);
}

} // namespace

void PortkeyWrappers::readHeaders(const simdjson::dom::element &headers,
                                  MetricRowMapper::Fallbacks &fallbacks)
{
    if (!headers.is_object())
        return;
    if (simdjson::dom::object(headers).size() > 0)
        fallbacks.contentSeen = true;
    for (const simdjson::dom::key_value_pair field : simdjson::dom::object(headers)) {
        std::string_view value;
        if (field.value.get(value) != simdjson::SUCCESS) {
            if (field.value.is_bool())
                value = bool(field.value) ? "true" : "false";
            else
                continue;
        }
        fallbacks.applyHeader(field.key, value);
    }
}

void PortkeyWrappers::readRequest(const simdjson::dom::element &value, LogRecord &record,
                                  MetricRowMapper::Fallbacks &f)
{
    simdjson::dom::element body = value;
    if (value.is_object()) {
        const simdjson::dom::object o(value);
        simdjson::dom::element e;
        const bool wrapper = o["portkeyHeaders"].error() == simdjson::SUCCESS
            || o["body"].error() == simdjson::SUCCESS
            || (o["url"].error() == simdjson::SUCCESS && o["method"].error() == simdjson::SUCCESS
                && o["messages"].error() != simdjson::SUCCESS);
        if (wrapper) {
            std::string_view s;
            if (o["url"].get(s) == simdjson::SUCCESS)
                f.url = toQString(s);
            if (o["method"].get(s) == simdjson::SUCCESS)
                f.method = toQString(s).toUpper();
            if (o["headers"].get(e) == simdjson::SUCCESS)
                readHeaders(e, f);
            if (o["portkeyHeaders"].get(e) == simdjson::SUCCESS)
                readHeaders(e, f);
            if (o["body"].get(body) != simdjson::SUCCESS)
                return; // no body: not logged (Do-Not-Track or privacy mode) or not requested
        }
    }
    record.request = bodyText(body);
    if (hasContent(body))
        f.contentSeen = true;
    bool stream = false;
    if (body.is_object() && body["stream"].get(stream) == simdjson::SUCCESS)
        f.stream = stream;
}

void PortkeyWrappers::readResponse(const simdjson::dom::element &value, LogRecord &record,
                                   MetricRowMapper::Fallbacks &f)
{
    simdjson::dom::element body = value;
    if (value.is_object()) {
        const simdjson::dom::object o(value);
        simdjson::dom::element e;
        const bool numericStatus
            = o["status"].get(e) == simdjson::SUCCESS && (e.is_int64() || e.is_double());
        const bool wrapper = numericStatus || o["responseTime"].error() == simdjson::SUCCESS
            || o["lastUsedOptionJsonPath"].error() == simdjson::SUCCESS
            || o["body"].error() == simdjson::SUCCESS;
        if (wrapper) {
            if (o["status"].get(e) == simdjson::SUCCESS) {
                if (const std::optional<qint64> status = integer(e))
                    f.statusCode = RecordLimits::clampedInt(*status);
            }
            if (o["responseTime"].get(e) == simdjson::SUCCESS)
                f.latencyMs = integer(e);
            std::string_view s;
            if (o["lastUsedOptionJsonPath"].get(s) == simdjson::SUCCESS && !s.empty())
                f.lastUsedOption = toQString(s);
            if (o["headers"].get(e) == simdjson::SUCCESS)
                readHeaders(e, f);
            if (o["body"].get(body) != simdjson::SUCCESS)
                return;
        }
    }
    record.response = bodyText(body);
    if (hasContent(body))
        f.contentSeen = true;
    readResponseBody(body, f);
}
