// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: runs the real gatescope-cli binary on real files and stores, as a user would.
#include "postgresfixture.h"
#include "sqlitelogstore.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QList<QByteArray> lines() const
    {
        QList<QByteArray> result = out.split('\n');
        result.removeAll(QByteArray());
        return result;
    }
    QJsonObject lastJson() const
    {
        const QList<QByteArray> l = lines();
        return l.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(l.last()).object();
    }
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("GATESCOPE_CLI"), args);
    if (!p.waitForFinished(120000))
        qFatal("gatescope-cli did not finish: %s", qPrintable(args.join(u' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

const QString kExport = QStringLiteral("cli/portkey_export_small.jsonl");

// Runs SQL on a SQLite file through Qt's own driver (a second, unrelated connection).
bool sqliteExec(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst_cli"_qs);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst_cli"_qs);
    return ok;
}

QVariant sqliteValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst_cli"_qs);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst_cli"_qs);
    return value;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void importReportsBadLinesAndKeepsTheRest();
    void importTwiceStoresNothingTwice();
    void importExitStatus();
    void helpNamesTheCommandAndSaysWhatItDoes();
    void queryJsonHasCanonicalRecords();
    void queryFilterAndLimit();
    void badFilterPointsAtTheTerm();
    void gatescopeExportImportsBackIdentically();
    void csvExportImportsBack();
    void exportToStandardOutput();
    void statsCountsByModel();
    void demoIsDeterministic();
    void unreadableSchemaVersionIsRefused_data();
    void unreadableSchemaVersionIsRefused();
    void versionZeroOnAPopulatedStoreIsNamed();
    void importSaysWhichFormatItAssumed();
    void doNotTrackExportRowIsFoundByTrackedFalse();
    void outOfRangeNumbersAreSkippedNotSummed();
    void tooManyFilterTermsArePositioned();
    void readsWorkWhenTheStoreCannotBeWritten_data();
    void readsWorkWhenTheStoreCannotBeWritten();
    void damagedStoreIsNamedOnExport();
    void readingAStoreThatIsNotThereCreatesNothing_data();
    void readingAStoreThatIsNotThereCreatesNothing();
    void anOutputFileNeverReplacesAStore_data();
    void anOutputFileNeverReplacesAStore();
    void anotherProgramsDatabaseIsNotTouched();
    void damagedPayloadStopsTheExport();
    void concurrentImportsTakeTurns();
    void postgresSchemaVersionIsChecked();

private:
    QString db(const QString &name = u"store.sqlite"_qs) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCli::importReportsBadLinesAndKeepsTheRest()
{
    const Run r = cli({u"import"_qs, u"--db"_qs, db(u"a.sqlite"_qs), TestData::path(kExport)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary = r.lastJson();
    QCOMPARE(summary.value(u"imported").toInt(), 5);
    QCOMPARE(summary.value(u"duplicates").toInt(), 0);
    QCOMPARE(summary.value(u"skipped").toInt(), 1);
    const QJsonArray errors = summary.value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(u"line").toInt(), 5);
    QVERIFY(errors.first().toObject().value(u"file").toString().endsWith(
        u"portkey_export_small.jsonl"));
    QVERIFY(!errors.first().toObject().value(u"reason").toString().isEmpty());
}

void TestCli::importTwiceStoresNothingTwice()
{
    const QString store = db(u"twice.sqlite"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    const Run again = cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.lastJson().value(u"imported").toInt(), 0);
    QCOMPARE(again.lastJson().value(u"duplicates").toInt(), 5);
    const Run all = cli({u"query"_qs, u"--db"_qs, store, u"--json"_qs, u"--limit"_qs, u"0"_qs});
    QCOMPARE(all.lines().size(), 5);
}

void TestCli::importExitStatus()
{
    // A file that cannot be opened: 1, and it is listed.
    const Run missing = cli({u"import"_qs, u"--db"_qs, db(), m_dir.filePath(u"nope.jsonl"_qs)});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.lastJson().value(u"errors").toArray().size(), 1);
    // A file in no known format: 1.
    QFile junk(m_dir.filePath(u"junk.txt"_qs));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a log file\nat all\n");
    junk.close();
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, db(), junk.fileName()}).exitCode, 1);
    // Usage errors: 2.
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, db()}).exitCode, 2);
    QCOMPARE(cli({u"import"_qs, u"--format"_qs, u"xml"_qs, TestData::path(kExport)}).exitCode, 2);
    QCOMPARE(cli({u"frobnicate"_qs}).exitCode, 2);
}

