// SPDX-License-Identifier: GPL-3.0-or-later
#include "logrecord.h"

#include "recordenums.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using namespace RecordEnums;

QJsonValue str(const QString &s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}
template<typename T> QJsonValue opt(const std::optional<T> &v)
{
    if (!v)
        return QJsonValue();
    if constexpr (std::is_same_v<T, qint64>)
        return QJsonValue(double(*v)); // JSON numbers; exact up to 2^53
    else
        return QJsonValue(*v);
}

// A body may be any JSON value (the gateway sends a truncated response as a string); wrap it
// in an array so QJsonDocument, which only takes objects and arrays, can parse it.
QJsonValue bodyValue(const QByteArray &raw)
{
    if (raw.isEmpty())
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson('[' + raw + ']');
    if (!doc.isArray() || doc.array().isEmpty())
        return QJsonValue(QString::fromUtf8(raw));
    return doc.array().first();
}

QByteArray bodyBytes(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    QByteArray wrapped = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

template<typename T>
bool readInt(const QJsonObject &o, const char *key, std::optional<T> &out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isDouble()) {
        if (error)
            *error = QStringLiteral("field '%1': expected a number").arg(QLatin1String(key));
        return false;
    }
    out = T(v.toDouble());
    return true;
}

bool readBool(const QJsonObject &o, const char *key, std::optional<bool> &out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isBool()) {
        if (error)
            *error = QStringLiteral("field '%1': expected true or false").arg(QLatin1String(key));
        return false;
    }
    out = v.toBool();
    return true;
}

QString readString(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

} // namespace

QJsonObject LogRecord::toJson() const
{
    QJsonObject o;
    o.insert(u"id", str(id));
    o.insert(u"trace_id", str(traceId));
    o.insert(u"span_id", str(spanId));
    o.insert(u"parent_span_id", str(parentSpanId));
    o.insert(u"span_name", str(spanName));
    o.insert(u"created_at", str(isoUtc(createdAt)));
    o.insert(u"method", str(method));
    o.insert(u"endpoint", str(endpoint));
    o.insert(u"request_type", str(requestTypeName(requestType)));
    o.insert(u"provider", str(provider));
    o.insert(u"model", str(model));
    o.insert(u"status_code", opt(statusCode));
    o.insert(u"latency_ms", opt(latencyMs));
    o.insert(u"ttft_ms", opt(ttftMs));
    o.insert(u"prompt_tokens", opt(promptTokens));
    o.insert(u"completion_tokens", opt(completionTokens));
    o.insert(u"total_tokens", opt(totalTokens));
    o.insert(u"reasoning_tokens", opt(reasoningTokens));
    o.insert(u"cache_read_tokens", opt(cacheReadTokens));
    o.insert(u"cache_write_tokens", opt(cacheWriteTokens));
    o.insert(u"cost_cents", opt(costCents));
    o.insert(u"currency", str(currency));
    o.insert(u"cost_estimated", costCents ? QJsonValue(costEstimated) : QJsonValue());
    o.insert(u"cache", str(cacheStateName(cache)));
    o.insert(u"retry_count", opt(retryCount));
    o.insert(u"strategy", str(strategyName(strategy)));
    o.insert(u"fallback_active", opt(fallbackActive));
    o.insert(u"loadbalance_active", opt(loadbalanceActive));
    o.insert(u"served_target", str(servedTarget));
    QJsonArray attemptsJson;
    for (const Attempt &a : attempts) {
        attemptsJson.append(QJsonObject {{u"target"_qs, str(a.target)},
                                         {u"provider"_qs, str(a.provider)},
                                         {u"model"_qs, str(a.model)},
                                         {u"latency_ms"_qs, opt(a.latencyMs)},
                                         {u"ok"_qs, opt(a.ok)}});
    }
    o.insert(u"attempts", attemptsJson);
    o.insert(u"config_id", str(configId));
    o.insert(u"prompt_id", str(promptId));
    o.insert(u"virtual_key", str(virtualKey));
    QJsonObject meta;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        meta.insert(it.key(), it.value());
    o.insert(u"metadata", meta);
    o.insert(u"tracked", tracked);
    o.insert(u"stream", opt(stream));
    o.insert(u"request", bodyValue(request));
    o.insert(u"response", bodyValue(response));
    QJsonArray imagesJson;
    for (const ImageInfo &img : images) {
        QJsonObject io {{u"direction"_qs,
                         img.direction == ImageInfo::Direction::Input ? u"input"_qs : u"output"_qs},
                        {u"mime"_qs, str(img.mime)},
                        {u"width"_qs, opt(img.width)},
                        {u"height"_qs, opt(img.height)},
                        {u"bytes"_qs, opt(img.bytes)}};
        if (!img.url.isEmpty())
            io.insert(u"url", img.url);
        if (!img.hash.isEmpty())
            io.insert(u"hash", img.hash);
        imagesJson.append(io);
    }
    o.insert(u"images", imagesJson);
    QJsonArray feedbackJson;
    for (const FeedbackEntry &f : feedback) {
        feedbackJson.append(QJsonObject {{u"id"_qs, f.id},
                                         {u"value"_qs, f.value},
                                         {u"weight"_qs, f.weight},
                                         {u"metadata"_qs, f.metadata},
                                         {u"created_at"_qs, str(isoUtc(f.createdAt))},
                                         {u"synced"_qs, f.synced}});
    }
    o.insert(u"feedback", feedbackJson);
    o.insert(u"source", str(source));
    o.insert(u"replay_of", str(replayOf));
    o.insert(u"forgotten_at", str(isoUtc(forgottenAt)));
    return o;
}

