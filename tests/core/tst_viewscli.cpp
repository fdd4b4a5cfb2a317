// SPDX-License-Identifier: GPL-3.0-or-later
// gatescope-cli views, run as a user runs it: save, list with counts and links, rename, delete,
// the errors, and the same views seen by the app's core (SavedViews) and on PostgreSQL.
#include "deeplink.h"
#include "logstore.h"
#include "postgresfixture.h"
#include "savedviews.h"

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
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("GATESCOPE_CLI"), args);
    if (!p.waitForFinished(120000))
        qFatal("gatescope-cli did not finish: %s", qPrintable(args.join(u' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestViewsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveListRenameDelete();
    void errors();
    void onPostgres();

private:
    void exercise(const QString &db);
    QTemporaryDir m_dir;
};

void TestViewsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(qEnvironmentVariable("GATESCOPE_CLI")), "GATESCOPE_CLI is not built");
}

void TestViewsCli::exercise(const QString &db)
{
    Run r = cli({u"demo"_qs, u"--db"_qs, db, u"--count"_qs, u"300"_qs, u"--seed"_qs, u"7"_qs});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    r = cli({u"views"_qs, u"--db"_qs, db});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(u"No saved views"), qPrintable(r.out));

    r = cli({u"views"_qs, u"save"_qs, u"Fehler \u00fcber 400"_qs, u"--db"_qs, db, u"--filter"_qs,
             u"status:>=400"_qs, u"--sort"_qs, u"latency"_qs});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    // It prints the view's link.
    QString error;
    const auto link = DeepLink::parse(r.out.trimmed(), &error);
    QVERIFY2(link, qPrintable(r.out + error));
    QCOMPARE(link->view.name, u"Fehler \u00fcber 400"_qs);
    QCOMPARE(link->view.sort, SortColumn::Latency);
    QVERIFY(!link->view.descending);
    r = cli({u"views"_qs, u"save"_qs, u"Costly gpt-4o"_qs, u"--db"_qs, db, u"--filter"_qs,
             u"model:gpt-4o* cost:>1"_qs, u"--sort"_qs, u"cost:desc"_qs, u"--columns"_qs,
             u"time,model,cost"_qs});
    QVERIFY2(r.status == 0, qPrintable(r.err));

    // The counts are the store's.
    auto store = LogStore::open(db, &error);
    QVERIFY2(store, qPrintable(error));
    const qint64 failed = *store->count(u"status:>=400"_qs, &error);
    const qint64 costly = *store->count(u"model:gpt-4o* cost:>1"_qs, &error);
    QVERIFY(failed > 0 && costly > 0);
    r = cli({u"views"_qs, u"--db"_qs, db});
    QCOMPARE(r.status, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"NAME"));
    QVERIFY2(lines.at(1).startsWith(u"Fehler \u00fcber 400"), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(" %1  gatescope://view?").arg(failed)),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral(" %1  gatescope://view?").arg(costly)),
             qPrintable(lines.at(2)));
    r = cli({u"views"_qs, u"--db"_qs, db, u"--json"_qs});
    QCOMPARE(r.status, 0);
    const QJsonArray json = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(1).toObject().value(u"count").toInteger(), costly);
    QCOMPARE(json.at(1).toObject().value(u"sort").toString(), u"cost"_qs);
    QCOMPARE(json.at(1).toObject().value(u"columns").toArray().size(), 3);
    // The app sees what the CLI saved.
    const auto views = SavedViews(*store).list(&error);
    QVERIFY2(views, qPrintable(error));
    QCOMPARE(views->size(), 2);
    QCOMPARE(views->at(1).columns, (QStringList {u"time"_qs, u"model"_qs, u"cost"_qs}));

    r = cli({u"views"_qs, u"rename"_qs, u"Costly gpt-4o"_qs, u"Expensive"_qs, u"--db"_qs, db});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    r = cli({u"views"_qs, u"delete"_qs, u"Fehler \u00fcber 400"_qs, u"--db"_qs, db});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const auto after = SavedViews(*store).list(&error);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().name, u"Expensive"_qs);
}

void TestViewsCli::saveListRenameDelete()
{
    exercise(m_dir.filePath(u"views.sqlite"_qs));
}

void TestViewsCli::errors()
{
    const QString db = m_dir.filePath(u"errors.sqlite"_qs);
    QCOMPARE(cli({u"views"_qs, u"save"_qs, u"A"_qs, u"--db"_qs, db, u"--filter"_qs, u"model:a"_qs})
                 .status,
             0);
    Run r = cli({u"views"_qs, u"save"_qs, u"a"_qs, u"--db"_qs, db, u"--filter"_qs, u"model:b"_qs});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"exists already"), qPrintable(r.err));
    // --replace replaces.
    r = cli({u"views"_qs, u"save"_qs, u"a"_qs, u"--db"_qs, db, u"--filter"_qs, u"model:b"_qs,
             u"--replace"_qs});
    QCOMPARE(r.status, 0);
    r = cli({u"views"_qs, u"save"_qs, u"Bad"_qs, u"--db"_qs, db, u"--filter"_qs, u"status:>>1"_qs});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"does not parse at character"), qPrintable(r.err));
    r = cli({u"views"_qs, u"save"_qs, u"  "_qs, u"--db"_qs, db});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"needs a name"), qPrintable(r.err));
    r = cli({u"views"_qs, u"save"_qs, u"S"_qs, u"--db"_qs, db, u"--sort"_qs, u"mood"_qs});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"--sort"), qPrintable(r.err));
    QCOMPARE(cli({u"views"_qs, u"save"_qs, u"--db"_qs, db}).status, 2);
    QCOMPARE(cli({u"views"_qs, u"frobnicate"_qs, u"--db"_qs, db}).status, 2);
    r = cli({u"views"_qs, u"delete"_qs, u"Missing"_qs, u"--db"_qs, db});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"no view named \"Missing\""), qPrintable(r.err));
    r = cli({u"views"_qs, u"--db"_qs, db, u"--json"_qs});
    const QJsonArray json = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.at(0).toObject().value(u"filter").toString(), u"model:b"_qs);
}

void TestViewsCli::onPostgres()
{
    PostgresFixture postgres;
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    const QString url = postgres.databaseUrl(u"views"_qs, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    exercise(url);
}

QTEST_GUILESS_MAIN(TestViewsCli)
#include "tst_viewscli.moc"
