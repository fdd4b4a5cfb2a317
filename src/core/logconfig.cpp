// SPDX-License-Identifier: GPL-3.0-or-later
#include "logconfig.h"

#include "recordenums.h"
#include "replaypolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

bool looksLikeConfig(const QJsonObject &o)
{
    for (const char *key : {"strategy", "targets", "provider", "virtual_key", "retry", "cache"}) {
        if (o.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

std::optional<QJsonObject> parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool redacted(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || v.toString() == u"[REDACTED]";
}

// The gateway stream's per-target providerOptions (camelCase, gateway-stream.md 6) in the config
// JSON's own words (snake_case, portkey-api.md 8.2), without keys or redacted values.
QJsonObject configOptions(const QJsonObject &p)
{
    QJsonObject out;
    for (const auto &[from, to] :
         {std::pair {"provider", "provider"}, std::pair {"virtualKey", "virtual_key"},
          std::pair {"weight", "weight"}, std::pair {"customHost", "custom_host"},
          std::pair {"requestTimeout", "request_timeout"},
          std::pair {"overrideParams", "override_params"}}) {
        const QJsonValue v = p.value(QLatin1String(from));
        if (redacted(v) || (v.isObject() && v.toObject().isEmpty()))
            continue;
        out.insert(QLatin1String(to), v);
    }
    const QJsonObject retry = p.value(u"retry").toObject();
    if (retry.value(u"attempts").toDouble() > 0) {
        QJsonObject r {{QStringLiteral("attempts"), retry.value(u"attempts")}};
        if (!retry.value(u"onStatusCodes").toArray().isEmpty())
            r.insert(u"on_status_codes", retry.value(u"onStatusCodes"));
        out.insert(u"retry", r);
    }
    const QJsonObject cache = p.value(u"cache").toObject();
    if (!redacted(cache.value(u"mode"))) {
        QJsonObject c {{QStringLiteral("mode"), cache.value(u"mode")}};
        if (cache.contains(u"maxAge"))
            c.insert(u"max_age", cache.value(u"maxAge"));
        out.insert(u"cache", c);
    }
    return out;
}

// Inserts options at the node the index path names, creating the nodes on the way.
void insertAt(QJsonObject &node, const QList<int> &indexes, qsizetype depth,
              const QJsonObject &options)
{
    if (depth == indexes.size()) {
        for (auto it = options.begin(); it != options.end(); ++it)
            node.insert(it.key(), it.value());
        return;
    }
    QJsonArray targets = node.value(u"targets").toArray();
    while (targets.size() <= indexes.at(depth))
        targets.append(QJsonObject());
    QJsonObject child = targets.at(indexes.at(depth)).toObject();
    insertAt(child, indexes, depth + 1, options);
    targets.replace(indexes.at(depth), child);
    node.insert(u"targets", targets);
}

} // namespace

QString LogConfig::normalisedPath(const QString &path)
{
    QString p = path.trimmed();
    if (p.startsWith(u"$."))
        p.remove(0, 2);
    p.replace(QStringLiteral(".options["), QStringLiteral(".targets["));
    return p;
}

std::optional<QList<int>> LogConfig::pathIndexes(const QString &path)
{
    static const QRegularExpression step(QStringLiteral("^\\.targets\\[(\\d+)\\]"));
    if (!path.startsWith(u"config"))
        return std::nullopt;
    QList<int> indexes;
    QString rest = path.mid(6);
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch match = step.match(rest);
        if (!match.hasMatch())
            return std::nullopt;
        indexes.append(match.captured(1).toInt());
        rest = rest.mid(match.capturedLength());
    }
    return indexes;
}

LogConfig LogConfig::read(const LogRecord &record)
{
    LogConfig c;
    c.strategy = record.strategy;
    c.servedTarget = normalisedPath(record.servedTarget);
    c.attempts = record.attempts;
    for (Attempt &a : c.attempts)
        a.target = normalisedPath(a.target);

    // The header as recorded (the proxy's request headers, a log object's portkeyHeaders), or
    // what the converter kept of it in configId.
    QString header = ReplayPolicy::rawHeader(record, QStringLiteral("x-portkey-config")).trimmed();
    if (header.isEmpty())
        header = record.configId.trimmed();
    if (header.startsWith(u'{')) {
        if (std::optional<QJsonObject> o = parseObject(header)) {
            c.inlineConfig = *o;
            c.origin = Origin::Header;
        } else {
            c.unreadableInline = header;
        }
    } else if (!header.isEmpty()) {
        c.configId = header;
    }
    if (c.configId.isEmpty() && !record.configId.startsWith(u'{'))
        c.configId = record.configId;

    // A config object in the body (a client that sends it with the request, or a stored
    // request that kept it).
    if (!c.inlineConfig && !record.request.isEmpty()) {
        const QJsonObject body = QJsonDocument::fromJson(record.request).object();
        for (const char *key : {"config", "portkey_config"}) {
            const QJsonValue v = body.value(QLatin1String(key));
            std::optional<QJsonObject> o = v.isObject() ? std::optional(v.toObject())
                : v.isString()                          ? parseObject(v.toString())
                                                        : std::nullopt;
            if (o && looksLikeConfig(*o)) {
                c.inlineConfig = *o;
                c.origin = Origin::Body;
                break;
            }
        }
    }

    // The gateway's log stream: one requestOptions entry per target tried (gateway-stream.md 6).
    if (!record.raw.isEmpty() && record.raw.contains("requestOptions")) {
        const QJsonArray options
            = QJsonDocument::fromJson(record.raw).object().value(u"requestOptions").toArray();
        for (const QJsonValue &v : options) {
            const QJsonObject option = v.toObject();
            const QString path = normalisedPath(option.value(u"lastUsedOptionIndex").toString());
            if (!path.isEmpty())
                c.m_targetOptions.insert(
                    path, configOptions(option.value(u"providerOptions").toObject()));
        }
    }
    return c;
}

bool LogConfig::isEmpty() const
{
    const bool routed = strategy == Strategy::Fallback || strategy == Strategy::Loadbalance
        || strategy == Strategy::Conditional;
    const bool belowRoot = servedTarget.contains(u"targets[")
        || std::any_of(attempts.begin(), attempts.end(),
                       [](const Attempt &a) { return a.target.contains(u"targets["); });
    return configId.isEmpty() && !inlineConfig && unreadableInline.isEmpty() && !routed
        && !belowRoot;
}

bool LogConfig::hasEntry(const LogRecord &record)
{
    return !read(record).isEmpty();
}

QJsonObject LogConfig::namedTargets() const
{
    QStringList paths;
    for (const Attempt &a : attempts)
        paths << a.target;
    paths << servedTarget << m_targetOptions.keys();
    QJsonObject root;
    bool deep = false;
    bool any = false;
    for (const QString &path : std::as_const(paths)) {
        const std::optional<QList<int>> indexes = pathIndexes(path);
        if (!indexes || indexes->isEmpty())
            continue;
        any = true;
        deep = deep || indexes->size() > 1;
        insertAt(root, *indexes, 0, m_targetOptions.value(path).toObject());
    }
    if (!any)
        return {};
    // The stream does not log the strategy (gateway-stream.md 7); the converter infers the
    // top one, which says nothing certain about nested levels.
    if (!deep && strategy != Strategy::Unknown && strategy != Strategy::Single)
        root.insert(u"strategy",
                    QJsonObject {{QStringLiteral("mode"), RecordEnums::strategyName(strategy)}});
    return root;
}

QList<int> LogConfig::attemptsAt(const QString &path) const
{
    QList<int> out;
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        if (attempts.at(i).target == path)
            out << int(i);
    }
    return out;
}

QString LogConfig::summary() const
{
    QStringList parts;
    if (!configId.isEmpty())
        parts << configId;
    else if (inlineConfig || !unreadableInline.isEmpty())
        parts << tr("inline config");
    if (strategy != Strategy::Unknown)
        parts << RecordEnums::strategyName(strategy);
    if (!servedTarget.isEmpty() && servedTarget != u"config") // the root: no target to name
        parts << tr("served by %1").arg(servedTarget);
    return parts.join(QStringLiteral(", "));
}
