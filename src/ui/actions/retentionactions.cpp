// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionactions.h"

#include "logstore.h"
#include "retention.h"
#include "retentiondialog.h"
#include "storeprogress.h"
#include "storeworker.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

#include <climits>
#include <memory>

namespace {

QMenu *menuNamed(QMainWindow *window, const QString &title)
{
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return window->menuBar()->addMenu(title);
}

// The logs of a filter that still have content: Do-Not-Track and forgotten logs have none.
QString withContent(const QString &filter)
{
    return filter + QStringLiteral(" tracked:true");
}

// Asks before anything is removed; the question names the number.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
             const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("retentionConfirm"));
    box.setInformativeText(details);
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemove"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace

RetentionActions::RetentionActions(QMainWindow *window, StoreWorker *worker,
                                   std::function<QString()> filter, bool applyPolicy)
    : QObject(window)
    , m_window(window)
    , m_worker(worker)
    , m_filter(std::move(filter))
{
    // MainWindow names its menus with these same words (tr in the MainWindow context).
    QMenu *log = menuNamed(window, QCoreApplication::translate("MainWindow", "&Log"));
    QMenu *file = menuNamed(window, QCoreApplication::translate("MainWindow", "&File"));

    m_forget = new QAction(tr("For&get Content of Matching Logs\u2026"), this);
    m_forget->setObjectName(QStringLiteral("forgetContent"));
    m_forget->setToolTip(tr("Remove the bodies, source records and images of the logs the filter "
                            "selects; keep their statistics"));
    connect(m_forget, &QAction::triggered, this, &RetentionActions::forgetMatching);
    log->addSeparator();
    log->addAction(m_forget);

    m_policy = new QAction(tr("&Retention Policy\u2026"), this);
    m_policy->setObjectName(QStringLiteral("retentionPolicy"));
    connect(m_policy, &QAction::triggered, this, &RetentionActions::openPolicy);
    // With the store's entries (Open Store, Import): before the first separator.
    QAction *before = nullptr;
    for (QAction *action : file->actions()) {
        if (action->isSeparator()) {
            before = action;
            break;
        }
    }
    file->insertAction(before, m_policy);

    if (applyPolicy) {
        m_daily.setInterval(kApplyEveryMs);
        connect(&m_daily, &QTimer::timeout, this, &RetentionActions::applyPolicy);
        m_daily.start();
        QTimer::singleShot(0, this, &RetentionActions::applyPolicy);
    }
}

QList<QAction *> RetentionActions::actions() const
{
    return {m_forget, m_policy};
}

void RetentionActions::message(const QString &text)
{
    m_window->statusBar()->showMessage(text, 10000);
    Q_EMIT finished(text);
}

void RetentionActions::runRemoval(
    const QString &title, qint64 total,
    std::function<std::optional<qint64>(LogStore *, QString *, const std::atomic_bool *)> work,
    std::function<QString(qint64)> done, bool removed)
{
    m_running = true;
    // A connection of its own: the window's worker keeps loading the list meanwhile.
    auto *worker = new StoreWorker(m_worker->location(), QStringLiteral("gatescope-retention"));
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress
        = new QProgressDialog(title, tr("Cancel"), 0, int(qMin<qint64>(total, INT_MAX)), m_window);
    progress->setObjectName(QStringLiteral("retentionProgress"));
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel, progress] {
        cancel->store(true);
        progress->setLabelText(tr("Stopping after the current batch\u2026"));
    });
    QPointer<RetentionActions> self(this);
    QPointer<QProgressDialog> bar(progress);
    worker->post([self, bar, cancel, work, done, removed, worker](LogStore *store) {
        QString error = store ? QString() : worker->openError();
        std::optional<qint64> count;
        if (store) {
            StoreProgress::Scope scope([bar](qint64 n) {
                QMetaObject::invokeMethod(bar, [bar, n] {
                    if (bar)
                        bar->setValue(int(qMin<qint64>(n, bar->maximum())));
                });
            });
            count = work(store, &error, cancel.get());
        }
        QMetaObject::invokeMethod(self, [self, bar, count, error, done, removed, worker] {
            worker->deleteLater();
            if (bar)
                bar->deleteLater();
            if (!self)
                return;
            self->m_running = false;
            // A cancelled removal kept what it had done: the list shows it either way.
            Q_EMIT self->logsChanged(removed);
            if (!count) {
                self->message(error);
                QMessageBox::warning(self->m_window, tr("Retention"), error);
                return;
            }
            self->message(done(*count));
        });
    });
}

void RetentionActions::forgetMatching()
{
    if (m_running)
        return;
    const QString filter = m_filter().trimmed();
    if (filter.isEmpty()) {
        QMessageBox::information(m_window, tr("Forget Content"),
                                 tr("Set a filter first: the content of the logs it selects is "
                                    "removed. Without a filter every log would be selected."));
        return;
    }
    QPointer<RetentionActions> self(this);
    m_worker->post([self, filter](LogStore *store) {
        QString error;
        const std::optional<qint64> count
            = store ? store->count(withContent(filter), &error) : std::nullopt;
        QMetaObject::invokeMethod(self, [self, filter, count, error] {
            if (!self)
                return;
            if (!count) {
                self->message(error);
                return;
            }
            if (*count == 0) {
                self->message(tr("No log the filter selects has content left to remove."));
                return;
            }
            if (!confirm(self->m_window, tr("Forget Content"),
                         tr("Remove the content of %1 logs?").arg(QLocale().toString(*count)),
                         tr("The request and response bodies, source records and images of the "
                            "logs matching \u201c%1\u201d are deleted from the store and its "
                            "full-text index; they cannot be brought back. Their statistics "
                            "(time, model, tokens, cost, latency, status, feedback) stay, and "
                            "they are shown like Do-Not-Track logs. Giving the space back can "
                            "take a while on a large store.")
                             .arg(filter),
                         tr("Remove Content")))
                return;
            self->runRemoval(
                tr("Removing the content of %1 logs\u2026").arg(QLocale().toString(*count)), *count,
                [filter](LogStore *store, QString *error, const std::atomic_bool *cancel) {
                    return store->forgetContent(filter, error, cancel);
                },
                [](qint64 n) {
                    return tr("Removed the content of %1 logs.").arg(QLocale().toString(n));
                },
                false);
        });
    });
}

