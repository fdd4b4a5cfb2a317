// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewatcher.h"

#include "postgresconnection.h"

#include <QSqlDriver>
#include <QTimerEvent>

#include <libpq-fe.h>

using PostgresConnection::handleOf;

ChangeWatcher::ChangeWatcher(QSqlDatabase db, int ownPid,
                             std::function<void(const QString &)> onChange)
    : m_db(std::move(db))
    , m_name(m_db.connectionName())
    , m_ownPid(ownPid)
    , m_onChange(std::move(onChange))
{
    QObject::connect(
        m_db.driver(), &QSqlDriver::notification, this,
        [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
            const QString text = payload.toString();
            // The store's own writes are not news to its reader.
            if (text.section(u' ', 0, 0).toInt() == m_ownPid)
                return;
            m_onChange(text.section(u' ', 1));
        });
    // The server's last word ("terminating connection due to administrator command") says
    // why it ended; libpq would print it on stderr.
    if (pg_conn *conn = handleOf(m_db))
        PQsetNoticeProcessor(conn, &ChangeWatcher::keepNotice, this);
    // The driver reads the socket whenever it is readable: at its end libpq marks the
    // connection bad, which this notices.
    m_checkTimer = startTimer(kCheckMs);
}

ChangeWatcher::~ChangeWatcher()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void ChangeWatcher::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_checkTimer || m_db.driver()->isOpen())
        return;
    killTimer(m_checkTimer);
    m_checkTimer = 0;
    QString why = m_lastNotice;
    if (pg_conn *conn = handleOf(m_db); why.isEmpty() && conn)
        why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    if (why.isEmpty())
        why = u"the connection to the server was lost"_qs;
    m_db.close(); // its socket notifier goes with the socket
    m_onChange(u"lost "_qs + why);
}

void ChangeWatcher::keepNotice(void *self, const char *message)
{
    static_cast<ChangeWatcher *>(self)->m_lastNotice = QString::fromUtf8(message).trimmed();
}