void TestCli::helpNamesTheCommandAndSaysWhatItDoes()
{
    // The usage line as the command is typed (not the path the binary was started from), and
    // the command's own description (it was overwritten by a generic one).
    const Run r = cli({u"dataset"_qs, u"--help"_qs});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("Usage: gatescope-cli dataset [options]"), r.out.constData());
    QVERIFY2(r.out.contains("Save the logs of a filter as a dataset"), r.out.constData());
    QVERIFY2(r.out.contains("--format <F>"), r.out.constData());
}

void TestCli::queryJsonHasCanonicalRecords()
{
    const QString store = db(u"q.sqlite"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    const Run r = cli({u"query"_qs, u"--db"_qs, store, u"--json"_qs});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.lines();
    QCOMPARE(lines.size(), 5);
    QString previous;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        for (const char *key : {"id", "created_at", "model", "provider", "status_code", "cache",
                                "retry_count", "request", "response", "metadata", "tracked"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        // Newest first.
        const QString created = o.value(u"created_at").toString();
        if (!previous.isEmpty())
            QVERIFY(created <= previous);
        previous = created;
    }
    // Bodies included, zone-less export times read as UTC.
    const QJsonObject newest = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(newest.value(u"created_at").toString(), u"2026-11-24T10:04:00.123Z"_qs);
    QVERIFY(newest.value(u"request").isObject());
}

void TestCli::queryFilterAndLimit()
{
    const QString store = db(u"f.sqlite"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    const Run gpt4o
        = cli({u"query"_qs, u"--db"_qs, store, u"--json"_qs, u"--filter"_qs, u"model:gpt-4o"_qs});
    QCOMPARE(gpt4o.exitCode, 0);
    QCOMPARE(gpt4o.lines().size(), 2); // not gpt-4o-mini
    for (const QByteArray &line : gpt4o.lines())
        QCOMPARE(QJsonDocument::fromJson(line).object().value(u"model").toString(), u"gpt-4o"_qs);
    const Run errors
        = cli({u"query"_qs, u"--db"_qs, store, u"--json"_qs, u"--filter"_qs, u"status:>=500"_qs});
    QCOMPARE(errors.lines().size(), 1);
    const Run limited = cli({u"query"_qs, u"--db"_qs, store, u"--json"_qs, u"--limit"_qs, u"2"_qs});
    QCOMPARE(limited.lines().size(), 2);
    const Run table = cli({u"query"_qs, u"--db"_qs, store});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("claude-3-5-sonnet"));
    QVERIFY(table.out.contains("Cache Hit"));
}

void TestCli::badFilterPointsAtTheTerm()
{
    const QString store = db(u"bad.sqlite"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    const Run r = cli({u"query"_qs, u"--db"_qs, store, u"--filter"_qs, u"model:gpt-4o modle:x"_qs});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("modle"), r.err.constData());
    QVERIFY2(r.err.contains("character 14"), r.err.constData());
}

void TestCli::gatescopeExportImportsBackIdentically()
{
    const QString first = db(u"e1.sqlite"_qs), second = db(u"e2.sqlite"_qs);
    const QString file = m_dir.filePath(u"export.jsonl"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, first, TestData::path(kExport)}).exitCode, 0);
    const Run exported = cli({u"export"_qs, u"--db"_qs, first, u"--out"_qs, file});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.lastJson().value(u"exported").toInt(), 5);
    const Run imported = cli({u"import"_qs, u"--db"_qs, second, file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.lastJson().value(u"imported").toInt(), 5);
    const Run a = cli({u"query"_qs, u"--db"_qs, first, u"--json"_qs});
    const Run b = cli({u"query"_qs, u"--db"_qs, second, u"--json"_qs});
    QCOMPARE(b.lines().size(), 5);
    QCOMPARE(b.out, a.out);
}

