// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

// gatescope-cli review: review mode in a terminal. Shows the logs of a filter that have no
// feedback one at a time (messages and answer) and reads an answer per line from stdin.
namespace ReviewCommands {

int review(const QStringList &arguments);
// The loop itself, on any streams (tests drive it): returns the exit status.
int run(const QStringList &arguments, std::FILE *in, std::FILE *out);

} // namespace ReviewCommands
