// SPDX-License-Identifier: GPL-3.0-or-later
// `gatescope-cli collect` end to end: the real binary against a loopback stand-in for a
// gateway's /log/stream (SseServer): what it refuses to start with, and how it meets an event
// too large to keep.
#include "capturegaplog.h"
#include "sseserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCollectCommand : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void refusesBadOptions_data();
    void refusesBadOptions();
    void skipsAnEndlessLineWithAGap();

private:
    QTemporaryDir m_dir;
};

void TestCollectCommand::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    // A port out of range became "http://http//127.0.0.1:99999" and looked the host "http" up
    // forever; a URL without a host was taken as it was.
    QTest::newRow("port 99999") << QStringList {u"--gateway"_s, u"http://127.0.0.1:99999"_s}
                                << u"--gateway"_s;
    QTest::newRow("port 0") << QStringList {u"--gateway"_s, u"http://127.0.0.1:0"_s}
                            << u"--gateway"_s;
    QTest::newRow("no host") << QStringList {u"--gateway"_s, u"http://"_s} << u"--gateway"_s;
    QTest::newRow("https no host") << QStringList {u"--gateway"_s, u"https://"_s} << u"--gateway"_s;
    QTest::newRow("ftp") << QStringList {u"--gateway"_s, u"ftp://127.0.0.1:8787"_s}
                         << u"--gateway"_s;
    QTest::newRow("no gateway") << QStringList {} << u"--gateway URL is required"_s;
    QTest::newRow("event limit 0")
        << QStringList {u"--gateway"_s, u"http://127.0.0.1:9"_s, u"--max-event-mb"_s, u"0"_s}
        << u"--max-event-mb"_s;
    QTest::newRow("event limit text")
        << QStringList {u"--gateway"_s, u"http://127.0.0.1:9"_s, u"--max-event-mb"_s, u"lots"_s}
        << u"--max-event-mb"_s;
}

void TestCollectCommand::refusesBadOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QProcess collect;
    collect.start(qEnvironmentVariable("GATESCOPE_CLI"),
                  QStringList {u"collect"_s, u"--db"_s, m_dir.filePath(u"store.db"_s)} + options);
    if (!collect.waitForFinished(20000)) {
        collect.kill();
        collect.waitForFinished();
        QFAIL("collect started instead of refusing the options");
    }
    QCOMPARE(collect.exitStatus(), QProcess::NormalExit);
    QCOMPARE(collect.exitCode(), 2); // the usage error
    const QString err = QString::fromUtf8(collect.readAllStandardError());
    QVERIFY2(err.startsWith(u"gatescope-cli collect: "_s), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"store.db"_s))); // refused before opening the store
}

// Reads the peak resident memory (VmHWM) of a running process, in bytes; -1 when unknown.
static qint64 peakResident(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

void TestCollectCommand::skipsAnEndlessLineWithAGap()
{
    // The first `log` event of a real stream, then 300 MB of one line that never ends (the
    // adversary's case: 1 GB took 7.2 GB). With a 1 MB limit it is skipped, counted, and kept
    // as a gap, and collect stays far below 200 MB.
    SseServer server;
    QVERIFY(server.listen());
    const SseServer::Response response = SseServer::logThenLongLine(300LL * 1024 * 1024);
    QVERIFY(response.body.contains("\"requestOptions\""));
    server.setResponse(response);

    const QString db = m_dir.filePath(u"store.db"_s);
    QProcess collect;
    collect.start(qEnvironmentVariable("GATESCOPE_CLI"),
                  {u"collect"_s, u"--db"_s, db, u"--gateway"_s, server.url().toString(),
                   u"--max-event-mb"_s, u"1"_s, u"--status-interval"_s, u"0.2"_s});
    QVERIFY(collect.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.allSent(), 120000);
    // Everything was taken by collect's reader; the status line shows it has been read.
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += collect.readAllStandardError()).contains("1 skipped"), 60000);
    const qint64 peak = peakResident(collect.processId());
    ::kill(pid_t(collect.processId()), SIGTERM);
    QVERIFY(collect.waitForFinished(60000));
    err += collect.readAllStandardError();
    QCOMPARE(collect.exitCode(), 0);
    QVERIFY2(err.contains("skipped an event larger than 1 MB"), err.constData());
    const QJsonObject summary
        = QJsonDocument::fromJson(collect.readAllStandardOutput().trimmed()).object();
    QCOMPARE(summary.value(u"stored"_s).toInt(), 1);
    QCOMPARE(summary.value(u"skipped"_s).toInt(), 1);
    QCOMPARE(summary.value(u"gaps"_s).toInt(), 1);
    QVERIFY2(peak > 0 && peak < 200LL * 1024 * 1024,
             qPrintable(u"peak resident %1 MB"_s.arg(peak / (1024 * 1024))));

    CaptureGapLog gaps;
    QString error;
    QVERIFY2(gaps.open(db, &error), qPrintable(error));
    const QList<CaptureGap> stored = gaps.gaps(&error);
    QCOMPARE(stored.size(), 1);
    QVERIFY2(stored.at(0).reason.contains(u"size limit of 1 MB"_s),
             qPrintable(stored.at(0).reason));
}

QTEST_GUILESS_MAIN(TestCollectCommand)
#include "tst_collectcommand.moc"
