// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// gatescope-cli prune (delete the logs older than an age), forget (remove the content of the
// logs of a filter, keep their statistics) and retention (the store's policy). Nothing is
// removed before its count is shown and confirmed (--yes, or y on a terminal).
namespace RetentionCommands {

int prune(const QStringList &arguments);
int forget(const QStringList &arguments);
int retention(const QStringList &arguments);

} // namespace RetentionCommands
