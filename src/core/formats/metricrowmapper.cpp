// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricrowmapper.h"

#include "fieldparsing.h"
#include "recordenums.h"
#include "recordlimits.h"

#include <simdjson.h>

#include <cmath>
#include <limits>

using FieldParsing::toQString;

namespace {

QString describe(const MetricValue &v)
{
    switch (v.kind) {
    case MetricValue::Kind::Bool:
        return v.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case MetricValue::Kind::Number:
        return QString::number(v.number);
    case MetricValue::Kind::Json:
        return v.text.starts_with('[') ? QStringLiteral("an array") : QStringLiteral("an object");
    default:
        return toQString(v.text.substr(0, 60));
    }
}

QString fieldError(std::string_view key, const QString &expected, const MetricValue &v)
{
    return QStringLiteral("field '%1': %2, got '%3'").arg(toQString(key), expected, describe(v));
}

// A number that may come as a JSON number, a float for an integer, or a string.
bool readNumber(std::string_view key, const MetricValue &v, std::optional<double> &out,
                QString *error)
{
    switch (v.kind) {
    case MetricValue::Kind::Null:
        return true;
    case MetricValue::Kind::Number:
        out = v.number;
        return true;
    case MetricValue::Kind::String:
        if (v.text.find_first_not_of(" \t") == std::string_view::npos)
            return true; // an empty CSV cell
        if (const std::optional<double> n = FieldParsing::parseNumber(v.text)) {
            out = n;
            return true;
        }
        break;
    default:
        break;
    }
    if (error)
        *error = fieldError(key, QStringLiteral("expected a number"), v);
    return false;
}

template<typename T>
bool readInteger(std::string_view key, const MetricValue &v, std::optional<T> &out, QString *error)
{
    std::optional<double> n;
    if (!readNumber(key, v, n, error))
        return false;
    if (n) {
        // Out of T's range is refused, never wrapped: 18446744073709551616 tokens once became
        // -9223372036854775808 (and a negative total in stats).
        const std::optional<qint64> whole = RecordLimits::saturatedInteger(*n);
        if (!whole || *whole < std::numeric_limits<T>::min()
            || *whole > std::numeric_limits<T>::max()
            || *whole == std::numeric_limits<qint64>::max()
            || *whole == std::numeric_limits<qint64>::min()) {
            if (error)
                *error = fieldError(key,
                                    whole ? QStringLiteral("expected a whole number in range")
                                          : QStringLiteral("expected a number"),
                                    v);
            return false;
        }
        out = T(*whole);
    }
    return true;
}

// Booleans come as true/false, 1.0/0.0 (export rows) or TRUE/FALSE (CSV).
bool readBool(std::string_view key, const MetricValue &v, std::optional<bool> &out, QString *error)
{
    switch (v.kind) {
    case MetricValue::Kind::Null:
        return true;
    case MetricValue::Kind::Bool:
        out = v.boolean;
        return true;
    case MetricValue::Kind::Number:
        out = v.number != 0;
        return true;
    case MetricValue::Kind::String:
        if (v.text.find_first_not_of(" \t") == std::string_view::npos)
            return true;
        if (const std::optional<bool> b = FieldParsing::parseBool(v.text)) {
            out = b;
            return true;
        }
        break;
    default:
        break;
    }
    if (error)
        *error = fieldError(key, QStringLiteral("expected true or false"), v);
    return false;
}

QString readString(const MetricValue &v)
{
    switch (v.kind) {
    case MetricValue::Kind::String:
        return v.text.empty() ? QString() : toQString(v.text);
    case MetricValue::Kind::Number:
        return std::floor(v.number) == v.number && std::abs(v.number) < 1e15
            ? QString::number(qint64(v.number))
            : QString::number(v.number);
    case MetricValue::Kind::Bool:
        return v.boolean ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString elementText(simdjson::dom::element e)
{
    std::string_view s;
    if (e.get(s) == simdjson::SUCCESS)
        return toQString(s);
    if (e.is_null())
        return {};
    return QString::fromStdString(simdjson::minify(e));
}

} // namespace

struct MetricRowMapper::Private
{
    simdjson::dom::parser parser; // for metadata given as JSON text
};

void MetricRowMapper::Fallbacks::applyHeader(std::string_view name, std::string_view value)
{
    // Header names are case-insensitive; Portkey writes them in lower case.
    if (name.size() < 10)
        return;
    auto asciiLower = [](char c) {
        return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    };
    constexpr std::string_view kPrefix = "x-portkey-";
    for (size_t i = 0; i < kPrefix.size(); ++i) {
        if (asciiLower(name[i]) != kPrefix[i])
            return; // most headers: nothing copied
    }
    std::string lower(name.substr(kPrefix.size()));
    for (char &c : lower)
        c = asciiLower(c);
    const std::string_view n = lower;
    const QString v = toQString(value);
    if (n == "trace-id") {
        if (!v.isEmpty())
            traceId = v;
    } else if (n == "span-id") {
        spanId = v;
    } else if (n == "parent-span-id") {
        parentSpanId = v;
    } else if (n == "span-name") {
        spanName = v;
    } else if (n == "cache-status") {
        cacheStatus = v;
    } else if (n == "retry-attempt-count") {
        if (const std::optional<double> count = FieldParsing::parseNumber(value))
            retryCount = int(*count);
    } else if (n == "last-used-option-index") {
        lastUsedOption = v;
    } else if (n == "provider") {
        if (v.startsWith(u'@'))
            virtualKey = v.mid(1);
        else
            provider = v;
    } else if (n == "virtual-key") {
        virtualKey = v;
    } else if (n == "config") {
        config = v;
    } else if (n == "metadata") {
        metadataJson = v;
    } else if (n == "debug") {
        debugFalse = FieldParsing::parseBool(value) == false;
    }
}

MetricRowMapper::MetricRowMapper()
    : d(std::make_unique<Private>())
{ }

MetricRowMapper::~MetricRowMapper() = default;

void MetricRowMapper::begin(LogRecord &record)
{
    m_record = &record;
    m_fallbacks = Fallbacks();
    m_mode.clear();
    m_config.clear();
    m_configId.clear();
    m_promptSlug.clear();
    m_promptId.clear();
    m_cacheType.clear();
    m_lastUsedOptionIndex.reset();
    m_metadataKeys.clear();
    m_metadataValues.clear();
}

QStringList MetricRowMapper::stringList(const MetricValue &value, MetricRowMapper *self)
{
    QStringList list;
    std::string_view json;
    if (value.kind == MetricValue::Kind::Json)
        json = value.text;
    else if (value.kind == MetricValue::Kind::String && value.text.starts_with('['))
        json = value.text;
    if (!json.empty()) {
        simdjson::dom::element root;
        if (self->d->parser.parse(json.data(), json.size(), true).get(root) == simdjson::SUCCESS
            && root.is_array()) {
            for (const simdjson::dom::element item : simdjson::dom::array(root))
                list.append(elementText(item));
        }
        return list;
    }
    if (value.kind == MetricValue::Kind::String && !value.text.empty()) {
        // A CSV cell may list several keys separated by commas.
        for (const QString &part : toQString(value.text).split(u','))
            list.append(part.trimmed());
    }
    return list;
}

void MetricRowMapper::addMetadataJson(std::string_view json)
{
    simdjson::dom::element root;
    if (d->parser.parse(json.data(), json.size(), true).get(root) != simdjson::SUCCESS
        || !root.is_object())
        return;
    const simdjson::dom::object object(root);
    simdjson::dom::element keys, values;
    if (object["key"].get(keys) == simdjson::SUCCESS && keys.is_array()
        && object["value"].get(values) == simdjson::SUCCESS && values.is_array()) {
        // {key:[...], value:[...]}: parallel arrays (portkey-api.md 3.5)
        const simdjson::dom::array k(keys), v(values);
        auto vi = v.begin();
        for (const simdjson::dom::element key : k) {
            if (vi == v.end())
                break;
            const QString name = elementText(key);
            if (!name.isEmpty())
                m_record->metadata.insert(name, elementText(*vi));
            ++vi;
        }
        return;
    }
    for (const simdjson::dom::key_value_pair field : object)
        m_record->metadata.insert(toQString(field.key), elementText(field.value));
}

bool MetricRowMapper::apply(std::string_view key, const MetricValue &v, QString *error)
{
    LogRecord &r = *m_record;
    if (key.empty())
        return true;
    if (key[0] == '_') {
        // Special metadata keys as top-level columns (portkey-api.md 3.5).
        if (key == "_user" || key == "_environment" || key == "_organisation" || key == "_prompt"
            || key == "_organization") {
            const QString value = readString(v);
            if (!value.isNull())
                r.metadata.insert(toQString(key), value);
        } else if (key == "_id" && r.id.isEmpty()) {
            r.id = readString(v);
        }
        return true;
    }
    if (key == "id") {
        r.id = readString(v);
    } else if (key == "trace_id") {
        r.traceId = readString(v);
    } else if (key == "span_id") {
        r.spanId = readString(v);
    } else if (key == "parent_span_id") {
        r.parentSpanId = readString(v);
    } else if (key == "span_name") {
        r.spanName = readString(v);
    } else if (key == "created_at") {
        if (v.kind == MetricValue::Kind::Null)
            return true;
        std::optional<QDateTime> t;
        if (v.kind == MetricValue::Kind::String)
            t = FieldParsing::parseTime(v.text);
        else if (v.kind == MetricValue::Kind::Number && v.number > 1e11)
            t = QDateTime::fromMSecsSinceEpoch(qint64(v.number), Qt::UTC); // epoch ms
        if (!t) {
            if (error)
                *error = QStringLiteral("field 'created_at': cannot parse '%1' as a time")
                             .arg(describe(v));
            return false;
        }
        r.createdAt = *t;
    } else if (key == "ai_org") {
        r.provider = readString(v);
    } else if (key == "ai_model") {
        r.model = readString(v);
    } else if (key == "req_units") {
        return readInteger(key, v, r.promptTokens, error);
    } else if (key == "res_units") {
        return readInteger(key, v, r.completionTokens, error);
    } else if (key == "total_units") {
        return readInteger(key, v, r.totalTokens, error);
    } else if (key == "cost") {
        // Portkey reports cost in cents (portkey-api.md 3.3).
        return readNumber(key, v, r.costCents, error);
    } else if (key == "cost_currency") {
        r.currency = readString(v);
    } else if (key == "request_url") {
        const QString url = readString(v);
        if (!url.isEmpty())
            r.endpoint = FieldParsing::urlPath(url.toStdString());
    } else if (key == "request_method") {
        r.method = readString(v).toUpper();
    } else if (key == "response_status_code") {
        return readInteger(key, v, r.statusCode, error);
    } else if (key == "response_time") {
        return readInteger(key, v, r.latencyMs, error);
    } else if (key == "is_success" || key == "is_proxy_call") {
        std::optional<bool> ignored; // validated only: the status code says more
        return readBool(key, v, ignored, error);
    } else if (key == "cache_status") {
        const QString s = readString(v);
        if (!s.isEmpty())
            r.cache = RecordEnums::cacheStateFromPortkey(s);
    } else if (key == "cache_type") {
        m_cacheType = readString(v);
    } else if (key == "stream_mode") {
        return readBool(key, v, r.stream, error);
    } else if (key == "retry_success_count") {
        return readInteger(key, v, r.retryCount, error);
    } else if (key == "mode") {
        m_mode = readString(v);
    } else if (key == "virtual_key" || key == "provider") {
        // The legacy CSV calls the virtual key column "provider" (portkey-api.md 4.5 c).
        r.virtualKey = readString(v);
    } else if (key == "config") {
        m_config = readString(v);
    } else if (key == "config_id") {
        m_configId = readString(v);
    } else if (key == "prompt_slug") {
        m_promptSlug = readString(v);
    } else if (key == "prompt_id") {
        m_promptId = readString(v);
    } else if (key == "last_used_option_index") {
        if (v.kind == MetricValue::Kind::String && v.text.starts_with("config"))
            m_fallbacks.lastUsedOption = toQString(v.text);
        else
            return readInteger(key, v, m_lastUsedOptionIndex, error);
    } else if (key == "metadata") {
        if (v.kind == MetricValue::Kind::Json
            || (v.kind == MetricValue::Kind::String && v.text.starts_with('{')))
            addMetadataJson(v.text);
    } else if (key == "metadata.key") {
        m_metadataKeys = stringList(v, this);
    } else if (key == "metadata.value") {
        m_metadataValues = stringList(v, this);
    }
    return true;
}

void MetricRowMapper::finish()
{
    LogRecord &r = *m_record;
    const Fallbacks &f = m_fallbacks;

    for (qsizetype i = 0; i < m_metadataKeys.size() && i < m_metadataValues.size(); ++i) {
        if (!m_metadataKeys.at(i).isEmpty())
            r.metadata.insert(m_metadataKeys.at(i), m_metadataValues.at(i));
    }
    if (!f.metadataJson.isEmpty()) {
        // x-portkey-metadata: the columns win on a clash.
        const QMap<QString, QString> columns = r.metadata;
        addMetadataJson(f.metadataJson.toStdString());
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            r.metadata.insert(it.key(), it.value());
    }

    if (!m_mode.isEmpty()) {
        const Strategy s = RecordEnums::strategyFromName(m_mode);
        r.strategy = s;
        if (s != Strategy::Unknown) {
            r.fallbackActive = s == Strategy::Fallback;
            r.loadbalanceActive = s == Strategy::Loadbalance;
        }
    }
    if (r.cache == CacheState::Unknown && !f.cacheStatus.isEmpty())
        r.cache = RecordEnums::cacheStateFromPortkey(f.cacheStatus);
    if (m_cacheType.compare(u"semantic", Qt::CaseInsensitive) == 0) {
        if (r.cache == CacheState::Hit)
            r.cache = CacheState::SemanticHit;
        else if (r.cache == CacheState::Miss)
            r.cache = CacheState::SemanticMiss;
    }
    if (!r.retryCount)
        r.retryCount = f.retryCount;

    r.configId = !m_config.isEmpty() ? m_config : m_configId;
    if (r.configId.isEmpty() && !f.config.isEmpty() && !f.config.startsWith(u'{'))
        r.configId = f.config; // an inline config object is not an id
    r.promptId = !m_promptSlug.isEmpty() ? m_promptSlug : m_promptId;

    if (!f.lastUsedOption.isEmpty()) {
        QString path = f.lastUsedOption;
        if (path.startsWith(u"$."))
            path.remove(0, 2);
        r.servedTarget = path;
    } else if (m_lastUsedOptionIndex
               && (r.strategy == Strategy::Fallback || r.strategy == Strategy::Loadbalance)) {
        r.servedTarget = QStringLiteral("config.targets[%1]").arg(*m_lastUsedOptionIndex);
    }

    auto fill = [](QString &field, const QString &fallback) {
        if (field.isEmpty())
            field = fallback;
    };
    fill(r.traceId, f.traceId);
    fill(r.spanId, f.spanId);
    fill(r.parentSpanId, f.parentSpanId);
    fill(r.spanName, f.spanName);
    fill(r.provider, f.provider);
    fill(r.virtualKey, f.virtualKey);
    fill(r.model, f.model);
    fill(r.method, f.method);
    if (r.endpoint.isEmpty() && !f.url.isEmpty())
        r.endpoint = FieldParsing::urlPath(f.url.toStdString());
    if (!r.statusCode)
        r.statusCode = f.statusCode;
    if (!r.latencyMs)
        r.latencyMs = f.latencyMs;
    if (!r.promptTokens)
        r.promptTokens = f.promptTokens;
    if (!r.completionTokens)
        r.completionTokens = f.completionTokens;
    if (!r.totalTokens)
        r.totalTokens = f.totalTokens;
    if (!r.reasoningTokens)
        r.reasoningTokens = f.reasoningTokens;
    if (!r.cacheReadTokens)
        r.cacheReadTokens = f.cacheReadTokens;
    if (!r.cacheWriteTokens)
        r.cacheWriteTokens = f.cacheWriteTokens;
    if (!r.stream)
        r.stream = f.stream;
    if (!r.createdAt.isValid())
        r.createdAt = f.createdAt;
    if (r.requestType == RequestType::Unknown && !r.endpoint.isEmpty())
        r.requestType = RecordEnums::requestTypeFromEndpoint(r.endpoint);
    // Do-Not-Track only on positive evidence: a missing body alone proves nothing.
    if (f.debugFalse)
        r.tracked = false;
}
