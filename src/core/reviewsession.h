// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class LogStore;

// Review mode: steps one at a time through the logs of a filter that have no feedback, each
// claimed in the store for a few minutes so that several reviewers of one PostgreSQL store never
// get the same log. Gives feedback (a value -10..10, a weight, a note in metadata "text") and
// moves on, skips (releases the log, not offered again in this session), undoes the last
// feedback (removes it and goes back to that log). Optionally keeps the log after the current
// one claimed and loaded, so that a window shows it at once. Runs every store call in the
// calling thread: a window keeps it on its store worker; it never touches a widget.
class ReviewSession
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSession)

public:
    static constexpr int kDefaultClaimSeconds = 300;

    struct Progress
    {
        qint64 reviewed = 0; // logs of the filter with feedback (from anyone)
        qint64 total = 0; // logs of the filter
    };

    // reviewer: empty for defaultReviewer().
    ReviewSession(LogStore *store, const QString &filter, const QString &reviewer = {},
                  int claimSeconds = kDefaultClaimSeconds);
    ReviewSession(const ReviewSession &) = delete;
    ReviewSession &operator=(const ReviewSession &) = delete;

    // The name feedback carries in _user and claims are held by: the OS user, as feedback
    // given in the main window (so it stays "your own" there).
    static QString defaultReviewer();
    // The metadata key the note goes to (Portkey's own example keeps a note there).
    static QString noteKey() { return QStringLiteral("text"); }

    QString filter() const { return m_filter; }
    QString reviewer() const { return m_reviewer; }
    int claimSeconds() const { return m_claimSeconds; }
    // Keep the next log claimed and loaded (before start()).
    void setPrefetch(bool on) { m_prefetch = on; }

    // Claims the first log (this reviewer's own unexpired claim first: a review resumed after a
    // crash). True with no current() when nothing is left.
    bool start(QString *error);
    // The log under review and the one after it (prefetch), whole: bodies and feedback.
    const std::optional<LogRecord> &current() const { return m_current; }
    const std::optional<LogRecord> &upcoming() const { return m_upcoming; }
    bool atEnd() const { return !m_current; }

    std::optional<Progress> progress(QString *error);

    // Feedback on the current log, then the next one. False with an error when it could not be
    // saved: the log stays, unless it was lost (another reviewer took it over after the claim
    // ran out, or its trace got feedback meanwhile), which the error says; then it moved on.
    bool rate(double value, QString *error, const QString &note = {}, double weight = 1);
    // Releases the current log and moves on; it is not offered again in this session.
    bool skip(QString *error);
    bool canUndo() const { return !m_given.isEmpty(); }
    // Removes the last feedback this session gave and goes back to its log.
    bool undo(QString *error);
    // Renews the claims held (call every claimSeconds / 3 while a log is shown). False when the
    // current log was lost meanwhile; then it moved on.
    bool renew(QString *error);
    // Releases every claim held; the session is then at its end.
    bool finish(QString *error);

private:
    struct Given
    {
        qint64 rowId = 0;
        QString logId;
        QString feedbackId;
    };

    // The next claim in the filter, loaded whole; nullopt with an empty error when none is left.
    std::optional<LogRecord> claimNext(QString *error);
    std::optional<LogRecord> load(qint64 rowId, QString *error);
    // Drops the current log (its claim released or lost) and takes the upcoming one, or the
    // next claim; then prefetches. lostTrace: a trace that just got feedback.
    bool advance(QString *error, const QString &lostTrace = {});
    bool prefetch(QString *error);
    void release(std::optional<LogRecord> &log);

    LogStore *m_store;
    QString m_filter;
    QString m_reviewer;
    int m_claimSeconds;
    bool m_prefetch = false;
    std::optional<LogRecord> m_current;
    std::optional<LogRecord> m_upcoming;
    QList<qint64> m_skipped;
    QList<Given> m_given;
};
