// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QTimerEvent;

// Delivers NOTIFYs on gatescope_logs from a connection of its own, in the thread that made it.
// A lost connection (a server restart; a peer gone silent, after the TCP keepalives watchChanges
// asks for) is delivered once as "lost REASON", and the watch has ended.
class ChangeWatcher : public QObject
{
public:
    ChangeWatcher(QSqlDatabase db, int ownPid, std::function<void(const QString &)> onChange);
    ~ChangeWatcher() override;
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    static constexpr int kCheckMs = 1000;
    static void keepNotice(void *self, const char *message);

    QSqlDatabase m_db;
    QString m_name;
    int m_ownPid;
    std::function<void(const QString &)> m_onChange;
    int m_checkTimer = 0;
    QString m_lastNotice;
};
