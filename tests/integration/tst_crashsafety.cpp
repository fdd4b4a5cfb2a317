// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportgenerator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Kills gatescope-cli with SIGKILL in the middle of an import and of a live collect, then runs
// it again: the store must pass PRAGMA integrity_check and hold every record exactly once
// (DESIGN.md section 5: a crash loses at most the batch in flight, never a committed one).
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importKilledAndRunAgain();
    void collectKilledMidStream();

private:
    struct StoreState
    {
        QString integrity;
        qint64 count = -1;
        qint64 distinct = -1;
    };
    static StoreState inspect(const QString &db);
    static qint64 storedCount(const QString &db);
    QProcess *startCli(const QStringList &arguments);

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_export;
    // Large enough that an import takes a good part of a second even on a fast machine.
    static constexpr qint64 Records = 40000;
};

void TestCrashSafety::initTestCase()
{
    m_cli = qEnvironmentVariable("GATESCOPE_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "GATESCOPE_CLI must name gatescope-cli");
    QVERIFY(m_dir.isValid());
    m_export = m_dir.filePath(u"export.jsonl"_s);
    QVERIFY(ExportGenerator::write(m_export, Records) > 0);
}

TestCrashSafety::StoreState TestCrashSafety::inspect(const QString &db)
{
    StoreState state;
    const QString name
        = u"crashsafety-"_s + QString::number(QRandomGenerator::global()->generate());
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        sql.setDatabaseName(db);
        if (sql.open()) {
            QSqlQuery query(sql);
            QStringList lines;
            if (query.exec(u"PRAGMA integrity_check"_s)) {
                while (query.next())
                    lines.append(query.value(0).toString());
            }
            state.integrity = lines.join(u'\n');
            if (query.exec(u"SELECT count(*), count(DISTINCT id) FROM logs"_s) && query.next()) {
                state.count = query.value(0).toLongLong();
                state.distinct = query.value(1).toLongLong();
            }
        } else {
            state.integrity = sql.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

qint64 TestCrashSafety::storedCount(const QString &db)
{
    if (QFileInfo(db).size() == 0)
        return 0; // not created yet: opening it here would create it
    qint64 count = 0;
    const QString name = u"crashsafety-count"_s;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        sql.setDatabaseName(db);
        sql.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=0"_s);
        if (sql.open()) {
            QSqlQuery query(sql);
            if (query.exec(u"SELECT count(*) FROM logs"_s) && query.next())
                count = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

QProcess *TestCrashSafety::startCli(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setStandardOutputFile(QProcess::nullDevice());
    process->start(m_cli, arguments);
    return process;
}

void TestCrashSafety::importKilledAndRunAgain()
{
    const QString db = m_dir.filePath(u"import/store.db"_s);
    QVERIFY(QDir().mkpath(QFileInfo(db).path()));
    const QStringList arguments {u"import"_s, u"--db"_s, db, m_export};

    // Each round kills the import once the store holds a random number of records beyond what
    // the last round left (polled from another connection, as WAL allows), plus a few random
    // milliseconds so the kill lands anywhere in the next batch.
    QRandomGenerator random(20261127);
    qint64 previous = 0;
    int partialRounds = 0;
    for (int round = 0; round < 4; ++round) {
        const qint64 target = previous + 1 + random.bounded((Records - previous) * 3 / 4);
        std::unique_ptr<QProcess> process(startCli(arguments));
        QVERIFY(process->waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (process->state() == QProcess::Running && storedCount(db) < target
               && clock.elapsed() < 120000)
            QTest::qWait(2);
        QTest::qWait(int(random.bounded(25)));
        ::kill(pid_t(process->processId()), SIGKILL);
        QVERIFY(process->waitForFinished(120000));
        const StoreState state = inspect(db);
        QCOMPARE(state.integrity, u"ok"_s);
        QCOMPARE(state.count, state.distinct);
        QVERIFY2(state.count >= previous, "a committed batch was lost");
        QVERIFY(state.count <= Records);
        qInfo("round %d: killed with %lld of %lld records stored", round, state.count, Records);
        if (state.count < Records)
            ++partialRounds;
        previous = state.count;
    }
    QVERIFY2(partialRounds >= 2, "the kills did not land inside imports");

    std::unique_ptr<QProcess> last(startCli(arguments));
    QVERIFY(last->waitForFinished(120000));
    QCOMPARE(last->exitStatus(), QProcess::NormalExit);
    QCOMPARE(last->exitCode(), 0);
    const StoreState state = inspect(db);
    QCOMPARE(state.integrity, u"ok"_s);
    QCOMPARE(state.count, Records);
    QCOMPARE(state.distinct, Records);
}

// A stand-in for the gateway's /log/stream: sends a numbered log event every few milliseconds
// to whoever is connected. As the real gateway does, a subscriber gets only the events sent
// while it is connected (there is no replay).
class FakeLogStream : public QObject
{
public:
    explicit FakeLogStream(QByteArray templateEvent)
        : m_template(std::move(templateEvent))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                  "Cache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n"
                                  "event: connected\ndata: 1\n\n");
                    m_client = socket;
                });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    if (m_client == socket)
                        m_client = nullptr;
                    socket->deleteLater();
                });
            }
        });
        connect(&m_timer, &QTimer::timeout, this, &FakeLogStream::send);
        m_timer.setInterval(5);
    }
    ~FakeLogStream() override
    {
        // The server deletes its sockets after this destructor: their disconnected() must not
        // reach the handlers above any more.
        const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->disconnect(this);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    bool connected() const { return m_client && m_client->state() == QTcpSocket::ConnectedState; }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    int sent() const { return m_next; }

private:
    void send()
    {
        if (!connected())
            return;
        for (int i = 0; i < 20; ++i) {
            QByteArray event = m_template;
            event.replace("@ID@", QByteArray::number(m_next).rightJustified(8, '0'));
            m_client->write("event: log\ndata: " + event + "\n\n");
            ++m_next;
        }
    }

    QTcpServer m_server;
    QTimer m_timer;
    QPointer<QTcpSocket> m_client;
    QByteArray m_template;
    int m_next = 0;
};

