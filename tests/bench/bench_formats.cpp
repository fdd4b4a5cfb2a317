// SPDX-License-Identifier: GPL-3.0-or-later
// Reader-only throughput: FileReader over generated ~2 KB Portkey export rows (no store).
// Usage: bench_formats [rows | FILE]   (FILE: an existing export to read instead)
#include "filereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString given = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool haveFile = !given.isEmpty() && QFile::exists(given);
    const int rows = haveFile ? 0 : argc > 1 ? std::atoi(argv[1]) : 200000;
    QTemporaryDir dir;
    const QString path = haveFile ? given : dir.filePath(QStringLiteral("export.jsonl"));
    QFile f(path);
    if (!haveFile && !f.open(QIODevice::WriteOnly))
        return 1;
    const QByteArray filler(1200, 'a');
    for (int i = 0; i < rows; ++i) {
        QByteArray line = QByteArrayLiteral("{\"id\":\"row-") + QByteArray::number(i)
            + "\",\"trace_id\":\"trace-" + QByteArray::number(i % 977)
            + "\",\"created_at\":\"2024-10-20T10:30:00.123\",\"request\":{\"url\":\"https://api."
              "openai.com/v1/chat/completions\",\"method\":\"POST\",\"body\":{\"model\":\"gpt-4o\","
              "\"messages\":[{\"role\":\"user\",\"content\":\""
            + filler
            + "\"}]}},\"response\":{\"status\":200,\"body\":{\"id\":\"chatcmpl-1\",\"model\":\"gpt-"
              "4o\","
              "\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Hello there, how "
              "can "
              "I help?\"}}],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12,"
              "\"total_tokens\":21}}},\"is_success\":1.0,\"ai_org\":\"openai\",\"ai_model\":"
              "\"gpt-4o\",\"req_units\":9.0,\"res_units\":\"12\",\"total_units\":21,\"request_"
              "url\":"
              "\"https://api.openai.com/v1/chat/completions\",\"cost\":0.0105,\"cost_currency\":"
              "\"USD\",\"response_time\":1250.0,\"response_status_code\":200.0,\"mode\":\"single\","
              "\"config\":\"pc-1\",\"prompt_slug\":null,\"metadata\":{\"key\":[\"_user\",\"team\"],"
              "\"value\":[\"alice\",\"red\"]}}\n";
        f.write(line);
    }
    if (!haveFile)
        f.close();

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    FileReader reader(path);
    QString error;
    if (!reader.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    qint64 count = 0;
    QList<LogRecord> batch;
    QList<ReadError> errors;
    bool more = true;
    while (more) {
        batch.clear();
        more = reader.readBatch(batch, errors, 5000);
        count += batch.size();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("%lld records (%.1f MB, %lld errors) in %.3f s: %.0f records/s, %.1f MB/s; "
                "%.3f s CPU, %.3f s CPU per 100,000 records\n",
                static_cast<long long>(count), reader.size() / 1e6,
                static_cast<long long>(errors.size()), seconds, count / seconds,
                reader.size() / 1e6 / seconds, cpu,
                count > 0 ? cpu * 100000.0 / double(count) : 0.0);
    return 0;
}