void TestCli::exportToStandardOutput()
{
    // --out -: the same lines as a file gets, and nothing else on stdout (the summary goes to
    // stderr), so that the export can be piped (into jq, grep, another import).
    const QString store = db(u"stdout.sqlite"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    const QString file = m_dir.filePath(u"stdout-file.jsonl"_qs);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, store, u"--out"_qs, file}).exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray expected = written.readAll();
    QCOMPARE(expected.count('\n'), 5);
    const Run r = cli({u"export"_qs, u"--db"_qs, store, u"--out"_qs, u"-"_qs});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    QVERIFY2(r.err.contains("{\"exported\":5}") && r.err.contains("standard output"),
             r.err.constData());
    QVERIFY(!QFileInfo::exists(QDir::current().filePath(u"-"_qs)));
}

void TestCli::csvExportImportsBack()
{
    const QString first = db(u"c1.sqlite"_qs), second = db(u"c2.sqlite"_qs);
    const QString file = m_dir.filePath(u"export.csv"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, first, TestData::path(kExport)}).exitCode, 0);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, first, u"--format"_qs, u"csv"_qs, u"--out"_qs, file})
                 .exitCode,
             0);
    const Run imported = cli({u"import"_qs, u"--db"_qs, second, file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.lastJson().value(u"imported").toInt(), 5);
    const Run b = cli({u"query"_qs, u"--db"_qs, second, u"--json"_qs, u"--filter"_qs,
                       u"model:claude-3-5-sonnet"_qs});
    QCOMPARE(b.lines().size(), 1);
    const QJsonObject o = QJsonDocument::fromJson(b.lines().first()).object();
    QCOMPARE(o.value(u"total_tokens").toInt(), 34);
    QCOMPARE(o.value(u"provider").toString(), u"anthropic"_qs);
}

void TestCli::statsCountsByModel()
{
    const QString store = db(u"s.sqlite"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    const Run r = cli({u"stats"_qs, u"--db"_qs, store, u"--json"_qs});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.lastJson();
    QCOMPARE(o.value(u"count").toInt(), 5);
    // 30 + 32 + 34 + 36 from the four successful rows; the 503 row has no usage in its body
    // but the export row still says total_units 38.
    QCOMPARE(o.value(u"total_tokens").toInt(), 30 + 32 + 34 + 36 + 38);
    QMap<QString, int> byModel;
    for (const QJsonValue &v : o.value(u"by_model").toArray())
        byModel.insert(v.toObject().value(u"key").toString(), v.toObject().value(u"count").toInt());
    QCOMPARE(byModel.value(u"gpt-4o"_qs), 2);
    QCOMPARE(byModel.value(u"gpt-4o-mini"_qs), 1);
    QCOMPARE(byModel.value(u"gemini-1.5-pro"_qs), 1);
}

void TestCli::demoIsDeterministic()
{
    const QString a = db(u"d1.sqlite"_qs), b = db(u"d2.sqlite"_qs);
    QCOMPARE(
        cli({u"demo"_qs, u"--db"_qs, a, u"--count"_qs, u"300"_qs, u"--seed"_qs, u"7"_qs}).exitCode,
        0);
    QCOMPARE(
        cli({u"demo"_qs, u"--db"_qs, b, u"--count"_qs, u"300"_qs, u"--seed"_qs, u"7"_qs}).exitCode,
        0);
    const Run ra = cli({u"query"_qs, u"--db"_qs, a, u"--json"_qs, u"--limit"_qs, u"0"_qs});
    const Run rb = cli({u"query"_qs, u"--db"_qs, b, u"--json"_qs, u"--limit"_qs, u"0"_qs});
    QCOMPARE(ra.lines().size(), 300);
    QCOMPARE(ra.out, rb.out);
    const Run stats = cli({u"stats"_qs, u"--db"_qs, a, u"--json"_qs});
    QVERIFY(stats.lastJson().value(u"by_model").toArray().size() >= 4);
}

void TestCli::unreadableSchemaVersionIsRefused_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("command");
    // -1000 crashed (SIGSEGV), -2..-10 ran garbage as SQL, -1 ran a migration step; one past the
    // current version is a store written by a newer Gatescope.
    for (const int v : {-1000, -10, -2, -1, SqliteLogStore::kSchemaVersion + 1, 99}) {
        for (const char *command : {"query", "stats", "export", "import"})
            QTest::addRow("%d %s", v, command) << v << QString::fromLatin1(command);
    }
}

