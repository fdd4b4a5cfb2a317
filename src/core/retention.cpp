// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "logstore.h"

#include <QRegularExpression>
#include <QTimeZone>

std::optional<qint64> Retention::parseAge(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,7})\\s*([hdw]?)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    const qint64 amount = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (amount <= 0) {
        if (error)
            *error = tr("'%1' is not an age: give a number of days, hours or weeks, like 30d, "
                        "12h or 2w")
                         .arg(text);
        return std::nullopt;
    }
    const QString unit = match.captured(2).toLower();
    const qint64 seconds = unit == u"h" ? 3600 : unit == u"w" ? 7 * 86400 : 86400;
    return amount * seconds;
}

std::optional<int> Retention::keepDays(LogStore &store, QString *error)
{
    QString why;
    const std::optional<QString> value = store.storeSetting(QLatin1String(kDaysSetting), &why);
    if (error)
        *error = why;
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int days = value->toInt(&ok);
    if (!ok || days <= 0)
        return std::nullopt; // "off", or a value written by hand: keep everything
    return days;
}

bool Retention::setKeepDays(LogStore &store, std::optional<int> days, QString *error)
{
    if (days && *days <= 0) {
        if (error)
            *error = tr("logs are kept for at least one day");
        return false;
    }
    return store.setStoreSetting(QLatin1String(kDaysSetting),
                                 days ? QString::number(*days) : QString(), error);
}

QString Retention::olderThanFilter(qint64 ageSeconds, const QDateTime &now, const QString &extra)
{
    const QDateTime cutoff = now.toTimeZone(QTimeZone::utc()).addSecs(-ageSeconds);
    const QString before = u"before:"_qs + cutoff.toString(u"yyyy-MM-ddTHH:mm:ss"_qs);
    return extra.trimmed().isEmpty() ? before : extra.trimmed() + u' ' + before;
}

std::optional<qint64> Retention::dueCount(LogStore &store, QString *error, const QDateTime &now)
{
    QString why;
    const std::optional<int> days = keepDays(store, &why);
    if (!days) {
        if (error)
            *error = why;
        if (!why.isEmpty())
            return std::nullopt;
        return 0;
    }
    return store.count(olderThanFilter(qint64(*days) * 86400, now), error);
}

std::optional<qint64> Retention::apply(LogStore &store, QString *error, const QDateTime &now,
                                       const std::atomic_bool *cancel)
{
    QString why;
    const std::optional<int> days = keepDays(store, &why);
    if (!days) {
        if (error)
            *error = why;
        if (!why.isEmpty())
            return std::nullopt;
        return 0;
    }
    const QString filter = olderThanFilter(qint64(*days) * 86400, now);
    // Nothing to do (the common case at start) costs a count, not a write lock.
    const std::optional<qint64> due = store.count(filter, error);
    if (!due || *due == 0)
        return due;
    return store.deleteLogs(filter, error, cancel);
}
