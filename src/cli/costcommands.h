// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// gatescope-cli reprice: recomputes the estimated costs of stored logs from the pricing table
// (the built-in one, with $GATESCOPE_PRICING over it), after the table changed.
namespace CostCommands {

int reprice(const QStringList &arguments);

} // namespace CostCommands
