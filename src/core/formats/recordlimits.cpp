// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlimits.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace RecordLimits {

namespace {

QString outOfRange(const char *field, const QString &value, const QString &range)
{
    return QStringLiteral("field '%1': expected %2, got %3")
        .arg(QLatin1String(field), range, value);
}

template<typename T>
bool within(const std::optional<T> &value, T max, const char *field, QString &reason)
{
    if (!value || (*value >= 0 && *value <= max))
        return true;
    reason = outOfRange(field, QString::number(*value),
                        QStringLiteral("a whole number from 0 to %1").arg(max));
    return false;
}

} // namespace

QString check(const LogRecord &r)
{
    QString reason;
    if (!within(r.promptTokens, kMaxTokens, "prompt_tokens", reason)
        || !within(r.completionTokens, kMaxTokens, "completion_tokens", reason)
        || !within(r.totalTokens, kMaxTokens, "total_tokens", reason)
        || !within(r.reasoningTokens, kMaxTokens, "reasoning_tokens", reason)
        || !within(r.cacheReadTokens, kMaxTokens, "cache_read_tokens", reason)
        || !within(r.cacheWriteTokens, kMaxTokens, "cache_write_tokens", reason)
        || !within(r.latencyMs, kMaxLatencyMs, "latency_ms", reason)
        || !within(r.ttftMs, kMaxLatencyMs, "ttft_ms", reason)
        || !within(r.statusCode, kMaxStatusCode, "status_code", reason))
        return reason;
    if (r.costCents
        && (!std::isfinite(*r.costCents) || *r.costCents < 0 || *r.costCents > kMaxCostCents))
        return outOfRange("cost_cents", QString::number(*r.costCents),
                          QStringLiteral("a number from 0 to %1").arg(kMaxCostCents, 0, 'g', 3));
    for (const Attempt &a : r.attempts) {
        if (!within(a.latencyMs, kMaxLatencyMs, "attempts.latency_ms", reason))
            return reason;
    }
    return {};
}

QString checkDensity(std::string_view text)
{
    // A value takes at least two bytes ("1,"): shorter texts cannot hold too many.
    if (qint64(text.size()) <= 2 * kMaxRecordValues)
        return {};
    qint64 values = 0;
    for (const char c : text)
        values += c == ',' || c == '[' || c == '{';
    if (values <= kMaxRecordValues)
        return {};
    return QStringLiteral("record of about %1 JSON values skipped: a record may have at most %2")
        .arg(values)
        .arg(kMaxRecordValues);
}

std::optional<qint64> saturatedInteger(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    // 2^63 is exact in a double; every double below it converts without overflow.
    constexpr double kLimit = 9223372036854775808.0;
    if (value >= kLimit)
        return std::numeric_limits<qint64>::max();
    if (value <= -kLimit)
        return std::numeric_limits<qint64>::min();
    return std::llround(value);
}

int clampedInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(),
                                  std::numeric_limits<int>::max()));
}

QString describeBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f',
                                           bytes % (1024 * 1024) == 0 ? 0 : 1);
    return QStringLiteral("%1 KB").arg((bytes + 1023) / 1024);
}

} // namespace RecordLimits
