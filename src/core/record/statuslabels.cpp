// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuslabels.h"

#include <QCoreApplication>

namespace StatusLabels {

QString cache(const LogRecord &r)
{
    switch (r.cache) {
    case CacheState::Disabled:
        return QCoreApplication::translate("StatusLabels", "Cache Disabled");
    case CacheState::Miss:
    case CacheState::SemanticMiss:
        return QCoreApplication::translate("StatusLabels", "Cache Miss");
    case CacheState::Refreshed:
        return QCoreApplication::translate("StatusLabels", "Cache Refreshed");
    case CacheState::Hit:
        return QCoreApplication::translate("StatusLabels", "Cache Hit");
    case CacheState::SemanticHit:
        return QCoreApplication::translate("StatusLabels", "Cache Semantic Hit");
    case CacheState::Unknown:
        break;
    }
    return QCoreApplication::translate("StatusLabels", "Cache Unknown");
}

QString retry(const LogRecord &r)
{
    if (!r.retryCount)
        return QCoreApplication::translate("StatusLabels", "Retry Unknown");
    if (*r.retryCount == 0)
        return QCoreApplication::translate("StatusLabels", "Retry Not Triggered");
    if (*r.retryCount < 0)
        return QCoreApplication::translate("StatusLabels", "Retry Failed");
    // Portkey prints the x-portkey-retry-attempt-count value as {x} (portkey-api.md 16.12).
    return QCoreApplication::translate("StatusLabels", "Retry Success on %1 Tries")
        .arg(*r.retryCount);
}

QString fallback(const LogRecord &r)
{
    if (!r.fallbackActive)
        return QCoreApplication::translate("StatusLabels", "Fallback Unknown");
    return *r.fallbackActive ? QCoreApplication::translate("StatusLabels", "Fallback Active")
                             : QCoreApplication::translate("StatusLabels", "Fallback Disabled");
}

QString loadbalance(const LogRecord &r)
{
    if (!r.loadbalanceActive)
        return QCoreApplication::translate("StatusLabels", "Loadbalancer Unknown");
    return *r.loadbalanceActive
        ? QCoreApplication::translate("StatusLabels", "Loadbalancer Active")
        : QCoreApplication::translate("StatusLabels", "Loadbalancer Disabled");
}

QStringList all(const LogRecord &r)
{
    return {cache(r), retry(r), fallback(r), loadbalance(r)};
}

} // namespace StatusLabels