void TestCli::unreadableSchemaVersionIsRefused()
{
    QFETCH(int, version);
    QFETCH(QString, command);
    const QString store = db(u"version.sqlite"_qs);
    QFile::remove(store);
    QFile::remove(store + u".fts"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    QVERIFY(sqliteExec(store, {u"PRAGMA user_version = %1"_qs.arg(version)}));
    QStringList args {command, u"--db"_qs, store};
    if (command == u"export")
        args << u"--out"_qs << m_dir.filePath(u"out.jsonl"_qs);
    if (command == u"import")
        args << TestData::path(kExport);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 1); // -1: killed by a signal
    QVERIFY2(r.err.contains(
                 u"this store has schema version %1, which Gatescope cannot read"_qs.arg(version)
                     .toUtf8()),
             r.err.constData());
    // Nothing was migrated or written: the version is as it was.
    QCOMPARE(sqliteValue(store, u"PRAGMA user_version"_qs).toInt(), version);
}

void TestCli::versionZeroOnAPopulatedStoreIsNamed()
{
    const QString store = db(u"zero.sqlite"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    QVERIFY(sqliteExec(store, {u"PRAGMA user_version = 0"_qs}));
    const Run r = cli({u"stats"_qs, u"--db"_qs, store});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("schema version 0 but already holds tables"), r.err.constData());
    QVERIFY2(!r.err.contains("already exists"), r.err.constData());
}

namespace {

// A Portkey export row in Portkey's key order (bodies first), with `extra` fields at the end.
QByteArray exportRow(const QByteArray &id, qsizetype bodyBytes, const QByteArray &extra = {})
{
    return "{\"id\":\"" + id
        + "\",\"request\":{\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\""
        + QByteArray(bodyBytes, 'a')
        + "\"}]}},\"response\":{\"status\":200,\"body\":{\"ok\":true}},\"created_at\":"
          "\"2026-11-20T10:00:00.000Z\",\"ai_model\":\"gpt-4o\""
        + extra + "}\n";
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

} // namespace

void TestCli::importSaysWhichFormatItAssumed()
{
    // The first record is larger than the 64 KB the sniffing once read.
    const QString file = writeFile(m_dir.filePath(u"big-first.jsonl"_qs),
                                   exportRow("big", 300 * 1024) + exportRow("small", 10));
    const Run r = cli({u"import"_qs, u"--db"_qs, db(u"sniff.sqlite"_qs), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lastJson().value(u"imported").toInt(), 2);
    QVERIFY2(r.err.contains("read as portkey-export (recognised by its content)"),
             r.err.constData());
    QCOMPARE(r.lastJson().value(u"formats").toObject().value(file).toString(),
             u"portkey-export"_qs);
}

void TestCli::doNotTrackExportRowIsFoundByTrackedFalse()
{
    const QString store = db(u"dnt.sqlite"_qs);
    const QString file
        = writeFile(m_dir.filePath(u"dnt.jsonl"_qs),
                    exportRow("tracked", 10)
                        + "{\"id\":\"stats-only\",\"created_at\":\"2026-11-20T11:00:00Z\","
                          "\"ai_model\":\"gpt-4o\",\"req_units\":3,\"response_status_code\":"
                          "200}\n");
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, file}).exitCode, 0);
    const Run r
        = cli({u"query"_qs, u"--db"_qs, store, u"--json"_qs, u"--filter"_qs, u"tracked:false"_qs});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(r.lines().first()).object().value(u"id").toString(),
             u"stats-only"_qs);
}

