// SPDX-License-Identifier: GPL-3.0-or-later
// Log sync through export jobs against the local control plane of tests/support.
#include "controlplaneclient.h"
#include "controlplaneserver.h"
#include "exportfileimport.h"
#include "exportsync.h"
#include "importer.h"
#include "logstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using Fault = ControlPlaneServer::Fault;

class TestExportSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ControlPlaneServer> m_server;
    std::unique_ptr<ControlPlaneClient> m_client;
    std::unique_ptr<LogStore> m_store;
    const QDateTime m_start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

    void setUpStore(const QString &name)
    {
        QString error;
        m_store = LogStore::open(m_dir.filePath(name), &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    qint64 storedCount()
    {
        QString error;
        const auto n = m_store->count(QString(), &error);
        return n ? *n : -1;
    }
    ExportSyncResult sync(const QDateTime &from, const QDateTime &to, QDateTime *checkpoint,
                          const std::atomic_bool *cancel = nullptr,
                          std::function<void(const ExportSyncProgress &)> progress = {})
    {
        ExportSync sync(*m_client, exportFileImporter(*m_store, cancel));
        sync.setPollInterval(5, 20);
        sync.setJobAttempts(4, 10);
        sync.setCancelFlag(cancel);
        sync.setProgressHandler(std::move(progress));
        sync.setCheckpointHandler([checkpoint](const QDateTime &t) { *checkpoint = t; });
        return sync.run(from, to);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ControlPlaneServer>();
        QVERIFY(m_server->start());
        ControlPlaneEndpoint endpoint;
        endpoint.controlPlane = m_server->baseUrl();
        endpoint.dataPlane = m_server->baseUrl();
        endpoint.name = QStringLiteral("portkey-test");
        m_client = std::make_unique<ControlPlaneClient>(endpoint, ControlPlaneServer::apiKey());
        RetryPolicy policy;
        policy.initialBackoffMs = 10;
        policy.timeoutMs = 5000;
        m_client->setRetryPolicy(policy);
    }
    void cleanup()
    {
        m_store.reset();
        m_client.reset();
        m_server.reset();
    }

    // 120,000 logs, one a second: three jobs of 40,000, exactly 120,000 records.
    void syncs120000LogsInThreeJobs()
    {
        m_server->setLogs(120000, m_start, 1000);
        setUpStore(QStringLiteral("full.sqlite"));
        QDateTime checkpoint;
        QElapsedTimer timer;
        timer.start();
        int polls = 0;
        const ExportSyncResult r = sync(m_start, m_server->lastLogTime(), &checkpoint, nullptr,
                                        [&](const ExportSyncProgress &p) {
                                            if (p.phase == ExportSyncProgress::Phase::Waiting)
                                                ++polls;
                                        });
        QVERIFY2(r.ok, qPrintable(r.error));
        qInfo("synced 120,000 logs in %lld ms", timer.elapsed());
        QCOMPARE(r.jobs, 3);
        QCOMPARE(r.imported, 120000);
        QCOMPARE(r.duplicates, 0);
        QCOMPARE(storedCount(), 120000);
        QCOMPARE(m_server->count(QStringLiteral("POST /logs/exports/")), 3); // three starts
        QCOMPARE(m_server->count(QStringLiteral("GET /signed/")), 3);
        QVERIFY(polls >= 3); // every job was polled while in progress
        QCOMPARE(checkpoint, m_server->lastLogTime());
        // No job held over 50,000 logs: the server cuts a file at 50,000, so a bigger job
        // would have lost rows and the count above would be short.
    }

    // Cancelled after the first job, then run again from the checkpoint: still 120,000.
    void interruptedSyncResumesWithoutDuplicates()
    {
        m_server->setLogs(120000, m_start, 1000);
        setUpStore(QStringLiteral("resume.sqlite"));
        QDateTime checkpoint;
        std::atomic_bool cancel = false;
        const ExportSyncResult first
            = sync(m_start, m_server->lastLogTime(), &checkpoint, &cancel,
                   [&](const ExportSyncProgress &p) {
                       if (p.job == 2 && p.phase == ExportSyncProgress::Phase::Waiting)
                           cancel = true;
                   });
        QVERIFY(!first.ok);
        QVERIFY(first.cancelled);
        QCOMPARE(first.jobs, 1);
        QCOMPARE(storedCount(), 40000);
        QVERIFY(checkpoint.isValid());
        QVERIFY(checkpoint < m_server->lastLogTime());
        // The job in flight was cancelled on the server too.
        QCOMPARE(m_server->count(QStringLiteral("POST /logs/exports/")), 3); // 2 starts + cancel
        QVERIFY(m_server->requests().last().path.endsWith(u"/cancel"));

        cancel = false;
        const ExportSyncResult second = sync(checkpoint, m_server->lastLogTime(), &checkpoint);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(storedCount(), 120000);
        QCOMPARE(checkpoint, m_server->lastLogTime());
        QCOMPARE(second.imported, 80000);
        QVERIFY(second.duplicates <= 1); // the checkpoint's own second, if it holds a log

        // Incremental: a later sync from the checkpoint finds nothing new.
        const ExportSyncResult third = sync(checkpoint, m_server->lastLogTime(), &checkpoint);
        QVERIFY2(third.ok, qPrintable(third.error));
        QCOMPARE(third.imported, 0);
        QCOMPARE(storedCount(), 120000);
    }

    // Interrupted half-way through (60,000 of 120,000: in the middle of the second job's import,
    // some batches of it committed), then run again from the checkpoint: exactly 120,000.
    void interruptedMidImportResumesToExactly120000()
    {
        m_server->setLogs(120000, m_start, 1000);
        setUpStore(QStringLiteral("midimport.sqlite"));
        std::atomic_bool cancel = false;
        int files = 0;
        ExportSync first(*m_client,
                         [&](const QString &file, qint64 *imported, qint64 *duplicates,
                             qint64 *skipped, QString *error) {
                             ++files;
                             Importer importer(*m_store);
                             importer.setFormat(FileFormat::PortkeyExport);
                             importer.setCancelFlag(&cancel);
                             importer.setProgressHandler([&](const ImportProgress &p) {
                                 if (files == 2 && p.records >= 20000)
                                     cancel = true;
                             });
                             const ImportSummary summary = importer.importFiles({file});
                             *imported = summary.imported;
                             *duplicates = summary.duplicates;
                             *skipped = summary.skipped;
                             *error = summary.errors.isEmpty() ? QString()
                                                               : summary.errors.constLast().reason;
                             return !summary.storeFailed;
                         });
        first.setPollInterval(5, 20);
        first.setCancelFlag(&cancel);
        QDateTime checkpoint;
        first.setCheckpointHandler([&](const QDateTime &t) { checkpoint = t; });
        const ExportSyncResult r1 = first.run(m_start, m_server->lastLogTime());
        QVERIFY(!r1.ok);
        QVERIFY(r1.cancelled);
        const qint64 halfway = storedCount();
        QVERIFY2(halfway >= 60000 && halfway < 80000, qPrintable(QString::number(halfway)));
        QCOMPARE(checkpoint,
                 m_start.addMSecs(m_start.msecsTo(m_server->lastLogTime().addMSecs(1)) / 3 - 1));

        cancel = false;
        const ExportSyncResult r2 = sync(checkpoint, m_server->lastLogTime(), &checkpoint);
        QVERIFY2(r2.ok, qPrintable(r2.error));
        QCOMPARE(storedCount(), 120000);
        QCOMPARE(r2.imported, 120000 - halfway);
        QCOMPARE(r2.duplicates, halfway - 40000);
    }

    // Unevenly spread logs: a split part still over the limit is split again.
    void unevenRangesAreSplitUntilEachJobFits()
    {
        m_server->setLogs(60000, m_start, 10);
        setUpStore(QStringLiteral("uneven.sqlite"));
        QDateTime checkpoint;
        // The logs fill the first 10 minutes of a whole day.
        const ExportSyncResult r = sync(m_start, m_start.addDays(1), &checkpoint);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(storedCount(), 60000);
        QVERIFY(r.jobs >= 2);
    }

    // A server that does not say how many logs a range holds: a file cut at the job limit is
    // fetched again in halves, so nothing is lost.
    void withoutTotalsAFullFileIsFetchedAgainInHalves()
    {
        m_server->setLogs(70000, m_start, 1000);
        m_server->omitTotals = true;
        setUpStore(QStringLiteral("nototal.sqlite"));
        QDateTime checkpoint;
        const ExportSyncResult r = sync(m_start, m_server->lastLogTime(), &checkpoint);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(storedCount(), 70000);
        QCOMPARE(r.imported, 70000);
        QCOMPARE(checkpoint, m_server->lastLogTime());
    }

    void planWithoutExportRightsGetsOneClearMessage()
    {
        m_server->setLogs(100, m_start, 1000);
        m_server->setFault(QStringLiteral("POST /logs/exports"), Fault::Forbidden);
        setUpStore(QStringLiteral("forbidden.sqlite"));
        QDateTime checkpoint;
        const ExportSyncResult r = sync(m_start, m_server->lastLogTime(), &checkpoint);
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(u"403 AB03"), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"logs.export"), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"Enterprise plan"), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
        QCOMPARE(m_server->requests().size(), 1); // asked once, not retried
        QVERIFY(!checkpoint.isValid());
        QCOMPARE(storedCount(), 0);
    }

    void failedJobStopsAndKeepsTheCheckpoint_data()
    {
        QTest::addColumn<bool>("guideSpelling");
        QTest::newRow("failed") << false;
        QTest::newRow("failure") << true;
    }
    void failedJobStopsAndKeepsTheCheckpoint()
    {
        QFETCH(bool, guideSpelling);
        m_server->setLogs(100, m_start, 1000);
        m_server->failExports = true;
        m_server->exportFailureSpelling = guideSpelling;
        setUpStore(QStringLiteral("failed.sqlite"));
        QDateTime checkpoint;
        const ExportSyncResult r = sync(m_start, m_server->lastLogTime(), &checkpoint);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"failed (Export worker ran out of memory), 4 times"),
                 qPrintable(r.error));
        QCOMPARE(m_server->jobsFailed(), 4); // tried again, then given up
        QVERIFY(!checkpoint.isValid());
    }

    // One job in three fails on the server: each is run again as a new export, said in the
    // progress, and the sync ends with every log.
    void failedJobsAreRetriedAsNewExports()
    {
        m_server->setLogs(120000, m_start, 1000);
        m_server->failEveryNthJob = 3;
        setUpStore(QStringLiteral("retried.sqlite"));
        QDateTime checkpoint;
        QStringList retries;
        const ExportSyncResult r = sync(m_start, m_server->lastLogTime(), &checkpoint, nullptr,
                                        [&](const ExportSyncProgress &p) {
                                            if (p.detail.contains(u"trying again"))
                                                retries << p.detail;
                                        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(storedCount(), 120000);
        QCOMPARE(r.imported, 120000);
        QVERIFY(m_server->jobsFailed() >= 1);
        QCOMPARE(retries.size(), m_server->jobsFailed());
        QVERIFY2(retries.first().contains(u"Export worker ran out of memory"),
                 qPrintable(retries.first()));
        QVERIFY2(retries.first().contains(u"attempt 2 of 4"), qPrintable(retries.first()));
        QCOMPARE(checkpoint, m_server->lastLogTime());
    }

    // A server that refuses an export above its job size (400 AB01 naming the size): the range
    // is split by time, with the size learned from the refusal, and every log arrives.
    void refusedOversizedExportIsSplit_data()
    {
        QTest::addColumn<qint64>("logs");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("jobs");
        QTest::newRow("120,000 with Portkey's 50,000") << qint64(120000) << qint64(50000) << 3;
        QTest::newRow("12,000 with 5,000") << qint64(12000) << qint64(5000) << 3;
        QTest::newRow("52,000 with 50,000") << qint64(52000) << qint64(50000) << 2;
    }
    void refusedOversizedExportIsSplit()
    {
        QFETCH(qint64, logs);
        QFETCH(qint64, limit);
        QFETCH(int, jobs);
        m_server->setLogs(logs, m_start, 1000);
        m_server->refuseJobsOver = limit;
        setUpStore(QStringLiteral("refused-%1.sqlite").arg(limit * 1000 + logs / 1000));
        ExportSync sync(*m_client, exportFileImporter(*m_store, nullptr));
        sync.setPollInterval(5, 20);
        QDateTime checkpoint;
        sync.setCheckpointHandler([&](const QDateTime &t) { checkpoint = t; });
        const ExportSyncResult r = sync.run(m_start, m_server->lastLogTime());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(storedCount(), logs);
        QCOMPARE(r.imported, logs);
        QCOMPARE(r.jobs, jobs);
        QCOMPARE(sync.maxLogsPerJob(), limit);
        QCOMPARE(m_server->exportsRefused(), 1); // the refusal's numbers planned the split
        QCOMPARE(checkpoint, m_server->lastLogTime());
    }

    // More logs within one second than a job holds: fetched in pages of the job size.
    void aSecondWithMoreThanAJobIsPaged()
    {
        m_server->setLogs(12000, m_start, 0); // all at the same instant
        m_server->refuseJobsOver = 5000;
        setUpStore(QStringLiteral("paged.sqlite"));
        QDateTime checkpoint;
        const QDateTime until = m_start.addSecs(3600);
        const ExportSyncResult r = sync(m_start.addSecs(-3600), until, &checkpoint);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(storedCount(), 12000);
        QCOMPARE(r.imported, 12000);
        QCOMPARE(r.jobs, 3);
        int paged = 0;
        for (const ControlPlaneServer::Request &q : m_server->requests()) {
            if (q.body.contains("\"page_size\":5000"))
                ++paged;
        }
        QVERIFY(paged >= 3);
        QCOMPARE(checkpoint, until);
    }

    // The signed link has expired when it is used: a fresh one is asked for, and the sync goes
    // on. When every link is refused, the message says the link expired, not that the key lacks
    // a right (no key is sent there).
    void anExpiredDownloadLinkIsReplaced()
    {
        m_server->setLogs(1000, m_start, 1000);
        m_server->expireLinks = 1;
        setUpStore(QStringLiteral("expired.sqlite"));
        QDateTime checkpoint;
        QStringList details;
        const ExportSyncResult r = sync(m_start, m_server->lastLogTime(), &checkpoint, nullptr,
                                        [&](const ExportSyncProgress &p) { details << p.detail; });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(storedCount(), 1000);
        QCOMPARE(m_server->count(QStringLiteral("GET /signed/")), 2);
        QVERIFY(details.join(u'\n').contains(u"the download link expired; asking for a fresh one"));
    }
    void linksThatKeepExpiringSaySo()
    {
        m_server->setLogs(1000, m_start, 1000);
        m_server->expireLinks = -1;
        setUpStore(QStringLiteral("expiring.sqlite"));
        QDateTime checkpoint;
        const ExportSyncResult r = sync(m_start, m_server->lastLogTime(), &checkpoint);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"download link of the export file has expired"),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(u"Request has expired"), qPrintable(r.error));
        QVERIFY2(!r.error.contains(u"API key may not"), qPrintable(r.error));
        QCOMPARE(m_server->count(QStringLiteral("GET /signed/")), 3); // the first and two fresh
        QVERIFY(!checkpoint.isValid());
    }

    void transientErrorsDuringPollingAreRetried()
    {
        m_server->setLogs(1000, m_start, 1000);
        m_server->pollsUntilDone = 3;
        m_server->setFault(QStringLiteral("GET /logs/exports/"), Fault::ServiceUnavailable, 2);
        setUpStore(QStringLiteral("flaky.sqlite"));
        QDateTime checkpoint;
        const ExportSyncResult r = sync(m_start, m_server->lastLogTime(), &checkpoint);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(storedCount(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestExportSync)
#include "tst_exportsync.moc"
