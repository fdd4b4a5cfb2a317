// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/logrecord.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One painted chip of the Status column: short text on the chip, Portkey's label as its tooltip.
// Built once per cached row (off the UI thread); the delegate only paints it.
struct StatusChip
{
    enum class Tone { Muted, Good, Active, Warning, Error, Unknown };

    QString text; // short, on the chip: "200", "Cache hit", "Retry x3"
    QString tooltip; // Portkey's words: "Cache Semantic Hit", "Retry Success on 3 Tries"
    Tone tone = Tone::Muted;

    // The chips of one record, left to right: HTTP status, then cache, retry, fallback and load
    // balancing when they did something or are unknown.
    static QList<StatusChip> forRecord(const LogRecord &record);
    // All four of Portkey's labels plus the HTTP status, one per line (the cell's tooltip).
    static QString summary(const LogRecord &record);
};

Q_DECLARE_METATYPE(StatusChip)
Q_DECLARE_METATYPE(QList<StatusChip>)
