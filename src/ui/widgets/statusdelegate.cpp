// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

#include "logtablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {
constexpr int ChipPadding = 6; // text to chip edge
constexpr int ChipGap = 4;
constexpr int CellMargin = 4;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

StatusDelegate::Colors StatusDelegate::colors(StatusChip::Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    auto tinted = [dark](QColor hue) {
        Colors c;
        c.background = dark ? hue.darker(260) : hue.lighter(185);
        c.text = dark ? hue.lighter(150) : hue.darker(170);
        c.border = dark ? hue.darker(140) : hue.lighter(130);
        return c;
    };
    switch (tone) {
    case StatusChip::Tone::Good:
        return tinted(QColor(0x2e, 0x9d, 0x5b));
    case StatusChip::Tone::Active:
        return tinted(QColor(0x35, 0x74, 0xd6));
    case StatusChip::Tone::Warning:
        return tinted(QColor(0xc7, 0x7c, 0x0e));
    case StatusChip::Tone::Error: {
        // HTTP errors must stand out: a filled red chip in both palettes.
        Colors c;
        c.background = dark ? QColor(0xc6, 0x39, 0x39) : QColor(0xd3, 0x2f, 0x2f);
        c.text = Qt::white;
        c.border = c.background;
        return c;
    }
    case StatusChip::Tone::Unknown: {
        Colors c;
        c.background = Qt::transparent;
        c.text = palette.color(QPalette::PlaceholderText);
        c.border = palette.color(QPalette::PlaceholderText);
        return c;
    }
    case StatusChip::Tone::Muted:
        break;
    }
    Colors c;
    c.background = palette.color(QPalette::AlternateBase);
    c.text = palette.color(QPalette::Text);
    c.border = palette.color(QPalette::Mid);
    return c;
}

QFont StatusDelegate::chipFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.88);
    else
        font.setPixelSize(qMax(8, font.pixelSize() * 88 / 100));
    return font;
}

int StatusDelegate::chipWidth(const StatusChip &chip, const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(chip.text) + 2 * ChipPadding;
}

void StatusDelegate::paintChip(QPainter *painter, const QRect &rect, const StatusChip &chip,
                               const QPalette &palette, const QFont &font)
{
    const Colors c = colors(chip.tone, palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const QRectF r = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    path.addRoundedRect(r, r.height() / 2, r.height() / 2);
    painter->fillPath(path, c.background);
    QPen pen(c.border, 1);
    if (chip.tone == StatusChip::Tone::Unknown)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawPath(path);
    painter->setFont(font);
    painter->setPen(c.text);
    painter->drawText(rect, Qt::AlignCenter, chip.text);
    painter->restore();
}

StatusChip StatusDelegate::Layout::moreChip() const
{
    return {QStringLiteral("+%1").arg(hidden), {}, StatusChip::Tone::Muted};
}

StatusDelegate::Layout StatusDelegate::layout(const QList<StatusChip> &chips, const QRect &cell,
                                              const QFont &font)
{
    const QFontMetrics metrics(font);
    const int height = qMin(cell.height() - 2 * 3, metrics.height() + 4);
    const int top = cell.top() + (cell.height() - height) / 2;
    const int right = cell.right() - CellMargin;
    QList<int> widths;
    for (const StatusChip &chip : chips)
        widths.append(chipWidth(chip, metrics));
    // As many chips as fit together with the "+N" for the rest.
    auto moreWidth = [&metrics](int hidden) {
        return chipWidth({QStringLiteral("+%1").arg(hidden), {}, {}}, metrics);
    };
    Layout out;
    int x = cell.left() + CellMargin;
    for (int i = 0; i < chips.size(); ++i) {
        const int rest = int(chips.size()) - i - 1;
        const int end = x + widths.at(i) - 1;
        const bool fits = rest == 0 ? end <= right : end + ChipGap + moreWidth(rest) <= right;
        // Without room for the "+N": stop, unless every remaining chip fits as it is.
        if (!fits && i > 0) {
            int all = x;
            for (int j = i; j < chips.size(); ++j)
                all += widths.at(j) + (j > i ? ChipGap : 0);
            if (all - 1 > right) {
                out.hidden = int(chips.size()) - i;
                out.more = QRect(x, top, moreWidth(out.hidden), height);
                return out;
            }
        }
        out.rects.append(QRect(x, top, widths.at(i), height));
        x += widths.at(i) + ChipGap;
    }
    return out;
}

int StatusDelegate::widthFor(const QList<StatusChip> &chips, const QFont &font)
{
    const QFontMetrics metrics(font);
    int width = 2 * CellMargin - ChipGap;
    for (const StatusChip &chip : chips)
        width += chipWidth(chip, metrics) + ChipGap;
    return width;
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    // The background and selection the style would paint, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto chips = index.data(LogTableModel::ChipsRole).value<QList<StatusChip>>();
    if (chips.isEmpty())
        return;
    const QFont font = chipFont(option.font);
    const Layout layout = StatusDelegate::layout(chips, option.rect, font);
    painter->save();
    painter->setClipRect(option.rect.adjusted(0, 0, -CellMargin / 2, 0));
    for (int i = 0; i < layout.rects.size(); ++i)
        paintChip(painter, layout.rects.at(i), chips.at(i), option.palette, font);
    if (layout.hidden > 0)
        paintChip(painter, layout.more, layout.moreChip(), option.palette, font);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto chips = index.data(LogTableModel::ChipsRole).value<QList<StatusChip>>();
    const QFont font = chipFont(option.font);
    return {widthFor(chips, font), QFontMetrics(font).height() + 10};
}

bool StatusDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const auto chips = index.data(LogTableModel::ChipsRole).value<QList<StatusChip>>();
        const Layout layout = StatusDelegate::layout(chips, option.rect, chipFont(option.font));
        for (int i = 0; i < layout.rects.size(); ++i) {
            if (layout.rects.at(i).contains(event->pos())) {
                QToolTip::showText(event->globalPos(), chips.at(i).tooltip, view,
                                   layout.rects.at(i));
                return true;
            }
        }
        if (layout.hidden > 0 && layout.more.contains(event->pos())) {
            // The whole list, the chips shown included: one place to read them all.
            QStringList all;
            for (const StatusChip &chip : chips)
                all << chip.tooltip;
            QToolTip::showText(event->globalPos(), all.join(u'\n'), view, layout.more);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
