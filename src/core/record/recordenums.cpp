// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordenums.h"

namespace RecordEnums {

namespace {

template<typename Enum, size_t N>
QString nameOf(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, size_t N>
Enum valueOf(const std::pair<Enum, const char *> (&table)[N], QStringView name, Enum fallback)
{
    for (const auto &[e, n] : table) {
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return e;
    }
    return fallback;
}

const std::pair<RequestType, const char *> kRequestTypes[] = {
    {RequestType::Chat, "chat"},           {RequestType::Completion, "completion"},
    {RequestType::Embedding, "embedding"}, {RequestType::Image, "image"},
    {RequestType::Audio, "audio"},         {RequestType::Responses, "responses"},
    {RequestType::Messages, "messages"},   {RequestType::Proxy, "proxy"},
    {RequestType::Other, "other"},
};

const std::pair<CacheState, const char *> kCacheStates[] = {
    {CacheState::Disabled, "disabled"},
    {CacheState::Miss, "miss"},
    {CacheState::SemanticMiss, "semantic_miss"},
    {CacheState::Refreshed, "refreshed"},
    {CacheState::Hit, "hit"},
    {CacheState::SemanticHit, "semantic_hit"},
};

const std::pair<Strategy, const char *> kStrategies[] = {
    {Strategy::Single, "single"},
    {Strategy::Fallback, "fallback"},
    {Strategy::Loadbalance, "loadbalance"},
    {Strategy::Conditional, "conditional"},
};

} // namespace

QString requestTypeName(RequestType type)
{
    return nameOf(kRequestTypes, type);
}
RequestType requestTypeFromName(QStringView name)
{
    return valueOf(kRequestTypes, name, RequestType::Unknown);
}

RequestType requestTypeFromEndpoint(QStringView endpoint)
{
    QStringView path = endpoint;
    if (const qsizetype q = path.indexOf(u'?'); q >= 0)
        path = path.left(q);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        return RequestType::Unknown;
    if (path.endsWith(u"/chat/completions"))
        return RequestType::Chat;
    if (path.endsWith(u"/completions"))
        return RequestType::Completion;
    if (path.endsWith(u"/embeddings"))
        return RequestType::Embedding;
    if (path.contains(u"/images/"))
        return RequestType::Image;
    if (path.contains(u"/audio/"))
        return RequestType::Audio;
    if (path.endsWith(u"/responses") || path.contains(u"/responses/"))
        return RequestType::Responses;
    if (path.endsWith(u"/messages"))
        return RequestType::Messages;
    return RequestType::Other;
}

QString cacheStateName(CacheState state)
{
    return nameOf(kCacheStates, state);
}
CacheState cacheStateFromName(QStringView name)
{
    return valueOf(kCacheStates, name, CacheState::Unknown);
}

QString cacheStateToPortkey(CacheState state)
{
    switch (state) {
    case CacheState::Disabled:
        return QStringLiteral("DISABLED");
    case CacheState::Miss:
        return QStringLiteral("MISS");
    case CacheState::SemanticMiss:
        return QStringLiteral("SEMANTIC MISS");
    case CacheState::Refreshed:
        return QStringLiteral("REFRESH");
    case CacheState::Hit:
        return QStringLiteral("HIT");
    case CacheState::SemanticHit:
        return QStringLiteral("SEMANTIC HIT");
    case CacheState::Unknown:
        break;
    }
    return {};
}

CacheState cacheStateFromPortkey(QStringView value)
{
    const QString v = value.trimmed().toString().toUpper().replace(u'_', u' ');
    if (v == u"DISABLED")
        return CacheState::Disabled;
    if (v == u"MISS")
        return CacheState::Miss;
    if (v == u"SEMANTIC MISS")
        return CacheState::SemanticMiss;
    if (v == u"REFRESH" || v == u"REFRESHED")
        return CacheState::Refreshed;
    if (v == u"HIT")
        return CacheState::Hit;
    if (v == u"SEMANTIC HIT")
        return CacheState::SemanticHit;
    return CacheState::Unknown;
}

QString strategyName(Strategy strategy)
{
    return nameOf(kStrategies, strategy);
}
Strategy strategyFromName(QStringView name)
{
    return valueOf(kStrategies, name.trimmed(), Strategy::Unknown);
}

} // namespace RecordEnums
