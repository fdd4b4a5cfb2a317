// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// gatescope-cli diff (two logs side by side, and why one missed the cache) and dataset (logs
// saved as a fine-tuning or evaluation dataset).
namespace PeerCommands {

int diff(const QStringList &arguments);
int dataset(const QStringList &arguments);

} // namespace PeerCommands
