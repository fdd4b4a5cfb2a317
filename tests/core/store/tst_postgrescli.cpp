// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlines.h"
#include "logstore.h"
#include "postgresfixture.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// gatescope-cli with --db postgresql://user@host:port/db: import, query, export, stats and demo
// give on a PostgreSQL store what they give on a SQLite file; an import killed with kill -9
// leaves what it committed, and the next open builds the indexes it deferred. On a throwaway
// PostgreSQL the test starts; it fails, never skips, when it cannot.
class TestPostgresCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameResultsAsSqlite();
    void demoAndPasswordRefusal();
    void exportWritesWhatTheRecordsHold();
    void passwordIsNeverPrinted();
    void killedImportIsCompletedOnOpen();

private:
    QString sql(const QString &database, const QString &statement);
    // Every index of the store's tables with its definition, one per line, by name.
    QString indexes(const QString &database);

    PostgresFixture m_postgres;
    QTemporaryDir m_dir;
};

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args, const QString &home = {})
{
    QProcess p;
    if (!home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_qs, home);
        env.insert(u"XDG_CONFIG_HOME"_qs, home + u"/.config"_qs);
        env.insert(u"XDG_DATA_HOME"_qs, home + u"/.local/share"_qs);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(home);
    }
    p.start(qEnvironmentVariable("GATESCOPE_CLI"), args);
    if (!p.waitForFinished(300000))
        qFatal("gatescope-cli did not finish: %s", qPrintable(args.join(u' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject lastJson(const QByteArray &out)
{
    QList<QByteArray> lines = out.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

void TestPostgresCli::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("GATESCOPE_CLI").isEmpty());
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
}

void TestPostgresCli::cleanupTestCase()
{
    m_postgres.stop();
}

void TestPostgresCli::sameResultsAsSqlite()
{
    QString error;
    const QString pg = m_postgres.databaseUrl(u"cli"_qs, &error);
    QVERIFY2(!pg.isEmpty(), qPrintable(error));
    const QString lite = m_dir.filePath(u"cli.sqlite"_qs);
    const QString file = TestData::path(u"cli/portkey_export_small.jsonl"_qs);

    const Run pgImport = cli({u"import"_qs, u"--db"_qs, pg, file});
    const Run liteImport = cli({u"import"_qs, u"--db"_qs, lite, file});
    QVERIFY2(pgImport.exitCode == 0, pgImport.err.constData());
    QCOMPARE(liteImport.exitCode, 0);
    const QJsonObject summary = lastJson(pgImport.out);
    QCOMPARE(summary.value(u"imported").toInt(), 5);
    QCOMPARE(summary.value(u"skipped").toInt(), 1);
    // Again: every record is a duplicate, nothing stored twice.
    QCOMPARE(lastJson(cli({u"import"_qs, u"--db"_qs, pg, file}).out).value(u"duplicates").toInt(),
             5);

    for (const QStringList &command :
         {QStringList {u"query"_qs, u"--json"_qs, u"--limit"_qs, u"0"_qs},
          QStringList {u"query"_qs, u"--json"_qs, u"--filter"_qs, u"model:gpt-4o"_qs},
          QStringList {u"query"_qs, u"--json"_qs, u"--filter"_qs, u"status:>=400"_qs},
          QStringList {u"stats"_qs, u"--json"_qs}}) {
        const Run a = cli(QStringList {command.first(), u"--db"_qs, pg} + command.mid(1));
        const Run b = cli(QStringList {command.first(), u"--db"_qs, lite} + command.mid(1));
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QCOMPARE(b.exitCode, 0);
        QVERIFY(!a.out.isEmpty());
        QCOMPARE(a.out, b.out);
    }
    const QString pgOut = m_dir.filePath(u"pg.jsonl"_qs),
                  liteOut = m_dir.filePath(u"lite.jsonl"_qs);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, pg, u"--out"_qs, pgOut}).exitCode, 0);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, lite, u"--out"_qs, liteOut}).exitCode, 0);
    QFile a(pgOut), b(liteOut);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray exported = a.readAll();
    QVERIFY(!exported.isEmpty());
    QCOMPARE(exported, b.readAll());
}

void TestPostgresCli::demoAndPasswordRefusal()
{
    QString error;
    const QString pg = m_postgres.databaseUrl(u"demo"_qs, &error);
    const Run demo = cli({u"demo"_qs, u"--db"_qs, pg, u"--count"_qs, u"2000"_qs});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const Run stats = cli({u"stats"_qs, u"--db"_qs, pg, u"--json"_qs});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(lastJson(stats.out).value(u"count").toInt(), 2000);

    const Run refused = cli({u"stats"_qs, u"--db"_qs,
                             QStringLiteral("postgresql://%1:secret@127.0.0.1:%2/demo")
                                 .arg(m_postgres.user())
                                 .arg(m_postgres.port())});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("PGPASSWORD"), refused.err.constData());
}

