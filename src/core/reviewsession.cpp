// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsession.h"

#include "feedbacksync.h"
#include "logstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

ReviewSession::ReviewSession(LogStore *store, const QString &filter, const QString &reviewer,
                             int claimSeconds)
    : m_store(store)
    , m_filter(filter.trimmed())
    , m_reviewer(reviewer.trimmed().isEmpty() ? defaultReviewer() : reviewer.trimmed())
    , m_claimSeconds(qMax(10, claimSeconds))
{ }

QString ReviewSession::defaultReviewer()
{
    return FeedbackSync::localUser();
}

bool ReviewSession::start(QString *error)
{
    if (!m_current) {
        m_current = claimNext(error);
        if (!m_current && error && !error->isEmpty())
            return false;
    }
    return prefetch(error);
}

std::optional<ReviewSession::Progress> ReviewSession::progress(QString *error)
{
    const std::optional<qint64> total = m_store->count(m_filter, error);
    if (!total)
        return std::nullopt;
    // Terms are ANDed and OR binds closer (DESIGN.md 6): this is "(filter) AND feedback:any".
    const QString reviewed = m_filter.isEmpty() ? QStringLiteral("feedback:any")
                                                : m_filter + QStringLiteral(" feedback:any");
    const std::optional<qint64> done = m_store->count(reviewed, error);
    if (!done)
        return std::nullopt;
    return Progress {*done, *total};
}

std::optional<LogRecord> ReviewSession::load(qint64 rowId, QString *error)
{
    std::optional<LogRecord> whole = m_store->recordByRowId(rowId, error);
    if (!whole && error && error->isEmpty())
        *error = tr("The log could not be loaded.");
    return whole;
}

std::optional<LogRecord> ReviewSession::claimNext(QString *error)
{
    QList<qint64> passOver = m_skipped;
    if (m_current)
        passOver.append(m_current->rowId);
    if (m_upcoming)
        passOver.append(m_upcoming->rowId);
    QString why;
    const std::optional<LogRecord> claimed
        = m_store->claimNextForReview(m_filter, m_reviewer, m_claimSeconds, &why, passOver);
    if (!claimed) {
        if (error)
            *error = why; // empty: nothing left
        return std::nullopt;
    }
    std::optional<LogRecord> whole = load(claimed->rowId, error);
    if (!whole)
        m_store->releaseReviewClaim(claimed->rowId, m_reviewer, nullptr);
    return whole;
}

bool ReviewSession::prefetch(QString *error)
{
    if (!m_prefetch || !m_current || m_upcoming)
        return true;
    QString why;
    m_upcoming = claimNext(&why);
    if (!m_upcoming && !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

void ReviewSession::release(std::optional<LogRecord> &log)
{
    if (log)
        m_store->releaseReviewClaim(log->rowId, m_reviewer, nullptr);
    log.reset();
}

bool ReviewSession::advance(QString *error, const QString &lostTrace)
{
    m_current.reset();
    // The prefetched log is claimed already; the claim is renewed, which also checks that it
    // still has no feedback (one of its trace may have got some meanwhile, also just now).
    while (m_upcoming) {
        std::optional<LogRecord> next = std::move(m_upcoming);
        m_upcoming.reset();
        if (!lostTrace.isEmpty() && next->traceId == lostTrace) {
            release(next);
            continue;
        }
        QString why;
        if (m_store->claimForReview(next->rowId, m_reviewer, m_claimSeconds, &why)) {
            m_current = std::move(next);
            break;
        }
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
    }
    if (!m_current) {
        QString why;
        m_current = claimNext(&why);
        if (!m_current && !why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
    }
    return prefetch(error);
}

bool ReviewSession::rate(double value, QString *error, const QString &note, double weight)
{
    if (!m_current) {
        if (error)
            *error = tr("No log is under review.");
        return false;
    }
    QString why;
    // Still ours? A claim that ran out (a laptop asleep) may have been taken over.
    if (!m_store->claimForReview(m_current->rowId, m_reviewer, m_claimSeconds, &why)) {
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        if (error)
            *error = tr("Not saved: another reviewer took this log over after your claim ran "
                        "out, or its trace got feedback meanwhile. Here is the next one.");
        advance(nullptr);
        return false;
    }
    FeedbackEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.value = qBound(-10.0, value, 10.0);
    entry.weight = qBound(0.0, weight, 1.0);
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.metadata.insert(QStringLiteral("_user"), m_reviewer);
    if (!note.trimmed().isEmpty())
        entry.metadata.insert(noteKey(), note.trimmed());
    if (!m_store->addFeedback(m_current->id, entry, &why)) {
        if (error)
            *error = tr("Feedback not saved: %1").arg(why);
        return false;
    }
    m_given.append({m_current->rowId, m_current->id, entry.id});
    const QString trace = m_current->traceId;
    release(m_current);
    return advance(error, trace);
}

bool ReviewSession::skip(QString *error)
{
    if (!m_current)
        return true;
    m_skipped.append(m_current->rowId);
    release(m_current);
    return advance(error);
}

bool ReviewSession::undo(QString *error)
{
    if (m_given.isEmpty()) {
        if (error)
            *error = tr("Nothing to undo.");
        return false;
    }
    const Given last = m_given.takeLast();
    QString why;
    if (!m_store->removeFeedback(last.feedbackId, &why)) {
        m_given.append(last);
        if (error)
            *error = tr("The feedback could not be removed: %1").arg(why);
        return false;
    }
    // The logs shown and prefetched go back to the queue; the undone one comes first.
    release(m_upcoming);
    release(m_current);
    m_skipped.removeAll(last.rowId);
    if (m_store->claimForReview(last.rowId, m_reviewer, m_claimSeconds, &why)) {
        m_current = load(last.rowId, &why);
        if (!m_current) {
            m_store->releaseReviewClaim(last.rowId, m_reviewer, nullptr);
            if (error)
                *error = why;
            return false;
        }
        return prefetch(error);
    }
    // Feedback from someone else on its trace, or another reviewer holds it now.
    const bool ok = advance(error);
    if (ok && error)
        *error = why.isEmpty() ? tr("The feedback was removed; the log has other feedback or "
                                    "another reviewer has it now, so it is not shown again.")
                               : why;
    return false;
}

bool ReviewSession::renew(QString *error)
{
    if (m_upcoming) {
        QString why;
        if (!m_store->claimForReview(m_upcoming->rowId, m_reviewer, m_claimSeconds, &why)) {
            m_upcoming.reset(); // lost: another is fetched when it is needed
            if (!why.isEmpty()) {
                if (error)
                    *error = why;
                return false;
            }
        }
    }
    if (!m_current)
        return true;
    QString why;
    if (m_store->claimForReview(m_current->rowId, m_reviewer, m_claimSeconds, &why))
        return prefetch(error);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (error)
        *error = tr("This log got feedback or another reviewer took it over; here is the next "
                    "one.");
    advance(nullptr);
    return false;
}

bool ReviewSession::finish(QString *error)
{
    Q_UNUSED(error);
    release(m_upcoming);
    release(m_current);
    return true;
}
