// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuslegenddialog.h"

#include "statusdelegate.h"
#include "ui_statuslegenddialog.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>

namespace {
// The texts the list's chips carry (StatusChip), so legend and list read the same.
QString chipText(const char *text)
{
    return QCoreApplication::translate("StatusChip", text);
}
} // namespace

StatusLegendDialog::StatusLegendDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::StatusLegendDialog>())
{
    ui->setupUi(this);
    using Tone = StatusChip::Tone;
    const QList<QPair<StatusChip, QString>> rows = {
        {{QStringLiteral("200"), {}, Tone::Muted}, tr("HTTP status of the answer")},
        {{QStringLiteral("429"), {}, Tone::Warning}, tr("HTTP client error (4xx)")},
        {{QStringLiteral("502"), {}, Tone::Error}, tr("HTTP server error (5xx)")},
        {{tr("Cache hit"), {}, Tone::Good}, tr("Cache Hit")},
        {{tr("Semantic hit"), {}, Tone::Good}, tr("Cache Semantic Hit")},
        {{tr("Cache miss"), {}, Tone::Muted}, tr("Cache Miss")},
        {{chipText("Semantic miss"), {}, Tone::Muted}, tr("Cache Miss (semantic cache)")},
        {{tr("Refreshed"), {}, Tone::Active}, tr("Cache Refreshed")},
        {{tr("Retry ×3"), {}, Tone::Warning}, tr("Retry Success on 3 Tries")},
        {{tr("Retry failed"), {}, Tone::Error}, tr("Retry Failed")},
        {{tr("Fallback"), {}, Tone::Active}, tr("Fallback Active")},
        {{tr("Loadbalance"), {}, Tone::Active}, tr("Loadbalancer Active")},
        {{chipText("HTTP ?"), {}, Tone::Unknown}, chipText("HTTP status unknown")},
        {{tr("Unknown"), {}, Tone::Unknown},
         tr("The source could not know it (e.g. the live stream has no retry count)")},
        {{QStringLiteral("+2"), {}, Tone::Muted},
         tr("More chips than the column has room for: hover it for the whole list")},
    };
    ui->table->setColumnCount(2);
    ui->table->setHorizontalHeaderLabels({tr("Chip"), tr("Meaning (Portkey's label)")});
    ui->table->setRowCount(int(rows.size()));
    const QFont font = StatusDelegate::chipFont(this->font());
    const QFontMetrics metrics(font);
    const qreal dpr = devicePixelRatioF();
    for (int i = 0; i < rows.size(); ++i) {
        const StatusChip &chip = rows.at(i).first;
        const QSize size(StatusDelegate::chipWidth(chip, metrics), metrics.height() + 4);
        QPixmap pixmap(size * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        StatusDelegate::paintChip(&painter, QRect(QPoint(), size), chip, palette(), font);
        painter.end();
        auto *label = new QLabel;
        label->setPixmap(pixmap);
        label->setContentsMargins(6, 2, 6, 2);
        ui->table->setCellWidget(i, 0, label);
        ui->table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    ui->table->resizeColumnToContents(0);
    ui->table->setColumnWidth(0, qMax(ui->table->columnWidth(0), 130));
    // Long meanings wrap instead of being cut; rows follow the column's width.
    ui->table->setWordWrap(true);
    ui->table->verticalHeader()->setMinimumSectionSize(metrics.height() + 14);
    ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

StatusLegendDialog::~StatusLegendDialog() = default;
