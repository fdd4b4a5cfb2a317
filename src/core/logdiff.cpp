// SPDX-License-Identifier: GPL-3.0-or-later
#include "logdiff.h"

#include "logprompt.h"
#include "recordenums.h"
#include "statuslabels.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {

// Compact JSON text keeping the source's key order (what JSON.stringify of the parsed body
// gives back, number spelling aside): whitespace outside strings removed.
QByteArray minified(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json.at(++i));
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out.append(c);
        }
    }
    return out;
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString compact(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(v.toDouble(), 'g', 15);
}

QString messageText(const QJsonValue &m)
{
    if (m.isUndefined())
        return {};
    const QJsonObject message = m.toObject();
    QString text = message.value(u"role").toString() + QStringLiteral(": ")
        + LogPrompt::contentText(message.value(u"content"));
    if (message.contains(u"tool_calls"))
        text += QStringLiteral(" [tool_calls] ") + compact(message.value(u"tool_calls"));
    return text;
}

template<typename T> QString number(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QString();
}

QString cost(const LogRecord &r)
{
    if (!r.costCents)
        return {};
    return QStringLiteral("%1 ¢%2")
        .arg(*r.costCents, 0, 'f', 4)
        .arg(r.costEstimated ? u" (est.)" : u"");
}

// The request's headers as the raw record keeps them: the recording proxy's request.headers, a
// Portkey log object's request.headers and request.portkeyHeaders (names lower-cased).
QJsonObject requestHeaders(const QJsonObject &raw)
{
    const QJsonObject request = raw.value(u"request").toObject();
    QJsonObject out;
    for (const QLatin1String key : {QLatin1String("headers"), QLatin1String("portkeyHeaders")}) {
        const QJsonObject headers = request.value(key).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            out.insert(it.key().toLower(), it.value());
    }
    return out;
}

QJsonObject responseHeaders(const QJsonObject &raw)
{
    QJsonObject out;
    const QJsonObject headers = raw.value(u"response").toObject().value(u"headers").toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        out.insert(it.key().toLower(), it.value());
    return out;
}

// x-portkey-* request and response headers of a log that recorded them (the recording proxy, a
// Portkey log object; the gateway's log stream has none).
QMap<QString, QString> portkeyHeaders(const LogRecord &r)
{
    QMap<QString, QString> out;
    const QJsonObject raw = objectOf(r.raw);
    const auto collect = [&](const QJsonObject &headers, const QString &prefix) {
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().startsWith(u"x-portkey-"))
                out.insert(prefix + it.key(), it.value().toString());
        }
    };
    collect(requestHeaders(raw), QStringLiteral("request "));
    collect(responseHeaders(raw), QStringLiteral("response "));
    return out;
}

bool isHit(const QString &status)
{
    return status == u"HIT" || status == u"SEMANTIC HIT";
}

} // namespace

QString LogDiff::CacheKey::hash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(body + '-' + url.toUtf8()), QCryptographicHash::Sha256)
            .toHex());
}

QJsonObject LogDiff::CacheKey::toJson() const
{
    QJsonObject o {{QStringLiteral("mode"), mode.isEmpty() ? QJsonValue() : QJsonValue(mode)},
                   {QStringLiteral("status"), status.isEmpty() ? QJsonValue() : QJsonValue(status)},
                   {QStringLiteral("url"), url},
                   {QStringLiteral("force_refresh"), forceRefresh},
                   {QStringLiteral("stream"), stream},
                   {QStringLiteral("key"), hash()}};
    if (!gatewayKey.isEmpty())
        o.insert(u"gateway_key", gatewayKey);
    return o;
}

