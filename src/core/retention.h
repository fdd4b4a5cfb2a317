// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <optional>

class LogStore;

// The store's retention policy: keep logs for N days (a setting of the store itself, shared by
// everyone who opens it; off unless set), and what applying it means: deleting the logs older
// than that. Also reads the ages a user types ("30d", "12h", "2w"). Knows no widgets; the app
// applies the policy at start and once a day, gatescope-cli prune on demand.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    static constexpr char kDaysSetting[] = "retention_days";

    // "30d", "12h", "2w" (also "30" for days): the age in seconds; nullopt and a reason
    // for anything else (zero and negative ages too).
    static std::optional<qint64> parseAge(const QString &text, QString *error = nullptr);

    // The days logs are kept; nullopt with an empty error when the policy is off (forever).
    static std::optional<int> keepDays(LogStore &store, QString *error);
    // nullopt turns the policy off.
    static bool setKeepDays(LogStore &store, std::optional<int> days, QString *error);

    // The filter of the logs created before now minus ageSeconds ("before:2026-11-01T12:00:00"),
    // joined with extra when given (a filter is the AND of its clauses).
    static QString olderThanFilter(qint64 ageSeconds, const QDateTime &now,
                                   const QString &extra = {});
    // How many logs applying the policy would delete now (0 when it is off).
    static std::optional<qint64> dueCount(LogStore &store, QString *error,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Deletes the logs the policy no longer keeps; 0 when it is off.
    static std::optional<qint64> apply(LogStore &store, QString *error,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                       const std::atomic_bool *cancel = nullptr);
};