void TestCrashSafety::collectKilledMidStream()
{
    QFile fixture(qEnvironmentVariable("GATESCOPE_TEST_DATA")
                  + u"/gateway-stream/chat_plain.jsonl"_s);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray event = fixture.readLine().trimmed();
    const qsizetype span = event.indexOf("\"hookSpanId\":\"");
    QVERIFY(span > 0);
    const qsizetype valueStart = span + qsizetype(sizeof("\"hookSpanId\":\"") - 1);
    event.replace(valueStart, event.indexOf('"', valueStart) - valueStart, "crash-@ID@");

    FakeLogStream stream(event);
    QVERIFY(stream.listen());
    const QString db = m_dir.filePath(u"collect/store.db"_s);
    QVERIFY(QDir().mkpath(QFileInfo(db).path()));
    const QStringList arguments {u"collect"_s, u"--db"_s,          db,    u"--gateway"_s,
                                 stream.url(), u"--max-backoff"_s, u"1"_s};

    QRandomGenerator random(4242);
    qint64 previous = 0;
    for (int round = 0; round < 3; ++round) {
        std::unique_ptr<QProcess> process(startCli(arguments));
        QTRY_VERIFY_WITH_TIMEOUT(stream.connected(), 20000);
        stream.start();
        QTest::qWait(int(random.bounded(200, 1200)));
        ::kill(pid_t(process->processId()), SIGKILL);
        QVERIFY(process->waitForFinished(10000));
        stream.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!stream.connected(), 10000);
        const StoreState state = inspect(db);
        QCOMPARE(state.integrity, u"ok"_s);
        QCOMPARE(state.count, state.distinct);
        QVERIFY(state.count >= previous);
        QVERIFY(state.count <= stream.sent());
        qInfo("round %d: %lld of %d events stored before the kill", round, state.count,
              stream.sent());
        previous = state.count;
    }

    // After the restart every event sent is stored once, next to what survived the kills.
    std::unique_ptr<QProcess> process(startCli(arguments));
    QTRY_VERIFY_WITH_TIMEOUT(stream.connected(), 20000);
    const int firstAfterRestart = stream.sent();
    stream.start();
    QTest::qWait(800);
    stream.stop();
    const int sentAfterRestart = stream.sent() - firstAfterRestart;
    QVERIFY(sentAfterRestart > 0);
    QTest::qWait(300); // let the last bytes reach the collector before it is told to stop
    ::kill(pid_t(process->processId()), SIGTERM);
    QVERIFY(process->waitForFinished(20000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);

    const StoreState state = inspect(db);
    QCOMPARE(state.integrity, u"ok"_s);
    QCOMPARE(state.count, state.distinct);
    QCOMPARE(state.count, previous + sentAfterRestart);

    const QString name = u"crashsafety-after"_s;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY(query.exec(
            u"SELECT count(*) FROM logs WHERE id >= 'gw-crash-%1' AND id <= 'gw-crash-%2'"_s.arg(
                QString::number(firstAfterRestart).rightJustified(8, u'0'),
                QString::number(firstAfterRestart + sentAfterRestart - 1)
                    .rightJustified(8, u'0'))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(sentAfterRestart));
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
