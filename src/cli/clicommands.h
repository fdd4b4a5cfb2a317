// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The subcommands of gatescope-cli. Each takes its own arguments (without the command name)
// and returns the process exit status: 0 success, 1 failure, 2 usage error.
namespace CliCommands {

int importFiles(const QStringList &arguments);
int query(const QStringList &arguments);
int exportLogs(const QStringList &arguments);
int stats(const QStringList &arguments);
int demo(const QStringList &arguments);

} // namespace CliCommands
