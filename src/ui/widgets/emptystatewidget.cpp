// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystatewidget.h"

#include "ui_emptystatewidget.h"

#include <QIcon>

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::EmptyStateWidget>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("emptyState"));
    ui->icon->setPixmap(QIcon(QStringLiteral(":/icons/gatescope.svg")).pixmap(72, 72));
    QFont title = ui->title->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    ui->title->setFont(title);
    ui->subtitle->setForegroundRole(QPalette::PlaceholderText);
    ui->hint->setForegroundRole(QPalette::PlaceholderText);
    connect(ui->openButton, &QPushButton::clicked, this, &EmptyStateWidget::openRequested);
    connect(ui->connectButton, &QPushButton::clicked, this, &EmptyStateWidget::connectRequested);
    connect(ui->demoButton, &QPushButton::clicked, this, &EmptyStateWidget::demoRequested);
}

EmptyStateWidget::~EmptyStateWidget() = default;

void EmptyStateWidget::resizeEvent(QResizeEvent *event)
{
    // Centred and at most 520 px wide: margins on a full-width label, because a word-wrapped
    // label aligned in its layout gets its narrow size hint and loses lines.
    const int margin = qMax(0, (width() - 520) / 2);
    ui->subtitle->setContentsMargins(margin, 0, margin, 0);
    QWidget::resizeEvent(event);
}

QWidget *EmptyStateWidget::subtitle() const
{
    return ui->subtitle;
}

QPushButton *EmptyStateWidget::openButton() const
{
    return ui->openButton;
}

QPushButton *EmptyStateWidget::connectButton() const
{
    return ui->connectButton;
}

QPushButton *EmptyStateWidget::demoButton() const
{
    return ui->demoButton;
}
