// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereader.h"
#include "testdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// The reader's contract: bad lines reported with their numbers and skipped, blank lines
// ignored, invalid UTF-8 repaired, big bodies, empty and non-JSON files, sniffing, and the
// Gatescope round trip.
class TestFileReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(bytes);
        return f.fileName();
    }

    static QList<LogRecord> readAll(const QString &path, QList<ReadError> &errors)
    {
        FileReader reader(path);
        QString error;
        if (!reader.open(&error))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        QList<LogRecord> records;
        while (reader.readBatch(records, errors, 3)) { }
        return records;
    }

private slots:
    void badLines()
    {
        QList<ReadError> errors;
        const QList<LogRecord> records
            = readAll(TestData::path(u"formats/export_bad.jsonl"_qs), errors);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].id, u"ok-1"_qs);
        QCOMPARE(records[1].id, u"ok-2"_qs);
        QCOMPARE(errors.size(), 6);
        const QList<qint64> lines {2, 4, 5, 6, 7, 8}; // line 3 is blank
        for (qsizetype i = 0; i < errors.size(); ++i)
            QCOMPARE(errors[i].line, lines[i]);
        QCOMPARE(errors[0].reason, u"field 'created_at': cannot parse 'yesterday' as a time"_qs);
        QVERIFY2(errors[1].reason.startsWith(u"not a JSON object"), qPrintable(errors[1].reason));
        QVERIFY2(errors[2].reason.contains(u"req_units") && errors[2].reason.contains(u"number"),
                 qPrintable(errors[2].reason));
        QVERIFY2(errors[3].reason.startsWith(u"not a JSON object"), qPrintable(errors[3].reason));
        QVERIFY2(errors[4].reason.contains(u"'many'"), qPrintable(errors[4].reason));
        QVERIFY2(errors[5].reason.startsWith(u"truncated JSON"), qPrintable(errors[5].reason));
    }

    void emptyAndBlankFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\n\n  \r\n\t\n");
    }
    void emptyAndBlankFiles()
    {
        QFETCH(QByteArray, bytes);
        FileReader reader(write(u"empty.jsonl"_qs, bytes));
        QString error;
        QVERIFY(reader.open(&error));
        QList<LogRecord> records;
        QList<ReadError> errors;
        QVERIFY(!reader.readBatch(records, errors, 10));
        QVERIFY(records.isEmpty());
        QVERIFY(errors.isEmpty());
    }

    void unrecognisedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text")
            << QByteArray("hello world\nthis is not a log\n") << u"neither JSON lines nor"_qs;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)
                                << u"the bytes 89 50 4e 47 0d"_qs;
        // A compressed export, or a store, named with what to do instead of its raw bytes.
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x08\xf2\x29\x17\x6b\0\x03ex.jsonl\0", 19)
                              << u"a gzip file: decompress it first"_qs;
        QTest::newRow("zstd") << QByteArray("\x28\xb5\x2f\xfd\x04\x58\x45\x00", 8)
                              << u"a zstd file"_qs;
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << u"a zip archive"_qs;
        QTest::newRow("store") << QByteArray("SQLite format 3\0\x40\0\x02\x02\0\x40\x20\x20", 24)
                               << u"a SQLite database"_qs;
        QTest::newRow("unrelated JSON")
            << QByteArray("{\"name\":\"x\",\"value\":1}\n") << u"JSON without the keys"_qs;
        QTest::newRow("csv without ai_model")
            << QByteArray("a,b,c\n1,2,3\n") << u"unrecognised format"_qs;
    }
    void unrecognisedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        FileReader reader(write(u"other.txt"_qs, bytes));
        QString error;
        QVERIFY(!reader.open(&error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(reader.format(), FileFormat::Unknown);
    }

    void missingFile()
    {
        FileReader reader(m_dir.filePath(u"does-not-exist.jsonl"_qs));
        QString error;
        QVERIFY(!reader.open(&error));
        QVERIFY(error.contains(u"cannot open"));
    }

    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<FileFormat>("format");
        QTest::newRow("export") << QByteArray(
            "{\"id\":\"1\",\"ai_model\":\"gpt-4o\",\"req_units\":1}\n")
                                << FileFormat::PortkeyExport;
        QTest::newRow("export status only")
            << QByteArray("{\"response_status_code\":200,\"created_at\":\"2024-01-01\"}")
            << FileFormat::PortkeyExport;
        QTest::newRow("log object line")
            << QByteArray("{\"_id\":\"x\",\"request\":{},\"response\":{}}\n")
            << FileFormat::PortkeyLogObject;
        QTest::newRow("log object array")
            << QByteArray("[\n  {\n    \"_id\": \"x\",\n    \"request\": {")
            << FileFormat::PortkeyLogObject;
        QTest::newRow("gateway stream") << QByteArray("{\"time\":\"x\",\"requestOptions\":[{}]}\n")
                                        << FileFormat::GatewayStream;
        QTest::newRow("gatescope")
            << QByteArray("{\"id\":\"a\",\"created_at\":\"2024-01-01T00:00:00.000Z\","
                          "\"request_type\":\"chat\",\"tracked\":true}\n")
            << FileFormat::Gatescope;
        QTest::newRow("csv") << QByteArray("created_at,request.body,ai_model,ai_org\n2024,{},a,b\n")
                             << FileFormat::PortkeyCsv;
        QTest::newRow("quoted csv header")
            << QByteArray("\"ai_model\",\"created_at\"\r\n") << FileFormat::PortkeyCsv;
        QTest::newRow("bom and blank")
            << QByteArray("\xEF\xBB\xBF\n\n{\"ai_org\":\"openai\"}") << FileFormat::PortkeyExport;
        QTest::newRow("nothing") << QByteArray("just words") << FileFormat::Unknown;
        QTest::newRow("empty") << QByteArray() << FileFormat::Unknown;
    }
    void sniffing()
    {
        QFETCH(QByteArray, head);
        QFETCH(FileFormat, format);
        QCOMPARE(FileFormats::sniff(head, u"file.jsonl"_qs), format);
    }

    void formatNames()
    {
        for (FileFormat f :
             {FileFormat::PortkeyExport, FileFormat::PortkeyLogObject, FileFormat::PortkeyCsv,
              FileFormat::GatewayStream, FileFormat::Gatescope}) {
            QVERIFY(!FileFormats::name(f).isEmpty());
            QCOMPARE(FileFormats::fromName(FileFormats::name(f)), f);
        }
        QCOMPARE(FileFormats::name(FileFormat::PortkeyExport), u"portkey-export"_qs);
        QCOMPARE(FileFormats::name(FileFormat::Gatescope), u"gatescope"_qs);
        QCOMPARE(FileFormats::fromName(u"nonsense"), FileFormat::Unknown);
    }

    void invalidUtf8()
    {
        const QByteArray line
            = "{\"id\":\"u1\",\"created_at\":\"2024-01-01T00:00:00Z\",\"ai_model\":"
              "\"gpt\xff\xfe-4o\",\"request\":{\"messages\":[{\"content\":\"caf\xc3\"}]}}\n";
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(write(u"utf8.jsonl"_qs, line), errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].model, u"gpt\uFFFD\uFFFD-4o"_qs);
        QVERIFY(QUtf8StringView(records[0].request).isValidUtf8());
        QVERIFY(QUtf8StringView(records[0].raw).isValidUtf8());
    }

    void tenMegabyteBody()
    {
        QByteArray big(10 * 1024 * 1024, 'x');
        const QByteArray line
            = "{\"id\":\"big\",\"created_at\":\"2024-01-01T00:00:00Z\",\"ai_model\":"
              "\"gpt-4o\",\"request\":{\"messages\":[{\"role\":\"user\",\"content\":\""
            + big + "\"}]}}\n";
        const QByteArray small = "{\"id\":\"after\",\"created_at\":\"2024-01-01T00:00:01Z\","
                                 "\"ai_model\":\"gpt-4o\"}\n";
        QList<ReadError> errors;
        const QList<LogRecord> records
            = readAll(write(u"big.jsonl"_qs, small + line + line + small), errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(records.size(), 4);
        QVERIFY(records[1].request.size() > 10 * 1024 * 1024);
        QCOMPARE(records[3].id, u"after"_qs);
    }

    void progress()
    {
        FileReader reader(TestData::path(u"gateway-stream/loadbalance_10_requests.jsonl"_qs));
        QString error;
        QVERIFY(reader.open(&error));
        QCOMPARE(reader.format(), FileFormat::GatewayStream);
        QCOMPARE(reader.bytesRead(), 0);
        QList<LogRecord> records;
        QList<ReadError> errors;
        QVERIFY(reader.readBatch(records, errors, 4));
        QCOMPARE(records.size(), 4);
        QVERIFY(reader.bytesRead() > 0 && reader.bytesRead() < reader.size());
        while (reader.readBatch(records, errors, 4)) { }
        QCOMPARE(records.size(), 10);
        QCOMPARE(reader.bytesRead(), reader.size());
    }

    void gatescopeRoundTrip()
    {
        // Records from every source, exported as canonical JSON lines and read back.
        QList<ReadError> errors;
        QList<LogRecord> originals
            = readAll(TestData::path(u"formats/export_quirks.jsonl"_qs), errors);
        originals += readAll(TestData::path(u"gateway-stream/fallback_first_target_fails.jsonl"_qs),
                             errors);
        originals
            += readAll(TestData::path(u"gateway-stream/image_generation_url.jsonl"_qs), errors);
        originals += readAll(TestData::path(u"formats/legacy_export.csv"_qs), errors);
        QVERIFY(originals.size() >= 9);
        LogRecord feedbackRecord = originals.first();
        feedbackRecord.id = u"with-feedback"_qs;
        feedbackRecord.feedback.append({u"fb-1"_qs, 5, 0.5, QJsonObject {{u"k"_qs, u"v"_qs}},
                                        QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
                                        true});
        feedbackRecord.source = u"export.jsonl"_qs;
        feedbackRecord.replayOf = u"row-1"_qs;
        originals.append(feedbackRecord);

        QByteArray file;
        for (const LogRecord &r : std::as_const(originals))
            file += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
        const QString path = write(u"gatescope.jsonl"_qs, file);
        QCOMPARE(FileFormats::sniff(file.left(4096), path), FileFormat::Gatescope);
        errors.clear();
        const QList<LogRecord> back = readAll(path, errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(back.size(), originals.size());
        for (qsizetype i = 0; i < back.size(); ++i) {
            LogRecord expected = originals[i];
            LogRecord actual = back[i];
            QCOMPARE(actual.rawFormat, u"gatescope"_qs);
            // The bodies are JSON: compare them as JSON (a truncated one is a string).
            QCOMPARE(QJsonDocument::fromJson('[' + actual.request + ']'),
                     QJsonDocument::fromJson('[' + expected.request + ']'));
            QCOMPARE(QJsonDocument::fromJson('[' + actual.response + ']'),
                     QJsonDocument::fromJson('[' + expected.response + ']'));
            // raw is the source's own bytes, not part of the canonical record.
            for (LogRecord *r : {&expected, &actual}) {
                r->raw.clear();
                r->rawFormat.clear();
                r->request.clear();
                r->response.clear();
            }
            QCOMPARE(actual.toJson(), expected.toJson());
            QVERIFY(actual == expected);
        }
        // And a second export of what was read is byte for byte the first one.
        QByteArray again;
        for (const LogRecord &r : back)
            again += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
        QCOMPARE(again, file);
    }

    void gatescopeBadLine()
    {
        const QByteArray bytes
            = "{\"id\":\"a\",\"created_at\":\"2024-01-01T00:00:00.000Z\",\"request_type\":\"chat\","
              "\"tracked\":true}\n"
              "{\"id\":\"b\",\"created_at\":\"soon\",\"request_type\":\"chat\",\"tracked\":true}\n"
              "{\"id\":\"c\",\"created_at\":\"2024-01-01T00:00:00.000Z\",\"status_code\":\"x\"}\n"
              "{\"id\":\"d\",\"created_at\":\n";
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(write(u"gs.jsonl"_qs, bytes), errors);
        QCOMPARE(records.size(), 1);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors[0].line, 2);
        QVERIFY(errors[0].reason.contains(u"created_at"));
        QVERIFY(errors[1].reason.contains(u"status_code"));
        QVERIFY2(errors[2].reason.startsWith(u"truncated JSON"), qPrintable(errors[2].reason));
    }
};

QTEST_GUILESS_MAIN(TestFileReader)
#include "tst_filereader.moc"
