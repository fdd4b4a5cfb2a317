// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldparsing.h"
#include "filereader.h"
#include "linereader.h"
#include "recordlimits.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// What an adversary fed the importer (issue 15, "Import and store"): a first record larger than
// any sniffing window, records over the size limit, numbers that wrap or are negative, a
// Do-Not-Track export row, impossible zone offsets, CSV rows with the wrong number of columns.
class TestHostileInput : public QObject
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

    static QList<LogRecord> readAll(const QString &path, QList<ReadError> &errors,
                                    FileFormat *format = nullptr)
    {
        FileReader reader(path);
        QString error;
        if (!reader.open(&error))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        if (format)
            *format = reader.format();
        QList<LogRecord> records;
        while (reader.readBatch(records, errors, 3)) { }
        return records;
    }

    // A Portkey export row in Portkey's own key order: the bodies before ai_model.
    static QByteArray exportRow(const QByteArray &id, qsizetype bodyBytes,
                                const QByteArray &extra = {})
    {
        return "{\"id\":\"" + id
            + "\",\"request\":{\"body\":{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\","
              "\"content\":\""
            + QByteArray(bodyBytes, 'a')
            + "\"}]}},\"response\":{\"status\":200,\"body\":{\"ok\":true}},"
              "\"created_at\":\"2026-11-20T10:00:00.000Z\",\"ai_model\":\"gpt-4o\""
            + extra + "}\n";
    }