void TestPostgresCli::exportWritesWhatTheRecordsHold()
{
    // The export reads the team store through a cursor, the payloads of each fetched batch in
    // one query (blocks whose bytes come with the first row that needs them) and the feedback
    // between fetches: every line must be what toJsonLine() writes for the record, in order.
    QString error;
    const QString pg = m_postgres.databaseUrl(u"exportlines"_qs, &error);
    QVERIFY2(!pg.isEmpty(), qPrintable(error));
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, pg, u"--count"_qs, u"5000"_qs}).exitCode, 0);
    auto store = LogStore::open(pg, &error);
    QVERIFY2(store, qPrintable(error));
    LogQuery query;
    query.descending = false;
    const auto ids = store->rowIds(query, &error);
    QVERIFY2(ids && ids->size() == 5000, qPrintable(error));
    for (const qint64 rowId : {ids->at(1), ids->at(2047), ids->at(2048), ids->at(4999)}) {
        const auto record = store->recordByRowId(rowId, &error);
        QVERIFY2(record, qPrintable(error));
        FeedbackEntry f;
        f.id = u"fb-%1"_qs.arg(rowId);
        f.value = -3;
        f.weight = 1;
        f.metadata = QJsonObject {{u"text"_qs, u"slow \"answer\""_qs}};
        f.createdAt = QDateTime::fromMSecsSinceEpoch(1767225700000 + rowId, QTimeZone::utc());
        QVERIFY2(store->addFeedback(record->id, f, &error), qPrintable(error));
    }
    const QString out = m_dir.filePath(u"pg-lines.jsonl"_qs);
    const Run exported = cli({u"export"_qs, u"--db"_qs, pg, u"--out"_qs, out});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    qsizetype withFeedback = 0;
    TestData::compareExportWithRecords(*store, out, ids->size(), &withFeedback);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(withFeedback >= 4);
    QFile file(out);
    // A filter: the lines of the logs it selects, and no others.
    const Run filtered
        = cli({u"export"_qs, u"--db"_qs, pg, u"--filter"_qs, u"model:gpt-4o"_qs, u"--out"_qs, out});
    QVERIFY2(filtered.exitCode == 0, filtered.err.constData());
    const std::optional<qint64> count = store->count(u"model:gpt-4o"_qs, &error);
    QVERIFY2(count && *count > 0 && *count < 5000, qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), *count);
}

void TestPostgresCli::passwordIsNeverPrinted()
{
    // A password put in the URL by mistake: every command that opens the store refuses it and
    // names the store user@host:port/dbname, never echoing the URL (stderr ends up in CI logs).
    const QString secret = u"Tr0ub4dor-secret"_qs;
    const QString account
        = QStringLiteral("%1@127.0.0.1:%2/demo").arg(m_postgres.user()).arg(m_postgres.port());
    const QString base = QStringLiteral("postgresql://%1@127.0.0.1:%2/demo")
                             .arg(m_postgres.user())
                             .arg(m_postgres.port());
    const QStringList urls {
        QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/demo")
            .arg(m_postgres.user(), secret)
            .arg(m_postgres.port()),
        base + u"?password="_qs + secret,
        // The scheme in another case is still a PostgreSQL URL, never a file path.
        QStringLiteral("PostgreSQL://%1:%2@127.0.0.1:%3/demo")
            .arg(m_postgres.user(), secret)
            .arg(m_postgres.port()),
        base + u"?sslmode=prefer&password="_qs + secret,
        // Not a valid URL (a space in the password): nothing of it is shown.
        QStringLiteral("postgresql://%1:%2 x@127.0.0.1:%3/demo")
            .arg(m_postgres.user(), secret)
            .arg(m_postgres.port()),
    };
    const QString file = TestData::path(u"cli/portkey_export_small.jsonl"_qs);
    const QList<QStringList> commands {
        {u"import"_qs, file},
        {u"query"_qs, u"--json"_qs},
        {u"query"_qs},
        {u"export"_qs, u"--out"_qs, m_dir.filePath(u"never.jsonl"_qs)},
        {u"stats"_qs, u"--json"_qs},
        {u"demo"_qs, u"--count"_qs, u"10"_qs},
        {u"collect"_qs, u"--gateway"_qs, u"http://127.0.0.1:9"_qs},
        {u"record"_qs, u"--upstream"_qs, u"http://127.0.0.1:9"_qs, u"--listen"_qs,
         u"127.0.0.1:0"_qs},
    };
    QTemporaryDir home;
    QVERIFY(home.isValid());
    for (const QString &url : urls) {
        for (const QStringList &command : commands) {
            const Run r
                = cli(QStringList {command.first(), u"--db"_qs, url} + command.mid(1), home.path());
            const QString what = command.join(u' ') + u" --db "_qs + url;
            QVERIFY2(r.exitCode != 0, qPrintable(what));
            QVERIFY2(r.err.contains("cannot open the store"),
                     qPrintable(what + u'\n' + QString::fromUtf8(r.err)));
            QVERIFY2(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()),
                     qPrintable(what + u'\n' + QString::fromUtf8(r.out + r.err)));
            if (url.contains(u' '))
                QVERIFY2(r.err.contains("not a valid PostgreSQL URL"), r.err.constData());
            else
                QVERIFY2(r.err.contains(account.toUtf8()), r.err.constData());
        }
    }
}

