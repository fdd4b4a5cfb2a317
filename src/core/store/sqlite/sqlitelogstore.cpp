// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a SqliteLogStore: the connection and its settings, the full-text file, the busy
// handler, the statement cache and the schema migrations. Writing, reading, bulk import and
// feedback are in sqlitewrite.cpp, sqliteread.cpp, sqlitebulkimport.cpp and sqlitefeedback.cpp.
#include "sqlitelogstore.h"

#include "ftsfeeder.h"
#include "payloadcodec.h"
#include "sqliteidhashes.h"
#include "sqlitemigrations.h"
#include "sqlitesupport.h"
#include "statementreset.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <chrono>
#include <thread>

using namespace SqliteSupport;

// --- opening -------------------------------------------------------------------------------------

SqliteLogStore::SqliteLogStore(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_location(path)
    , m_codec(std::make_unique<PayloadCodec>())
{ }

SqliteLogStore::~SqliteLogStore()
{
    // An unfinished bulk import: the feeder's uncommitted index is dropped, repaired on open.
    m_feeder.reset();
    for (sqlite3_stmt *st : std::as_const(m_statements))
        sqlite3_finalize(st);
    sqlite3_close_v2(m_db);
}

std::unique_ptr<SqliteLogStore> SqliteLogStore::openFile(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = QStringLiteral("it is a folder; name the store's file in it (e.g. %1)")
                         .arg(QDir(path).filePath(QLatin1StringView(kDefaultFileName)));
        return nullptr;
    }
    QString why;
    if (std::unique_ptr<SqliteLogStore> store = openWritable(path, &why))
        return store;
    // A full disk, a read-only folder or file: reading must still work while the file is
    // readable. Only for those reasons (never a lock or a damaged file) and an existing store.
    const QFileInfo info(path);
    bool cannotWrite = false;
    for (const int code :
         {SQLITE_FULL, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_PERM})
        cannotWrite = cannotWrite || why.contains(QString::fromUtf8(sqlite3_errstr(code)));
    if (cannotWrite && info.isFile() && info.isReadable() && info.size() > 0) {
        QString readWhy;
        if (std::unique_ptr<SqliteLogStore> store = openReadOnly(path, why, &readWhy))
            return store;
    }
    if (error)
        *error = why;
    return nullptr;
}

std::unique_ptr<SqliteLogStore>
SqliteLogStore::openReadOnly(const QString &path, const QString &writeError, QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<SqliteLogStore> {
        if (error)
            *error = message;
        return nullptr;
    };
    auto uri = [](const QString &file, const char *query) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath());
        url.setQuery(QString::fromLatin1(query));
        return url.toEncoded();
    };
    // mode=ro reads the WAL as well; immutable=1 (no locks, no -shm: a folder where not even
    // those can be made) only when that fails.
    std::unique_ptr<SqliteLogStore> store;
    // The connection itself may write (mode=ro makes the file read-only): an attached in-memory
    // database takes the connection's flags.
    for (const char *query : {"mode=ro", "mode=ro&immutable=1"}) {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(uri(path, query).constData(), &db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            sqlite3_close_v2(db);
            continue;
        }
        store.reset(new SqliteLogStore(db, path));
        sqlite3_busy_handler(db, &SqliteLogStore::onBusy, store.get());
        if (store->exec("SELECT count(*) FROM sqlite_schema", nullptr))
            break;
        store.reset();
    }
    if (!store)
        return fail(writeError);
    store->m_readOnly = true;
    store->m_readOnlyReason = writeError;
    QString why;
    const QByteArray settings = "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -"
        + QByteArray::number(kReaderCacheKb) + "; PRAGMA mmap_size = 0;";
    if (!store->exec(settings.constData(), &why))
        return fail(why);
    // The full-text index read-only as well; without a usable one, an empty index in memory
    // (word searches then find nothing, everything else works).
    const QByteArray ftsUri = uri(fullTextPath(path), "mode=ro&immutable=1");
    sqlite3_stmt *attach = nullptr;
    bool attached = QFileInfo::exists(fullTextPath(path))
        && sqlite3_prepare_v2(store->m_db, "ATTACH DATABASE ?1 AS fts", -1, &attach, nullptr)
            == SQLITE_OK;
    if (attached) {
        sqlite3_bind_text(attach, 1, ftsUri.constData(), int(ftsUri.size()), SQLITE_TRANSIENT);
        attached = sqlite3_step(attach) == SQLITE_DONE;
    }
    sqlite3_finalize(attach);
    if (!store->migrate(&why))
        return fail(why);
    if (attached && !store->ensureFullTextFile(nullptr)) {
        store->exec("DETACH DATABASE fts", nullptr);
        attached = false;
    }
    if (!attached
        && (!store->exec("ATTACH DATABASE ':memory:' AS fts", &why)
            || !store->exec(SqliteMigrations::kCreateFullText, &why)))
        return fail(why);
    return store;
}

