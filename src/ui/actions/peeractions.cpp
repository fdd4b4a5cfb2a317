// SPDX-License-Identifier: GPL-3.0-or-later
#include "peeractions.h"

#include "comparewindow.h"
#include "datasetdialog.h"
#include "datasetwriter.h"
#include "logstore.h"
#include "storeworker.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

namespace {

QMenu *menuNamed(QMainWindow *window, const QString &title)
{
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return window->menuBar()->addMenu(title);
}

} // namespace

PeerActions::PeerActions(QMainWindow *window, StoreWorker *worker, QWidget *list,
                         std::function<qint64()> selectedRowId, std::function<QString()> filter)
    : QObject(window)
    , m_window(window)
    , m_worker(worker)
    , m_selected(std::move(selectedRowId))
    , m_filter(std::move(filter))
{
    // MainWindow names its menus with these same words (tr in the MainWindow context).
    QMenu *log = menuNamed(window, QCoreApplication::translate("MainWindow", "&Log"));
    QMenu *file = menuNamed(window, QCoreApplication::translate("MainWindow", "&File"));

    m_mark = new QAction(tr("&Mark for Comparison"), this);
    m_mark->setObjectName(QStringLiteral("markLog"));
    m_mark->setShortcut(QKeySequence(Qt::Key_M));
    m_compare = new QAction(tr("&Compare\u2026"), this);
    m_compare->setObjectName(QStringLiteral("compareLogs"));
    m_compare->setShortcut(QKeySequence(Qt::Key_C));
    m_compare->setToolTip(tr("Compare the marked log (M) with the selected one, or a replay with "
                             "its original"));
    for (QAction *a : {m_mark, m_compare}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        list->addAction(a);
        log->addAction(a);
    }
    connect(m_mark, &QAction::triggered, this, &PeerActions::mark);
    connect(m_compare, &QAction::triggered, this, &PeerActions::compare);

    m_dataset = new QAction(tr("Save &as Dataset\u2026"), this);
    m_dataset->setObjectName(QStringLiteral("saveDataset"));
    connect(m_dataset, &QAction::triggered, this, &PeerActions::saveDataset);
    // With the file entries (Open Store, Import, Demo): before the first separator.
    QAction *before = nullptr;
    for (QAction *action : file->actions()) {
        if (action->isSeparator()) {
            before = action;
            break;
        }
    }
    file->insertAction(before, m_dataset);
}

QList<QAction *> PeerActions::actions() const
{
    return {m_mark, m_compare, m_dataset};
}

void PeerActions::message(const QString &text)
{
    m_window->statusBar()->showMessage(text, 8000);
}

void PeerActions::mark()
{
    const qint64 row = m_selected();
    if (row == 0)
        return;
    m_marked = row;
    message(tr("Marked for comparison: select another log and press C"));
}

void PeerActions::compare()
{
    const qint64 selected = m_selected();
    if (selected == 0) {
        message(tr("Select a log to compare"));
        return;
    }
    const qint64 marked = m_marked == selected ? 0 : m_marked;
    QPointer<PeerActions> self(this);
    m_worker->post([self, marked, selected](LogStore *store) {
        QString error;
        std::optional<LogRecord> right
            = store ? store->recordByRowId(selected, &error) : std::nullopt;
        std::optional<LogRecord> left;
        if (right && marked != 0)
            left = store->recordByRowId(marked, &error);
        else if (right && !right->replayOf.isEmpty())
            left = store->record(right->replayOf, &error); // a replay and its original
        QMetaObject::invokeMethod(self, [self, left, right, error, marked] {
            if (!self)
                return;
            if (!left || !right) {
                self->message(!error.isEmpty() ? error
                                  : marked == 0
                                  ? tr("Mark a log with M first, then select another and press C")
                                  : tr("The marked log is no longer in the store"));
                return;
            }
            auto *window = new CompareWindow(*left, *right);
            window->show();
            Q_EMIT self->compareOpened(window);
        });
    });
}

void PeerActions::saveDataset()
{
    const QString filter = m_filter();
    const qint64 selected = m_selected();
    QPointer<PeerActions> self(this);
    // Count first (on the worker), then ask.
    m_worker->post([self, filter, selected](LogStore *store) {
        QString error;
        const std::optional<qint64> count = store ? store->count(filter, &error) : std::nullopt;
        QMetaObject::invokeMethod(self, [self, filter, selected, count, error] {
            if (!self)
                return;
            if (!count) {
                self->message(error);
                return;
            }
            DatasetDialog dialog(filter, *count, selected != 0, self->m_window);
            if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
                return;
            const QString path = dialog.path();
            const DatasetWriter::Format format = dialog.format();
            const DatasetWriter::Images images = dialog.images();
            const bool selectionOnly = dialog.selectionOnly();
            self->message(tr("Saving the dataset\u2026"));
            self->m_worker->post([self, filter, selected, path, format, images,
                                  selectionOnly](LogStore *store) {
                QString error;
                std::optional<DatasetWriter::Summary> summary;
                if (store) {
                    DatasetWriter writer(*store);
                    writer.setImages(images);
                    summary = selectionOnly ? writer.writeRows(path, {selected}, format, &error)
                                            : writer.write(path, filter, format, &error);
                }
                QMetaObject::invokeMethod(self, [self, summary, error, path] {
                    if (!self)
                        return;
                    if (!summary) {
                        QMessageBox::warning(self->m_window, tr("Save as Dataset"),
                                             tr("The dataset could not be saved: %1").arg(error));
                        return;
                    }
                    QString text
                        = tr("%n logs written to %1.", nullptr, int(summary->written)).arg(path);
                    if (summary->doNotTrack > 0)
                        text += u' '
                            + tr("%n Do-Not-Track logs were left out: they have no content.",
                                 nullptr, int(summary->doNotTrack));
                    if (summary->noConversation + summary->noAnswer > 0)
                        text += u' '
                            + tr("%n logs were left out that have no conversation or no answer.",
                                 nullptr, int(summary->noConversation + summary->noAnswer));
                    if (summary->imageFiles > 0)
                        text += u' '
                            + tr("%n images were written to %1.", nullptr, int(summary->imageFiles))
                                  .arg(summary->imageFolder);
                    self->message(text);
                    QMessageBox::information(self->m_window, tr("Save as Dataset"), text);
                });
            });
        });
    });
}
