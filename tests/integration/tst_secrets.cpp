// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

// API keys must never be stored, shown or exported (DESIGN.md section 4). Captures the real
// gateway's recorded events (which carry sk-test-NOT-A-REAL-KEY-0000 as providerOptions.apiKey
// and as an authorization header) through `collect`, imports the same fixtures and a crafted
// export row holding every other kind of credential, then searches the raw bytes of every file
// of the store (database, -wal, full-text index) and every output of gatescope-cli for them.
// That a link never opens a file or runs a command is tst_deeplink's (rejectsEverythingElse:
// file:, javascript:, data:, ../ and control characters), not repeated here.
class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void captureAndImportKeepNoSecret();
    void recordListensOnLoopbackByDefault();

private:
    QByteArray runCli(const QStringList &arguments, int expectedExit = 0);
    void verifyClean(const QByteArray &bytes, const QString &where);

    QString m_cli;
    QString m_data;
    QTemporaryDir m_dir;
    // Every credential the inputs hold. Placeholders like "[REDACTED]" may stay.
    const QList<QByteArray> m_secrets {
        "sk-test-NOT-A-REAL-KEY-0000", // providerOptions.apiKey, authorization in the fixtures
        "sk-crafted-AUTH-HEADER-1111", // Authorization: Bearer in an export row
        "GOOGLE-API-KEY-FAKE-123", // ?key= in a Google URL
        "pk-portkey-HEADER-KEY-2222", // x-portkey-api-key header
        "sk-config-API-KEY-3333", // api_key in a config JSON string
        "vk-virtual-provider-KEY-4444", // x-api-key header
        "AKIA-FAKE-AWS-SECRET-5555", // awsSecretAccessKey in providerOptions
    };
};