namespace {

// Gatescope's own tables, one of which any store it wrote has (an SQL list).
constexpr char kOwnTables[] = "('meta', 'logs', 'payloads')";

// The tables of a database Gatescope never wrote (schema version 0, none of its own tables),
// a few by name; empty for a new or empty file, a store, or a file that cannot be read (its
// own error comes from the next step). Nothing is written into such a file: no WAL mode, no
// tables, no full-text file beside it.
QString otherProgramsTables(sqlite3 *db)
{
    sqlite3_stmt *st = nullptr;
    QString tables;
    const QByteArray sql = QByteArray("SELECT (SELECT user_version FROM pragma_user_version), "
                                      "(SELECT count(*) FROM main.sqlite_schema WHERE name IN ")
        + kOwnTables
        + "), (SELECT group_concat(name, ', ') FROM (SELECT name FROM main.sqlite_schema WHERE "
          "type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name LIMIT 4))";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 0
        && sqlite3_column_int(st, 1) == 0)
        tables = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 2)));
    sqlite3_finalize(st);
    return tables;
}

} // namespace

std::unique_ptr<SqliteLogStore> SqliteLogStore::openWritable(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<SqliteLogStore> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString message
            = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close_v2(db);
        return fail(message);
    }
    std::unique_ptr<SqliteLogStore> store(new SqliteLogStore(db, path));
    // Before any schema work: several threads may open a brand-new file at once.
    sqlite3_busy_handler(db, &SqliteLogStore::onBusy, store.get());
    QString why;
    if (const QString foreign = otherProgramsTables(db); !foreign.isEmpty())
        return fail(QStringLiteral("cannot open %1: it is a SQLite database of another program "
                                   "(tables %2), not a Gatescope store; it was not changed")
                        .arg(path, foreign));
    // 16 KB pages (only a new file takes them; set before WAL): a third fewer B-tree pages per
    // ~1 KB payload and a quarter of the WAL frames (one pwrite each) of 4 KB pages; an import
    // spends half the system time. WAL: readers never block the importer; synchronous=NORMAL:
    // a commit is durable against an application crash at once and against power loss at the
    // next checkpoint. A small page cache and no mmap: the app opens several connections (a
    // 64 MB cache and 256 MB mmap each took a 1,000,000-log store to 418 MB resident); the bulk
    // importer raises its own cache while it runs.
    // Incremental vacuum lets a prune or a forget give the space of what it removed back at once
    // (sqliteretention.cpp). Only a new file takes it, and setting it takes the write lock (which
    // another connection's import may hold for minutes): set on an empty file only.
    auto isEmptyFile = [db](const char *schema) {
        const QByteArray sql = QByteArray("PRAGMA ") + schema + ".page_count";
        sqlite3_stmt *st = nullptr;
        const bool empty = sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) == 0;
        sqlite3_finalize(st);
        return empty;
    };
    const QByteArray settings = "PRAGMA page_size = 16384; "
        + QByteArray(isEmptyFile("main") ? "PRAGMA auto_vacuum = INCREMENTAL; " : "")
        + "PRAGMA journal_mode = WAL; "
          "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; "
          "PRAGMA cache_size = -"
        + QByteArray::number(kReaderCacheKb) + "; PRAGMA mmap_size = 0;";
    if (!execRetrying(db, settings.constData(), &why))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, why));
    // The full-text index's own file.
    {
        sqlite3_stmt *attach = nullptr;
        const QByteArray ftsPath = fullTextPath(path).toUtf8();
        bool ok = sqlite3_prepare_v2(db, "ATTACH DATABASE ?1 AS fts", -1, &attach, nullptr)
            == SQLITE_OK;
        if (ok) {
            sqlite3_bind_text(attach, 1, ftsPath.constData(), int(ftsPath.size()),
                              SQLITE_TRANSIENT);
            ok = sqlite3_step(attach) == SQLITE_DONE;
        }
        if (!ok)
            why = store->lastError();
        sqlite3_finalize(attach);
        const QByteArray ftsSettings = "PRAGMA fts.page_size = 16384; "
            + QByteArray(ok && isEmptyFile("fts") ? "PRAGMA fts.auto_vacuum = INCREMENTAL; " : "")
            + "PRAGMA fts.journal_mode = WAL; PRAGMA fts.synchronous = NORMAL;";
        if (!ok || !execRetrying(db, ftsSettings.constData(), &why))
            return fail(QStringLiteral("cannot open %1: %2").arg(ftsPath, why));
    }
    if (!store->migrate(&why))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, why));
    if (!store->ensureFullTextFile(&why))
        return fail(QStringLiteral("cannot open %1: %2").arg(fullTextPath(path), why));
    // A crash after a bulk batch was committed but before its full-text entries were built
    // leaves rows past the .fts file's 'upto' mark: index them now. Without waiting: while
    // another connection imports, its rows are past the mark too, and it indexes them itself.
    if (!store->catchUpFullText(&why, false))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, why));
    return store;
}

