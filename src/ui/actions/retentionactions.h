// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class LogStore;
class StoreWorker;

// The main window's retention actions: Log > Forget Content of Matching Logs… (the content of
// the logs of the current filter removed, their statistics kept) and File > Retention Policy…
// (keep logs N days or forever, Prune Now); the policy is applied at start and once a day while
// the window is open. Nothing is removed before its count is shown and confirmed. Counts run on
// the window's worker; removals on a worker of their own (they can take a while), with progress
// and Cancel.
class RetentionActions : public QObject
{
    Q_OBJECT

public:
    static constexpr int kApplyEveryMs = 24 * 60 * 60 * 1000;

    // applyPolicy: apply the store's policy now and every kApplyEveryMs.
    RetentionActions(QMainWindow *window, StoreWorker *worker, std::function<QString()> filter,
                     bool applyPolicy = true);

    QList<QAction *> actions() const;
    void forgetMatching();
    void openPolicy();
    // Deletes the logs the store's policy no longer keeps (nothing when it is off).
    void applyPolicy();

Q_SIGNALS:
    // Logs were deleted (removed true) or lost their content: the list and panel show it.
    void logsChanged(bool removed);
    // What an action ended with, as the status bar says it.
    void finished(const QString &message);

private:
    // Runs work (a removal) on a worker of its own with a progress dialog of total logs, then
    // reports done(count) or the error on this thread.
    void runRemoval(
        const QString &title, qint64 total,
        std::function<std::optional<qint64>(LogStore *, QString *, const std::atomic_bool *)> work,
        std::function<QString(qint64)> done, bool removed);
    // Sets the policy to days and deletes the logs older than that, once confirmed.
    void prune(int days);
    void message(const QString &text);

    QMainWindow *m_window;
    StoreWorker *m_worker;
    std::function<QString()> m_filter;
    QAction *m_forget = nullptr;
    QAction *m_policy = nullptr;
    QTimer m_daily;
    bool m_running = false;
};
