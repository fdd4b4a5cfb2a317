// SPDX-License-Identifier: GPL-3.0-or-later
// Live-capture figures against the real gateway 1.15.2 and the upstream stub, on loopback:
//   - latency the recording proxy adds (p50, p99; one client, keep-alive) against calling the
//     gateway directly;
//   - throughput with 20 concurrent clients, direct and through the proxy;
//   - records/s `gatescope-cli collect` stores from the log stream during a burst.
// Usage: bench_capture [requests]   (default 2000). Needs tests/integration/node_modules.

#include "gatewayfixture.h"
#include "logstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace {

QJsonObject load(const QString &url, int n, int concurrency, const QByteArray &headers,
                 const QByteArray &body)
{
    QString error;
    const QByteArray out = GatewayFixture::runNode(
        {QStringLiteral("load.mjs"), QStringLiteral("--url=") + url,
         QStringLiteral("--n=%1").arg(n), QStringLiteral("--concurrency=%1").arg(concurrency),
         QStringLiteral("--headers=") + QString::fromUtf8(headers),
         QStringLiteral("--body=") + QString::fromUtf8(body)},
        600000, &error);
    if (out.isEmpty())
        std::fprintf(stderr, "bench_capture: %s\n", qPrintable(error));
    return QJsonDocument::fromJson(out).object();
}

void row(const char *what, const QJsonObject &r)
{
    std::printf("%-34s ok %5d  p50 %7.2f ms  p99 %7.2f ms  %8.0f req/s\n", what,
                r.value(u"ok").toInt(), r.value(u"p50_ms").toDouble(),
                r.value(u"p99_ms").toDouble(), r.value(u"rps").toDouble());
}

qint64 count(const QString &db)
{
    QString error;
    std::unique_ptr<LogStore> store = LogStore::open(db, &error);
    return store ? store->count(QString(), &error).value_or(0) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("GATESCOPE_TEST_DATA"))
        qputenv("GATESCOPE_TEST_DATA", GATESCOPE_SOURCE_DIR "/tests/data");
    if (qEnvironmentVariableIsEmpty("GATESCOPE_CLI"))
        qputenv("GATESCOPE_CLI", GATESCOPE_CLI_PATH);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;

    GatewayFixture fixture;
    QString error;
    if (!fixture.start(&error)) {
        std::fprintf(stderr, "bench_capture: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const QByteArray headers
        = QJsonDocument(
              QJsonObject {{QStringLiteral("x-portkey-provider"), QStringLiteral("openai")},
                           {QStringLiteral("x-portkey-custom-host"), fixture.stubUrl('A')},
                           {QStringLiteral("authorization"), QStringLiteral("Bearer sk-bench")}})
              .toJson(QJsonDocument::Compact);
    const QByteArray body
        = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"benchmark"}]})";

    CliProcess record;
    const QString proxyDb = dir.filePath(QStringLiteral("proxy.sqlite"));
    if (!record.start({QStringLiteral("record"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--upstream"),
                       fixture.gatewayUrl(), QStringLiteral("--db"), proxyDb},
                      &error)) {
        std::fprintf(stderr, "bench_capture: %s\n", qPrintable(error));
        return 1;
    }
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral(":(\\d+), forwarding"))
              .match(record.waitForStderr(QStringLiteral("listening on"), 15000));
    const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1));
    const QString path = QStringLiteral("/v1/chat/completions");

    std::printf("bench_capture: %d requests per row, gateway 1.15.2 + stub on loopback, %d "
                "cores\n",
                n, QThread::idealThreadCount());
    load(fixture.gatewayUrl() + path, 200, 4, headers, body); // warm-up (JIT, sockets)
    load(proxy + path, 200, 4, headers, body);
    const QJsonObject direct1 = load(fixture.gatewayUrl() + path, n, 1, headers, body);
    const QJsonObject proxy1 = load(proxy + path, n, 1, headers, body);
    row("direct, 1 client", direct1);
    row("through the proxy, 1 client", proxy1);
    std::printf("%-34s p50 %+7.2f ms  p99 %+7.2f ms\n", "latency the proxy adds",
                proxy1.value(u"p50_ms").toDouble() - direct1.value(u"p50_ms").toDouble(),
                proxy1.value(u"p99_ms").toDouble() - direct1.value(u"p99_ms").toDouble());
    const QJsonObject direct20 = load(fixture.gatewayUrl() + path, n, 20, headers, body);
    const QJsonObject proxy20 = load(proxy + path, n, 20, headers, body);
    row("direct, 20 clients", direct20);
    row("through the proxy, 20 clients", proxy20);
    record.terminate();

    CliProcess collect;
    const QString streamDb = dir.filePath(QStringLiteral("stream.sqlite"));
    collect.start({QStringLiteral("collect"), QStringLiteral("--gateway"), fixture.gatewayUrl(),
                   QStringLiteral("--db"), streamDb},
                  &error);
    collect.waitForStderr(QStringLiteral("Connected to"), 15000);
    QElapsedTimer timer;
    timer.start();
    const QJsonObject burst = load(fixture.gatewayUrl() + path, n, 20, headers, body);
    const qint64 sent = burst.value(u"ok").toInt();
    qint64 stored = 0;
    while ((stored = count(streamDb)) < sent && timer.elapsed() < 120000)
        QThread::msleep(20);
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::printf("%-34s %lld of %lld events stored in %.2f s: %.0f records/s (the gateway "
                "served %.0f req/s)\n",
                "stream ingest (collect)", stored, sent, seconds, double(stored) / seconds,
                burst.value(u"rps").toDouble());
    std::printf("%-34s %s\n", "collect summary", collect.terminate().constData());
    return 0;
}
