// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>

// One value of a metric row as the source gave it: a JSON scalar, a JSON object/array as its
// raw text, or a CSV cell (always String).
struct MetricValue
{
    enum class Kind { Null, Bool, Number, String, Json };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string_view text; // String: the unescaped text; Json: the raw JSON
};

// Maps the fields of Portkey's flat metric row (AnalyticsMetrics, portkey-api.md 3.3/3.5: the
// export JSONL row, a log object's `metrics`, a legacy CSV row) onto a LogRecord, with the
// quirks of those files: booleans as 1.0/0.0, numbers as strings, zone-less times, metadata as
// {key:[...],value:[...]}, flat "metadata.key" columns, a JSON string or a plain object.
// Written once and shared by every Portkey converter. Knows nothing of files or lines.
class MetricRowMapper
{
public:
    // What the request/response wrappers and their headers say; used only where the row's own
    // columns are silent (the columns are the metric store's word).
    struct Fallbacks
    {
        QString traceId, spanId, parentSpanId, spanName;
        QString cacheStatus, lastUsedOption, provider, virtualKey, config, metadataJson;
        std::optional<int> retryCount, statusCode;
        std::optional<qint64> latencyMs;
        QString method, url, model;
        std::optional<qint64> promptTokens, completionTokens, totalTokens, reasoningTokens;
        std::optional<qint64> cacheReadTokens, cacheWriteTokens;
        std::optional<bool> stream;
        QDateTime createdAt;
        bool debugFalse = false; // x-portkey-debug: false seen: Do-Not-Track
        // A request or response body or header map was present (not null, not empty).
        bool contentSeen = false;

        // x-portkey-* headers of request.portkeyHeaders, request.headers or response.headers.
        void applyHeader(std::string_view name, std::string_view value);
    };

    MetricRowMapper();
    ~MetricRowMapper();
    MetricRowMapper(const MetricRowMapper &) = delete;
    MetricRowMapper &operator=(const MetricRowMapper &) = delete;

    void begin(LogRecord &record);
    // False with an error ("field 'created_at': cannot parse 'yesterday' as a time") when a
    // known field holds a value that cannot be read. Unknown keys are ignored.
    bool apply(std::string_view key, const MetricValue &value, QString *error);
    Fallbacks &fallbacks() { return m_fallbacks; }
    // Resolves what depends on several fields (mode, metadata columns, fallbacks).
    void finish();

private:
    void addMetadataJson(std::string_view json);
    static QStringList stringList(const MetricValue &value, MetricRowMapper *self);

    struct Private;
    std::unique_ptr<Private> d;
    LogRecord *m_record = nullptr;
    Fallbacks m_fallbacks;
    QString m_mode, m_config, m_configId, m_promptSlug, m_promptId, m_cacheType;
    std::optional<qint64> m_lastUsedOptionIndex;
    QStringList m_metadataKeys, m_metadataValues;
};
