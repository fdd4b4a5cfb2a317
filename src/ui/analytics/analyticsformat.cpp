// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsformat.h"

#include "record/costformat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace AnalyticsFormat {

QString utcIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString term(const QString &field, const QString &value)
{
    if (value.contains(u' ') || value.contains(u'"'))
        return field + QStringLiteral(":\"") + QString(value).replace(u'"', u'\'') + u'"';
    return field + u':' + value;
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString dollars(double cents)
{
    return CostFormat::text(cents);
}

int whole(double v)
{
    return int(std::clamp<double>(std::llround(v), 0, std::numeric_limits<int>::max()));
}

QString optionalNumber(const std::optional<double> &v, int decimals)
{
    return v ? QLocale::c().toString(*v, 'f', decimals) : QString();
}

} // namespace AnalyticsFormat
