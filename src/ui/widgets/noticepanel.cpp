// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticepanel.h"

#include <QLabel>
#include <QVBoxLayout>

NoticePanel::NoticePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_title->setFont(font);
    for (QLabel *label : {m_title, m_text}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_text->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(m_text);
    layout->addStretch(2);
}

void NoticePanel::setNotice(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_text->setText(text);
}

QString NoticePanel::title() const
{
    return m_title->text();
}

QString NoticePanel::text() const
{
    return m_text->text();
}
