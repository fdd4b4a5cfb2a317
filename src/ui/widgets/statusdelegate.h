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
    // Where a cell's chips go, left to right. Chips that do not fit collapse into one "+N"
    // chip at the end (its tooltip lists them); the first chip is always shown.
    struct Layout
    {
        QList<QRect> rects; // chips 0 .. rects.size() - 1
        QRect more; // the "+N" chip, or null when every chip fits
        StatusChip moreChip() const;
        int hidden = 0;
    };
    static Layout layout(const QList<StatusChip> &chips, const QRect &cell, const QFont &font);
    // The width a cell needs to show these chips, or the first ones and a "+N".
    static int widthFor(const QList<StatusChip> &chips, const QFont &font);
};
