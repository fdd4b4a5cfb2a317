// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

// How far a long store operation (LogStore::deleteLogs, forgetContent) has come, for the thread
// that runs it: the backends report after each committed batch, the caller (a worker job, the
// command line) installs a handler for the time of the call. Per thread, so two workers never
// see each other's progress; the LogStore interface stays as it is.
namespace StoreProgress {

// done: how many logs the operation has handled so far.
using Handler = std::function<void(qint64 done)>;

// Installs handler on this thread until the returned guard goes out of scope.
class Scope
{
public:
    explicit Scope(Handler handler);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    Handler m_previous;
};

void report(qint64 done);

} // namespace StoreProgress
