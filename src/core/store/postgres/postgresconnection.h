// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgreslogstore.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct pg_conn;

// Where a PostgreSQL store is and how to connect to it: parsed from its location URL.
struct ConnectionSpec
{
    QString host, user, database, options;
    int port = 5432;
    QString location; // as given: what the password provider is asked about
};

// Connecting to a PostgreSQL store through Qt's QPSQL driver, for the store's sessions and its
// change watcher. Never takes a password from the location.
namespace PostgresConnection {

// location: postgresql://user@host:port/dbname[?options] (also postgres://).
std::optional<ConnectionSpec> parseLocation(const QString &location, QString *error);
// Opens a QPSQL connection under a new name; on failure the name is removed again.
std::optional<QSqlDatabase> connect(const ConnectionSpec &spec, QString *error);
// libpq's handle of an open connection; null if the driver gives none.
pg_conn *handleOf(const QSqlDatabase &db);
// See PostgresLogStore::setPasswordProvider().
void setPasswordProvider(PostgresLogStore::PasswordProvider provider);

} // namespace PostgresConnection