void SqliteLogStore::setLockWaitNotifier(std::function<void(qint64 waitedMs)> notifier)
{
    s_lockWaitNotifier = std::move(notifier);
}

int SqliteLogStore::onBusy(void *self, int attempt)
{
    return static_cast<SqliteLogStore *>(self)->waitForLock(attempt) ? 1 : 0;
}

bool SqliteLogStore::waitForLock(int attempt)
{
    if (m_noWait)
        return false;
    if (attempt == 0) {
        m_lockWait.start();
        m_lockWaitNoticeMs = 0;
    }
    const qint64 waited = m_lockWait.elapsed();
    // An import waits its turn behind the others (they write a batch at a time, and the last
    // one's full-text catch-up can take minutes); anything else gives up as before. Short
    // sleeps: with SQLite's own backoff (up to 100 ms) a waiting writer lost every race to the
    // writer that held the lock and started its next batch at once.
    // m_feeder: finishing a bulk import (its deferred indexes) counts as importing. The
    // full-text catch-up after it keeps the short wait: it holds `main` while it waits for the
    // .fts file, which another import's full-text writer may hold until its next batch.
    const bool importing = m_bulk || m_feeder;
    if (waited >= (importing ? kImportLockWaitMs : kLockWaitMs))
        return false;
    if (importing && waited >= 2000 && waited - m_lockWaitNoticeMs >= 5000 && s_lockWaitNotifier) {
        m_lockWaitNoticeMs = waited;
        s_lockWaitNotifier(waited);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(attempt < 20 ? 1 : 4));
    return true;
}

bool SqliteLogStore::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

QString SqliteLogStore::lastError() const
{
    QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int primary = sqlite3_errcode(m_db) & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        message += damagedStoreHint();
    else if (primary == SQLITE_READONLY && m_readOnly)
        message
            += QStringLiteral(" (the store was opened for reading only: %1)").arg(m_readOnlyReason);
    return message;
}

QString SqliteLogStore::damagedStoreHint() const
{
    return QStringLiteral(": the store is damaged; PRAGMA integrity_check lists what is (sqlite3 "
                          "'%1' 'PRAGMA integrity_check')")
        .arg(m_location);
}

sqlite3_stmt *SqliteLogStore::statement(const QString &sql, QString *error)
{
    if (sqlite3_stmt *st = m_statements.value(sql)) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return st;
    }
    sqlite3_stmt *st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &st,
                           nullptr)
        != SQLITE_OK) {
        if (error)
            *error = lastError();
        return nullptr;
    }
    // Filters make new SQL texts; keep the cache from growing without bound.
    if (m_statements.size() > 200) {
        for (sqlite3_stmt *old : std::as_const(m_statements))
            sqlite3_finalize(old);
        m_statements.clear();
    }
    m_statements.insert(sql, st);
    return st;
}