void TestCli::outOfRangeNumbersAreSkippedNotSummed()
{
    const QString store = db(u"numbers.sqlite"_qs);
    const QString file
        = writeFile(m_dir.filePath(u"numbers.jsonl"_qs),
                    exportRow("ok", 10, ",\"req_units\":5,\"cost\":1")
                        + exportRow("wrap", 10, ",\"req_units\":\"18446744073709551616\"")
                        + exportRow("negative", 10, ",\"req_units\":-5")
                        + exportRow("cost", 10, ",\"cost\":-4.5"));
    const Run imported = cli({u"import"_qs, u"--db"_qs, store, file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.lastJson().value(u"imported").toInt(), 1);
    QCOMPARE(imported.lastJson().value(u"skipped").toInt(), 3);
    QList<int> lines;
    for (const QJsonValue &e : imported.lastJson().value(u"errors").toArray())
        lines.append(e.toObject().value(u"line").toInt());
    QCOMPARE(lines, QList<int>({2, 3, 4}));
    const Run stats = cli({u"stats"_qs, u"--db"_qs, store, u"--json"_qs});
    QCOMPARE(stats.lastJson().value(u"prompt_tokens").toInteger(), 5);
    QCOMPARE(stats.lastJson().value(u"cost_cents").toDouble(), 1.0);
}

void TestCli::tooManyFilterTermsArePositioned()
{
    const QString store = db(u"terms.sqlite"_qs);
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    QString filter;
    for (int i = 0; i < 997; ++i)
        filter += u"-model:x "_qs;
    const Run r = cli({u"query"_qs, u"--db"_qs, store, u"--filter"_qs, filter});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("too many terms"), r.err.constData());
    QVERIFY2(r.err.contains("character 2305"), r.err.constData()); // term 257, 9 characters each
    QVERIFY2(!r.err.contains("Expression tree"), r.err.constData());
}

namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool isRoot()
{
    QProcess p;
    p.start(u"id"_qs, {u"-u"_qs});
    return p.waitForFinished() && p.readAllStandardOutput().trimmed() == "0";
}

} // namespace

void TestCli::readsWorkWhenTheStoreCannotBeWritten_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("read-only folder") << u"read-only"_qs;
    QTest::newRow("full disk") << u"full"_qs;
}

void TestCli::readsWorkWhenTheStoreCannotBeWritten()
{
    QFETCH(QString, fault);
    // Root ignores file modes: a read-only bind mount and a small full tmpfs are real faults
    // for it; another user gets a folder without write permission.
    const bool root = isRoot();
    if (fault == u"full" && !root)
        QSKIP("a full disk needs root to mount a small tmpfs");
    const QString folder = m_dir.filePath(u"fault-"_qs + fault);
    const QString mountPoint = m_dir.filePath(u"mnt-"_qs + fault);
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(mountPoint));
    QString store = folder + u"/s.sqlite";
    QStringList cleanup;
    if (fault == u"full") {
        QVERIFY(run(u"mount"_qs,
                    {u"-t"_qs, u"tmpfs"_qs, u"-o"_qs, u"size=8m"_qs, u"tmpfs"_qs, mountPoint}));
        cleanup << mountPoint;
        store = mountPoint + u"/s.sqlite";
    }
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    if (fault == u"full") {
        QFile filler(mountPoint + u"/filler");
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 16, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
    } else if (root) {
        QVERIFY(run(u"mount"_qs, {u"--bind"_qs, folder, mountPoint}));
        cleanup << mountPoint;
        QVERIFY(run(u"mount"_qs, {u"-o"_qs, u"remount,bind,ro"_qs, mountPoint}));
        store = mountPoint + u"/s.sqlite";
    } else {
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const Run stats = cli({u"stats"_qs, u"--db"_qs, store, u"--json"_qs});
    const Run query = cli({u"query"_qs, u"--db"_qs, store, u"--json"_qs, u"--filter"_qs,
                           u"invoices"_qs}); // a word: the full-text index is read too
    const Run exported
        = cli({u"export"_qs, u"--db"_qs, store, u"--out"_qs, m_dir.filePath(u"out.jsonl"_qs)});
    const Run imported = cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)});
    for (const QString &point : cleanup)
        run(u"umount"_qs, {point});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(stats.lastJson().value(u"count").toInt(), 5);
    QCOMPARE(query.exitCode, 0);
    QCOMPARE(query.lines().size(), 5);
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.lastJson().value(u"exported").toInt(), 5);
    // Writing fails, and says why.
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.out.contains("opened for reading only"), imported.out.constData());
}

