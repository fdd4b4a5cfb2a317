// SPDX-License-Identifier: GPL-3.0-or-later
#include "storejob.h"

#include "storeworker.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QWidget>

StoreJob::StoreJob(StoreWorker *worker, QWidget *window)
    : QObject(window)
    , m_worker(worker)
    , m_window(window)
{ }

void StoreJob::Progress::report(const QString &text, int value) const
{
    QMetaObject::invokeMethod(m_job, [job = m_job, text, value] {
        if (job)
            job->show(text, value);
    });
}

bool StoreJob::begin(const Start &start)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_maximum = start.maximum;
    m_activity = start.activity;
    // A flag of its own for each job: a late Cancel of the last one does not stop this one.
    m_current.m_job = this;
    m_current.m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress
        = new QProgressDialog(start.label, QCoreApplication::translate("MainWindow", "Cancel"), 0,
                              start.maximum, m_window);
    m_progress->setWindowTitle(start.title);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this,
            [cancel = m_current.m_cancel] { *cancel = true; });
    Q_EMIT activity(start.activity, 0);
    return true;
}

void StoreJob::post(std::function<std::function<void()>(LogStore *)> work)
{
    QPointer<StoreJob> self(this);
    m_worker->post([self, work = std::move(work)](LogStore *store) {
        const std::function<void()> done = work(store);
        QMetaObject::invokeMethod(self, [self, done] {
            if (!self)
                return;
            self->finish();
            done();
        });
    });
}

void StoreJob::show(const QString &text, int value)
{
    if (!text.isEmpty())
        m_activity = text;
    if (m_progress) {
        if (m_maximum > 0)
            m_progress->setValue(value);
        if (!text.isEmpty())
            m_progress->setLabelText(text);
    }
    Q_EMIT activity(m_activity, m_maximum > 0 ? int(qint64(value) * 100 / m_maximum) : value);
}

void StoreJob::finish()
{
    m_busy = false;
    if (m_progress)
        m_progress->close();
}
