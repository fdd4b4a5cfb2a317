// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonupstream.h"
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
    void secondRoundFormsNeverStored();
    void unreachableUpstreamPrintsNoKey();

private:
    QByteArray runCli(const QStringList &arguments, int expectedExit = 0);
    void verifyClean(const QByteArray &bytes, const QString &where);
    void verifyStoreClean(const QString &storeDir, const QString &db);

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
        // The second round (issue #15).
        "sk-UPPER-CASE-KEY-6001", // API_KEY
        "sk-DASHED-KEY-6002", // Api-Key
        "sk-OPENAI-KEY-6003", // openai_key
        "sk-ANTHROPIC-KEY-6004", // anthropic_api_key
        "AWS-SECRET-ACCESS-6005", // aws_secret_access_key
        "hunter2-PASSWORD-6006", // password
        "TOKEN-VALUE-6007", // token
        "SECRET-VALUE-6008", // secret
        "CLIENT-SECRET-6009", // client_secret
        "sk-INVALID-UTF8-6010", // a body with one invalid UTF-8 byte
        "sk-METADATA-KEY-6011", // api_key inside x-portkey-metadata
        "AIza-LONG-URL-6012", // ?key= in a URL over 8 KB inside a body
        "AIza-PERCENT-6013", // ?ke%79=
        "sk-BAD-CONFIG-6014", // x-portkey-config that is not JSON
        "sk-NESTED-JSON-6015", // JSON inside a JSON string inside a JSON string
        "USERINFO-SECRET-6016", // https://user:SECRET@host
        "AIza-ECHOED-6017", // ?key= echoed in an upstream error message
        "GW-ECHO-KEY-6018", // the same in a gateway stream event
        "sk-BIG-BODY-6019", // API_KEY in a body over 4 MB
        "sk-CSV-KEY-6020", // the same forms in a Portkey CSV export...
        "AIza-CSV-ECHO-6021", "AIza-CSV-URL-6022", "sk-CSV-META-6023",
        "sk-LOGOBJ-6024", // ...and in a Portkey log object
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

void TestSecrets::verifyStoreClean(const QString &storeDir, const QString &db)
{
    // Query, export, every stored record with its raw source, every file of the store.
    verifyClean(runCli({u"query"_s, u"--db"_s, db, u"--json"_s, u"--limit"_s, u"100000"_s}),
                u"query --json"_s);
    for (const QString &format : {u"gatescope"_s, u"csv"_s}) {
        const QString out = m_dir.filePath(u"second-export."_s + format);
        runCli({u"export"_s, u"--db"_s, db, u"--format"_s, format, u"--out"_s, out});
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out));
        verifyClean(file.readAll(), u"the %1 export"_s.arg(format));
    }
    {
        QString error;
        const std::unique_ptr<LogStore> store = LogStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const auto rowIds = store->rowIds(LogQuery {}, &error);
        QVERIFY2(rowIds, qPrintable(error));
        for (const qint64 rowId : *rowIds) {
            const std::optional<LogRecord> record = store->recordByRowId(rowId, &error);
            QVERIFY2(record, qPrintable(error));
            const QString where = u"stored record %1"_s.arg(record->id);
            verifyClean(record->raw, where + u" (raw)"_s);
            verifyClean(record->request + record->response, where + u" (bodies)"_s);
            verifyClean(record->toJsonLine(), where);
            for (auto it = record->metadata.cbegin(); it != record->metadata.cend(); ++it)
                verifyClean(it.value().toUtf8(), where + u" (metadata)"_s);
        }
    }
    for (QDirIterator it(storeDir, QDir::Files | QDir::Hidden); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        verifyClean(file.readAll(), file.fileName());
    }
}

