// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturegapbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

CaptureGapBanner::CaptureGapBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_details(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("captureGapBanner"));
    // Amber, readable in both themes: a warning, not an error.
    setStyleSheet(QStringLiteral("#captureGapBanner { background: #fff4d6; border-bottom: 1px "
                                 "solid #e0b84c; } #captureGapBanner QLabel { color: #5c4200; }"));
    m_label->setObjectName(QStringLiteral("captureGapText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_details->setText(tr("All Gaps"));
    m_details->setPopupMode(QToolButton::InstantPopup);
    m_details->setMenu(new QMenu(m_details));
    m_details->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Hide until the next gap"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_close);
    hide();
}

QString CaptureGapBanner::sentence(const CaptureGap &gap)
{
    QString text = gap.describe();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return gap.reason.isEmpty() ? text : tr("%1 (%2)").arg(text, gap.reason);
}

void CaptureGapBanner::addGap(const CaptureGap &gap)
{
    m_gaps.append(gap);
    const QString latest = sentence(gap);
    // The reason already says that the source keeps no history.
    m_label->setText(
        m_gaps.size() == 1
            ? latest
            : tr("%1. %n gap(s) in this session.", nullptr, int(m_gaps.size())).arg(latest));
    QMenu *menu = m_details->menu();
    QAction *entry = menu->addAction(latest);
    entry->setEnabled(false);
    m_details->setVisible(m_gaps.size() > 1);
    show();
}

void CaptureGapBanner::clear()
{
    m_gaps.clear();
    m_details->menu()->clear();
    m_label->clear();
    hide();
}

QString CaptureGapBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}
