// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QString>
#include <QStringList>

// The Status column's words, exactly as Portkey names them (DESIGN.md section 3). The UI paints
// chips from these; the CLI prints them. Unknown states say so rather than guess.
namespace StatusLabels {

QString cache(const LogRecord &record); // "Cache Semantic Hit"; "Cache Unknown"
QString retry(const LogRecord &record); // "Retry Success on 3 Tries"; "Retry Unknown"
QString fallback(const LogRecord &record); // "Fallback Active" / "Fallback Disabled"
QString loadbalance(const LogRecord &record); // "Loadbalancer Active" / "Loadbalancer Disabled"
QStringList all(const LogRecord &record);

} // namespace StatusLabels
