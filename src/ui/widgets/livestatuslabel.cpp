// SPDX-License-Identifier: GPL-3.0-or-later
#include "livestatuslabel.h"

#include "livesession.h"
#include "logtablemodel.h"

#include <QAction>

LiveStatusLabel::LiveStatusLabel(const LiveSession *live, const QAction *follow, bool sharedStore,
                                 QWidget *parent)
    : QLabel(parent)
    , m_live(live)
    , m_follow(follow)
    , m_shared(sharedStore)
{
    setObjectName(QStringLiteral("liveLabel"));
    hide();
    connect(live, &LiveSession::stateChanged, this, [this] { refresh(); });
    connect(live, &LiveSession::rowsStored, this, [this] { refresh(); });
    connect(live, &LiveSession::gapDetected, this, [this] { refresh(); });
}

void LiveStatusLabel::setStoreOpened(bool opened)
{
    m_storeOpened = opened;
}

void LiveStatusLabel::watch(const LogTableModel *model)
{
    connect(model, &LogTableModel::watchingOthers, this, [this] {
        m_watching = true;
        m_problem.clear();
        m_lost.clear();
        refresh();
    });
    // The server restarted or the network went: said until the model has reconnected.
    connect(model, &LogTableModel::watchLost, this, [this](const QString &reason) {
        m_watching = false;
        m_lost = reason.isEmpty() ? tr("the connection was lost") : reason;
        refresh();
    });
    connect(model, &LogTableModel::watchFailed, this, [this](const QString &message) {
        m_watching = false;
        m_problem = message;
        refresh();
    });
}

void LiveStatusLabel::addUnseen(int count)
{
    m_unseen += count;
    refresh();
}

void LiveStatusLabel::clearUnseen()
{
    m_unseen = 0;
    refresh();
}

void LiveStatusLabel::refresh()
{
    if (m_live->state() == LiveSession::State::Idle && m_shared) {
        refreshShared();
        return;
    }
    if (m_live->state() == LiveSession::State::Idle) {
        hide();
        return;
    }
    const bool following = m_follow->isChecked();
    QStringList parts {m_live->stateMessage()};
    if (m_live->storedCount() > 0)
        parts << tr("%n live log(s)", nullptr, int(m_live->storedCount()));
    if (!m_live->gaps().isEmpty())
        parts << tr("%n gap(s)", nullptr, int(m_live->gaps().size()));
    if (m_live->isActive() && following)
        parts << tr("following");
    else if (m_live->isActive() && m_unseen > 0)
        parts << tr("paused, %n new above", nullptr, m_unseen);
    else if (m_live->isActive())
        parts << tr("paused");
    setText(parts.join(QStringLiteral(" \u00b7 ")));
    setToolTip(m_live->options().mode == LiveSession::Mode::Proxy
                   ? tr("Recording proxy: point clients at http://%1").arg(m_live->proxyAddress())
                   : tr("Gateway log stream"));
    show();
}

// Others' logs arrive as live ones do: say whether they are watched and if paused.
void LiveStatusLabel::refreshShared()
{
    QString text;
    QString tip = tr("Logs and feedback that collectors and other desktops store in this "
                     "PostgreSQL database appear as they are committed. View > Follow Live "
                     "keeps the newest in view.");
    if (!m_storeOpened) {
        text = tr("Shared store: not connected");
    } else if (!m_lost.isEmpty()) {
        text = tr("Shared store: connection lost \u2014 reconnecting\u2026");
        tip = tr("The connection to the store was lost: %1\n\nGatescope connects again by "
                 "itself, waiting longer after each failed try (up to 30 s), and then "
                 "shows what was stored meanwhile. View > Reload tries at once.")
                  .arg(m_lost.trimmed());
    } else if (!m_problem.isEmpty()) {
        text = tr("Shared store: logs others add are not shown (%1)").arg(m_problem.simplified());
    } else if (!m_watching) {
        text = tr("Shared store");
    } else if (m_follow->isChecked()) {
        text = tr("Shared store \u00b7 following");
    } else if (m_unseen > 0) {
        text = tr("Shared store \u00b7 paused, %n new above", nullptr, m_unseen);
    } else {
        text = tr("Shared store \u00b7 paused");
    }
    setText(text);
    setToolTip(tip);
    show();
}