QByteArray LogRecord::toJsonLine() const
{
    QJsonObject o = toJson();
    // A body that parses is spliced in as it is; one that does not stays a JSON string (as
    // toJson() wrote it). Line breaks in valid JSON can only be white space: folded, so the
    // record stays one line.
    const auto verbatim = [](const QByteArray &body) {
        if (body.isEmpty() || !QJsonDocument::fromJson('[' + body + ']').isArray())
            return QByteArray();
        QByteArray oneLine = body;
        oneLine.replace('\n', ' ').replace('\r', ' ');
        return oneLine;
    };
    const QByteArray requestText = verbatim(request);
    const QByteArray responseText = verbatim(response);
    // Placeholders keep the key order QJsonObject chooses; the bodies replace them afterwards.
    if (!requestText.isEmpty())
        o.insert(u"request", QStringLiteral("\x01request\x01"));
    if (!responseText.isEmpty())
        o.insert(u"response", QStringLiteral("\x01response\x01"));
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!requestText.isEmpty())
        line.replace("\"\\u0001request\\u0001\"", requestText);
    if (!responseText.isEmpty())
        line.replace("\"\\u0001response\\u0001\"", responseText);
    return line;
}

std::optional<LogRecord> LogRecord::fromJson(const QJsonObject &o, QString *error)
{
    LogRecord r;
    r.id = readString(o, "id");
    if (r.id.isEmpty()) {
        if (error)
            *error = QStringLiteral("field 'id': missing");
        return std::nullopt;
    }
    r.traceId = readString(o, "trace_id");
    r.spanId = readString(o, "span_id");
    r.parentSpanId = readString(o, "parent_span_id");
    r.spanName = readString(o, "span_name");
    const QString created = readString(o, "created_at");
    r.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!r.createdAt.isValid()) {
        if (error)
            *error = QStringLiteral("field 'created_at': expected an ISO-8601 time, got '%1'")
                         .arg(created);
        return std::nullopt;
    }
    r.createdAt = r.createdAt.toUTC();
    r.method = readString(o, "method");
    r.endpoint = readString(o, "endpoint");
    r.requestType = requestTypeFromName(readString(o, "request_type"));
    r.provider = readString(o, "provider");
    r.model = readString(o, "model");
    if (!readInt(o, "status_code", r.statusCode, error)
        || !readInt(o, "latency_ms", r.latencyMs, error) || !readInt(o, "ttft_ms", r.ttftMs, error)
        || !readInt(o, "prompt_tokens", r.promptTokens, error)
        || !readInt(o, "completion_tokens", r.completionTokens, error)
        || !readInt(o, "total_tokens", r.totalTokens, error)
        || !readInt(o, "reasoning_tokens", r.reasoningTokens, error)
        || !readInt(o, "cache_read_tokens", r.cacheReadTokens, error)
        || !readInt(o, "cache_write_tokens", r.cacheWriteTokens, error)
        || !readInt(o, "retry_count", r.retryCount, error)
        || !readBool(o, "fallback_active", r.fallbackActive, error)
        || !readBool(o, "loadbalance_active", r.loadbalanceActive, error)
        || !readBool(o, "stream", r.stream, error))
        return std::nullopt;
    const QJsonValue cost = o.value(u"cost_cents");
    if (cost.isDouble())
        r.costCents = cost.toDouble();
    r.currency = readString(o, "currency");
    r.costEstimated = o.value(u"cost_estimated").toBool(false);
    r.cache = cacheStateFromName(readString(o, "cache"));
    r.strategy = strategyFromName(readString(o, "strategy"));
    r.servedTarget = readString(o, "served_target");
    for (const QJsonValue &v : o.value(u"attempts").toArray()) {
        const QJsonObject a = v.toObject();
        Attempt at;
        at.target = readString(a, "target");
        at.provider = readString(a, "provider");
        at.model = readString(a, "model");
        readInt(a, "latency_ms", at.latencyMs, nullptr);
        readBool(a, "ok", at.ok, nullptr);
        r.attempts.append(at);
    }
    r.configId = readString(o, "config_id");
    r.promptId = readString(o, "prompt_id");
    r.virtualKey = readString(o, "virtual_key");
    const QJsonObject meta = o.value(u"metadata").toObject();
    for (auto it = meta.begin(); it != meta.end(); ++it)
        r.metadata.insert(it.key(),
                          it.value().isString() ? it.value().toString()
                                                : it.value().toVariant().toString());
    r.tracked = o.value(u"tracked").toBool(true);
    r.request = bodyBytes(o.value(u"request"));
    r.response = bodyBytes(o.value(u"response"));
    for (const QJsonValue &v : o.value(u"images").toArray()) {
        const QJsonObject io = v.toObject();
        ImageInfo img;
        img.direction = io.value(u"direction").toString() == u"output"
            ? ImageInfo::Direction::Output
            : ImageInfo::Direction::Input;
        img.mime = readString(io, "mime");
        readInt(io, "width", img.width, nullptr);
        readInt(io, "height", img.height, nullptr);
        readInt(io, "bytes", img.bytes, nullptr);
        img.url = readString(io, "url");
        img.hash = readString(io, "hash");
        r.images.append(img);
    }
    for (const QJsonValue &v : o.value(u"feedback").toArray()) {
        const QJsonObject fo = v.toObject();
        FeedbackEntry f;
        f.id = readString(fo, "id");
        f.value = fo.value(u"value").toDouble();
        f.weight = fo.value(u"weight").toDouble(1.0);
        f.metadata = fo.value(u"metadata").toObject();
        f.createdAt
            = QDateTime::fromString(readString(fo, "created_at"), Qt::ISODateWithMs).toUTC();
        f.synced = fo.value(u"synced").toBool();
        r.feedback.append(f);
    }
    r.source = readString(o, "source");
    r.replayOf = readString(o, "replay_of");
    if (const QString forgotten = readString(o, "forgotten_at"); !forgotten.isEmpty()) {
        r.forgottenAt = QDateTime::fromString(forgotten, Qt::ISODateWithMs).toUTC();
        if (!r.forgottenAt.isValid()) {
            if (error)
                *error = QStringLiteral("field 'forgotten_at': expected an ISO-8601 time, got '%1'")
                             .arg(forgotten);
            return std::nullopt;
        }
    }
    return r;
}
