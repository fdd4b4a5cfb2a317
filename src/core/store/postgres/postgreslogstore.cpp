// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a PostgresLogStore: the session, its statements (run, exec), the schema migrations,
// bulk imports and the indexes and full text they defer, and the change watch. Writing, reading
// and feedback are in postgreswrite.cpp, postgresread.cpp and postgresfeedback.cpp.
#include "postgreslogstore.h"
#include "postgresresult.h"

#include "changewatcher.h"
#include "payloadcodec.h"
#include "postgresconnection.h"
#include "postgresfulltext.h"
#include "postgresmigrations.h"
#include "postgrestextwriter.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <mutex>
#include <thread>

namespace {

// Serialises schema migrations between processes opening the same database at once.
constexpr qint64 kMigrationLock = 0x6761746573636f70; // "gatescop"
// Held (shared) by every session in a bulk import; an open repairs the full-text index only
// when it can take it exclusively, so it never indexes the rows of an import still running.
constexpr qint64 kBulkImportLock = 0x6761746573627569; // "gatesbui"

// libpq type oids of the bound parameters and COPY columns.
constexpr Oid kInt8 = 20, kText = 25, kFloat8 = 701, kBytea = 17;

void ignoreNotice(void *, const char *) { }

} // namespace

// --- opening -------------------------------------------------------------------------------------

PostgresLogStore::PostgresLogStore(const QString &location, const QString &connectionName)
    : m_location(location)
    , m_connectionName(connectionName)
    , m_codec(std::make_unique<PayloadCodec>())
{ }

PostgresLogStore::~PostgresLogStore()
{
    m_textWriter.reset(); // writes what it was given, as finishBulkImport() would
    // An import given up without finishBulkImport(): its lock goes now, not when the server
    // gets round to ending the session, so that the next open completes what it deferred.
    if (m_bulk && m_conn)
        run(u"SELECT pg_advisory_unlock_shared($1)"_qs, {kBulkImportLock}, nullptr);
    m_watcher.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void PostgresLogStore::setPasswordProvider(PasswordProvider provider)
{
    PostgresConnection::setPasswordProvider(std::move(provider));
}

std::unique_ptr<PostgresLogStore> PostgresLogStore::openUrl(const QString &location, QString *error)
{
    const auto spec = PostgresConnection::parseLocation(location, error);
    if (!spec)
        return nullptr;
    QString why;
    auto db = PostgresConnection::connect(*spec, &why);
    if (!db) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(location, why);
        return nullptr;
    }
    std::unique_ptr<PostgresLogStore> store(new PostgresLogStore(location, db->connectionName()));
    store->m_db = *db;
    db.reset(); // the store holds the only handle, so its destructor can remove the connection
    store->m_conn = PostgresConnection::handleOf(store->m_db);
    if (!store->m_conn) {
        if (error)
            *error = QStringLiteral("cannot open %1: the QPSQL driver gave no libpq handle")
                         .arg(location);
        return nullptr;
    }
    PQsetNoticeProcessor(store->m_conn, ignoreNotice, nullptr);
    store->m_backendPid = PQbackendPID(store->m_conn);
    if (!store->migrate(&why) || !store->completeDeferredIndexing(&why)) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(location, why);
        return nullptr;
    }
    return store;
}

const char *PostgresLogStore::migrationSql(int from)
{
    return PostgresMigrations::step(from);
}

QString PostgresLogStore::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