void RetentionActions::openPolicy()
{
    if (m_running)
        return;
    QPointer<RetentionActions> self(this);
    m_worker->post([self](LogStore *store) {
        QString error = store ? QString() : QStringLiteral("the store could not be opened");
        const std::optional<int> days = store ? Retention::keepDays(*store, &error) : std::nullopt;
        QMetaObject::invokeMethod(self, [self, days, error] {
            if (!self)
                return;
            if (!error.isEmpty()) {
                self->message(error);
                return;
            }
            RetentionDialog dialog(days, self->m_window);
            QPointer<RetentionDialog> shown(&dialog);
            QObject::connect(&dialog, &RetentionDialog::countRequested, self, [self, shown](int d) {
                self->m_worker->post([shown, d](LogStore *store) {
                    QString error;
                    const std::optional<qint64> count = store
                        ? store->count(Retention::olderThanFilter(qint64(d) * 86400,
                                                                  QDateTime::currentDateTimeUtc()),
                                       &error)
                        : std::nullopt;
                    QMetaObject::invokeMethod(shown, [shown, d, count, error] {
                        if (!shown)
                            return;
                        if (count)
                            shown->setDueCount(d, *count);
                        else
                            shown->setDueError(error);
                    });
                });
            });
            dialog.refresh();
            if (dialog.exec() != QDialog::Accepted)
                return;
            const std::optional<int> chosen = dialog.days();
            if (!chosen) {
                if (days)
                    self->m_worker->post([self](LogStore *store) {
                        QString error;
                        const bool ok
                            = store && Retention::setKeepDays(*store, std::nullopt, &error);
                        QMetaObject::invokeMethod(self, [self, ok, error] {
                            if (self)
                                self->message(ok ? tr("Logs are now kept forever.") : error);
                        });
                    });
                return;
            }
            self->prune(*chosen);
        });
    });
}

void RetentionActions::prune(int days)
{
    // The count again, now: the dialog's may be a few seconds old.
    QPointer<RetentionActions> self(this);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_worker->post([self, days, now](LogStore *store) {
        QString error;
        const std::optional<qint64> count = store
            ? store->count(Retention::olderThanFilter(qint64(days) * 86400, now), &error)
            : std::nullopt;
        QMetaObject::invokeMethod(self, [self, days, count, error] {
            if (!self)
                return;
            if (!count) {
                self->message(error);
                return;
            }
            if (*count > 0
                && !confirm(self->m_window, tr("Retention Policy"),
                            tr("Delete %1 logs older than %n day(s)?", nullptr, days)
                                .arg(QLocale().toString(*count)),
                            tr("They are deleted with their bodies, images, feedback and "
                               "full-text entries, and cannot be brought back. From now on logs "
                               "older than %n day(s) are deleted when Gatescope starts and once "
                               "a day. Giving the space back can take a while on a large store.",
                               nullptr, days),
                            tr("Delete")))
                return;
            const int keep = days;
            self->runRemoval(
                tr("Deleting %1 logs\u2026").arg(QLocale().toString(*count)), *count,
                [keep](LogStore *store, QString *error, const std::atomic_bool *cancel) {
                    if (!Retention::setKeepDays(*store, keep, error))
                        return std::optional<qint64>();
                    return Retention::apply(*store, error, QDateTime::currentDateTimeUtc(), cancel);
                },
                [keep](qint64 n) {
                    return tr("Logs are kept for %n day(s); %1 older logs were deleted.", nullptr,
                              keep)
                        .arg(QLocale().toString(n));
                },
                true);
        });
    });
}

void RetentionActions::applyPolicy()
{
    if (m_running)
        return;
    QPointer<RetentionActions> self(this);
    m_worker->post([self](LogStore *store) {
        QString error;
        const std::optional<int> days = store ? Retention::keepDays(*store, &error) : std::nullopt;
        const std::optional<qint64> due
            = days ? Retention::dueCount(*store, &error) : std::optional<qint64>(0);
        if (!due || *due == 0)
            return; // off, nothing to do, or the store cannot say: the next day tries again
        QMetaObject::invokeMethod(self, [self, days, due] {
            if (!self || self->m_running)
                return;
            const int keep = *days;
            self->m_window->statusBar()->showMessage(
                tr("Applying the retention policy: deleting %1 logs older than %n day(s)\u2026",
                   nullptr, keep)
                    .arg(QLocale().toString(*due)));
            self->runRemoval(
                tr("Deleting %1 logs older than %n day(s)\u2026", nullptr, keep)
                    .arg(QLocale().toString(*due)),
                *due,
                [](LogStore *store, QString *error, const std::atomic_bool *cancel) {
                    return Retention::apply(*store, error, QDateTime::currentDateTimeUtc(), cancel);
                },
                [keep](qint64 n) {
                    return tr("Retention policy: %1 logs older than %n day(s) were deleted.",
                              nullptr, keep)
                        .arg(QLocale().toString(n));
                },
                true);
        });
    });
}
