// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The canonical record: one request the gateway answered (DESIGN.md section 3).
// A field a source cannot know stays empty (a null QString, an empty optional), never a made-up
// default, so the UI can say "unknown" instead of "0".

enum class RequestType {
    Unknown,
    Chat,
    Completion,
    Embedding,
    Image,
    Audio,
    Responses,
    Messages,
    Proxy,
    Other
};
enum class CacheState { Unknown, Disabled, Miss, SemanticMiss, Refreshed, Hit, SemanticHit };
enum class Strategy { Unknown, Single, Fallback, Loadbalance, Conditional };

struct ImageInfo
{
    enum class Direction { Input, Output };
    Direction direction = Direction::Input;
    QString mime; // "image/png"; null when unknown (a remote URL not fetched)
    std::optional<int> width;
    std::optional<int> height;
    std::optional<qint64> bytes; // decoded size
    QString url; // remote URL; empty for inline (data URL, b64_json) images
    QString hash; // sha1 of the decoded bytes (inline) or of the URL, for caching

    bool operator==(const ImageInfo &) const = default;
};

struct Attempt
{
    QString target; // config path, e.g. "config.targets[1]"
    QString provider;
    QString model;
    std::optional<qint64> latencyMs;
    std::optional<bool> ok;

    bool operator==(const Attempt &) const = default;
};

struct FeedbackEntry
{
    QString id;
    double value = 0; // -10..10
    double weight = 1; // 0..1
    QJsonObject metadata;
    QDateTime createdAt;
    bool synced = false;
    // Who wrote it, as the store knows it (SQLite: metadata _user; PostgreSQL: the role that
    // inserted it). Not part of the canonical JSON, so not part of equality either.
    QString author = {};

    bool operator==(const FeedbackEntry &other) const
    {
        return id == other.id && value == other.value && weight == other.weight
            && metadata == other.metadata && createdAt == other.createdAt && synced == other.synced;
    }
};

struct LogRecord
{
    QString id;
    QString traceId, spanId, parentSpanId, spanName;
    QDateTime createdAt; // UTC, millisecond precision
    QString method, endpoint;
    RequestType requestType = RequestType::Unknown;
    QString provider, model;
    std::optional<int> statusCode;
    std::optional<qint64> latencyMs, ttftMs;
    std::optional<qint64> promptTokens, completionTokens, totalTokens, reasoningTokens;
    // Input tokens read from / written to the provider's prompt cache, billed at their own prices
    // (null: not reported). OpenAI counts the read ones inside prompt_tokens
    // (prompt_tokens_details.cached_tokens); Anthropic, also through the gateway, reports them
    // beside input_tokens (cache_read_input_tokens, cache_creation_input_tokens). The pricing
    // says how each is counted and priced.
    std::optional<qint64> cacheReadTokens, cacheWriteTokens;
    std::optional<double> costCents;
    QString currency;
    bool costEstimated = false;
    CacheState cache = CacheState::Unknown;
    std::optional<int> retryCount; // 0 not triggered, N > 0 succeeded after N retries, -1 failed
    Strategy strategy = Strategy::Unknown;
    std::optional<bool> fallbackActive, loadbalanceActive;
    QString servedTarget;
    QList<Attempt> attempts;
    QString configId, promptId, virtualKey;
    QMap<QString, QString> metadata;
    bool tracked = true; // false for Do-Not-Track: request and response are then empty
    // When the content (bodies, raw record, images) was removed on request ("forget"); null
    // otherwise. A forgotten log is also untracked: only its statistics are kept.
    QDateTime forgottenAt;
    std::optional<bool> stream;
    QByteArray request; // raw JSON body as the source gave it; empty when unknown
    QByteArray response;
    QList<ImageInfo> images;
    QList<FeedbackEntry> feedback;
    QString source;
    QString replayOf;

    // Not part of the canonical JSON: the original record as imported (the Source tab) and the
    // name of the format it came in.
    QByteArray raw;
    QString rawFormat;
    // The store's row id once stored (0 before); never exported.
    qint64 rowId = 0;

    QString user() const { return metadata.value(QStringLiteral("_user")); }
    bool hasBodies() const { return !request.isEmpty() || !response.isEmpty(); }

    // The canonical JSON form (DESIGN.md section 3): every key present, unknown values null.
    QJsonObject toJson() const;
    static std::optional<LogRecord> fromJson(const QJsonObject &object, QString *error = nullptr);
    // The same object as one compact line, with request and response written byte for byte as
    // stored (QJsonObject would sort their keys): what the Gatescope export writes.
    QByteArray toJsonLine() const;

    bool operator==(const LogRecord &) const = default;
};