void TestSecrets::secondRoundFormsNeverStored()
{
    const QString storeDir = m_dir.filePath(u"second"_s);
    QVERIFY(QDir().mkpath(storeDir));
    const QString db = storeDir + u"/store.db"_s;

    // 1. A Portkey export row holding every form the second round found.
    const QByteArray longUrl = "https://generativelanguage.googleapis.com/v1beta/x?pad="
        + QByteArray(9000, 'p') + "&key=AIza-LONG-URL-6012";
    QByteArray row
        = R"x({"id": "second-row-1", "created_at": "2026-11-21T10:00:00.000", )x"
          R"x("request": {"url": "https://api.example/v1/chat/completions?ke%79=AIza-PERCENT-6013", )x"
          R"x("method": "POST", "headers": {)x"
          R"x("x-portkey-metadata": "{\"_user\":\"bob\",\"api_key\":\"sk-METADATA-KEY-6011\"}", )x"
          R"x("x-portkey-config": "{provider: 'openai', api_key: 'sk-BAD-CONFIG-6014',}", )x"
          R"x("x-portkey-custom-host": "https://user:USERINFO-SECRET-6016@llm.example/v1"}, )x"
          R"x("body": {"model": "gpt-4o", "API_KEY": "sk-UPPER-CASE-KEY-6001", )x"
          R"x("Api-Key": "sk-DASHED-KEY-6002", "providerOptions": {)x"
          R"x("openai_key": "sk-OPENAI-KEY-6003", "anthropic_api_key": "sk-ANTHROPIC-KEY-6004", )x"
          R"x("aws_secret_access_key": "AWS-SECRET-ACCESS-6005", )x"
          R"x("password": "hunter2-PASSWORD-6006", "token": "TOKEN-VALUE-6007", )x"
          R"x("secret": "SECRET-VALUE-6008", "client_secret": "CLIENT-SECRET-6009"}, )x"
          R"x("tool": "{\"args\":\"{\\\"api_key\\\":\\\"sk-NESTED-JSON-6015\\\"}\"}", )x"
          R"x("link": "LONG_URL", "messages": [{"role": "user", "content": "hello second round"}]}}, )x"
          R"x("response": {"status": 404, "body": {"error": {"message": "Request to )x"
          R"x(https://generativelanguage.googleapis.com/v1beta/models/g:generateContent)x"
          R"x(?key=AIza-ECHOED-6017 failed (404)"}}, "responseTime": 100}, "ai_org": "openai", )x"
          R"x("ai_model": "gpt-4o", "response_status_code": 404.0, )x"
          R"x("metadata": {"_user": "bob", "api_key": "sk-METADATA-KEY-6011"}})x";
    row.replace("LONG_URL", longUrl);
    // One invalid UTF-8 byte in a body.
    QByteArray invalid = R"x({"id": "second-row-2", "created_at": "2026-11-21T10:00:01.000", )x"
                         R"x("request": {"body": {"model": "gpt-4o", "note": "caf)x";
    invalid += '\xe9';
    invalid += R"x(", "api_key": "sk-INVALID-UTF8-6010"}}, "response": {"status": 200, )x"
               R"x("body": {}}, "ai_model": "gpt-4o", "response_status_code": 200.0})x";
    const QString crafted = m_dir.filePath(u"second_export.jsonl"_s);
    {
        QFile file(crafted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(row + "\n" + invalid + "\n");
    }
    // 2. A gateway stream event whose upstream answer echoes the URL with its key.
    QFile chat(m_data + u"/gateway-stream/chat_plain.jsonl"_s);
    QVERIFY(chat.open(QIODevice::ReadOnly));
    QByteArray event = chat.readLine().trimmed();
    event.replace("\"hookSpanId\":\"", "\"hookSpanId\":\"echo-");
    const QByteArray answer = "Hello from mock upstream A (call 1).";
    QVERIFY(event.contains(answer));
    event.replace(answer,
                  "upstream said: GET https://generativelanguage.googleapis.com/v1beta/"
                  "models/g:generateContent?alt=sse&key=GW-ECHO-KEY-6018 was refused");
    const QString stream = m_dir.filePath(u"second_stream.jsonl"_s);
    {
        QFile file(stream);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(event + "\n");
    }
    // 3. A Portkey CSV export and a Portkey log object.
    const QString csv = m_dir.filePath(u"second_export.csv"_s);
    {
        QFile legacy(m_data + u"/formats/legacy_export.csv"_s);
        QVERIFY(legacy.open(QIODevice::ReadOnly));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(legacy.readLine()); // the header
        file.write(
            R"x(2024-10-21 10:30:00,gpt-4o,openai,"{""model"":""gpt-4o"",""API_KEY"":""sk-CSV-KEY-6020""}",)x"
            R"x("{""error"":{""message"":""GET https://x.googleapis.com/v1?key=AIza-CSV-ECHO-6021 failed""}}",)x"
            R"x(0,1,1,2,0,USD,https://api.example/v1/chat?ke%79=AIza-CSV-URL-6022,POST,400,10,MISS,)x"
            R"x(SIMPLE,FALSE,0,trace-csv-secret,SINGLE,openai,node,20,1,pc-x,p,pv,)x"
            R"x("[""_user"",""api_key""]","[""carol"",""sk-CSV-META-6023""]")x"
            "\n");
    }
    const QString logObject = m_dir.filePath(u"second_log_object.json"_s);
    {
        QFile sample(m_data + u"/portkey/sample_log_object.json"_s);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray object = sample.readAll();
        QVERIFY(object.contains("\"content\": \"Hello!\""));
        object.replace("046b73bd-87da-4c0f-b716-2906d5f3f000", "second-log-object-1");
        object.replace("\"content\": \"Hello!\"",
                       "\"content\": \"see https://h.example/x?API_KEY=sk-LOGOBJ-6024\"");
        QFile file(logObject);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(object);
    }
    verifyClean(runCli({u"import"_s, u"--db"_s, db, crafted, stream, csv, logObject}),
                u"the output of import"_s);

    // 4. The recording proxy: the same forms in requests, headers and an upstream's answers.
    JsonUpstream upstream;
    upstream.setResponse("400 Bad Request",
                         R"x({"error":{"message":"Request to https://)x"
                         R"x(generativelanguage.googleapis.com/v1beta/models/g:generateContent)x"
                         R"x(?key=AIza-ECHOED-6017 failed"}})x");
    QVERIFY(upstream.listen());
    QProcess record;
    record.setProcessChannelMode(QProcess::MergedChannels);
    record.start(m_cli,
                 {u"record"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--upstream"_s,
                  upstream.url().toString()});
    QByteArray recordOutput;
    QTRY_VERIFY_WITH_TIMEOUT((recordOutput += record.readAll()).contains("listening on"), 20000);
    const QRegularExpressionMatch listening
        = QRegularExpression(u"listening on http://127.0.0.1:(\\d+)"_s)
              .match(QString::fromUtf8(recordOutput));
    QVERIFY2(listening.hasMatch(), recordOutput.constData());
    const quint16 port = quint16(listening.captured(1).toUInt());
    const QList<QByteArray> bodies {
        R"x({"model":"gpt-4o","API_KEY":"sk-UPPER-CASE-KEY-6001","providerOptions":)x"
        R"x({"openai_key":"sk-OPENAI-KEY-6003","client_secret":"CLIENT-SECRET-6009"}})x",
        QByteArray(R"x({"model":"gpt-4o","note":"caf)x") + '\xe9'
            + R"x(","api_key":"sk-INVALID-UTF8-6010"})x",
        R"x({"model":"gpt-4o","messages":[{"role":"user","content":")x"
            + QByteArray(5 * 1024 * 1024, 'x') + R"x("}],"API_KEY":"sk-BIG-BODY-6019"})x",
        R"x({"model":"gpt-4o","link":")x" + longUrl + R"x("})x",
    };
    const QByteArray headers
        = R"x(x-portkey-metadata: {"_user":"bob","api_key":"sk-METADATA-KEY-6011"})x"
          "\r\n"
          R"x(x-portkey-config: {provider: 'openai', api_key: 'sk-BAD-CONFIG-6014',})x"
          "\r\n"
          "x-portkey-custom-host: https://user:USERINFO-SECRET-6016@llm.example/v1\r\n";
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QByteArray answers;
    for (const QByteArray &body : bodies) {
        client.write("POST /v1/chat/completions?ke%79=AIza-PERCENT-6013 HTTP/1.1\r\nHost: x\r\n"
                     + headers + "Content-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        const qsizetype before = answers.count("HTTP/1.1 400");
        QTRY_VERIFY_WITH_TIMEOUT((answers += client.readAll()).count("HTTP/1.1 400") > before,
                                 20000);
    }
    client.disconnectFromHost();
    const auto storedCount = [&] {
        QString error;
        const std::unique_ptr<LogStore> store = LogStore::open(db, &error);
        const auto ids = store ? store->rowIds(LogQuery {}, &error) : std::nullopt;
        return ids ? ids->size() : 0;
    };
    QTRY_COMPARE_WITH_TIMEOUT(storedCount(), qsizetype(5 + bodies.size()), 20000);
    ::kill(pid_t(record.processId()), SIGTERM);
    QVERIFY(record.waitForFinished(20000));
    recordOutput += record.readAll();
    verifyClean(recordOutput, u"the output of record"_s);

    // The metadata column keeps the other keys; the key's value is replaced.
    {
        QString error;
        const std::unique_ptr<LogStore> store = LogStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const std::optional<LogRecord> second = store->record(u"second-row-1"_s, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->metadata.value(u"_user"_s), u"bob"_s);
        QCOMPARE(second->metadata.value(u"api_key"_s), u"[REDACTED]"_s);
        QVERIFY(second->raw.contains("generativelanguage.googleapis.com"));
    }
    verifyStoreClean(storeDir, db);
}

