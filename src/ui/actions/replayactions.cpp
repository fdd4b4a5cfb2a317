// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayactions.h"

#include "configview.h"
#include "detailpanel.h"
#include "playgroundwindow.h"
#include "promptplaygroundwindow.h"
#include "replaypolicy.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>
#include <QToolButton>

ReplayActions::ReplayActions(QMenu *log, StoreWorker *worker, DetailPanel *detail,
                             std::function<qint64()> selectedRowId, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_detail(detail)
    , m_selected(std::move(selectedRowId))
    , m_replay(new QAction(QCoreApplication::translate("MainWindow", "&Replay\u2026"), parent))
{
    m_replay->setObjectName(QStringLiteral("replay"));
    m_replay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // Always enabled, so Ctrl+R on a log that cannot be replayed says why (replayCurrent)
    // instead of doing nothing; the tooltip follows the panel's Replay button.
    m_replay->setToolTip(QCoreApplication::translate("MainWindow", "Select a log to replay it"));
    connect(m_replay, &QAction::triggered, this, &ReplayActions::replayCurrent);
    log->addAction(m_replay);
    connect(m_detail, &DetailPanel::loaded, this,
            [this] { m_replay->setToolTip(m_detail->replayButton()->toolTip()); });
    connect(m_detail, &DetailPanel::replayRequested, this, &ReplayActions::replayCurrent);
    connect(m_detail, &DetailPanel::configRequested, this, [this](const QString &configId) {
        auto *view = new ConfigView(m_detail->record(), configId);
        view->show();
    });
    connect(m_detail, &DetailPanel::promptRequested, this, [this](const QString &promptId) {
        PromptPlaygroundWindow::open(m_detail->record(), promptId);
    });
}

void ReplayActions::replayCurrent()
{
    const qint64 selected = m_selected();
    if (!m_detail->isLoaded() || m_detail->rowId() != selected) {
        if (selected == 0) {
            Q_EMIT message(QCoreApplication::translate("MainWindow", "Select a log to replay it."),
                           5000);
            return;
        }
        // Load the log in the panel first; the policy is checked on what it shows.
        auto *once = new QObject(this);
        connect(m_detail, &DetailPanel::loaded, once, [this, once] {
            once->deleteLater();
            if (m_detail->replayButton()->isEnabled())
                replayCurrent();
            else
                Q_EMIT message(
                    QCoreApplication::translate("MainWindow", "This log cannot be replayed: %1")
                        .arg(m_detail->replayButton()->toolTip()),
                    8000);
        });
        Q_EMIT openRequested();
        return;
    }
    const ReplayEligibility eligibility
        = ReplayPolicy::eligibility(m_detail->record(), ReplayPolicy::cachedLookup());
    if (!eligibility.allowed) {
        Q_EMIT message(QCoreApplication::translate("MainWindow", "This log cannot be replayed: %1")
                           .arg(eligibility.reason),
                       8000);
        return;
    }
    auto *playground = new PlaygroundWindow(m_detail->record());
    connect(playground, &PlaygroundWindow::saveAsLogRequested, this, [this](const LogRecord &r) {
        QPointer<ReplayActions> self(this);
        m_worker->post([self, r](LogStore *store) {
            QString error;
            const bool ok = store && store->insert({r}, &error);
            QMetaObject::invokeMethod(self, [self, ok, error, id = r.id] {
                if (!self)
                    return;
                Q_EMIT self->message(
                    ok ? QCoreApplication::translate("MainWindow", "Saved the run as log %1")
                             .arg(id)
                       : QCoreApplication::translate("MainWindow", "Could not save the run: %1")
                             .arg(error),
                    8000);
                if (ok)
                    Q_EMIT self->logSaved();
            });
        });
    });
    playground->show();
}