LogDiff::CacheKey LogDiff::CacheKey::read(const LogRecord &r)
{
    CacheKey k;
    k.body = minified(r.request);
    k.status = RecordEnums::cacheStateToPortkey(r.cache);
    k.stream = r.stream.value_or(false);
    k.url = QString(r.provider + u' ' + r.endpoint).trimmed();
    const QJsonObject raw = objectOf(r.raw);
    if (const QJsonObject headers = requestHeaders(raw); !headers.isEmpty()) {
        // The client's headers (recording proxy, Portkey log object).
        k.forceRefresh = headers.contains(u"x-portkey-cache-force-refresh");
        k.mode = headers.value(u"x-portkey-cache").toString();
        if (k.mode.isEmpty()) {
            const QJsonValue cache
                = objectOf(headers.value(u"x-portkey-config").toString().toUtf8()).value(u"cache");
            k.mode
                = cache.isObject() ? cache.toObject().value(u"mode").toString() : cache.toString();
        }
        const QString status = responseHeaders(raw).value(u"x-portkey-cache-status").toString();
        if (!status.isEmpty())
            k.status = status.toUpper();
    } else if (const QJsonArray options = raw.value(u"requestOptions").toArray();
               !options.isEmpty()) {
        // A gateway log event: the serving (last) attempt carries the cache fields.
        const QJsonObject last = options.last().toObject();
        const QJsonObject provider = last.value(u"providerOptions").toObject();
        k.mode = last.value(u"cacheMode").toString();
        if (k.mode == u"DISABLED")
            k.mode.clear();
        k.status = last.value(u"cacheStatus").toString(k.status);
        k.gatewayKey = last.value(u"cacheKey").toString();
        const QString url = provider.value(u"requestURL").toString();
        if (!url.isEmpty())
            k.url = url;
        // What the gateway hashes is the body sent on (requestParams: override_params applied).
        const QJsonObject params = last.value(u"requestParams").toObject();
        if (!params.isEmpty() && params != objectOf(r.request))
            k.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
        if (params.value(u"stream").toBool())
            k.stream = true;
    }
    return k;
}

QStringList LogDiff::jsonDifferences(const QJsonValue &a, const QJsonValue &b, const QString &path)
{
    QStringList out;
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys();
        for (const QString &key : y.keys()) {
            if (!x.contains(key))
                keys << key;
        }
        for (const QString &key : keys) {
            out << jsonDifferences(x.value(key), y.value(key),
                                   path.isEmpty() ? key : path + u'.' + key);
        }
        return out;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
            out << jsonDifferences(i < x.size() ? x.at(i) : QJsonValue(QJsonValue::Undefined),
                                   i < y.size() ? y.at(i) : QJsonValue(QJsonValue::Undefined),
                                   path + QStringLiteral("[%1]").arg(i));
        }
        return out;
    }
    if (a != b)
        out << path;
    return out;
}

