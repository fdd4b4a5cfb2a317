// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresconnection.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

namespace {

QAtomicInt connectionCounter;

QString uniqueConnectionName()
{
    return QStringLiteral("gatescope-pg-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

QMutex passwordProviderMutex;
PostgresLogStore::PasswordProvider passwordProvider;

} // namespace

namespace PostgresConnection {

std::optional<ConnectionSpec> parseLocation(const QString &location, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    auto fail = [error](const QString &message) -> std::optional<ConnectionSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return fail(u"not a PostgreSQL location: expected postgresql://user@host:port/dbname"_qs);
    if (!url.password().isEmpty())
        return fail(u"the PostgreSQL location must not contain a password: set PGPASSWORD "
                    "(or use ~/.pgpass) and give postgresql://user@host:port/dbname"_qs);
    ConnectionSpec spec;
    spec.location = location;
    spec.host = url.host();
    spec.user = url.userName();
    spec.port = url.port(5432);
    spec.database = url.path().mid(1);
    if (spec.database.isEmpty() || spec.database.contains(u'/'))
        return fail(u"the PostgreSQL location names no database: "
                    "postgresql://user@host:port/dbname"_qs);
    QStringList options {u"application_name=gatescope"_qs, u"connect_timeout=10"_qs};
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"password")
            return fail(u"the PostgreSQL location must not contain a password: set PGPASSWORD"_qs);
        options.append(key + u'=' + value);
    }
    spec.options = options.join(u';');
    return spec;
}

std::optional<QSqlDatabase> connect(const ConnectionSpec &spec, QString *error)
{
    const QString name = uniqueConnectionName();
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
        if (!db.isValid()) {
            why = u"the Qt PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql"_qs;
        } else {
            db.setHostName(spec.host);
            db.setPort(spec.port);
            db.setUserName(spec.user);
            db.setDatabaseName(spec.database);
            db.setConnectOptions(spec.options);
            // The provider's answer (the app's: typed, PGPASSWORD, keychain), else libpq's own
            // PGPASSWORD or ~/.pgpass.
            passwordProviderMutex.lock();
            const auto provider = passwordProvider;
            passwordProviderMutex.unlock();
            if (const QString password = provider ? provider(spec.location) : QString();
                !password.isEmpty())
                db.setPassword(password);
            if (db.open())
                return db;
            why = db.lastError().text().trimmed();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (error)
        *error = why;
    return std::nullopt;
}

pg_conn *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    // Qt 6.4 registers the handle's type as "pg_conn*" (libpq's struct behind PGconn).
    if (!v.isValid()
        || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

void setPasswordProvider(PostgresLogStore::PasswordProvider provider)
{
    const QMutexLocker lock(&passwordProviderMutex);
    passwordProvider = std::move(provider);
}

} // namespace PostgresConnection