PostgresLogStore::Result PostgresLogStore::run(const QString &sql, const QVariantList &params,
                                               QString *error, bool binaryResult)
{
    const int n = int(params.size());
    std::vector<Oid> types(n, 0);
    std::vector<QByteArray> values(n);
    std::vector<const char *> pointers(n, nullptr);
    std::vector<int> lengths(n, 0), formats(n, 0);
    for (int i = 0; i < n; ++i) {
        const QVariant &v = params.at(i);
        if (v.isNull())
            continue;
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Bool:
            types[i] = kInt8;
            values[i] = QByteArray::number(v.toLongLong());
            break;
        case QMetaType::Double:
            types[i] = kFloat8;
            values[i] = QByteArray::number(v.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            types[i] = kBytea;
            values[i] = v.toByteArray();
            formats[i] = 1;
            break;
        default:
            types[i] = kText;
            values[i] = v.toString().toUtf8();
            values[i].replace('\0', QByteArray());
            break;
        }
        pointers[i] = values[i].constData();
        lengths[i] = int(values[i].size());
    }
    PGresult *r = PQexecParams(m_conn, sql.toUtf8().constData(), n, types.data(), pointers.data(),
                               lengths.data(), formats.data(), binaryResult ? 1 : 0);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        if (error)
            *error = r ? QString::fromUtf8(PQresultErrorMessage(r)).trimmed() : lastError();
        if (error && error->isEmpty())
            *error = lastError();
        PQclear(r);
        return Result();
    }
    return Result(r);
}

bool PostgresLogStore::exec(const char *sql, QString *error)
{
    PGresult *r = PQexec(m_conn, sql);
    const ExecStatusType status = PQresultStatus(r);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok && error)
        *error = r ? QString::fromUtf8(PQresultErrorMessage(r)).trimmed() : lastError();
    PQclear(r);
    return ok;
}

bool PostgresLogStore::migrate(QString *error)
{
    auto fail = [&](const QString &message) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = message;
        return false;
    };
    QString why;
    if (!exec("BEGIN", error))
        return false;
    if (!run(u"SELECT pg_advisory_xact_lock($1)"_qs, {kMigrationLock}, &why)
        || !run(u"CREATE TABLE IF NOT EXISTS gatescope_schema (version integer NOT NULL)"_qs, {},
                &why))
        return fail(why);
    Result current = run(u"SELECT coalesce(max(version), 0) FROM gatescope_schema"_qs, {}, &why);
    if (!current)
        return fail(why);
    // Read as 64 bits: a version written by hand (or by a newer program) must be refused as it
    // is, never truncated into a step of kMigrations.
    const qint64 stored = current.int64(0, 0);
    if (stored > kSchemaVersion || stored < 0) {
        QString message = QStringLiteral("this store has schema version %1, which Gatescope "
                                         "cannot read")
                              .arg(stored);
        if (stored > kSchemaVersion)
            message += QStringLiteral(" (this Gatescope reads up to version %1: open it with a "
                                      "newer Gatescope)")
                           .arg(kSchemaVersion);
        return fail(message);
    }
    int version = int(stored);
    if (version == 0) {
        // No version yet is a new database; with our tables in it, the version was lost.
        Result tables = run(u"SELECT to_regclass('logs') IS NOT NULL"_qs, {}, &why);
        if (!tables)
            return fail(why);
        if (tables.rows() && tables.text(0, 0) == u"t")
            return fail(QStringLiteral("this store has schema version 0 but already holds "
                                       "tables of Gatescope's (its version was reset), which "
                                       "Gatescope cannot read"));
    }
    while (version < kSchemaVersion) {
        if (!exec(PostgresMigrations::step(version), &why))
            return fail(QStringLiteral("migrating the schema to version %1 failed: %2")
                            .arg(version + 1)
                            .arg(why));
        ++version;
    }
    if (!run(u"DELETE FROM gatescope_schema"_qs, {}, &why)
        || !run(u"INSERT INTO gatescope_schema (version) VALUES ($1)"_qs, {qint64(version)}, &why)
        || !exec("COMMIT", &why))
        return fail(why);
    m_schemaVersion = version;
    return true;
}

QString PostgresLogStore::location() const
{
    return m_location;
}

int PostgresLogStore::schemaVersion() const
{
    return m_schemaVersion;
}

// --- full text and bulk import ----------------------------------------------------------------

