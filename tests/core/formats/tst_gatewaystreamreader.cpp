// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereader.h"
#include "recordenums.h"
#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Every captured gateway event against the client's view of the same request
// (tests/data/gateway-stream/*.client.json: status, x-portkey-* response headers, upstream calls).
class TestGatewayStreamReader : public QObject
{
    Q_OBJECT

private:
    static QList<LogRecord> readAll(const QString &path, QList<ReadError> *errorsOut = nullptr)
    {
        FileReader reader(path);
        QString error;
        if (!reader.open(&error))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        QList<LogRecord> records;
        QList<ReadError> errors;
        while (reader.readBatch(records, errors, 7)) { }
        if (errorsOut)
            *errorsOut = errors;
        return records;
    }

    static QJsonArray clientCalls(const QString &scenario)
    {
        const QJsonObject o
            = QJsonDocument::fromJson(
                  TestData::read(u"gateway-stream/"_qs + scenario + u".client.json"_qs))
                  .object();
        const QJsonValue client = o.value(u"client");
        return client.isArray() ? client.toArray() : QJsonArray {client};
    }

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("scenario");
        const QStringList files = QDir(TestData::path(u"gateway-stream"_qs))
                                      .entryList({u"*.jsonl"_qs}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 30);
        for (const QString &file : files) {
            const QString scenario = file.chopped(6);
            QTest::newRow(qPrintable(scenario)) << scenario;
        }
    }

    void fixtures()
    {
        QFETCH(QString, scenario);
        const QString path = TestData::path(u"gateway-stream/"_qs + scenario + u".jsonl"_qs);
        const QByteArray fileBytes
            = TestData::read(u"gateway-stream/"_qs + scenario + u".jsonl"_qs);
        QCOMPARE(FileFormats::sniff(fileBytes.left(4096), path),
                 fileBytes.trimmed().isEmpty() ? FileFormat::Unknown : FileFormat::GatewayStream);

        QList<ReadError> errors;
        const QList<LogRecord> records
            = fileBytes.trimmed().isEmpty() ? QList<LogRecord>() : readAll(path, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).reason));
        QCOMPARE(records.size(), qsizetype(fileBytes.count('\n')));

        const QJsonArray calls = clientCalls(scenario);
        QSet<QString> ids;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const LogRecord &r = records.at(i);
            QVERIFY(r.id.startsWith(u"gw-"));
            QVERIFY(!ids.contains(r.id));
            ids.insert(r.id);
            QVERIFY(r.createdAt.isValid());
            QCOMPARE(r.createdAt.timeSpec(), Qt::UTC);
            QCOMPARE(r.rawFormat, u"gateway-stream"_qs);
            QVERIFY(r.traceId.isEmpty()); // not in the event
            QVERIFY(r.metadata.isEmpty());
            QVERIFY(!r.costCents);
            QVERIFY(!r.attempts.isEmpty());
            QVERIFY(r.latencyMs.has_value());

            // No credential survives anywhere: record fields, bodies, raw bytes.
            const QByteArray everything = QJsonDocument(r.toJson()).toJson() + r.raw;
            QVERIFY(!everything.contains("sk-test-NOT-A-REAL-KEY-0000"));
            QVERIFY(!everything.contains("Bearer "));
            QVERIFY(!r.raw.contains("\"apiKey\":\"sk"));

            // The client's response matching this event: same order in the capture, except
            // concurrent ones, matched by status then.
            if (calls.size() != records.size())
                continue;
            const QJsonObject response = calls.at(i).toObject().value(u"response").toObject();
            QJsonObject headers = response.value(u"headers").toObject();
            if (headers.isEmpty()) {
                // The SDK captures keep the x-portkey-* headers without their prefix.
                const QJsonObject pk = response.value(u"portkeyHeaders").toObject();
                for (auto it = pk.begin(); it != pk.end(); ++it)
                    headers.insert(u"x-portkey-"_qs + it.key(), it.value());
            }
            if (response.contains(u"status"))
                QCOMPARE(r.statusCode.value_or(-1), response.value(u"status").toInt());
            const QString cacheHeader = headers.value(u"x-portkey-cache-status").toString();
            if (!cacheHeader.isEmpty())
                QCOMPARE(
                    RecordEnums::cacheStateName(r.cache),
                    RecordEnums::cacheStateName(RecordEnums::cacheStateFromPortkey(cacheHeader)));
            const QString served = headers.value(u"x-portkey-last-used-option-index").toString();
            if (served.startsWith(u"config"))
                QCOMPARE(r.servedTarget, served);
            const QString retryHeader = headers.value(u"x-portkey-retry-attempt-count").toString();
            // The event has no retry count: whatever the reader claims must agree with the header.
            if (r.retryCount && !retryHeader.isEmpty())
                QCOMPARE(*r.retryCount, retryHeader.toInt());
            const QJsonObject request = calls.at(i).toObject().value(u"request").toObject();
            for (const QJsonValue &h : request.value(u"headers").toObject()) {
                const QString value = h.toString();
                if (value.startsWith(u"Bearer "))
                    QVERIFY(!everything.contains(value.mid(7).toUtf8()));
            }
        }
    }

    void fallbackFromUpstreamCalls()
    {
        const QList<LogRecord> records
            = readAll(TestData::path(u"gateway-stream/fallback_first_target_fails.jsonl"_qs));
        QCOMPARE(records.size(), 1);
        const LogRecord &r = records.first();
        // Upstream A failed with 500, B answered: two attempts, the second served.
        QCOMPARE(r.fallbackActive, std::optional<bool>(true));
        QCOMPARE(r.loadbalanceActive, std::optional<bool>(false));
        QCOMPARE(r.strategy, Strategy::Fallback);
        QCOMPARE(r.attempts.size(), 2);
        QCOMPARE(r.attempts[0].target, u"config.targets[0]"_qs);
        QCOMPARE(r.attempts[0].ok, std::optional<bool>(false));
        QCOMPARE(r.attempts[0].model, u"gpt-4o-always500"_qs);
        QCOMPARE(r.attempts[0].latencyMs, std::optional<qint64>(4));
        QCOMPARE(r.attempts[1].target, u"config.targets[1]"_qs);
        QCOMPARE(r.attempts[1].ok, std::optional<bool>(true));
        QCOMPARE(r.servedTarget, u"config.targets[1]"_qs);
        QCOMPARE(r.provider, u"openai"_qs);
        QCOMPARE(r.model, u"gpt-4o-mini"_qs);
        QCOMPARE(r.promptTokens, std::optional<qint64>(3));
        QCOMPARE(r.completionTokens, std::optional<qint64>(10));
        QCOMPARE(r.totalTokens, std::optional<qint64>(13));
        QCOMPARE(r.reasoningTokens, std::optional<qint64>(0));
        QCOMPARE(r.endpoint, u"/v1/chat/completions"_qs);
        QCOMPARE(r.requestType, RequestType::Chat);
        QCOMPARE(r.method, u"POST"_qs);
        QCOMPARE(r.latencyMs, std::optional<qint64>(7));
        QCOMPARE(r.createdAt,
                 QDateTime::fromString(u"2026-11-27T15:39:41.511Z"_qs, Qt::ISODateWithMs));
        QCOMPARE(r.id, u"gw-a6fd53ac-d777-4b19-9f1f-644f833b1723"_qs);
        QCOMPARE(
            r.request,
            QByteArray(
                R"({"model":"gpt-4o","messages":[{"role":"user","content":"fallback please"}]})"));
        QVERIFY(r.response.contains("Hello from mock upstream B"));
        QCOMPARE(r.stream, std::optional<bool>(false));
        QVERIFY(r.raw.contains("\"apiKey\":\"[REDACTED]\""));
        QVERIFY(r.raw.contains("\"authorization\":\"[REDACTED]\""));

        const QList<LogRecord> all
            = readAll(TestData::path(u"gateway-stream/fallback_all_targets_fail.jsonl"_qs));
        QCOMPARE(all.first().attempts.size(), 2);
        QCOMPARE(all.first().attempts[1].ok, std::optional<bool>(false));
        QCOMPARE(all.first().statusCode, std::optional<int>(502));
    }

    void loadbalance()
    {
        const QList<LogRecord> records
            = readAll(TestData::path(u"gateway-stream/loadbalance_10_requests.jsonl"_qs));
        QCOMPARE(records.size(), 10);
        for (const LogRecord &r : records) {
            QCOMPARE(r.loadbalanceActive, std::optional<bool>(true));
            QCOMPARE(r.fallbackActive, std::optional<bool>(false));
            QCOMPARE(r.strategy, Strategy::Loadbalance);
            QVERIFY(r.servedTarget.startsWith(u"config.targets["));
        }
    }

    void retries()
    {
        // Exhausted: the final status is one the target retries on.
        LogRecord r
            = readAll(TestData::path(u"gateway-stream/retry_exhausted_all_attempts.jsonl"_qs))
                  .first();
        QCOMPARE(r.retryCount, std::optional<int>(-1));
        // Succeeded after retries: the event cannot say how many.
        r = readAll(TestData::path(u"gateway-stream/retry_success_after_2_failures.jsonl"_qs))
                .first();
        QVERIFY(!r.retryCount.has_value());
        // No retry configured: certainly not triggered.
        r = readAll(TestData::path(u"gateway-stream/chat_plain.jsonl"_qs)).first();
        QCOMPARE(r.retryCount, std::optional<int>(0));
        QCOMPARE(r.strategy, Strategy::Single);
        QCOMPARE(r.cache, CacheState::Disabled);
    }

    void streamsAndBodies()
    {
        LogRecord r = readAll(TestData::path(u"gateway-stream/chat_stream.jsonl"_qs)).first();
        QCOMPARE(r.stream, std::optional<bool>(true));
        QVERIFY(r.response.isEmpty()); // "The response was a stream." is no body
        QVERIFY(!r.promptTokens.has_value());
        QVERIFY(r.request.contains("\"stream\":true"));

        r = readAll(TestData::path(u"gateway-stream/embedding.jsonl"_qs)).first();
        QCOMPARE(r.requestType, RequestType::Embedding);
        QVERIFY(r.promptTokens.has_value());
        QVERIFY(!r.completionTokens.has_value());

        r = readAll(TestData::path(u"gateway-stream/models_get.jsonl"_qs)).first();
        QCOMPARE(r.method, u"GET"_qs);
        QCOMPARE(r.requestType, RequestType::Proxy);
        QCOMPARE(r.statusCode, std::optional<int>(404));

        r = readAll(TestData::path(u"gateway-stream/image_generation_b64.jsonl"_qs)).first();
        QCOMPARE(r.requestType, RequestType::Image);
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images[0].direction, ImageInfo::Direction::Output);
        QCOMPARE(r.images[0].mime, u"image/png"_qs);
        QCOMPARE(r.images[0].width, std::optional<int>(2));
        QCOMPARE(r.images[0].height, std::optional<int>(2));

        r = readAll(TestData::path(u"gateway-stream/vision_large_dataurl.jsonl"_qs)).first();
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images[0].direction, ImageInfo::Direction::Input);
        QCOMPARE(r.images[0].mime, u"image/png"_qs);
        QCOMPARE(r.images[0].width, std::optional<int>(400));
        QVERIFY(r.images[0].bytes.value_or(0) > 100000);
        QCOMPARE(r.images[0].hash.size(), 40);
    }

    void endpointWithoutPort8787()
    {
        // The gateway on another port writes no `endpoint`: rubeusURL tells the path.
        QByteArray line = TestData::read(u"gateway-stream/completion.jsonl"_qs).trimmed();
        line.replace("\"endpoint\":\"/v1/completions\",", "");
        QVERIFY(!line.contains("\"endpoint\""));
        QTemporaryDir dir;
        QFile f(dir.filePath(u"port.jsonl"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(line + '\n');
        f.close();
        const QList<LogRecord> records = readAll(f.fileName());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].endpoint, u"/v1/completions"_qs);
        QCOMPARE(records[0].requestType, RequestType::Completion);
    }

    void sseFrames()
    {
        // The raw subscription bytes (connected, heartbeat and log frames) read as events too.
        FileReader reader(TestData::path(u"gateway-stream/stream_raw.sse"_qs),
                          FileFormat::GatewayStream);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        QList<LogRecord> records;
        QList<ReadError> errors;
        while (reader.readBatch(records, errors, 100)) { }
        QVERIFY(errors.isEmpty());
        QVERIFY(records.size() > 10);
        for (const LogRecord &r : records)
            QVERIFY(!r.raw.contains("sk-test-NOT-A-REAL-KEY-0000"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayStreamReader)
#include "tst_gatewaystreamreader.moc"
