// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

struct LogRecord;
class ControlPlaneResources;

// Whether a virtual key or provider can still serve a replay (portkey-api.md 10 and 14).
enum class KeyAvailability { Available, Unavailable, Unknown };
// Asks the control plane (through its cache) about a virtual key or provider slug; fills reason
// when the key is unavailable or could not be checked.
using VirtualKeyStatusLookup = std::function<KeyAvailability(const QString &slug, QString *reason)>;

// The answer of ReplayPolicy::eligibility(): allowed or not, and why in one sentence.
struct ReplayEligibility
{
    enum class Rule { None, DoNotTrack, Endpoint, PromptInConfigTarget, KeyUnavailable };

    bool allowed = true;
    Rule rule = Rule::None; // the rule that blocked the replay
    QString reason; // why it is disabled (empty when allowed)
    QString note; // allowed, with a caveat (the key could not be checked offline)
};

// The replay rules of DESIGN.md 7 and portkey-api.md 14, evaluated on a stored record. It never
// touches the network itself: the key check goes through the lookup the caller gives.
class ReplayPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ReplayPolicy)

public:
    // config: the config object the log used when the caller has it (fetched by id); without
    // it the inline config the record carries is used.
    static ReplayEligibility eligibility(const LogRecord &record,
                                         const VirtualKeyStatusLookup &lookup = {},
                                         const std::optional<QJsonObject> &config = std::nullopt);
    // A lookup through the control-plane cache (null resources: every key Unknown).
    static VirtualKeyStatusLookup lookupFor(ControlPlaneResources *resources);
    // A lookup that never touches the network: the copies of the key in the control-plane
    // caches under root (one folder per connection, ResourceCache's layout); Unknown when no
    // cache holds the key. Empty root: AppDataLocation/controlplane-cache.
    static VirtualKeyStatusLookup cachedLookup(const QString &root = {});

    // "/v1/chat/completions", "/chat/completions", "/completions", "/embeddings" (a full URL or
    // a query string is fine).
    static bool endpointReplayable(const QString &endpoint);
    // The path under /v1 the replay goes to: "/chat/completions", "/completions" or "/embeddings";
    // empty when not replayable.
    static QString replayPath(const LogRecord &record);
    // The virtual key or provider slug the log used (metrics.virtual_key or the headers).
    static QString keySlug(const LogRecord &record);
    // The x-portkey-config the request sent inline (a JSON object), found in the raw source.
    static std::optional<QJsonObject> inlineConfig(const LogRecord &record);
    // The target a served_target path names ("config", "config.targets[1]",
    // "config.targets[0].targets[1]"); nullopt when the path does not fit the config.
    static std::optional<QJsonObject> targetAt(const QJsonObject &config, const QString &path);
    // A raw header value (x-portkey-config, x-portkey-virtual-key, ...) in the record's source.
    static QString rawHeader(const LogRecord &record, const QString &name);
};
