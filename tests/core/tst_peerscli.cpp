// SPDX-License-Identifier: GPL-3.0-or-later
// gatescope-cli diff and dataset, run as a user runs them, on a store of real gateway captures.

#include "logstore.h"
#include "postgresfixture.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int status = -1;
    QByteArray out, err;
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

// hookSpanId of the captures: the log ids are "gw-" + it.
const QString kFirst = u"gw-d3fb1544-25f6-467f-ab33-9a3ba274b8ed"_qs; // cache_simple_1_first
const QString kSecond = u"gw-9fd6963e-f51a-4eef-805d-8a6aca44acf6"_qs; // cache_simple_2_second
const QString kSemantic = u"gw-026fce5f-8ffc-4f41-820a-52e0f4f5ff42"_qs; // cache_semantic

} // namespace

class TestPeersCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diffText();
    void diffJson();
    void diffUnknownId();
    void datasetOpenAiChat();
    void datasetUsage();
    void onPostgres();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestPeersCli::initTestCase()
{
    m_db = m_dir.filePath(u"store.db"_qs);
    QStringList args {u"import"_qs, u"--db"_qs, m_db};
    for (const QString &s : {u"cache_simple_1_first"_qs, u"cache_simple_2_second"_qs,
                             u"cache_semantic"_qs, u"chat_plain"_qs, u"embedding"_qs})
        args << TestData::path(u"gateway-stream/"_qs + s + u".jsonl"_qs);
    const Run r = cli(args);
    QCOMPARE(r.status, 0);
}

void TestPeersCli::diffText()
{
    const Run r = cli({u"diff"_qs, u"--db"_qs, m_db, kFirst, kSemantic});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("- user: cache me mwz5cuqi"));
    QVERIFY(r.out.contains("+ user: semantic cache mwz5cuqi"));
    QVERIFY(r.out.contains("in: body.messages[0].content"));
    QVERIFY(r.out.contains("compiled out"));
}

void TestPeersCli::diffJson()
{
    const Run r = cli({u"diff"_qs, u"--db"_qs, m_db, kFirst, kSecond, u"--json"_qs});
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"left").toString(), kFirst);
    const QJsonObject cache = o.value(u"cache").toObject();
    QVERIFY(cache.value(u"same_key").toBool());
    QCOMPARE(cache.value(u"left").toObject().value(u"key").toString(),
             u"c571a708c3f634447ebb9db6a3b92ea571f77ae410e93fceccef70a134b020da"_qs);
    QCOMPARE(cache.value(u"left").toObject().value(u"mode").toString(), u"simple"_qs);
    QCOMPARE(cache.value(u"right").toObject().value(u"status").toString(), u"DISABLED"_qs);
}

void TestPeersCli::diffUnknownId()
{
    const Run r = cli({u"diff"_qs, u"--db"_qs, m_db, kFirst, u"no-such-log"_qs});
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains("no-such-log"));
    QCOMPARE(cli({u"diff"_qs, u"--db"_qs, m_db, kFirst}).status, 2);
}

void TestPeersCli::datasetOpenAiChat()
{
    const QString out = m_dir.filePath(u"train.jsonl"_qs);
    const Run r = cli({u"dataset"_qs, u"--db"_qs, m_db, u"--filter"_qs, u"model:gpt-4o-mini"_qs,
                       u"--format"_qs, u"openai-chat"_qs, u"--out"_qs, out});
    QCOMPARE(r.status, 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(u"written").toInt(), 4);
    QCOMPARE(summary.value(u"do_not_track").toInt(), 0);
    QVERIFY(r.err.contains("4 logs written"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.keys(), QStringList {u"messages"_qs});
        QCOMPARE(o.value(u"messages").toArray().last().toObject().value(u"role").toString(),
                 u"assistant"_qs);
    }
}

void TestPeersCli::datasetUsage()
{
    const QString out = m_dir.filePath(u"x.jsonl"_qs);
    QCOMPARE(cli({u"dataset"_qs, u"--db"_qs, m_db, u"--format"_qs, u"parquet"_qs, u"--out"_qs, out})
                 .status,
             2);
    QCOMPARE(cli({u"dataset"_qs, u"--db"_qs, m_db, u"--format"_qs, u"eval"_qs}).status, 2);
    const Run bad = cli({u"dataset"_qs, u"--db"_qs, m_db, u"--format"_qs, u"eval"_qs,
                         u"--filter"_qs, u"model:"_qs, u"--out"_qs, out});
    QCOMPARE(bad.status, 2);
    QVERIFY(!QFile::exists(out));
}

void TestPeersCli::onPostgres()
{
    // The same commands on a team store, with a Do-Not-Track log in it.
    PostgresFixture postgres;
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    const QString url = postgres.databaseUrl(u"peers"_qs, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QCOMPARE(cli({u"import"_qs, u"--db"_qs, url,
                  TestData::path(u"gateway-stream/cache_simple_1_first.jsonl"_qs),
                  TestData::path(u"gateway-stream/cache_semantic.jsonl"_qs)})
                 .status,
             0);
    {
        std::unique_ptr<LogStore> store = LogStore::open(url, &error);
        QVERIFY2(store, qPrintable(error));
        LogRecord dnt;
        dnt.id = u"dnt-on-postgres"_qs;
        dnt.createdAt = QDateTime::currentDateTimeUtc();
        dnt.endpoint = u"/v1/chat/completions"_qs;
        dnt.model = u"gpt-4o-mini"_qs;
        dnt.tracked = false;
        QVERIFY2(store->insert({dnt}, &error), qPrintable(error));
    }
    const Run diff = cli({u"diff"_qs, u"--db"_qs, url, kFirst, kSemantic, u"--json"_qs});
    QCOMPARE(diff.status, 0);
    QCOMPARE(QJsonDocument::fromJson(diff.out)
                 .object()
                 .value(u"cache"_qs)
                 .toObject()
                 .value(u"key_differences"_qs)
                 .toArray()
                 .first()
                 .toString(),
             u"body.messages[0].content"_qs);
    const QString out = m_dir.filePath(u"pg.jsonl"_qs);
    const Run dataset
        = cli({u"dataset"_qs, u"--db"_qs, url, u"--format"_qs, u"eval"_qs, u"--out"_qs, out});
    QCOMPARE(dataset.status, 0);
    const QJsonObject summary = QJsonDocument::fromJson(dataset.out).object();
    QCOMPARE(summary.value(u"written").toInt(), 2);
    QCOMPARE(summary.value(u"do_not_track").toInt(), 1);
    QVERIFY(dataset.err.contains("1 Do-Not-Track logs left out"));
}

QTEST_GUILESS_MAIN(TestPeersCli)
#include "tst_peerscli.moc"
