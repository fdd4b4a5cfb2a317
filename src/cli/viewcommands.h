// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// gatescope-cli views: the saved views of a store (shared with the app and a team), listed with
// their counts and links, saved, renamed and deleted.
namespace ViewCommands {

int views(const QStringList &arguments);

} // namespace ViewCommands
