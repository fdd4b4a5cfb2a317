// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A throwaway PostgreSQL 15 cluster for tests and benchmarks: initdb and pg_ctl (as the
// postgres user when the test runs as root, which initdb refuses) in a temporary folder, on a
// free loopback port, fsync off. Stopped and removed by stop() or the destructor. Never skips:
// start() fails with the reason when PostgreSQL is missing or does not come up.
class PostgresFixture
{
public:
    PostgresFixture() = default;
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    bool start(QString *error);
    void stop();
    // The server alone, for a dropped connection: stopServer() shuts it down (fast: every
    // connection is closed), startServer() starts it again on the same port and data.
    bool stopServer(QString *error);
    bool startServer(QString *error);
    bool isRunning() const { return !m_dataDir.isEmpty(); }

    quint16 port() const { return m_port; }
    QString user() const { return m_user; }
    // postgresql://USER@127.0.0.1:PORT/NAME; the database is created when it does not exist.
    QString databaseUrl(const QString &name, QString *error = nullptr);
    bool createDatabase(const QString &name, QString *error);
    // Runs SQL with psql in a database; returns its unaligned output (empty + error on failure).
    QString psql(const QString &database, const QString &sql, QString *error);

    // The newest /usr/lib/postgresql/*/bin, or empty.
    static QString binDir();

private:
    bool run(const QString &program, const QStringList &arguments, int timeoutMs, QString *output);

    QString m_bin, m_root, m_dataDir, m_user, m_serverOptions;
    quint16 m_port = 0;
    QStringList m_databases;
};
