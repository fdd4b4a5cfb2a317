// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnaildelegate.h"

#include "logtablemodel.h"
#include "thumbnailcache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {
constexpr int Margin = 2;
constexpr int Gap = 3;
} // namespace

ThumbnailDelegate::ThumbnailDelegate(ThumbnailCache *cache, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cache(cache)
{ }

QRect ThumbnailDelegate::imageRect(const QRect &cell, int i)
{
    const int side = cell.height() - 2 * Margin;
    return QRect(cell.left() + 4 + i * (side + Gap), cell.top() + Margin, side, side);
}

int ThumbnailDelegate::imageAt(const QRect &cell, int imageCount, const QPoint &pos)
{
    for (int i = 0; i < imageCount; ++i) {
        const QRect r = imageRect(cell, i);
        if (r.right() > cell.right())
            break;
        if (r.contains(pos))
            return i;
    }
    return -1;
}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<QVariant> images = index.data(LogTableModel::ImagesRole).toList();
    if (images.isEmpty())
        return;
    painter->save();
    painter->setClipRect(option.rect);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor frame = option.palette.color(QPalette::Mid);
    for (int i = 0; i < images.size(); ++i) {
        const QRect r = imageRect(option.rect, i);
        if (r.right() > option.rect.right() - 4) {
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            painter->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                              QStringLiteral("+%1").arg(images.size() - i));
            break;
        }
        const QVariantMap image = images.at(i).toMap();
        QImage thumb;
        const auto state
            = m_cache->thumbnail(image.value(QStringLiteral("rowId")).toLongLong(), i,
                                 image.value(QStringLiteral("hash")).toString(),
                                 image.value(QStringLiteral("url")).toString(), &thumb);
        QPainterPath clip;
        clip.addRoundedRect(QRectF(r), 3, 3);
        if (state == ThumbnailCache::State::Ready) {
            const QSize size = thumb.size().scaled(r.size(), Qt::KeepAspectRatioByExpanding);
            const QRect target(r.center() - QPoint(size.width() / 2, size.height() / 2), size);
            painter->save();
            painter->setClipPath(clip, Qt::IntersectClip);
            painter->drawImage(target, thumb);
            painter->restore();
        } else {
            painter->fillPath(clip, option.palette.color(QPalette::AlternateBase));
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            QFont small = option.font;
            small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.75));
            painter->setFont(small);
            const QString mark = state == ThumbnailCache::State::NetworkOff ? tr("URL")
                : state == ThumbnailCache::State::Failed                    ? QStringLiteral("?")
                                                         : QStringLiteral("\u2026");
            painter->drawText(r, Qt::AlignCenter, mark);
        }
        // Generated images carry a small accent in the corner: sent vs generated at a glance.
        QPen pen(image.value(QStringLiteral("output")).toBool()
                     ? option.palette.color(QPalette::Highlight)
                     : frame,
                 image.value(QStringLiteral("output")).toBool() ? 2 : 1);
        painter->setPen(pen);
        painter->drawPath(clip);
    }
    painter->restore();
}

bool ThumbnailDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const QList<QVariant> images = index.data(LogTableModel::ImagesRole).toList();
        const int i = imageAt(option.rect, int(images.size()), event->pos());
        if (i >= 0) {
            const QVariantMap image = images.at(i).toMap();
            QString text = image.value(QStringLiteral("output")).toBool()
                ? tr("Generated image (response)")
                : tr("Sent image (request)");
            const QString url = image.value(QStringLiteral("url")).toString();
            if (!url.isEmpty() && !m_cache->networkImagesAllowed())
                text += QLatin1Char('\n')
                    + tr("Remote image: allow network images in the View menu to load it");
            text += QLatin1Char('\n') + tr("Click to open");
            QToolTip::showText(event->globalPos(), text, view, imageRect(option.rect, i));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
