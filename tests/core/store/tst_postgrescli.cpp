#include "postgresfixture.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// gatescope-cli with --db postgresql://user@host:port/db: import, query, export, stats and demo
// give on a PostgreSQL store what they give on a SQLite file. On a throwaway PostgreSQL the test
// starts; it fails, never skips, when it cannot.
class TestPostgresCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameResultsAsSqlite();
    void demoAndPasswordRefusal();

private:
    PostgresFixture m_postgres;
    QTemporaryDir m_dir;
};

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
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

QTEST_GUILESS_MAIN(TestPostgresCli)
#include "tst_postgrescli.moc"