LogDiff LogDiff::compare(const LogRecord &left, const LogRecord &right)
{
    LogDiff d;
    d.leftId = left.id;
    d.rightId = right.id;
    const auto add
        = [&d](const QString &section, const QString &field, const QString &l, const QString &r) {
              d.rows.append({section, field, l, r, l != r});
          };

    add(QStringLiteral("Request"), QStringLiteral("time"),
        left.createdAt.toString(Qt::ISODateWithMs), right.createdAt.toString(Qt::ISODateWithMs));
    add(QStringLiteral("Request"), QStringLiteral("endpoint"), left.method + u' ' + left.endpoint,
        right.method + u' ' + right.endpoint);
    add(QStringLiteral("Request"), QStringLiteral("provider"), left.provider, right.provider);
    add(QStringLiteral("Request"), QStringLiteral("model"), left.model, right.model);
    add(QStringLiteral("Request"), QStringLiteral("status code"), number(left.statusCode),
        number(right.statusCode));
    add(QStringLiteral("Request"), QStringLiteral("config"), left.configId, right.configId);
    add(QStringLiteral("Request"), QStringLiteral("served target"), left.servedTarget,
        right.servedTarget);

    // Parameters: the body's top-level keys but the conversation itself.
    const QJsonObject lb = objectOf(left.request), rb = objectOf(right.request);
    QStringList keys = lb.keys();
    for (const QString &k : rb.keys()) {
        if (!lb.contains(k))
            keys << k;
    }
    keys.sort();
    for (const QString &k : std::as_const(keys)) {
        if (k == u"messages" || k == u"prompt" || k == u"input")
            continue;
        add(QStringLiteral("Parameters"), k, compact(lb.value(k)), compact(rb.value(k)));
    }

    const LogPrompt lp = LogPrompt::read(left), rp = LogPrompt::read(right);
    const qsizetype messages = qMax(lp.messages.size(), rp.messages.size());
    for (qsizetype i = 0; i < messages; ++i) {
        add(QStringLiteral("Messages"), QStringLiteral("messages[%1]").arg(i),
            i < lp.messages.size() ? messageText(lp.messages.at(i)) : QString(),
            i < rp.messages.size() ? messageText(rp.messages.at(i)) : QString());
    }
    if (!lp.prompt.isEmpty() || !rp.prompt.isEmpty())
        add(QStringLiteral("Messages"), QStringLiteral("prompt"), lp.prompt, rp.prompt);

    const QMap<QString, QString> lh = portkeyHeaders(left), rh = portkeyHeaders(right);
    QMap<QString, QString> headerNames = lh;
    headerNames.insert(rh);
    for (auto it = headerNames.begin(); it != headerNames.end(); ++it)
        add(QStringLiteral("Headers"), it.key(), lh.value(it.key()), rh.value(it.key()));

    add(QStringLiteral("Status"), QStringLiteral("cache"), StatusLabels::cache(left),
        StatusLabels::cache(right));
    add(QStringLiteral("Status"), QStringLiteral("retry"), StatusLabels::retry(left),
        StatusLabels::retry(right));
    add(QStringLiteral("Status"), QStringLiteral("fallback"), StatusLabels::fallback(left),
        StatusLabels::fallback(right));
    add(QStringLiteral("Status"), QStringLiteral("load balancer"), StatusLabels::loadbalance(left),
        StatusLabels::loadbalance(right));

    add(QStringLiteral("Usage"), QStringLiteral("prompt tokens"), number(left.promptTokens),
        number(right.promptTokens));
    add(QStringLiteral("Usage"), QStringLiteral("completion tokens"), number(left.completionTokens),
        number(right.completionTokens));
    add(QStringLiteral("Usage"), QStringLiteral("total tokens"), number(left.totalTokens),
        number(right.totalTokens));
    add(QStringLiteral("Usage"), QStringLiteral("reasoning tokens"), number(left.reasoningTokens),
        number(right.reasoningTokens));
    add(QStringLiteral("Usage"), QStringLiteral("cache read tokens"), number(left.cacheReadTokens),
        number(right.cacheReadTokens));
    add(QStringLiteral("Usage"), QStringLiteral("cache write tokens"),
        number(left.cacheWriteTokens), number(right.cacheWriteTokens));
    add(QStringLiteral("Usage"), QStringLiteral("cost"), cost(left), cost(right));
    add(QStringLiteral("Usage"), QStringLiteral("latency ms"), number(left.latencyMs),
        number(right.latencyMs));
    add(QStringLiteral("Usage"), QStringLiteral("time to first token ms"), number(left.ttftMs),
        number(right.ttftMs));

    d.answerLeft = lp.answer;
    d.answerRight = rp.answer;
    d.answer = WordDiff::diff(lp.answer, rp.answer);

    // The simple cache's key: body + URL. Everything else only switches the cache.
    d.cacheLeft = CacheKey::read(left);
    d.cacheRight = CacheKey::read(right);
    const CacheKey &a = d.cacheLeft, &b = d.cacheRight;
    const auto yesNo = [](bool v) {
        return v ? QStringLiteral("yes") : QStringLiteral("no");
    };
    add(QStringLiteral("Cache"), QStringLiteral("cache mode"), a.mode, b.mode);
    add(QStringLiteral("Cache"), QStringLiteral("cache status"), a.status, b.status);
    add(QStringLiteral("Cache"), QStringLiteral("force refresh"), yesNo(a.forceRefresh),
        yesNo(b.forceRefresh));
    add(QStringLiteral("Cache"), QStringLiteral("stream"), yesNo(a.stream), yesNo(b.stream));
    add(QStringLiteral("Cache"), QStringLiteral("provider URL"), a.url, b.url);
    add(QStringLiteral("Cache"), QStringLiteral("simple-cache key"), a.hash(), b.hash());
    if (a.url != b.url)
        d.cacheKeyDifferences << QStringLiteral("provider URL");
    if (a.body != b.body) {
        const QStringList paths = jsonDifferences(objectOf(a.body), objectOf(b.body));
        if (paths.isEmpty())
            d.cacheKeyDifferences << QStringLiteral("body key order or spelling");
        for (const QString &p : paths)
            d.cacheKeyDifferences << QStringLiteral("body.") + p;
    }

    // Each side's reasons, "%1" for its id; a reason both share is said once.
    const auto side = [](const CacheKey &k) {
        QStringList out;
        if (k.mode.isEmpty() && (k.status.isEmpty() || k.status == u"DISABLED"))
            out << QCoreApplication::translate("LogDiff",
                                               "%1: the cache was not enabled (no cache mode in "
                                               "the config or x-portkey-cache header), so it "
                                               "could not hit.");
        else if (!k.mode.isEmpty() && k.status == u"DISABLED")
            out << QCoreApplication::translate("LogDiff",
                                               "%1: cache mode %2 was asked for but the gateway "
                                               "reported DISABLED: its build has the cache "
                                               "compiled out (the npm 1.15.2 package does), so "
                                               "no request through it can hit.")
                       .arg(QStringLiteral("%1"), k.mode);
        else if (k.mode == u"semantic")
            out << QCoreApplication::translate("LogDiff",
                                               "%1: semantic mode, which the open-source gateway "
                                               "never serves from the cache.");
        if (k.forceRefresh)
            out << QCoreApplication::translate("LogDiff",
                                               "%1: sent x-portkey-cache-force-refresh, which "
                                               "skips the lookup (REFRESH) and stores the new "
                                               "answer.");
        if (k.stream)
            out << QCoreApplication::translate("LogDiff",
                                               "%1: a stream; the gateway never stores streamed "
                                               "answers.");
        return out;
    };
    const QStringList leftWhy = side(a), rightWhy = side(b);
    QStringList &why = d.cacheExplanation;
    for (const QString &s : leftWhy)
        why << s.arg(rightWhy.contains(s) ? QCoreApplication::translate("LogDiff", "Both")
                                          : left.id);
    for (const QString &s : rightWhy) {
        if (!leftWhy.contains(s))
            why << s.arg(right.id);
    }
    if (d.cacheKeyDifferences.isEmpty()) {
        why << QCoreApplication::translate("LogDiff",
                                           "Both requests have the same simple-cache key "
                                           "(SHA-256 of body and provider URL: %1).")
                   .arg(a.hash());
        if (isHit(a.status) != isHit(b.status))
            why << QCoreApplication::translate(
                "LogDiff",
                "Same key, so the one that missed either came first and filled the cache, found "
                "the entry expired (max_age), skipped it with force-refresh, or went through "
                "another gateway process (the open-source cache is in memory, per process).");
    } else {
        why << QCoreApplication::translate("LogDiff",
                                           "The simple-cache keys differ (%1 vs %2) in: %3. A "
                                           "request only hits an entry stored under its exact "
                                           "key.")
                   .arg(a.hash().left(12), b.hash().left(12),
                        d.cacheKeyDifferences.join(QStringLiteral(", ")));
    }
    // The cache rows come right after the request's, where the question is asked.
    static const QStringList order {QStringLiteral("Request"),    QStringLiteral("Cache"),
                                    QStringLiteral("Parameters"), QStringLiteral("Messages"),
                                    QStringLiteral("Headers"),    QStringLiteral("Status"),
                                    QStringLiteral("Usage")};
    std::stable_sort(d.rows.begin(), d.rows.end(), [](const Row &x, const Row &y) {
        return order.indexOf(x.section) < order.indexOf(y.section);
    });
    return d;
}

