// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A stretch of time in which a live source may have missed events: the stream was down, the
// gateway restarted (its event ids start at 0 again) or event ids jumped.
struct CaptureGap
{
    QDateTime from; // UTC: the last moment the capture is known to have seen everything
    QDateTime to; // UTC: when it was receiving again
    QString gateway; // the source, e.g. "http://127.0.0.1:8787"
    QString reason; // why a gap is suspected, in words

    // "events may be missing between 10:31:02 and 10:31:40" (local time)
    QString describe() const;
    bool operator==(const CaptureGap &) const = default;
};

// Keeps capture gaps in the SQLite store file, in a table of its own that the store does not
// manage: capture_gaps(started_at, ended_at, gateway, reason), times as ISO-8601 UTC text with
// milliseconds. The UI reads them back with gaps(). Opens its own QSQLITE connection, so it can
// sit beside a LogStore on the same file (WAL); one instance per thread.
class CaptureGapLog
{
public:
    CaptureGapLog();
    ~CaptureGapLog();
    CaptureGapLog(const CaptureGapLog &) = delete;
    CaptureGapLog &operator=(const CaptureGapLog &) = delete;

    // Creates the table when it is missing. False (with a reason) when the file cannot be
    // opened, or when it is not a SQLite file (a PostgreSQL store keeps no gaps yet).
    bool open(const QString &sqliteFile, QString *error);
    bool add(const CaptureGap &gap, QString *error);
    // Oldest first.
    QList<CaptureGap> gaps(QString *error) const;

private:
    QString m_connection;
};
