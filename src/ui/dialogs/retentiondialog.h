// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

// File > Retention Policy…: keep the store's logs forever or for N days, how many logs that
// would delete now, and Prune Now. Asks its owner for the count (countRequested) and shows the
// answer (setDueCount); removes nothing itself.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    // days: the policy now (nullopt: forever).
    explicit RetentionDialog(std::optional<int> days, QWidget *parent = nullptr);

    std::optional<int> days() const; // nullopt: forever
    bool pruneNowRequested() const { return m_pruneNow; }
    // The answer to countRequested(days); an older answer than the last question is ignored.
    void setDueCount(int days, qint64 count);
    void setDueError(const QString &message);
    // Asks for the count of the days shown (once the owner listens to countRequested).
    void refresh();

Q_SIGNALS:
    void countRequested(int days);

private:
    QRadioButton *m_forever;
    QRadioButton *m_keep;
    QSpinBox *m_days;
    QLabel *m_due;
    QPushButton *m_prune;
    int m_asked = 0;
    bool m_pruneNow = false;
};
