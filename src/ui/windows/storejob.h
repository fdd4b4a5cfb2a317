// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class LogStore;
class QProgressDialog;
class QWidget;
class StoreWorker;

// One long write into the store at a time for a window (demo data, an import, a sync): a
// progress dialog with Cancel, the status bar's activity (activity()), and the busy flag that
// refuses a second job. The work runs on the window's StoreWorker; done() runs on the UI thread,
// never after the window has gone. It does not decide what a job writes or what its result says.
class StoreJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreJob)

public:
    // What the dialog and the status bar show when the job starts.
    struct Start
    {
        QString title; // the dialog's window title
        QString label; // the dialog's text
        int maximum = 0; // the dialog's range is 0..maximum; 0: a busy indicator
        QString activity; // the status bar's text (at 0 %)
    };

    // Handed to the work on the worker's thread.
    class Progress
    {
    public:
        // Cancel in the dialog; the work stops at its next check.
        const std::atomic_bool *cancelFlag() const { return m_cancel.get(); }
        bool isCancelled() const { return *m_cancel; }
        // `text` replaces the dialog's label and the activity (empty: both stay); `value` is the
        // dialog's (of Start::maximum), or with no maximum the status bar's percent.
        void report(const QString &text, int value) const;

    private:
        friend class StoreJob;
        QPointer<StoreJob> m_job;
        std::shared_ptr<std::atomic_bool> m_cancel;
    };

    StoreJob(StoreWorker *worker, QWidget *window);

    bool isBusy() const { return m_busy; }

    // Starts `work` unless a job is running (then returns false and does nothing). When it has
    // returned, the dialog closes, the flag clears, then done(result) runs.
    template<typename Result>
    bool run(const Start &start, std::function<Result(LogStore *, const Progress &)> work,
             std::function<void(const Result &)> done)
    {
        if (!begin(start))
            return false;
        const Progress progress = m_current;
        post([progress, work = std::move(work), done = std::move(done)](LogStore *store) {
            const Result result = work(store, progress);
            return std::function<void()>([done, result] { done(result); });
        });
        return true;
    }

Q_SIGNALS:
    // For the status bar: the text and the percent (-1: no bar).
    void activity(const QString &text, int percent);

private:
    bool begin(const Start &start);
    void post(std::function<std::function<void()>(LogStore *)> work);
    void show(const QString &text, int value);
    void finish();

    StoreWorker *m_worker;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    Progress m_current;
    QString m_activity;
    int m_maximum = 0;
    bool m_busy = false;
};
