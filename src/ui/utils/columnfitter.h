// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableView;

// The log list's default column widths: each column as wide as the texts it shows in the
// current font and language (a time, "unknown", "<$0.00001", two status chips and a "+N"), and
// Model taking what is left of the view, so every default column is in view at 1280 px. Once
// the user sizes a column (or a saved layout is restored) it leaves the widths alone.
class ColumnFitter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    static constexpr int MinModelWidth = 110;

    explicit ColumnFitter(QTableView *table);

    // The width column needs for its texts and its header (Model: its minimum).
    int contentWidth(int column) const;
    void fit();
    bool isCustomized() const { return m_customized; }
    void setCustomized(bool customized);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    bool m_customized = false;
    bool m_fitting = false;
};
