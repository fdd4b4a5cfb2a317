// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

// GATESCOPE_IMPORT_PHASES (see importer.cpp): the end of a bulk import and the full-text
// writer report where their time goes on stderr, "phase<TAB>name<TAB>wall s<TAB>CPU s", when
// a PhaseTimer of that name goes out of scope. Silent without the variable.
class PhaseTimer
{
public:
    explicit PhaseTimer(const char *name);
    ~PhaseTimer();
    PhaseTimer(const PhaseTimer &) = delete;
    PhaseTimer &operator=(const PhaseTimer &) = delete;

private:
    const char *m_name;
    bool m_on;
    QElapsedTimer m_timer;
    double m_cpu;
};
