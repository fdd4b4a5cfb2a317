// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyrecordbuilder.h"

#include "recordenums.h"
#include "tokenusage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

namespace {

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

QJsonObject parseObject(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json).object();
}

void readUsage(const QJsonObject &body, LogRecord &r)
{
    const QJsonObject usage = body.value(u"usage").toObject();
    if (usage.isEmpty())
        return;
    TokenUsage u = TokenUsage::read(usage);
    u.total = u.totalOrSum();
    u.fillUnknown(r);
}

QJsonObject
headersObject(const HeaderList &headers,
              const std::function<QByteArray(const QByteArray &, const QByteArray &)> &clean)
{
    QJsonObject o;
    for (const auto &[name, value] : headers)
        o.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(clean(name, value)));
    return o;
}

} // namespace

bool ProxyRecordBuilder::isDoNotTrack(const ProxyExchange &exchange)
{
    // Any false wins: the header given twice (true, then false) or as a list ("true, false").
    for (const auto &[name, value] : exchange.requestHeaders) {
        if (name.compare("x-portkey-debug", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &item : value.split(',')) {
            if (item.trimmed().compare("false", Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QByteArray ProxyRecordBuilder::redactedBody(QByteArray &body)
{
    if (body.isEmpty())
        return {};
    // Any bytes, JSON or not, valid UTF-8 or not, of any size: only the secrets are replaced.
    if (!SecretRedactor::redactText(view(body), m_scratch))
        return std::move(body);
    body.clear();
    body.squeeze();
    QByteArray out = QByteArray::fromStdString(m_scratch);
    m_scratch.clear();
    m_scratch.shrink_to_fit();
    return out;
}

QByteArray ProxyRecordBuilder::redactedHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (SecretRedactor::isSecretKey(view(lower)) || lower == "x-portkey-api-key"
        || lower == "cookie" || lower == "set-cookie" || lower == "proxy-authorization"
        || SecretRedactor::looksLikeCredential(view(value)))
        return QByteArray(SecretRedactor::placeholder().data(),
                          qsizetype(SecretRedactor::placeholder().size()));
    // An inline config or metadata (JSON or not), a custom host with user info or ?key=...
    return SecretRedactor::redactedBytes(value);
}

LogRecord ProxyRecordBuilder::build(ProxyExchange &x)
{
    LogRecord r;
    r.id = QStringLiteral("px-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.createdAt = x.startedAt;
    r.method = QString::fromLatin1(x.method);
    const QUrl target(QString::fromUtf8(x.target));
    r.endpoint = target.path();
    r.requestType = RecordEnums::requestTypeFromEndpoint(r.endpoint);
    r.source = x.source;
    if (x.status > 0)
        r.statusCode = x.status;
    else if (!x.error.isEmpty())
        r.statusCode = 502; // what the proxy answered
    r.latencyMs = x.latencyMs;

    // Tracing and metadata: only the client's request carries them (gateway-stream.md 12).
    r.traceId = QString::fromUtf8(x.requestHeader("x-portkey-trace-id"));
    if (r.traceId.isEmpty())
        r.traceId = QString::fromUtf8(x.responseHeader("x-portkey-trace-id"));
    r.spanId = QString::fromUtf8(x.requestHeader("x-portkey-span-id"));
    r.parentSpanId = QString::fromUtf8(x.requestHeader("x-portkey-parent-span-id"));
    r.spanName = QString::fromUtf8(x.requestHeader("x-portkey-span-name"));
    const QJsonObject metadata
        = parseObject(SecretRedactor::redactedBytes(x.requestHeader("x-portkey-metadata")));
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        const QJsonValue v = it.value();
        r.metadata.insert(it.key(),
                          v.isString()       ? v.toString()
                              : v.isDouble() ? QString::number(v.toDouble())
                              : v.isBool()
                              ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : QString::fromUtf8(QJsonDocument(QJsonArray {v})
                                                      .toJson(QJsonDocument::Compact)
                                                      .mid(1)
                                                      .chopped(1)));
    }
    r.virtualKey = QString::fromUtf8(x.requestHeader("x-portkey-virtual-key"));

    // Config: an id ("pc-...") or an inline object whose top-level strategy we can read.
    const QByteArray config = x.requestHeader("x-portkey-config").trimmed();
    QString configProvider;
    if (config.startsWith('{')) {
        const QJsonObject c = parseObject(config);
        const QString mode = c.value(u"strategy").toObject().value(u"mode").toString();
        configProvider = c.value(u"provider").toString();
        if (!mode.isEmpty())
            r.strategy = RecordEnums::strategyFromName(mode);
        else if (!c.isEmpty())
            r.strategy = Strategy::Single;
    } else if (!config.isEmpty()) {
        r.configId = QString::fromUtf8(config);
    } else if (!x.requestHeader("x-portkey-provider").isEmpty()) {
        r.strategy = Strategy::Single;
    }
    if (r.strategy != Strategy::Unknown) {
        r.fallbackActive = r.strategy == Strategy::Fallback;
        r.loadbalanceActive = r.strategy == Strategy::Loadbalance;
    }
    r.provider = QString::fromUtf8(x.responseHeader("x-portkey-provider"));
    if (r.provider.isEmpty())
        r.provider = QString::fromUtf8(x.requestHeader("x-portkey-provider"));
    if (r.provider.isEmpty())
        r.provider = configProvider;

    // What the gateway did, from its response headers (portkey-api.md 2.2).
    const QByteArray cache = x.responseHeader("x-portkey-cache-status");
    if (!cache.isEmpty())
        r.cache = RecordEnums::cacheStateFromPortkey(QString::fromLatin1(cache));
    bool ok = false;
    const int retries = x.responseHeader("x-portkey-retry-attempt-count").trimmed().toInt(&ok);
    if (ok)
        r.retryCount = retries;
    r.servedTarget = QString::fromUtf8(x.responseHeader("x-portkey-last-used-option-index"));
    if (r.strategy == Strategy::Unknown && r.servedTarget == u"config")
        r.strategy = Strategy::Single;

    // Bodies: read for statistics, then kept only when tracked.
    const QJsonObject request = parseObject(x.requestOverLimit ? QByteArray() : x.requestBody);
    const QByteArray &responseJson = x.eventStream ? x.reassembled : x.responseBody;
    const QJsonObject response
        = parseObject(x.responseOverLimit && !x.eventStream ? QByteArray() : responseJson);
    r.model = response.value(u"model").toString();
    if (r.model.isEmpty())
        r.model = request.value(u"model").toString();
    readUsage(response, r);
    r.stream = x.eventStream || request.value(u"stream").toBool();
    if (x.eventStream)
        r.ttftMs = x.ttftMs;

    r.tracked = !isDoNotTrack(x);
    if (r.tracked) {
        r.request = redactedBody(x.requestBody);
        r.response = redactedBody(x.eventStream ? x.reassembled : x.responseBody);
        if (!r.request.isEmpty())
            m_images.scan(view(r.request), ImageInfo::Direction::Input, r.images);
        if (!r.response.isEmpty())
            m_images.scan(view(r.response), ImageInfo::Direction::Output, r.images);
    }

    // The Source tab: the client's view of the exchange, credentials removed.
    auto clean = [this](const QByteArray &name, const QByteArray &value) {
        return redactedHeaderValue(name, value);
    };
    QJsonObject timing;
    if (x.ttfbMs)
        timing.insert(u"ttfb_ms", *x.ttfbMs);
    if (x.ttftMs)
        timing.insert(u"ttft_ms", *x.ttftMs);
    if (x.latencyMs)
        timing.insert(u"total_ms", *x.latencyMs);
    QJsonObject raw {
        {QStringLiteral("upstream"), x.upstream},
        {QStringLiteral("request"),
         QJsonObject {{QStringLiteral("method"), QString::fromLatin1(x.method)},
                      {QStringLiteral("target"),
                       QString::fromStdString(SecretRedactor::redactUrl(view(x.target)))},
                      {QStringLiteral("headers"), headersObject(x.requestHeaders, clean)},
                      {QStringLiteral("body_bytes"), x.requestBytes},
                      {QStringLiteral("body_recorded"), r.tracked && !x.requestOverLimit}}},
        {QStringLiteral("response"),
         QJsonObject {{QStringLiteral("status"), x.status},
                      {QStringLiteral("headers"), headersObject(x.responseHeaders, clean)},
                      {QStringLiteral("body_bytes"), x.responseBytes},
                      {QStringLiteral("event_stream"), x.eventStream},
                      {QStringLiteral("body_recorded"), r.tracked && !x.responseOverLimit}}},
        {QStringLiteral("timing"), timing},
        {QStringLiteral("client_disconnected"), x.clientDisconnected},
        {QStringLiteral("do_not_track"), !r.tracked}};
    if (!x.error.isEmpty())
        raw.insert(u"error", x.error);
    // Headers are clean by now; the error and upstream texts may quote a URL with a key.
    r.raw = SecretRedactor::redactedBytes(QJsonDocument(raw).toJson(QJsonDocument::Compact));
    r.rawFormat = QStringLiteral("gatescope-proxy");
    SecretRedactor::redactFields(r); // metadata under a secret key, a config id holding one...
    return r;
}
