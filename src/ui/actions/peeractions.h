// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QWidget> // compareOpened(QWidget *) in queued connections and signal spies

#include <functional>

class QAction;
class QMainWindow;
class StoreWorker;

// The main window's actions for comparing two logs and saving logs as a dataset:
// Log > Mark for Comparison (M), Log > Compare… (C: the marked log with the selected one, or a
// replay with its original) and File > Save as Dataset…. M and C act on the list only, so they
// still type in the filter bar. Store reads run on the worker's thread.
class PeerActions : public QObject
{
    Q_OBJECT

public:
    PeerActions(QMainWindow *window, StoreWorker *worker, QWidget *list,
                std::function<qint64()> selectedRowId, std::function<QString()> filter);

    QList<QAction *> actions() const;
    qint64 markedRowId() const { return m_marked; }
    void mark();
    void compare();
    void saveDataset();

Q_SIGNALS:
    void compareOpened(QWidget *window);

private:
    void message(const QString &text);

    QMainWindow *m_window;
    StoreWorker *m_worker;
    std::function<qint64()> m_selected;
    std::function<QString()> m_filter;
    QAction *m_mark = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_dataset = nullptr;
    qint64 m_marked = 0;
};
