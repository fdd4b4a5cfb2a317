// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

// Progress on stderr while a command works: a bar redrawn in place on a terminal, a plain line
// every few seconds otherwise (CI logs, pipes), so long work is never silent.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(const QString &what);
    // total <= 0: no share known yet, the detail alone.
    void update(qint64 done, qint64 total, const QString &detail);
    void finish(const QString &detail);
    // A line that is always printed (a retry, a replaced link), never thinned out.
    void note(const QString &detail);
    // Ends without a line of its own (a failure is said once, by the caller): on a terminal the
    // bar is cleared.
    void clear();

private:
    QString m_what;
    bool m_terminal;
    QElapsedTimer m_sinceStart;
    qint64 m_lastPrintMs = -1;
};
