// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// gatescope-cli subcommands for a Portkey control plane: connections, log sync through export
// jobs, one log by id. Same conventions as clicommands.h: 0 success, 1 failure, 2 usage error;
// a JSON summary on stdout, progress on stderr.
namespace CliCommands {

int connection(const QStringList &arguments); // add | list | remove
int sync(const QStringList &arguments);
int fetchLog(const QStringList &arguments);
int feedback(const QStringList &arguments); // give feedback on a log, or --push the queue

} // namespace CliCommands