private slots:
    void firstRecordLargerThanTheSniffingWindow()
    {
        // 200 KB of body before the first key that names the format.
        const QString path
            = write(u"big-first.jsonl"_qs, exportRow("big", 200 * 1024) + exportRow("small", 10));
        QList<ReadError> errors;
        FileFormat format = FileFormat::Unknown;
        const QList<LogRecord> records = readAll(path, errors, &format);
        QCOMPARE(format, FileFormat::PortkeyExport);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).reason));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].id, u"big"_qs);
        // A key's name inside a string value is not a key.
        QFile f(m_dir.filePath(u"quoted.jsonl"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"note\":\"\\\"ai_model\\\": 1\",\"x\":1}\n");
        f.close();
        FileReader reader(f.fileName());
        QString error;
        QVERIFY(!reader.open(&error));
        QVERIFY2(error.contains(u"unrecognised"), qPrintable(error));
    }

    void recordOverTheLimitIsSkippedWithItsSize()
    {
        const qsizetype big = RecordLimits::kMaxRecordBytes + 1024;
        const QString path
            = write(u"huge.jsonl"_qs,
                    exportRow("first", 10) + exportRow("huge", big) + exportRow("last", 10));
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(path, errors);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].id, u"first"_qs);
        QCOMPARE(records[1].id, u"last"_qs);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 2);
        QVERIFY2(errors[0].reason.contains(u"skipped")
                     && errors[0].reason.contains(
                         RecordLimits::describeBytes(RecordLimits::kMaxRecordBytes)),
                 qPrintable(errors[0].reason));
    }

    void recordDenseWithValuesIsSkipped()
    {
        // 4.5 million values in 9 MB: parsing it took hundreds of MB.
        QByteArray values;
        values.reserve(9'000'002);
        values.append('[');
        for (int i = 0; i < 4'500'000; ++i)
            values.append(i ? ",1" : "1");
        values.append(']');
        QByteArray dense = exportRow("dense", 10);
        dense.replace("{\"ok\":true}", values);
        const QString path = write(u"dense.jsonl"_qs, dense + exportRow("ok", 10));
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(path, errors);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].id, u"ok"_qs);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 1);
        QVERIFY2(errors[0].reason.contains(QString::number(RecordLimits::kMaxRecordValues)),
                 qPrintable(errors[0].reason));
    }

    void hugeFirstRecordIsSkippedAndTheRestSniffed()
    {
        const QString path
            = write(u"huge-first.jsonl"_qs,
                    exportRow("huge", RecordLimits::kMaxRecordBytes + 10) + exportRow("ok", 10));
        QList<ReadError> errors;
        FileFormat format = FileFormat::Unknown;
        const QList<LogRecord> records = readAll(path, errors, &format);
        QCOMPARE(format, FileFormat::PortkeyExport);
        QCOMPARE(records.size(), 1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 1);
    }

    void lineReaderKeepsNoOverlongLine()
    {
        QByteArray data = "short\n" + QByteArray(5000, 'x') + "\nafter\n" + QByteArray(3000, 'y');
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        LineReader reader(&buffer, 256, 16, 1000);
        std::string_view line;
        qint64 number = 0;
        QVERIFY(reader.next(line, number));
        QCOMPARE(QByteArray(line.data(), qsizetype(line.size())), QByteArray("short"));
        QVERIFY(reader.next(line, number));
        QCOMPARE(number, 2);
        QVERIFY(line.empty());
        QCOMPARE(reader.oversizedBytes(), 5000);
        QVERIFY(reader.next(line, number));
        QCOMPARE(QByteArray(line.data(), qsizetype(line.size())), QByteArray("after"));
        QCOMPARE(reader.oversizedBytes(), 0);
        QVERIFY(reader.next(line, number)); // the last line, without a newline
        QCOMPARE(reader.oversizedBytes(), 3000);
        QVERIFY(!reader.next(line, number));
        QCOMPARE(reader.bytesConsumed(), data.size());
    }

    void numbersOutOfRangeAreRefusedPerLine_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("field");
        // simdjson refuses an integer over 2^64 - 1 as a JSON number: the line is refused.
        QTest::newRow("tokens 2^64")
            << QByteArray(",\"req_units\":18446744073709551616") << u"number"_qs;
        QTest::newRow("tokens 2^63 + 1")
            << QByteArray(",\"req_units\":9223372036854775809") << u"req_units"_qs;
        QTest::newRow("tokens 2^64 as text")
            << QByteArray(",\"req_units\":\"18446744073709551616\"") << u"req_units"_qs;
        QTest::newRow("negative tokens") << QByteArray(",\"total_units\":-5") << u"total_tokens"_qs;
        QTest::newRow("negative cost") << QByteArray(",\"cost\":-0.5") << u"cost_cents"_qs;
        QTest::newRow("negative latency")
            << QByteArray(",\"response_time\":-1") << u"latency_ms"_qs;
        QTest::newRow("negative status")
            << QByteArray(",\"response_status_code\":-200") << u"status_code"_qs;
        QTest::newRow("status wrapping an int")
            << QByteArray(",\"response_status_code\":4294967496") << u"response_status_code"_qs;
        QTest::newRow("body usage 2^64 - 1")
            << QByteArray(",\"x\":{}") << u"prompt_tokens"_qs; // see below: usage in the body
    }

    void numbersOutOfRangeAreRefusedPerLine()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QString, field);
        QByteArray row = exportRow("bad", 10, fields);
        if (QByteArray(QTest::currentDataTag()) == "body usage 2^64 - 1")
            row.replace("{\"ok\":true}", "{\"usage\":{\"prompt_tokens\":18446744073709551615}}");
        const QString path = write(u"numbers.jsonl"_qs, exportRow("ok", 10) + row);
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(path, errors);
        QCOMPARE(records.size(), 1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 2);
        QVERIFY2(errors[0].reason.contains(field), qPrintable(errors[0].reason));
    }

    void gatescopeNumbersOutOfRange()
    {
        const QByteArray good = "{\"id\":\"g1\",\"created_at\":\"2026-11-20T10:00:00.000Z\","
                                "\"request_type\":\"chat\",\"tracked\":true,\"prompt_tokens\":5}\n";
        QByteArray wrapped = good;
        wrapped.replace("g1", "g2").replace("\"prompt_tokens\":5", "\"prompt_tokens\":1e19");
        QByteArray negative = good;
        negative.replace("g1", "g3").replace("\"prompt_tokens\":5", "\"latency_ms\":-3");
        const QString path = write(u"gs.jsonl"_qs, good + wrapped + negative);
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(path, errors);
        QCOMPARE(records.size(), 1);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors[0].reason.contains(u"prompt_tokens"), qPrintable(errors[0].reason));
        QVERIFY2(errors[1].reason.contains(u"latency_ms"), qPrintable(errors[1].reason));
    }

    void exportRowWithoutContentIsDoNotTrack()
    {
        const QByteArray statsOnly
            = "{\"id\":\"dnt\",\"created_at\":\"2026-11-20T10:00:00Z\",\"ai_model\":\"gpt-4o\","
              "\"req_units\":3,\"response_status_code\":200}\n";
        const QByteArray emptyWrappers
            = "{\"id\":\"dnt2\",\"created_at\":\"2026-11-20T10:00:00Z\",\"ai_model\":\"gpt-4o\","
              "\"request\":{\"url\":\"https://api.openai.com/v1/chat/completions\",\"method\":"
              "\"POST\"},\"response\":{\"status\":200,\"headers\":{}}}\n";
        const QString path
            = write(u"dnt.jsonl"_qs, exportRow("tracked", 10) + statsOnly + emptyWrappers);
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(path, errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).reason));
        QCOMPARE(records.size(), 3);
        QVERIFY(records[0].tracked);
        QVERIFY(!records[1].tracked);
        QVERIFY(!records[2].tracked);
        // An export without the Request and Response columns says nothing about Do-Not-Track.
        const QString noContent = write(u"no-content-columns.jsonl"_qs, statsOnly + statsOnly);
        QList<ReadError> noErrors;
        for (const LogRecord &r : readAll(noContent, noErrors))
            QVERIFY(r.tracked);
        // Empty content columns in the row itself do.
        const QString first = write(u"dnt-first.jsonl"_qs, emptyWrappers);
        QVERIFY(!readAll(first, noErrors).value(0).tracked);
    }

    void impossibleZoneOffsetsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("time");
        QTest::addColumn<bool>("valid");
        QTest::newRow("+05:30") << QByteArray("2026-11-20T10:00:00+05:30") << true;
        QTest::newRow("-12:00") << QByteArray("2026-11-20T10:00:00-12:00") << true;
        QTest::newRow("+14:00") << QByteArray("2026-11-20T10:00:00+14:00") << true;
        QTest::newRow("+99:99") << QByteArray("2026-11-20T10:00:00+99:99") << false;
        QTest::newRow("+05:75") << QByteArray("2026-11-20T10:00:00+05:75") << false;
        QTest::newRow("-19:00") << QByteArray("2026-11-20T10:00:00-19:00") << false;
        QTest::newRow("+2400") << QByteArray("2026-11-20T10:00:00+2400") << false;
    }

    void impossibleZoneOffsetsAreRefused()
    {
        QFETCH(QByteArray, time);
        QFETCH(bool, valid);
        QCOMPARE(FieldParsing::parseTime(std::string_view(time.constData(), size_t(time.size())))
                     .has_value(),
                 valid);
    }

    void csvRowsWithTooFewOrTooManyColumns()
    {
        const QString path = write(u"columns.csv"_qs,
                                   "created_at,ai_model,ai_org,req_units\n"
                                   "2026-11-20 10:00:00,gpt-4o,openai,3\n"
                                   "2026-11-20 10:01:00,gpt-4o,openai\n"
                                   "2026-11-20 10:02:00,gpt-4o,openai,3,extra\n"
                                   "2026-11-20 10:03:00,gpt-4o,openai,4\n");
        QList<ReadError> errors;
        const QList<LogRecord> records = readAll(path, errors);
        QCOMPARE(records.size(), 2);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].line, 3);
        QCOMPARE(errors[1].line, 4);
        QCOMPARE(errors[0].reason, u"expected 4 columns as in the header row, got 3"_qs);
        QCOMPARE(errors[1].reason, u"expected 4 columns as in the header row, got 5"_qs);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
