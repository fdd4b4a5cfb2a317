// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The live-capture subcommands of gatescope-cli (same conventions as clicommands.h: JSON summary
// on stdout, progress on stderr, exit 0 success, 1 failure, 2 usage error).
namespace CliCommands {

// gatescope-cli collect --gateway URL [--admin-token T] [--db DB]: stores the gateway's
// /log/stream until SIGINT or SIGTERM.
int collect(const QStringList &arguments);
// gatescope-cli record --upstream URL [--listen HOST:PORT] [--db DB]: a recording proxy.
int record(const QStringList &arguments);

} // namespace CliCommands