bool SqliteLogStore::migrate(QString *error)
{
    auto readVersion = [this](QString *why) -> std::optional<int> {
        sqlite3_stmt *st = statement(u"PRAGMA user_version"_qs, why);
        if (!st)
            return std::nullopt;
        StatementReset reset(st);
        return sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    };
    // A version this build has no migration from: newer, or negative (a hand-edited or
    // damaged header; it must never index kMigrations).
    auto unreadable = [&](int version) {
        if (error) {
            *error = QStringLiteral("this store has schema version %1, which Gatescope cannot read")
                         .arg(version);
            if (version > kSchemaVersion)
                *error += QStringLiteral(" (this Gatescope reads up to version %1: open it with a "
                                         "newer Gatescope)")
                              .arg(kSchemaVersion);
        }
        return false;
    };
    // Version 0 is a file Gatescope has not written yet (empty: a database of another program's
    // is refused before, by openWritable()); with Gatescope's own tables in it, the version was
    // lost.
    auto populatedAtZero = [&]() {
        sqlite3_stmt *st = statement(u"SELECT count(*) FROM main.sqlite_schema WHERE name IN "_qs
                                         + QLatin1StringView(kOwnTables),
                                     nullptr);
        if (!st)
            return false;
        StatementReset reset(st);
        if (sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int64(st, 0) == 0)
            return false;
        if (error)
            *error = QStringLiteral("this store has schema version 0 but already holds tables "
                                    "of Gatescope's (its version was reset), which Gatescope "
                                    "cannot read");
        return true;
    };
    std::optional<int> version = readVersion(error);
    if (!version)
        return false;
    if (*version > kSchemaVersion || *version < 0)
        return unreadable(*version);
    if (*version == kSchemaVersion) {
        m_schemaVersion = *version;
        return true;
    }
    if (m_readOnly) {
        if (error)
            *error = QStringLiteral("this store has schema version %1 and must be brought to "
                                    "version %2 before it can be read, which needs writing: %3")
                         .arg(*version)
                         .arg(kSchemaVersion)
                         .arg(m_readOnlyReason);
        return false;
    }
    // Read again under the write lock: another connection (thread or process) opening the same
    // new file may have migrated it meanwhile.
    QString why;
    if (!execRetrying(m_db, "BEGIN IMMEDIATE", &why)) {
        if (error)
            *error = QStringLiteral("migrating the schema failed: %1").arg(why);
        return false;
    }
    version = readVersion(&why);
    if (version && (*version > kSchemaVersion || *version < 0)) {
        exec("ROLLBACK", nullptr);
        return unreadable(*version);
    }
    // Under the lock: a new file another connection is migrating is not mistaken for one.
    if (version && *version == 0 && populatedAtZero()) {
        exec("ROLLBACK", nullptr);
        return false;
    }
    while (version && *version < kSchemaVersion) {
        const QByteArray step = QByteArray(SqliteMigrations::step(*version))
            + "PRAGMA user_version = " + QByteArray::number(*version + 1) + ";";
        if (!exec(step.constData(), &why)) {
            exec("ROLLBACK", nullptr);
            if (error)
                *error = QStringLiteral("migrating the schema to version %1 failed: %2")
                             .arg(*version + 1)
                             .arg(why);
            return false;
        }
        ++*version;
    }
    if (!version || !exec("COMMIT", &why)) {
        exec("ROLLBACK", nullptr);
        if (error)
            *error = QStringLiteral("migrating the schema failed: %1").arg(why);
        return false;
    }
    m_schemaVersion = *version;
    return true;
}

const char *SqliteLogStore::migrationSql(int from)
{
    return SqliteMigrations::step(from);
}

bool SqliteLogStore::ensureFullTextFile(QString *error)
{
    // The .fts file must exist and belong to this store (a store file copied or replaced without
    // its .fts file); otherwise it is made anew and catchUpFullText() fills it from the payloads.
    auto matches = [this]() {
        sqlite3_stmt *st
            = statement(u"SELECT (SELECT value FROM main.meta WHERE key = 'store_uid') IS "
                        "(SELECT value FROM fts.fts_meta WHERE key = 'store_uid') AND EXISTS "
                        "(SELECT 1 FROM fts.sqlite_schema WHERE name = 'logs_fts')"_qs,
                        nullptr);
        if (!st)
            return false; // no fts_meta
        StatementReset reset(st);
        return sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) != 0;
    };
    if (matches())
        return true;
    if (!execRetrying(m_db, "BEGIN IMMEDIATE", error))
        return false;
    if (!matches() && !exec(SqliteMigrations::kCreateFullText, error)) {
        exec("ROLLBACK", nullptr);
        return false;
    }
    return exec("COMMIT", error);
}

QString SqliteLogStore::location() const
{
    return m_location;
}

int SqliteLogStore::schemaVersion() const
{
    return m_schemaVersion;
}

void SqliteLogStore::bindParameter(sqlite3_stmt *st, int i, const QVariant &value)
{
    bindVariant(st, i, value);
}