QList<LogDiff::Row> LogDiff::differingRows() const
{
    QList<Row> out;
    for (const Row &r : rows) {
        if (r.differs)
            out << r;
    }
    return out;
}

QJsonObject LogDiff::toJson() const
{
    QJsonArray fields;
    for (const Row &r : rows) {
        fields.append(QJsonObject {{QStringLiteral("section"), r.section},
                                   {QStringLiteral("field"), r.field},
                                   {QStringLiteral("left"), r.left},
                                   {QStringLiteral("right"), r.right},
                                   {QStringLiteral("differs"), r.differs}});
    }
    QJsonArray pieces;
    for (const WordDiff::Piece &p : answer) {
        pieces.append(QJsonObject {{QStringLiteral("op"),
                                    p.op == WordDiff::Op::Equal         ? QStringLiteral("equal")
                                        : p.op == WordDiff::Op::Removed ? QStringLiteral("removed")
                                                                        : QStringLiteral("added")},
                                   {QStringLiteral("text"), p.text}});
    }
    return QJsonObject {
        {QStringLiteral("left"), leftId},
        {QStringLiteral("right"), rightId},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("answer"),
         QJsonObject {{QStringLiteral("left"), answerLeft},
                      {QStringLiteral("right"), answerRight},
                      {QStringLiteral("changed"), WordDiff::changed(answer)},
                      {QStringLiteral("diff"), pieces}}},
        {QStringLiteral("cache"),
         QJsonObject {
             {QStringLiteral("left"), cacheLeft.toJson()},
             {QStringLiteral("right"), cacheRight.toJson()},
             {QStringLiteral("same_key"), sameCacheKey()},
             {QStringLiteral("key_differences"), QJsonArray::fromStringList(cacheKeyDifferences)},
             {QStringLiteral("explanation"), QJsonArray::fromStringList(cacheExplanation)}}}};
}

