// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuschip.h"

#include <QStyledItemDelegate>

// Paints the Status column's chips with QPainter (no widget per row, as qBittorrent paints its
// progress bars) and gives each chip's own tooltip: Portkey's label for the chip under the mouse.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Shared with the legend: the colours of a tone in a palette (light or dark).
    struct Colors
    {
        QColor background, text, border;
    };
    static Colors colors(StatusChip::Tone tone, const QPalette &palette);
    static QFont chipFont(const QFont &base);
    static int chipWidth(const StatusChip &chip, const QFontMetrics &metrics);
    static void paintChip(QPainter *painter, const QRect &rect, const StatusChip &chip,
                          const QPalette &palette, const QFont &font);
    // The chips' rectangles inside a cell, left to right (those that fit).
    static QList<QRect> layout(const QList<StatusChip> &chips, const QRect &cell,
                               const QFont &font);
};
