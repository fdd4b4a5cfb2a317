// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>

class QMenu;
class QTableWidget;

// Help > Keyboard Shortcuts (and `?` in the list): every menu action that has a shortcut, as
// key caps next to what it does, read from the menus themselves so it never goes stale, and
// the filter bar's own keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The caps of one shortcut ("Ctrl", "Shift", "O"), as the dialog draws them.
    static QStringList keyNames(const QKeySequence &key);

private:
    void addSection(const QString &title);
    void addRow(const QList<QKeySequence> &keys, const QString &action);

    QTableWidget *m_table;
};