QString LogDiff::toText() const
{
    QString out = QStringLiteral("left:  %1\nright: %2\n").arg(leftId, rightId);
    QString section;
    for (const Row &r : rows) {
        if (!r.differs)
            continue;
        if (r.section != section) {
            section = r.section;
            out += u'\n' + section + u'\n';
        }
        out += QStringLiteral("  %1\n    - %2\n    + %3\n")
                   .arg(r.field, r.left.isEmpty() ? QStringLiteral("(none)") : r.left,
                        r.right.isEmpty() ? QStringLiteral("(none)") : r.right);
    }
    out += QStringLiteral("\nAnswer%1\n  ")
               .arg(WordDiff::changed(answer) ? QString() : QStringLiteral(" (the same)"));
    for (const WordDiff::Piece &p : answer) {
        if (p.op == WordDiff::Op::Equal)
            out += p.text;
        else if (p.op == WordDiff::Op::Removed)
            out += QStringLiteral("[-") + p.text + QStringLiteral("-]");
        else
            out += QStringLiteral("{+") + p.text + QStringLiteral("+}");
    }
    out += QStringLiteral("\n\nCache (%1 / %2)\n")
               .arg(cacheLeft.status.isEmpty() ? QStringLiteral("unknown") : cacheLeft.status,
                    cacheRight.status.isEmpty() ? QStringLiteral("unknown") : cacheRight.status);
    for (const QString &s : cacheExplanation)
        out += QStringLiteral("  ") + s + u'\n';
    return out;
}
