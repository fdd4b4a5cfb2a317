// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasetimer.h"

#include <QtGlobal>

#include <cstdio>
#include <ctime>

namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

PhaseTimer::PhaseTimer(const char *name)
    : m_name(name)
    , m_on(qEnvironmentVariableIsSet("GATESCOPE_IMPORT_PHASES"))
    , m_cpu(threadCpuSeconds())
{
    m_timer.start();
}

PhaseTimer::~PhaseTimer()
{
    if (m_on)
        std::fprintf(stderr, "phase\t%s\t%.3f\t%.3f\n", m_name,
                     double(m_timer.nsecsElapsed()) / 1e9, threadCpuSeconds() - m_cpu);
}