void TestPostgresCli::killedImportIsCompletedOnOpen()
{
    QString error;
    // A file of 30,000 demo logs (bodies, raw records, images), made by the CLI itself, without
    // feedback: an export gives every log of a trace the trace's entries, and an import
    // refuses a feedback id twice (on either backend).
    const QString lite = m_dir.filePath(u"demo.sqlite"_qs);
    const QString exportFile = m_dir.filePath(u"demo-export.jsonl"_qs);
    const Run demo = cli({u"demo"_qs, u"--db"_qs, lite, u"--count"_qs, u"30000"_qs});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const Run exported = cli({u"export"_qs, u"--db"_qs, lite, u"--out"_qs, exportFile});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QString file = m_dir.filePath(u"demo.jsonl"_qs);
    {
        QFile in(exportFile), out(file);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        while (!in.atEnd()) {
            QJsonObject log = QJsonDocument::fromJson(in.readLine()).object();
            log.remove(u"feedback"_qs);
            out.write(QJsonDocument(log).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    const int total = 30000;

    // The indexes of a store that never saw a bulk import.
    QVERIFY2(LogStore::open(m_postgres.databaseUrl(u"fresh"_qs, &error), &error),
             qPrintable(error));
    const QString freshIndexes = indexes(u"fresh"_qs);
    QVERIFY(freshIndexes.contains(u"log_text_tsv"));

    const QString url = m_postgres.databaseUrl(u"killed"_qs, &error);
    QVERIFY2(LogStore::open(url, &error), qPrintable(error));
    QProcess import;
    import.start(qEnvironmentVariable("GATESCOPE_CLI"), {u"import"_qs, u"--db"_qs, url, file});
    QVERIFY(import.waitForStarted());
    // Killed once some batches are committed, in the middle of others.
    QElapsedTimer waited;
    waited.start();
    while (sql(u"killed"_qs, u"SELECT count(*) FROM logs"_qs).toInt() < 3000
           && !import.waitForFinished(20) && waited.elapsed() < 120000) { }
    QVERIFY2(import.state() == QProcess::Running, import.readAllStandardOutput().constData());
    import.kill();
    QVERIFY(import.waitForFinished());
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);
    // The server ends the dead client's session (and its locks) when it notices.
    QTRY_COMPARE_WITH_TIMEOUT(
        sql(u"killed"_qs,
            u"SELECT count(*) FROM pg_stat_activity WHERE datname = 'killed' AND "
            "application_name = 'gatescope'"_qs),
        u"0"_qs, 10000);
    const int committed = sql(u"killed"_qs, u"SELECT count(*) FROM logs"_qs).toInt();
    QVERIFY(committed >= 3000 && committed < total);
    QVERIFY(sql(u"killed"_qs, u"SELECT count(*) FROM gatescope_deferred_indexes"_qs).toInt() > 0);

    // The next open builds the deferred indexes; every stored log is whole.
    auto store = LogStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(indexes(u"killed"_qs), freshIndexes);
    QCOMPARE(store->pendingFullTextRows(), 0);
    QCOMPARE(*store->count({}, &error), committed);
    // The first logs committed are whole: as a complete import of the same file stores them.
    const QString wholeUrl = m_postgres.databaseUrl(u"whole"_qs, &error);
    const Run complete = cli({u"import"_qs, u"--db"_qs, wholeUrl, file});
    QVERIFY2(complete.exitCode == 0, complete.err.constData());
    QCOMPARE(lastJson(complete.out).value(u"imported").toInt(), total);
    auto whole = LogStore::open(wholeUrl, &error);
    QVERIFY2(whole, qPrintable(error));
    const QStringList first
        = sql(u"killed"_qs, u"SELECT id FROM logs ORDER BY row_id LIMIT 200"_qs).split(u'\n');
    QCOMPARE(first.size(), 200);
    for (const QString &id : first) {
        const auto r = store->record(id, &error);
        const auto expected = whole->record(id, &error);
        QVERIFY2(r && expected, qPrintable(error));
        QCOMPARE(r->request, expected->request);
        QCOMPARE(r->response, expected->response);
        QCOMPARE(r->raw, expected->raw);
    }

    // Importing the file again stores the rest; what was committed counts as duplicates.
    const Run again = cli({u"import"_qs, u"--db"_qs, url, file});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(lastJson(again.out).value(u"imported").toInt(), total - committed);
    QCOMPARE(lastJson(again.out).value(u"duplicates").toInt(), committed);
    QCOMPARE(*store->count({}, &error), total);
    QCOMPARE(indexes(u"killed"_qs), freshIndexes);
}

QString TestPostgresCli::sql(const QString &database, const QString &statement)
{
    QString error;
    const QString out = m_postgres.psql(database, statement, &error);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(statement), qPrintable(error));
    return out;
}

QString TestPostgresCli::indexes(const QString &database)
{
    return sql(database,
               u"SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE tablename IN "
               "('logs', 'log_text', 'payloads', 'feedback') ORDER BY indexname"_qs);
}

QTEST_GUILESS_MAIN(TestPostgresCli)
#include "tst_postgrescli.moc"
