// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuschip.h"

#include "record/statuslabels.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusChip", text);
}

} // namespace

QList<StatusChip> StatusChip::forRecord(const LogRecord &r)
{
    QList<StatusChip> chips;
    if (r.statusCode) {
        const int code = *r.statusCode;
        chips.append({QString::number(code), tr("HTTP status %1").arg(code),
                      code >= 500       ? Tone::Error
                          : code >= 400 ? Tone::Warning
                                        : Tone::Muted});
    } else {
        chips.append({tr("HTTP ?"), tr("HTTP status unknown"), Tone::Unknown});
    }

    // States the source could not know share one chip, so a live-stream row is not a row of "?".
    QStringList unknown;
    const QString cacheLabel = StatusLabels::cache(r);
    switch (r.cache) {
    case CacheState::Hit:
        chips.append({tr("Cache hit"), cacheLabel, Tone::Good});
        break;
    case CacheState::SemanticHit:
        chips.append({tr("Semantic hit"), cacheLabel, Tone::Good});
        break;
    case CacheState::Miss:
        chips.append({tr("Cache miss"), cacheLabel, Tone::Muted});
        break;
    case CacheState::SemanticMiss:
        chips.append({tr("Semantic miss"), cacheLabel, Tone::Muted});
        break;
    case CacheState::Refreshed:
        chips.append({tr("Refreshed"), cacheLabel, Tone::Active});
        break;
    case CacheState::Unknown:
        unknown << cacheLabel;
        break;
    case CacheState::Disabled:
        break;
    }

    const QString retryLabel = StatusLabels::retry(r);
    if (!r.retryCount)
        unknown << retryLabel;
    else if (*r.retryCount < 0)
        chips.append({tr("Retry failed"), retryLabel, Tone::Error});
    else if (*r.retryCount > 0)
        chips.append({tr("Retry \u00d7%1").arg(*r.retryCount), retryLabel, Tone::Warning});

    const QString fallbackLabel = StatusLabels::fallback(r);
    if (!r.fallbackActive)
        unknown << fallbackLabel;
    else if (*r.fallbackActive)
        chips.append({tr("Fallback"), fallbackLabel, Tone::Active});

    const QString lbLabel = StatusLabels::loadbalance(r);
    if (!r.loadbalanceActive)
        unknown << lbLabel;
    else if (*r.loadbalanceActive)
        chips.append({tr("Loadbalance"), lbLabel, Tone::Active});
    if (!unknown.isEmpty())
        chips.append({tr("Unknown"), unknown.join(QLatin1Char('\n')), Tone::Unknown});
    return chips;
}

QString StatusChip::summary(const LogRecord &r)
{
    QStringList lines;
    lines << (r.statusCode ? tr("HTTP status %1").arg(*r.statusCode) : tr("HTTP status unknown"));
    lines << StatusLabels::all(r);
    return lines.join(QLatin1Char('\n'));
}