void TestCli::damagedStoreIsNamedOnExport()
{
    const QString store = db(u"damaged.sqlite"_qs);
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, store, u"--count"_qs, u"3000"_qs}).exitCode, 0);
    // A leaf page of the logs table overwritten: its rows are listed by the indexes but gone.
    QVERIFY(sqliteExec(store, {u"PRAGMA wal_checkpoint(TRUNCATE)"_qs}));
    const int page = sqliteValue(store,
                                 u"SELECT pageno FROM dbstat WHERE name = 'logs' AND "
                                 "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 3"_qs)
                         .toInt();
    const int pageSize = sqliteValue(store, u"PRAGMA page_size"_qs).toInt();
    QVERIFY(page > 1 && pageSize > 0);
    QFile file(store);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(page - 1) * pageSize));
    file.write(QByteArray(4000, '\xff'));
    file.close();
    const Run r
        = cli({u"export"_qs, u"--db"_qs, store, u"--out"_qs, m_dir.filePath(u"damaged.jsonl"_qs)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("damaged") && r.err.contains("PRAGMA integrity_check"),
             r.err.constData());
    QVERIFY2(!r.err.contains("no such log"), r.err.constData());
}

void TestCli::readingAStoreThatIsNotThereCreatesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export") << QStringList {u"export"_qs, u"--out"_qs, u"OUT"_qs};
    QTest::newRow("query") << QStringList {u"query"_qs};
    QTest::newRow("stats") << QStringList {u"stats"_qs};
    QTest::newRow("dataset") << QStringList {u"dataset"_qs, u"--format"_qs, u"csv"_qs, u"--out"_qs,
                                             u"OUT"_qs};
    QTest::newRow("prune") << QStringList {u"prune"_qs, u"--older-than"_qs, u"30d"_qs};
    QTest::newRow("reprice") << QStringList {u"reprice"_qs};
}

void TestCli::readingAStoreThatIsNotThereCreatesNothing()
{
    // A typo in --db: the command says there is no store, fails, and leaves no empty store (or
    // empty output file) behind that a second try would then read without complaint.
    QFETCH(QStringList, arguments);
    const QString store = m_dir.filePath(u"typo/stroe.sqlite"_qs);
    QVERIFY(QDir().mkpath(QFileInfo(store).path()));
    const QString out = m_dir.filePath(u"typo/out.jsonl"_qs);
    arguments.replaceInStrings(u"OUT"_qs, out);
    arguments << u"--db"_qs << store;
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QByteArray("no store at ").append(store.toUtf8())), r.err.constData());
    QVERIFY(!QFileInfo::exists(store));
    QVERIFY(!QFileInfo::exists(store + u".fts"_qs));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::anOutputFileNeverReplacesAStore_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("suffix");
    for (const QString &command : {u"export"_qs, u"dataset"_qs}) {
        for (const QString &suffix : {QString(), u".fts"_qs, u"-wal"_qs, u".fts-shm"_qs})
            QTest::addRow("%s --out store%s", qPrintable(command), qPrintable(suffix))
                << command << suffix;
    }
}