qint64 PostgresLogStore::pendingFullTextRows()
{
    // Rows an older version's bulk import left without a tsvector, or every row while a bulk
    // import has the full-text index deferred (word searches then scan); and the rows whose
    // text a bulk import's writer has still to index.
    Result r = run(u"SELECT CASE WHEN EXISTS (SELECT 1 FROM gatescope_deferred_indexes WHERE "
                   "name = 'log_text_tsv') THEN (SELECT count(*) FROM log_text) ELSE (SELECT "
                   "count(*) FROM log_text WHERE tsv IS NULL) END + (SELECT "
                   "coalesce(sum(text_rows), 0) FROM gatescope_text_pending)"_qs,
                   {}, nullptr);
    return r && r.rows() ? r.int64(0, 0) : 0;
}

bool PostgresLogStore::catchUpFullText(QString *error)
{
    // Rows whose text an older version's bulk import stored for later (finished or crashed).
    QString why;
    const QString sql = u"UPDATE log_text SET tsv = "_qs
        + PostgresFullText::tsvectorOf(u"coalesce(body, '')"_qs)
        + u", body = NULL WHERE tsv IS NULL";
    if (!run(sql, {}, &why)) {
        if (error)
            *error = QStringLiteral("building the full-text index failed: %1").arg(why);
        return false;
    }
    return true;
}

bool PostgresLogStore::buildDeferredIndexes(QString *error)
{
    // The full-text index first: it takes longest.
    Result deferred = run(u"SELECT name, definition FROM gatescope_deferred_indexes ORDER BY "
                          "name <> 'log_text_tsv', name"_qs,
                          {}, error);
    if (!deferred)
        return false;
    // A sort per index instead of a million insertions, by this session and a second one at
    // once (two cores; two CREATE INDEX on one table do not wait for each other). One
    // transaction each, so that other writers wait for one index at a time (CREATE INDEX holds
    // off writes to its table), and what is built stays built if a session dies half-way.
    std::mutex mutex;
    int next = 0;
    QString failure;
    auto build = [&](PostgresLogStore &session) {
        for (;;) {
            int row;
            {
                const std::lock_guard lock(mutex);
                if (next == deferred.rows() || !failure.isEmpty())
                    return;
                row = next++;
            }
            QString why;
            if (!session.buildIndex(deferred.text(row, 0), deferred.text(row, 1), &why)) {
                const std::lock_guard lock(mutex);
                failure = QStringLiteral("building the index %1 failed: %2")
                              .arg(deferred.text(row, 0), why);
                return;
            }
        }
    };
    std::thread second;
    if (deferred.rows() > 1) {
        second = std::thread([&] {
            QString ignored; // without a second session this one builds them all
            if (auto session = PostgresLogStore::openUrl(m_location, &ignored))
                build(*session);
        });
    }
    build(*this);
    if (second.joinable())
        second.join();
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    // CREATE INDEX gathers no statistics; the imported logs are new to the planner.
    return deferred.rows() == 0 || exec("ANALYZE logs, log_text", error);
}

bool PostgresLogStore::buildIndex(const QString &name, const QString &definition, QString *error)
{
    QString create = definition;
    create.replace(u"CREATE INDEX "_qs, u"CREATE INDEX IF NOT EXISTS "_qs);
    const bool ok = exec("BEGIN", error) && exec("SET LOCAL maintenance_work_mem = '256MB'", error)
        && run(create, {}, error)
        && run(u"DELETE FROM gatescope_deferred_indexes WHERE name = $1"_qs, {name}, error)
        && exec("COMMIT", error);
    if (!ok)
        exec("ROLLBACK", nullptr);
    return ok;
}

bool PostgresLogStore::completeDeferredIndexing(QString *error)
{
    // What a bulk import left undone when it finished while another ran, or when it died (its
    // session, and so its lock, is gone): the text its writer did not index, the indexes it
    // deferred, old-style pending text.
    QString why;
    Result free = run(u"SELECT pg_try_advisory_lock($1)"_qs, {kBulkImportLock}, &why);
    if (!free) {
        if (error)
            *error = why;
        return false;
    }
    if (free.text(0, 0) != u"t")
        return true; // an import is running; the last one to finish builds them
    // The text first, so that a deferred full-text index is built over all of it.
    const bool ok
        = indexPendingText(error) && buildDeferredIndexes(error) && catchUpFullText(error);
    run(u"SELECT pg_advisory_unlock($1)"_qs, {kBulkImportLock}, nullptr);
    return ok;
}

