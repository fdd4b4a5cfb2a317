// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Files the app writes (exports, datasets) replace what is at their path. This says why a path
// must not be written: it is a SQLite database (a store, its full-text index, any other one) or
// one of a database's companion files (-wal, -shm, -journal). An export given its own store's
// path would otherwise replace every log in it with a text file. Empty: the path may be written.
// The reason is translated (the app shows it in its dialogs).
namespace OutputGuard {

QString whyNotWrite(const QString &path);

} // namespace OutputGuard