void TestSecrets::initTestCase()
{
    m_cli = qEnvironmentVariable("GATESCOPE_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "GATESCOPE_CLI must name gatescope-cli");
    m_data = qEnvironmentVariable("GATESCOPE_TEST_DATA");
    QVERIFY(QFileInfo::exists(m_data + u"/gateway-stream/stream_raw.sse"_s));
    QVERIFY(m_dir.isValid());
}

QByteArray TestSecrets::runCli(const QStringList &arguments, int expectedExit)
{
    QProcess process;
    process.start(m_cli, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != expectedExit)
        qWarning("gatescope-cli %s exited %d:\n%s", qPrintable(arguments.join(u' ')),
                 process.exitCode(), out.constData());
    return out;
}

void TestSecrets::verifyClean(const QByteArray &bytes, const QString &where)
{
    for (const QByteArray &secret : m_secrets) {
        const qsizetype at = bytes.indexOf(secret);
        if (at >= 0) {
            QFAIL(qPrintable(u"%1 holds the secret %2: ...%3..."_s.arg(
                where, QString::fromLatin1(secret),
                QString::fromUtf8(bytes.mid(std::max<qsizetype>(0, at - 80), 160)))));
        }
    }
}

void TestSecrets::captureAndImportKeepNoSecret()
{
    const QString storeDir = m_dir.filePath(u"store"_s);
    QVERIFY(QDir().mkpath(storeDir));
    const QString db = storeDir + u"/store.db"_s;

    // 1. Live capture: a stand-in gateway replays the real gateway's recorded /log/stream.
    QFile raw(m_data + u"/gateway-stream/stream_raw.sse"_s);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray stream = raw.readAll();
    QVERIFY(stream.contains("sk-test-NOT-A-REAL-KEY-0000"));
    // A provider that takes its key in the URL (Google) and an AWS secret, written as the
    // gateway writes them into an event.
    QFile chat(m_data + u"/gateway-stream/chat_plain.jsonl"_s);
    QVERIFY(chat.open(QIODevice::ReadOnly));
    QByteArray google = chat.readLine().trimmed();
    google.replace("\"hookSpanId\":\"", "\"hookSpanId\":\"google-");
    google.replace("\"requestURL\":\"http://127.0.0.1:18081/v1/chat/completions\"",
                   "\"requestURL\":\"https://generativelanguage.googleapis.com/v1beta/models/"
                   "gemini-pro:generateContent?key=GOOGLE-API-KEY-FAKE-123&alt=sse\","
                   "\"awsSecretAccessKey\":\"AKIA-FAKE-AWS-SECRET-5555\"");
    QVERIFY(google.contains("GOOGLE-API-KEY-FAKE-123"));

    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> sockets;
    int served = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, this, [&, socket] {
                if (!socket->readAll().contains("\r\n\r\n") || served > 0)
                    return;
                ++served;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                              "Connection: keep-alive\r\n\r\n");
                socket->write(stream);
                socket->write("\n\nevent: log\ndata: " + google + "\n\n");
            });
        }
    });
    QProcess collect;
    collect.setProcessChannelMode(QProcess::MergedChannels);
    collect.start(m_cli,
                  {u"collect"_s, u"--db"_s, db, u"--gateway"_s,
                   u"http://127.0.0.1:%1"_s.arg(server.serverPort()), u"--status-interval"_s,
                   u"0.2"_s});
    QTRY_VERIFY_WITH_TIMEOUT(served > 0, 20000);
    // The status lines count what is stored: wait until the last event (the Google one) is in.
    QByteArray collectOutput;
    const QRegularExpression storedLine(u"(\\d+) stored \\("_s);
    const auto storedSoFar = [&] {
        collectOutput += collect.readAll();
        qint64 stored = 0;
        for (auto it = storedLine.globalMatch(QString::fromUtf8(collectOutput)); it.hasNext();)
            stored = it.next().captured(1).toLongLong();
        return stored;
    };
    qint64 lastStored = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const qint64 now = storedSoFar();
            const bool settled = now > 0 && now == lastStored;
            lastStored = now;
            return settled;
        }(),
        30000);
    ::kill(pid_t(collect.processId()), SIGTERM);
    QVERIFY(collect.waitForFinished(20000));
    collectOutput += collect.readAll();
    QCOMPARE(collect.exitCode(), 0);
    verifyClean(collectOutput, u"the output of collect"_s);

    // 2. Import: the same fixtures as files, and an export row with every other credential.
    QStringList files;
    for (const QFileInfo &file :
         QDir(m_data + u"/gateway-stream"_s).entryInfoList({u"*.jsonl"_s}, QDir::Files))
        files.append(file.filePath());
    QVERIFY(files.size() > 10);
    const QString crafted = m_dir.filePath(u"crafted_export.jsonl"_s);
    {
        QFile file(crafted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"id": "secret-row-1", "created_at": "2026-11-20T10:00:00.123", "request": {"url": "https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?alt=sse&key=GOOGLE-API-KEY-FAKE-123", "method": "POST", "headers": {"Authorization": "Bearer sk-crafted-AUTH-HEADER-1111", "x-portkey-api-key": "pk-portkey-HEADER-KEY-2222", "x-api-key": "vk-virtual-provider-KEY-4444", "x-portkey-config": "{\"provider\":\"openai\",\"api_key\":\"sk-config-API-KEY-3333\"}"}, "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello secrets"}]}, "portkeyHeaders": {"x-portkey-api-key": "pk-portkey-HEADER-KEY-2222", "authorization": "Bearer sk-crafted-AUTH-HEADER-1111"}}, "response": {"status": 200, "headers": {"x-portkey-cache-status": "MISS"}, "body": {"choices": [{"message": {"role": "assistant", "content": "hi"}}]}, "responseTime": 100}, "is_success": 1.0, "ai_org": "google", "ai_model": "gemini-pro", "request_url": "https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=GOOGLE-API-KEY-FAKE-123", "response_status_code": 200.0, "mode": "SINGLE", "config": {"provider": "openai", "api_key": "sk-config-API-KEY-3333"}, "metadata": {"key": ["_user"], "value": ["alice@acme.dev"]}})"
            "\n");
    }
    files.append(crafted);
    runCli(QStringList {u"import"_s, u"--db"_s, db} + files);
    const QByteArray queried
        = runCli({u"query"_s, u"--db"_s, db, u"--json"_s, u"--limit"_s, u"100000"_s});
    QVERIFY2(queried.contains("secret-row-1"), "the crafted row was not imported");
    QVERIFY2(queried.contains("gw-google-"), "the captured Google event was not stored");
    verifyClean(queried, u"query --json"_s);
    verifyClean(runCli({u"query"_s, u"--db"_s, db, u"--limit"_s, u"100000"_s}), u"query"_s);
    verifyClean(runCli({u"stats"_s, u"--db"_s, db, u"--json"_s}), u"stats --json"_s);

    // 3. Every export format.
    for (const QString &format : {u"gatescope"_s, u"csv"_s}) {
        const QString out = m_dir.filePath(u"export."_s + format);
        runCli({u"export"_s, u"--db"_s, db, u"--format"_s, format, u"--out"_s, out});
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains("secret-row-1"), qPrintable(out));
        verifyClean(bytes, u"the %1 export"_s.arg(format));
    }

    // 4. What the detail panel shows: every stored record with its bodies and its raw source
    // record (stored compressed, so a byte search of the file alone would not see them).
    {
        QString error;
        const std::unique_ptr<LogStore> store = LogStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const auto rowIds = store->rowIds(LogQuery {}, &error);
        QVERIFY2(rowIds && rowIds->size() > 10, qPrintable(error));
        int craftedSeen = 0;
        for (const qint64 rowId : *rowIds) {
            const std::optional<LogRecord> record = store->recordByRowId(rowId, &error);
            QVERIFY2(record, qPrintable(error));
            const QString where = u"stored record %1"_s.arg(record->id);
            verifyClean(record->raw, where + u" (raw)"_s);
            verifyClean(record->request + record->response, where + u" (bodies)"_s);
            verifyClean(record->toJsonLine(), where);
            if (record->id == u"secret-row-1") {
                // The raw record is there, with the credentials replaced (not dropped unseen).
                QVERIFY2(record->raw.contains("[REDACTED]"), record->raw.constData());
                QVERIFY(record->raw.contains("generativelanguage.googleapis.com"));
                ++craftedSeen;
            }
        }
        QCOMPARE(craftedSeen, 1);
    }

    // 5. The raw bytes of every file of the store: the database, its -wal and -shm, the
    // full-text index.
    int storeFiles = 0;
    for (QDirIterator it(storeDir, QDir::Files | QDir::Hidden); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        verifyClean(file.readAll(), file.fileName());
        ++storeFiles;
    }
    QVERIFY(storeFiles >= 1);
}

void TestSecrets::recordListensOnLoopbackByDefault()
{
    // The help states the default; started without --listen it binds 127.0.0.1 (port 8788).
    const QByteArray help = runCli({u"record"_s, u"--help"_s}).simplified();
    QVERIFY2(help.contains("default 127.0.0.1:8788"), help.constData());

    QProcess record;
    record.setProcessChannelMode(QProcess::MergedChannels);
    record.start(m_cli,
                 {u"record"_s, u"--db"_s, m_dir.filePath(u"record.db"_s), u"--upstream"_s,
                  u"http://127.0.0.1:9"_s});
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += record.readAll()).contains("listening on")
                                 || record.state() == QProcess::NotRunning,
                             20000);
    output += record.readAll();
    QVERIFY2(output.contains("listening on http://127.0.0.1:8788"), output.constData());
    QVERIFY2(!output.contains("beyond loopback"), output.constData());
    ::kill(pid_t(record.processId()), SIGTERM);
    QVERIFY(record.waitForFinished(20000));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
