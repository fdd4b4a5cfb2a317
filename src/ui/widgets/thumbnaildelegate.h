// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class ThumbnailCache;

// Paints the Images column: small thumbnails of the images sent and generated, from the
// ThumbnailCache only (a miss paints a placeholder and asks the cache).
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ThumbnailDelegate(ThumbnailCache *cache, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Which image (ImagesRole order) is at pos inside cell, or -1.
    static int imageAt(const QRect &cell, int imageCount, const QPoint &pos);
    static QRect imageRect(const QRect &cell, int i);

private:
    ThumbnailCache *m_cache;
};
