// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereader.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Portkey export rows (with every quirk of portkey-api.md 3.5), log objects and the legacy CSV.
class TestPortkeyExportReader : public QObject
{
    Q_OBJECT

private:
    static QList<LogRecord> readAll(const QString &path, QList<ReadError> *errorsOut = nullptr,
                                    FileFormat format = FileFormat::Unknown)
    {
        FileReader reader(path, format);
        QString error;
        if (!reader.open(&error))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        QList<LogRecord> records;
        QList<ReadError> errors;
        while (reader.readBatch(records, errors, 2)) { }
        if (errorsOut)
            *errorsOut = errors;
        return records;
    }

private slots:
    void exportQuirks()
    {
        QList<ReadError> errors;
        const QList<LogRecord> records
            = readAll(TestData::path(u"formats/export_quirks.jsonl"_qs), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).reason));
        QCOMPARE(records.size(), 5);

        const LogRecord &a = records[0];
        QCOMPARE(a.id, u"row-1"_qs);
        QCOMPARE(a.rawFormat, u"portkey-export"_qs);
        QCOMPARE(a.traceId, u"trace-1"_qs); // the column wins over the header
        // A time without a zone is UTC.
        QCOMPARE(a.createdAt, QDateTime(QDate(2024, 10, 20), QTime(10, 30, 0, 123), Qt::UTC));
        QCOMPARE(a.endpoint, u"/v1/chat/completions"_qs);
        QCOMPARE(a.requestType, RequestType::Chat);
        QCOMPARE(a.method, u"POST"_qs);
        QCOMPARE(a.provider, u"openai"_qs);
        QCOMPARE(a.model, u"gpt-4o"_qs);
        QCOMPARE(a.promptTokens, std::optional<qint64>(9)); // 9.0
        QCOMPARE(a.completionTokens, std::optional<qint64>(12)); // "12"
        QCOMPARE(a.totalTokens, std::optional<qint64>(21)); // "21.0"
        QCOMPARE(a.reasoningTokens, std::optional<qint64>(4));
        QCOMPARE(a.costCents, std::optional<double>(0.0105));
        QCOMPARE(a.currency, u"USD"_qs);
        QCOMPARE(a.statusCode, std::optional<int>(200)); // 200.0
        QCOMPARE(a.latencyMs, std::optional<qint64>(1250));
        QCOMPARE(a.strategy, Strategy::Fallback); // "FALLBACK"
        QCOMPARE(a.fallbackActive, std::optional<bool>(true));
        QCOMPARE(a.loadbalanceActive, std::optional<bool>(false));
        // Cache, retry and served target from the response headers when no column says.
        QCOMPARE(a.cache, CacheState::SemanticHit);
        QCOMPARE(a.retryCount, std::optional<int>(2));
        QCOMPARE(a.servedTarget, u"config.targets[1]"_qs);
        QCOMPARE(a.configId, u"pc-fallback-1"_qs);
        QCOMPARE(a.virtualKey, u"vk-main"_qs);
        QVERIFY(a.promptId.isEmpty());
        QCOMPARE(a.metadata.value(u"department"_qs), u"support"_qs);
        QCOMPARE(a.metadata.value(u"priority"_qs), u"high"_qs);
        QCOMPARE(a.metadata.value(u"_user"_qs), u"alice"_qs); // from x-portkey-metadata
        QCOMPARE(a.metadata.value(u"team"_qs), u"red"_qs);
        QCOMPARE(a.stream, std::optional<bool>(true)); // request body "stream"
        QVERIFY(a.tracked);
        // The bodies, not the wrappers.
        QCOMPARE(
            a.request,
            QByteArray(
                R"({"model":"gpt-4o","stream":true,"messages":[{"role":"user","content":"Hi"}]})"));
        QVERIFY(a.response.startsWith(R"({"id":"chatcmpl-1")"));
        // The authorization header does not survive into raw.
        QVERIFY(!a.raw.contains("sk-live-SHOULD-NOT-SURVIVE"));
        QVERIFY(a.raw.contains("[REDACTED]"));

        const LogRecord &b = records[1];
        QCOMPARE(b.createdAt, QDateTime(QDate(2024, 10, 20), QTime(12, 0), Qt::UTC));
        QCOMPARE(b.statusCode, std::optional<int>(429)); // "429"
        QCOMPARE(b.latencyMs, std::optional<qint64>(88));
        QCOMPARE(b.costCents, std::optional<double>(0.5));
        QCOMPARE(b.promptTokens, std::optional<qint64>(2));
        QCOMPARE(b.completionTokens, std::optional<qint64>(0));
        QCOMPARE(b.requestType, RequestType::Embedding);
        QCOMPARE(b.strategy, Strategy::Loadbalance);
        QCOMPARE(b.loadbalanceActive, std::optional<bool>(true));
        QCOMPARE(b.fallbackActive, std::optional<bool>(false));
        QCOMPARE(b.metadata.value(u"_environment"_qs), u"staging"_qs); // flat metadata.key/value
        QCOMPARE(b.metadata.value(u"region"_qs), u"eu"_qs);
        QCOMPARE(b.metadata.value(u"_user"_qs), u"bob"_qs); // top-level special column
        QCOMPARE(b.user(), u"bob"_qs);
        QCOMPARE(b.cache, CacheState::Miss);
        QCOMPARE(b.retryCount, std::optional<int>(-1));
        QCOMPARE(b.stream, std::optional<bool>(false)); // 0.0
        QCOMPARE(b.request, QByteArray(R"({"model":"text-embedding-3-small","input":"hello"})"));

        const LogRecord &c = records[2];
        QCOMPARE(c.createdAt, QDateTime(QDate(2024, 10, 20), QTime(11, 0), Qt::UTC)); // +02:00
        QCOMPARE(c.requestType, RequestType::Messages);
        QCOMPARE(c.strategy, Strategy::Single);
        QCOMPARE(c.metadata.value(u"session"_qs), u"s-1"_qs); // metadata as a JSON string
        QVERIFY(!c.tracked); // x-portkey-debug: false
        QVERIFY(c.request.isEmpty());
        QCOMPARE(c.traceId, u"t-3"_qs);
        QCOMPARE(c.latencyMs, std::optional<qint64>(42)); // response.responseTime
        QCOMPARE(c.servedTarget, u"config"_qs);
        QCOMPARE(c.cache, CacheState::Unknown);

        const LogRecord &d = records[3];
        QCOMPARE(d.createdAt, QDateTime(QDate(2024, 10, 21), QTime(0, 0), Qt::UTC)); // a plain date
        QCOMPARE(d.metadata.value(u"plain"_qs), u"object"_qs);
        QCOMPARE(d.metadata.value(u"n"_qs), u"3"_qs);
        QCOMPARE(d.costCents, std::optional<double>(0));
        QCOMPARE(d.strategy, Strategy::Single); // "Single"
        // Neither body nor headers: statistics only, as a Do-Not-Track log leaves the export
        // (issue 15).
        QVERIFY(!d.tracked);
        QVERIFY(!d.retryCount.has_value());
        QCOMPARE(d.cache, CacheState::Unknown);

        const LogRecord &e = records[4];
        // No id: a stable one derived from the content.
        QVERIFY(e.id.startsWith(u"px-"));
        QCOMPARE(e.id.size(), 3 + 40);
        QCOMPARE(readAll(TestData::path(u"formats/export_quirks.jsonl"_qs)).at(4).id, e.id);
        QCOMPARE(e.createdAt, QDateTime(QDate(2024, 10, 21), QTime(8, 15, 30, 500), Qt::UTC));
        QCOMPARE(e.request, QByteArray(R"({"model":"gpt-4o-mini","messages":[]})"));
        QCOMPARE(e.response, QByteArray(R"({"error":{"message":"boom"}})"));
    }

    void sampleMetricRow()
    {
        // The documented metric row is pretty-printed JSON: compact it to one line first.
        const QByteArray line
            = QJsonDocument::fromJson(TestData::read(u"portkey/sample_metric_row.json"_qs))
                  .toJson(QJsonDocument::Compact);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"row.jsonl"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(line + '\n');
        f.close();
        QCOMPARE(FileFormats::sniff(line, f.fileName()), FileFormat::PortkeyExport);
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(f.fileName(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(records.size(), 1);
        const LogRecord &r = records.first();
        QCOMPARE(r.id, u"550e8400-e29b-41d4-a716-446655440001"_qs);
        QCOMPARE(r.createdAt, QDateTime(QDate(2024, 8, 28), QTime(10, 30, 45, 123), Qt::UTC));
        QCOMPARE(r.statusCode, std::optional<int>(200));
        QCOMPARE(r.latencyMs, std::optional<qint64>(1250));
        QCOMPARE(r.totalTokens, std::optional<qint64>(350));
        QCOMPARE(r.costCents, std::optional<double>(0.0105));
        QCOMPARE(r.cache, CacheState::Miss);
        QCOMPARE(r.retryCount, std::optional<int>(0));
        QCOMPARE(r.stream, std::optional<bool>(false));
        QCOMPARE(r.strategy, Strategy::Unknown); // "sync" is no documented mode
        QVERIFY(!r.fallbackActive.has_value());
        QCOMPARE(r.traceId, u"trace_jkl012"_qs);
        QCOMPARE(r.spanId, u"span_vwx234"_qs);
        QCOMPARE(r.parentSpanId, u"span_yz567"_qs);
        QCOMPARE(r.spanName, u"chat_completion"_qs);
        QCOMPARE(r.virtualKey, u"vk_mno345"_qs);
        QCOMPARE(r.configId, u"default"_qs);
        QCOMPARE(r.promptId, u"customer-support-v2"_qs);
        QCOMPARE(r.metadata.value(u"_user"_qs), u"john.doe@acme.com"_qs);
        QCOMPARE(r.metadata.value(u"_environment"_qs), u"production"_qs);
        QCOMPARE(r.metadata.value(u"_organisation"_qs), u"acme-corp"_qs);
        QCOMPARE(r.metadata.value(u"_prompt"_qs), u"customer-support-assistant"_qs);
        QCOMPARE(r.metadata.value(u"session_id"_qs), u"sess_stu901"_qs);
        QVERIFY(!r.hasBodies());
    }

    void sampleLogObject()
    {
        const QString path = TestData::path(u"portkey/sample_log_object.json"_qs);
        QCOMPARE(FileFormats::sniff(TestData::read(u"portkey/sample_log_object.json"_qs).left(4096),
                                    path),
                 FileFormat::PortkeyLogObject);
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(path, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(records.size(), 1);
        const LogRecord &r = records.first();
        QCOMPARE(r.id, u"046b73bd-87da-4c0f-b716-2906d5f3f000"_qs);
        QCOMPARE(r.rawFormat, u"portkey-log-object"_qs);
        QCOMPARE(r.createdAt, QDateTime(QDate(2024, 5, 22), QTime(15, 18, 54, 404), Qt::UTC));
        QCOMPARE(r.traceId, u"8ecf39a3-06f0-49a4-80d6-83ab75c8c444"_qs);
        QCOMPARE(r.statusCode, std::optional<int>(200));
        QCOMPARE(r.latencyMs, std::optional<qint64>(517));
        QCOMPARE(r.cache, CacheState::Disabled);
        QCOMPARE(r.retryCount, std::optional<int>(0));
        QCOMPARE(r.servedTarget, u"config"_qs);
        QCOMPARE(r.endpoint, u"/v1/chat/completions"_qs);
        QCOMPARE(r.method, u"POST"_qs);
        QCOMPARE(r.model, u"gpt-3.5-turbo-0125"_qs);
        QCOMPARE(r.promptTokens, std::optional<qint64>(9));
        QCOMPARE(r.totalTokens, std::optional<qint64>(18));
        QVERIFY(r.configId.isEmpty()); // an inline config is not an id
        QCOMPARE(
            r.request,
            QByteArray(
                R"({"model":"gpt-3.5-turbo","messages":[{"role":"user","content":"Hello!"}]})"));
        QVERIFY(r.response.contains("Hello! How can I assist you today?"));
        QVERIFY(!r.raw.contains("sk********pqr")); // the masked key inside x-portkey-config

        // The same object as an array of two (one with metrics) and as JSON lines.
        const QJsonObject object
            = QJsonDocument::fromJson(TestData::read(u"portkey/sample_log_object.json"_qs))
                  .object();
        QJsonObject second = object;
        second.insert(u"_id", u"second-id"_qs);
        second.insert(u"metrics",
                      QJsonObject {{u"mode"_qs, u"loadbalance"_qs},
                                   {u"cost"_qs, 1.5},
                                   {u"ai_org"_qs, u"openai"_qs},
                                   {u"cache_status"_qs, u"HIT"_qs},
                                   {u"is_success"_qs, 1.0},
                                   {u"_user"_qs, u"dave"_qs}});
        QTemporaryDir dir;
        QFile arrayFile(dir.filePath(u"array.json"_qs));
        QVERIFY(arrayFile.open(QIODevice::WriteOnly));
        arrayFile.write(QJsonDocument(QJsonArray {object, second}).toJson());
        arrayFile.close();
        const QList<LogRecord> fromArray = readAll(arrayFile.fileName(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(fromArray.size(), 2);
        QCOMPARE(fromArray[1].id, u"second-id"_qs);
        QCOMPARE(fromArray[1].strategy, Strategy::Loadbalance);
        QCOMPARE(fromArray[1].costCents, std::optional<double>(1.5));
        QCOMPARE(fromArray[1].cache, CacheState::Hit); // the metric row wins over the header
        QCOMPARE(fromArray[1].user(), u"dave"_qs);
        QCOMPARE(fromArray[1].provider, u"openai"_qs);

        QFile lines(dir.filePath(u"lines.jsonl"_qs));
        QVERIFY(lines.open(QIODevice::WriteOnly));
        lines.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'
                    + QJsonDocument(second).toJson(QJsonDocument::Compact) + '\n');
        lines.close();
        const QList<LogRecord> fromLines = readAll(lines.fileName(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(fromLines.size(), 2);
        // QJsonObject sorts keys, so compare the parsed bodies.
        QCOMPARE(QJsonDocument::fromJson(fromLines[0].request), QJsonDocument::fromJson(r.request));
        QCOMPARE(fromLines[1].cache, CacheState::Hit);
    }

    void legacyCsv()
    {
        const QString path = TestData::path(u"formats/legacy_export.csv"_qs);
        QCOMPARE(
            FileFormats::sniff(TestData::read(u"formats/legacy_export.csv"_qs).left(4096), path),
            FileFormat::PortkeyCsv);
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(path, &errors);
        QCOMPARE(records.size(), 2);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 6); // the row after a two-line record and a blank line
        QVERIFY2(errors[0].reason.contains(u"created_at"), qPrintable(errors[0].reason));
        QVERIFY(errors[0].reason.contains(u"not-a-time"));

        const LogRecord &a = records[0];
        QVERIFY(a.id.startsWith(u"csv-"));
        QCOMPARE(a.rawFormat, u"portkey-csv"_qs);
        QCOMPARE(a.createdAt, QDateTime(QDate(2024, 10, 20), QTime(10, 30), Qt::UTC));
        QCOMPARE(a.model, u"gpt-4o"_qs);
        QCOMPARE(a.provider, u"openai"_qs);
        QCOMPARE(a.virtualKey, u"vk-csv"_qs);
        QCOMPARE(a.request,
                 QByteArray("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":"
                            "\"line one\nline two, with comma\"}]}"));
        QCOMPARE(a.response, QByteArray(R"({"id":"c1","usage":{"prompt_tokens":5}})"));
        QCOMPARE(a.promptTokens, std::optional<qint64>(5));
        QCOMPARE(a.completionTokens, std::optional<qint64>(7));
        QCOMPARE(a.costCents, std::optional<double>(0.02));
        QCOMPARE(a.statusCode, std::optional<int>(200));
        QCOMPARE(a.latencyMs, std::optional<qint64>(321));
        QCOMPARE(a.cache, CacheState::Hit);
        QCOMPARE(a.stream, std::optional<bool>(false));
        QCOMPARE(a.retryCount, std::optional<int>(0));
        QCOMPARE(a.traceId, u"trace-csv-1"_qs);
        QCOMPARE(a.strategy, Strategy::Fallback);
        QCOMPARE(a.configId, u"pc-cfg"_qs);
        QCOMPARE(a.promptId, u"prompt-1"_qs);
        QCOMPARE(a.endpoint, u"/v1/chat/completions"_qs);
        QCOMPARE(a.user(), u"carol"_qs);
        QCOMPARE(a.metadata.value(u"team"_qs), u"blue"_qs);

        const LogRecord &b = records[1];
        QCOMPARE(b.cache, CacheState::SemanticHit);
        QCOMPARE(b.stream, std::optional<bool>(true));
        QCOMPARE(b.retryCount, std::optional<int>(-1));
        QCOMPARE(b.strategy, Strategy::Loadbalance);
        QCOMPARE(b.statusCode, std::optional<int>(502));
        QVERIFY(!b.hasBodies());
        QVERIFY(b.id != a.id);
        // Stable ids: a re-import finds the same rows.
        QCOMPARE(readAll(path).at(1).id, b.id);
    }
};

QTEST_GUILESS_MAIN(TestPortkeyExportReader)
#include "tst_portkeyexportreader.moc"
