// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeprogress.h"

namespace StoreProgress {

namespace {

thread_local Handler t_handler;

} // namespace

Scope::Scope(Handler handler)
    : m_previous(std::exchange(t_handler, std::move(handler)))
{ }

Scope::~Scope()
{
    t_handler = std::move(m_previous);
}

void report(qint64 done)
{
    if (t_handler)
        t_handler(done);
}

} // namespace StoreProgress
