// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logdiff.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTextBrowser;
class QTreeWidget;

// Two logs side by side (Log > Compare, keys M and C): every field of LogDiff in a table with
// the differing rows highlighted, the answers' word diff, and on top why one request missed the
// cache where the other hit.
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    CompareWindow(const LogRecord &left, const LogRecord &right, QWidget *parent = nullptr);

    const LogDiff &diff() const { return m_diff; }
    QTreeWidget *fields() const { return m_fields; }
    QLabel *cacheSummary() const { return m_cache; }

private:
    void fill();

    LogDiff m_diff;
    QLabel *m_cache = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QTreeWidget *m_fields = nullptr;
    QTextBrowser *m_answerLeft = nullptr;
    QTextBrowser *m_answerRight = nullptr;
};
