// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class DetailPanel;
class QAction;
class QMenu;
class QWidget;
class StoreWorker;

// Log > Replay… (Ctrl+R) and the detail panel's Replay, config and prompt buttons (DESIGN.md 7):
// the playground on the log the panel shows, once ReplayPolicy allows it; a run saved as a log
// goes into the store. It never selects a log: openRequested() asks the window to show it.
class ReplayActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayActions)

public:
    ReplayActions(QMenu *log, StoreWorker *worker, DetailPanel *detail,
                  std::function<qint64()> selectedRowId, QObject *parent);

    QAction *replayAction() const { return m_replay; }
    void replayCurrent();

Q_SIGNALS:
    void openRequested(); // load the selected log in the panel (then Replay goes on)
    void message(const QString &text, int timeoutMs);
    void logSaved(); // a run stored as a log: the list shows it

private:
    StoreWorker *m_worker;
    DetailPanel *m_detail;
    std::function<qint64()> m_selected;
    QAction *m_replay;
};