void TestCli::anOutputFileNeverReplacesAStore()
{
    // --out given the store's own path (or its full-text index, or a companion file): the
    // export would replace every log with a text file. It is refused; the store stays whole.
    QFETCH(QString, command);
    QFETCH(QString, suffix);
    static int row = 0;
    const QString store = db(u"clobber%1.sqlite"_qs.arg(++row));
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, store, TestData::path(kExport)}).exitCode, 0);
    const QString out = store + suffix;
    QStringList arguments {command, u"--db"_qs, store, u"--out"_qs, out};
    if (command == u"dataset")
        arguments << u"--format"_qs << u"csv"_qs;
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("SQLite database") && r.err.contains("not overwritten"),
             r.err.constData());
    QCOMPARE(cli({u"stats"_qs, u"--db"_qs, store}).exitCode, 0);
    QCOMPARE(sqliteValue(store, u"SELECT count(*) FROM logs"_qs).toInt(), 5);
    QCOMPARE(sqliteValue(store, u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
}

void TestCli::anotherProgramsDatabaseIsNotTouched()
{
    // --db naming some other program's SQLite file (a browser's history, say): Gatescope's
    // tables, WAL mode and a .fts file would be added to it. It is refused, unchanged.
    const QString other = db(u"places.sqlite"_qs);
    QVERIFY(sqliteExec(other,
                       {u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_qs,
                        u"INSERT INTO moz_places (url) VALUES ('https://example.org')"_qs}));
    const QByteArray before = [&] {
        QFile f(other);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());
    for (const QStringList &arguments :
         {QStringList {u"import"_qs, TestData::path(kExport)}, QStringList {u"query"_qs},
          QStringList {u"demo"_qs, u"--count"_qs, u"10"_qs}}) {
        const Run r = cli(arguments + QStringList {u"--db"_qs, other});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("another program") && r.err.contains("moz_places"),
                 r.err.constData());
    }
    // A folder given as the store: named as one, with the file to give instead.
    const Run folder = cli({u"import"_qs, u"--db"_qs, m_dir.path(), TestData::path(kExport)});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(folder.err.contains("it is a folder") && folder.err.contains("gatescope.sqlite"),
             folder.err.constData());

    QFile after(other);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == before);
    QVERIFY(!QFileInfo::exists(other + u".fts"_qs));
    QVERIFY(!QFileInfo::exists(other + u"-wal"_qs));
}