void TestSecrets::unreachableUpstreamPrintsNoKey()
{
    // The proxy's error line names the request, never its key.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    QProcess record;
    record.setProcessChannelMode(QProcess::MergedChannels);
    record.start(m_cli,
                 {u"record"_s, u"--db"_s, m_dir.filePath(u"unreachable.db"_s), u"--listen"_s,
                  u"127.0.0.1:0"_s, u"--upstream"_s,
                  u"http://127.0.0.1:%1/v1beta?key=UPSTREAM-URL-KEY-7001"_s.arg(closedPort)});
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += record.readAll()).contains("listening on"), 20000);
    const QRegularExpressionMatch listening
        = QRegularExpression(u"listening on http://127.0.0.1:(\\d+)"_s)
              .match(QString::fromUtf8(output));
    QVERIFY2(listening.hasMatch(), output.constData());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(listening.captured(1).toUInt()));
    QVERIFY(client.waitForConnected(5000));
    client.write("GET /models/g:generateContent?key=TARGET-KEY-7002&api_key=TARGET-KEY-7003 "
                 "HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).contains("502"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT((output += record.readAll()).contains("could not be reached"), 20000);
    ::kill(pid_t(record.processId()), SIGTERM);
    QVERIFY(record.waitForFinished(20000));
    output += record.readAll();
    QVERIFY2(output.contains("generateContent"), output.constData());
    for (const char *secret : {"UPSTREAM-URL-KEY-7001", "TARGET-KEY-7002", "TARGET-KEY-7003"}) {
        QVERIFY2(!output.contains(secret), output.constData());
        QVERIFY2(!answer.contains(secret), answer.constData());
    }
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