bool PostgresLogStore::beginBulkImport(QString *error)
{
    if (m_bulk)
        return true;
    if (!run(u"SELECT pg_advisory_lock_shared($1)"_qs, {kBulkImportLock}, error))
        return false;
    m_bulk = true;
    QString why;
    if (!exec("BEGIN", &why))
        return true; // the import goes on with every index in place
    if (deferIndexesOfEmptyStore(&why))
        exec("COMMIT", &why);
    else
        exec("ROLLBACK", nullptr);
    // Without a second session (the server refuses one), the text is indexed in each batch.
    m_textWriter = std::make_unique<TextWriter>(m_location);
    if (!m_textWriter->isWriting())
        m_textWriter.reset();
    return true;
}

bool PostgresLogStore::deferIndexesOfEmptyStore(QString *why)
{
    // Into an empty store, building the secondary indexes once at the end (a sort each) is far
    // cheaper than updating a dozen of them row by row, and nobody's queries rely on them yet.
    // The primary keys, the id (duplicates) and the list order stay, so other writers and
    // readers keep working, only slower. The drop commits with the list of what to build
    // again, so the next open after a crash builds them. A session holding a lock on logs for
    // more than a moment (a long query) keeps the indexes where they are.
    if (!exec("SET LOCAL lock_timeout = '2s'", why))
        return false;
    Result empty = run(u"SELECT NOT EXISTS (SELECT 1 FROM logs)"_qs, {}, why);
    if (!empty || empty.text(0, 0) != u"t")
        return false;
    // Every index of logs and log_text but the unique ones, the list order and the (always
    // empty) list of old-style pending text.
    Result deferred = run(
        u"INSERT INTO gatescope_deferred_indexes (name, definition) SELECT c.relname, "
        "pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE i.indrelid IN ('logs'::regclass, 'log_text'::regclass) AND NOT i.indisunique "
        "AND c.relname NOT IN ('logs_time', 'log_text_pending') ON CONFLICT (name) DO NOTHING "
        "RETURNING quote_ident(name)"_qs,
        {}, why);
    if (!deferred)
        return false;
    for (int row = 0; row < deferred.rows(); ++row) {
        if (!run(u"DROP INDEX " + deferred.text(row, 0), {}, why))
            return false;
    }
    return true;
}

bool PostgresLogStore::finishBulkImport(QString *error)
{
    // What the writer could not write stays listed in gatescope_text_pending, indexed below.
    if (m_textWriter)
        m_textWriter->finish(nullptr);
    m_textWriter.reset();
    if (m_bulk)
        run(u"SELECT pg_advisory_unlock_shared($1)"_qs, {kBulkImportLock}, nullptr);
    m_bulk = false;
    // The last import to finish builds what the imports deferred.
    return completeDeferredIndexing(error);
}

// --- changes by others -------------------------------------------------------------------------

bool PostgresLogStore::watchChanges(std::function<void(const QString &)> onChange, QString *error)
{
    auto spec = PostgresConnection::parseLocation(m_location, error);
    if (!spec)
        return false;
    // A server that vanished without closing the connection is noticed in about a minute (the
    // URL's own keepalive settings come later and win).
    spec->options.prepend(
        u"keepalives=1;keepalives_idle=30;keepalives_interval=10;keepalives_count=3;"_qs);
    auto db = PostgresConnection::connect(*spec, error);
    if (!db)
        return false;
    if (!db->driver()->subscribeToNotification(QString::fromLatin1(kChannel))) {
        if (error)
            *error = db->driver()->lastError().text();
        const QString name = db->connectionName();
        db->close();
        db.reset();
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    m_watcher = std::make_unique<ChangeWatcher>(*db, m_backendPid, std::move(onChange));
    return true;
}