void TestCli::damagedPayloadStopsTheExport()
{
    // The payloads are decompressed on the export's writing thread: a block that cannot be
    // read, or a reference to a block that is gone, must stop the export with the reason, and
    // leave no file behind.
    const QString store = db(u"damaged-payload.sqlite"_qs);
    QCOMPARE(cli({u"demo"_qs, u"--db"_qs, store, u"--count"_qs, u"2000"_qs}).exitCode, 0);
    const QString blocks = u"FROM payloads WHERE hex(substr(data, 1, 4)) = '47534231'"_qs;
    QVERIFY(sqliteValue(store, u"SELECT count(*) "_qs + blocks).toInt() > 4);
    const QString out = m_dir.filePath(u"damaged-payload.jsonl"_qs);
    QVERIFY(sqliteExec(store, {u"PRAGMA wal_checkpoint(TRUNCATE)"_qs}));
    const std::pair<QString, QByteArray> cases[] = {
        {u"UPDATE payloads SET data = substr(data, 1, 24) || zeroblob(64) WHERE row_id = "
         "(SELECT row_id "_qs
             + blocks + u" ORDER BY row_id LIMIT 1 OFFSET 2)"_qs,
         "stored payload is damaged"},
        {u"DELETE FROM payloads WHERE row_id = (SELECT row_id "_qs + blocks
             + u" ORDER BY row_id LIMIT 1 OFFSET 3)"_qs,
         "stored payload is damaged (missing block)"},
    };
    int n = 0;
    for (const auto &[damage, reason] : cases) {
        const QString copy = db(u"damaged-payload-%1.sqlite"_qs.arg(++n));
        QVERIFY(QFile::copy(store, copy));
        QVERIFY(sqliteExec(copy, {damage}));
        const Run r = cli({u"export"_qs, u"--db"_qs, copy, u"--out"_qs, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(reason), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }
}

void TestCli::concurrentImportsTakeTurns()
{
    // Four files of distinct logs imported into one store at once. Each writer used to give up
    // after ~10 s of losing the race for the write lock ("database is locked").
    const int perFile = 25000;
    const QString source = db(u"source.sqlite"_qs);
    QCOMPARE(
        cli({u"demo"_qs, u"--db"_qs, source, u"--count"_qs, QString::number(4 * perFile)}).exitCode,
        0);
    const QString all = m_dir.filePath(u"all.jsonl"_qs);
    QCOMPARE(cli({u"export"_qs, u"--db"_qs, source, u"--out"_qs, all}).exitCode, 0);
    QFile in(all);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QStringList files;
    for (int f = 0; f < 4; ++f) {
        files << m_dir.filePath(u"part%1.jsonl"_qs.arg(f));
        QFile out(files.last());
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < perFile; ++i)
            out.write(in.readLine());
    }
    const QString store = db(u"shared.sqlite"_qs);
    QList<QProcess *> imports;
    for (const QString &file : std::as_const(files)) {
        auto *p = new QProcess(this);
        p->start(qEnvironmentVariable("GATESCOPE_CLI"), {u"import"_qs, u"--db"_qs, store, file});
        imports << p;
    }
    for (QProcess *p : std::as_const(imports)) {
        QVERIFY(p->waitForFinished(480000));
        const QByteArray out = p->readAllStandardOutput();
        QVERIFY2(!out.contains("storing log"), out.right(400).constData());
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(u"imported").toInt(),
                 perFile);
        delete p;
    }
    const Run stats = cli({u"stats"_qs, u"--db"_qs, store, u"--json"_qs});
    QCOMPARE(stats.lastJson().value(u"count").toInt(), 4 * perFile);
}

void TestCli::postgresSchemaVersionIsChecked()
{
    // The same refusals on a PostgreSQL store (its version is a row of gatescope_schema). On a
    // throwaway server the test starts; it fails, never skips, when it cannot.
    PostgresFixture postgres;
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    const QString url = postgres.databaseUrl(u"versions"_qs, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, url, TestData::path(kExport)}).exitCode, 0);
    const QString current
        = postgres.psql(u"versions"_qs, u"SELECT version FROM gatescope_schema"_qs, &error)
              .trimmed();
    QVERIFY2(!current.isEmpty(), qPrintable(error));
    for (const int version : {-1000, -1, 99}) {
        postgres.psql(u"versions"_qs, u"UPDATE gatescope_schema SET version = %1"_qs.arg(version),
                      &error);
        const Run r = cli({u"stats"_qs, u"--db"_qs, url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"this store has schema version %1, which Gatescope cannot read"_qs
                                    .arg(version)
                                    .toUtf8()),
                 r.err.constData());
    }
    postgres.psql(u"versions"_qs, u"DELETE FROM gatescope_schema"_qs, &error);
    const Run zero = cli({u"stats"_qs, u"--db"_qs, url});
    QCOMPARE(zero.exitCode, 1);
    QVERIFY2(zero.err.contains("schema version 0 but already holds tables"), zero.err.constData());
    postgres.psql(u"versions"_qs, u"INSERT INTO gatescope_schema VALUES (%1)"_qs.arg(current),
                  &error);
    const Run back = cli({u"stats"_qs, u"--db"_qs, url, u"--json"_qs});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(back.lastJson().value(u"count").toInt(), 5);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
