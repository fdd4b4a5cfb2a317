// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturegaplog.h"

#include <QFrame>
#include <QList>

class QLabel;
class QToolButton;

// A strip above the log list saying that a live source may have missed events ("events may be
// missing between 10:31:02 and 10:31:40"), with every gap of the session in its Details menu.
// It only shows what it is given; LiveSession finds and stores the gaps.
class CaptureGapBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureGapBanner)

public:
    explicit CaptureGapBanner(QWidget *parent = nullptr);

    void addGap(const CaptureGap &gap);
    void clear();
    QList<CaptureGap> gaps() const { return m_gaps; }
    QString text() const;
    // "Events may be missing between 10:31:02 and 10:31:40 (the gateway restarted)"
    static QString sentence(const CaptureGap &gap);

private:
    QList<CaptureGap> m_gaps;
    QLabel *m_label;
    QToolButton *m_details;
    QToolButton *m_close;
};
