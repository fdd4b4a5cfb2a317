// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

// A calm, centred message in place of content: "Content not tracked", "No body recorded",
// "Select a log". Says what happened and why, in words.
class NoticePanel : public QWidget
{
    Q_OBJECT

public:
    explicit NoticePanel(QWidget *parent = nullptr);
    void setNotice(const QString &title, const QString &text);
    QString title() const;
    QString text() const;

private:
    QLabel *m_title;
    QLabel *m_text;
};
