// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressprinter.h"

#include <cstdio>
#include <unistd.h>

ProgressPrinter::ProgressPrinter(const QString &what)
    : m_what(what)
    , m_terminal(isatty(fileno(stderr)))
{
    m_sinceStart.start();
}

void ProgressPrinter::update(qint64 done, qint64 total, const QString &detail)
{
    const qint64 now = m_sinceStart.elapsed();
    const qint64 interval = m_terminal ? 100 : 3000;
    if (m_lastPrintMs >= 0 && now - m_lastPrintMs < interval)
        return;
    m_lastPrintMs = now;
    if (total <= 0) {
        if (m_terminal)
            std::fprintf(stderr, "\r%s: %s\x1b[K", qPrintable(m_what), qPrintable(detail));
        else
            std::fprintf(stderr, "%s: %s\n", qPrintable(m_what), qPrintable(detail));
        std::fflush(stderr);
        return;
    }
    const int percent = int(qBound<qint64>(0, done, total) * 100 / total);
    if (m_terminal) {
        constexpr int width = 30;
        const int filled = percent * width / 100;
        const QByteArray bar = QByteArray(filled, '#') + QByteArray(width - filled, '-');
        std::fprintf(stderr, "\r%s [%s] %3d%% %s\x1b[K", qPrintable(m_what), bar.constData(),
                     percent, qPrintable(detail));
    } else {
        std::fprintf(stderr, "%s: %d%% %s\n", qPrintable(m_what), percent, qPrintable(detail));
    }
    std::fflush(stderr);
}

void ProgressPrinter::finish(const QString &detail)
{
    if (m_terminal)
        std::fprintf(stderr, "\r%s: %s\x1b[K\n", qPrintable(m_what), qPrintable(detail));
    else
        std::fprintf(stderr, "%s: %s\n", qPrintable(m_what), qPrintable(detail));
    std::fflush(stderr);
}

void ProgressPrinter::clear()
{
    if (m_terminal && m_lastPrintMs >= 0) {
        std::fprintf(stderr, "\r\x1b[K");
        std::fflush(stderr);
    }
}

void ProgressPrinter::note(const QString &detail)
{
    finish(detail); // a whole line of its own; later updates start a new one
}
