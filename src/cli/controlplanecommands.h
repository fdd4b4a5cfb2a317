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
// Configs, prompts and virtual keys, fresh or (offline) the cached copy with its age.
int config(const QStringList &arguments); // show SLUG | list
int prompt(const QStringList &arguments); // show ID | render ID --var k=v
int virtualKey(const QStringList &arguments); // list

} // namespace CliCommands
