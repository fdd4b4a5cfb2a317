// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLabel>

class LiveSession;
class LogTableModel;
class QAction;

// The status bar's part for live capture and for a shared (PostgreSQL) store: the session's
// state, its live logs and gaps, following or paused with how many new logs wait above; or
// whether what others commit to the shared store is watched, lost or refused. It reads the
// session, the Follow Live action and the model's watch signals; it changes none of them.
// No Q_OBJECT: it has no signals, and its texts keep MainWindow's context (and translations).
class LiveStatusLabel : public QLabel
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    LiveStatusLabel(const LiveSession *live, const QAction *follow, bool sharedStore,
                    QWidget *parent);

    void setStoreOpened(bool opened);
    // Says whether the model sees what others commit (LogTableModel::watchOtherWriters).
    void watch(const LogTableModel *model);
    // Live rows inserted above the view while paused.
    int unseen() const { return m_unseen; }
    void addUnseen(int count);
    void clearUnseen();
    void refresh();

private:
    void refreshShared();

    const LiveSession *m_live;
    const QAction *m_follow;
    bool m_shared = false;
    int m_unseen = 0;
    bool m_storeOpened = false;
    bool m_watching = false;
    QString m_problem;
    QString m_lost; // the store's reason while the connection is being re-established
};
