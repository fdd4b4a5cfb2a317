// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of the Portkey control-plane client against the local server of
// tests/support, which follows reference/portkey-api.md with its documented payloads.
#include "controlplaneclient.h"
#include "controlplaneserver.h"
#include "logrecord.h"
#include "tlstestproxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Fault = ControlPlaneServer::Fault;

class TestControlPlaneClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ControlPlaneServer> m_server;
    std::unique_ptr<ControlPlaneClient> client(const QString &key = ControlPlaneServer::apiKey())
    {
        ControlPlaneEndpoint endpoint;
        endpoint.controlPlane = m_server->baseUrl();
        endpoint.dataPlane = m_server->baseUrl();
        endpoint.name = QStringLiteral("test");
        auto c = std::make_unique<ControlPlaneClient>(endpoint, key);
        RetryPolicy policy;
        policy.initialBackoffMs = 10;
        policy.maxBackoffMs = 50;
        policy.timeoutMs = 400;
        c->setRetryPolicy(policy);
        return c;
    }

    // A client of https://127.0.0.1:port/v1 that trusts caFile (none when empty).
    std::unique_ptr<ControlPlaneClient> tlsClient(quint16 port, const QString &caFile)
    {
        ControlPlaneEndpoint endpoint;
        endpoint.controlPlane = QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(port));
        endpoint.dataPlane = endpoint.controlPlane;
        endpoint.caCertificateFile = caFile;
        auto c = std::make_unique<ControlPlaneClient>(endpoint, ControlPlaneServer::apiKey());
        RetryPolicy policy;
        policy.initialBackoffMs = 10;
        policy.timeoutMs = 5000;
        c->setRetryPolicy(policy);
        return c;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ControlPlaneServer>();
        QVERIFY(m_server->start());
        m_server->setLogs(1000, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 1000);
    }
    void cleanup() { m_server.reset(); }

    void sendsTheApiKeyHeader()
    {
        auto c = client();
        QJsonObject config;
        QVERIFY(c->config(QStringLiteral("pc-pplx-c-ca7a87"), &config).ok());
        QCOMPARE(m_server->requests().last().headers.value("x-portkey-api-key"),
                 ControlPlaneServer::apiKey().toUtf8());
        QCOMPARE(m_server->requests().last().path, QStringLiteral("/configs/pc-pplx-c-ca7a87"));
    }

    void exportFlow_data()
    {
        QTest::addColumn<bool>("downloadAsUrl");
        QTest::addColumn<bool>("fractions");
        QTest::newRow("spec: signed_url, integers") << false << false;
        QTest::newRow("guide: url, integers with fractions") << true << true;
    }
    void exportFlow()
    {
        QFETCH(bool, downloadAsUrl);
        QFETCH(bool, fractions);
        m_server->downloadAsUrl = downloadAsUrl;
        m_server->totalsAsFractions = fractions;
        auto c = client();
        const QJsonObject filters {
            {QStringLiteral("time_of_generation_min"), QStringLiteral("2026-01-01T00:00:00.000Z")},
            {QStringLiteral("time_of_generation_max"), QStringLiteral("2026-01-01T00:01:39.000Z")}};
        QString id;
        qint64 total = -1;
        QVERIFY(c->createExport(filters, {QStringLiteral("id"), QStringLiteral("created_at")},
                                QStringLiteral("test"), &id, &total)
                    .ok());
        QVERIFY(!id.isEmpty());
        QCOMPARE(total, 100);
        const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().last().body).object();
        QCOMPARE(sent.value(QStringLiteral("filters")).toObject(), filters);
        QVERIFY(sent.value(QStringLiteral("requested_data")).isArray());
        QVERIFY(c->startExport(id).ok());
        ExportState state;
        QVERIFY(c->exportState(id, &state).ok());
        QCOMPARE(state.status, ExportStatus::InProgress);
        QVERIFY(c->exportState(id, &state).ok());
        QCOMPARE(state.status, ExportStatus::Success);
        QCOMPARE(state.totalRecords, 100);
        QUrl url;
        QVERIFY(c->exportDownloadUrl(id, &url).ok());
        QVERIFY(url.path().startsWith(u"/signed/"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("export.jsonl"));
        const ControlPlaneResponse got = c->download(url, file);
        QVERIFY2(got.ok(), qPrintable(got.error.message));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 100);
        // The signed URL never receives the API key (the server refuses it when it does).
        QVERIFY(!m_server->requests().last().headers.contains("x-portkey-api-key"));
    }

    void exportFailedIsReadInBothSpellings_data()
    {
        QTest::addColumn<bool>("guideSpelling");
        QTest::newRow("failed (spec)") << false;
        QTest::newRow("failure (guide)") << true;
    }
    void exportFailedIsReadInBothSpellings()
    {
        QFETCH(bool, guideSpelling);
        m_server->failExports = true;
        m_server->exportFailureSpelling = guideSpelling;
        m_server->pollsUntilDone = 0;
        auto c = client();
        QString id;
        QVERIFY(c->createExport({}, {QStringLiteral("id")}, {}, &id, nullptr).ok());
        QVERIFY(c->startExport(id).ok());
        ExportState state;
        QVERIFY(c->exportState(id, &state).ok());
        QCOMPARE(state.status, ExportStatus::Failed);
        QCOMPARE(state.error, QStringLiteral("Export worker ran out of memory"));
    }

    void logById()
    {
        auto c = client();
        LogRecord record;
        const ControlPlaneResponse r
            = c->fetchLog(QStringLiteral("046b73bd-87da-4c0f-b716-2906d5f3f000"), &record);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(record.id, QStringLiteral("046b73bd-87da-4c0f-b716-2906d5f3f000"));
        QCOMPARE(record.traceId, QStringLiteral("8ecf39a3-06f0-49a4-80d6-83ab75c8c444"));
        QCOMPARE(record.statusCode, 200);
        QCOMPARE(record.latencyMs, 517);
        QCOMPARE(record.source, QStringLiteral("test"));
        QVERIFY(record.request.contains("Hello!"));
        QCOMPARE(m_server->requests().last().path,
                 QStringLiteral("/logs/046b73bd-87da-4c0f-b716-2906d5f3f000"));

        const ControlPlaneResponse missing = c->fetchLog(QStringLiteral("nope"), &record);
        QCOMPARE(missing.error.kind, ControlPlaneErrorKind::NotFound);
        QCOMPARE(missing.error.code, QStringLiteral("AB08"));
        QVERIFY2(missing.error.message.contains(u"404 AB08"), qPrintable(missing.error.message));
    }

    void feedbackCreateAndUpdate()
    {
        auto c = client();
        QString id;
        const QJsonObject metadata {
            {QStringLiteral("text"), QStringLiteral("title was irrelevant")},
            {QStringLiteral("_user"), QStringLiteral("fef653")}};
        QVERIFY(c->createFeedback(QStringLiteral("trace-1"), -10, 0.5, metadata, &id).ok());
        QVERIFY(!id.isEmpty());
        const QJsonObject sent = m_server->feedbackById(id);
        QCOMPARE(sent.value(QStringLiteral("trace_id")).toString(), QStringLiteral("trace-1"));
        QCOMPARE(sent.value(QStringLiteral("value")).toInt(), -10);
        QCOMPARE(sent.value(QStringLiteral("weight")).toDouble(), 0.5);
        QCOMPARE(sent.value(QStringLiteral("metadata")).toObject(), metadata);

        QVERIFY(c->updateFeedback(id, 1, 1.0, {}).ok());
        QCOMPARE(m_server->requests().last().method, QByteArray("PUT"));
        QCOMPARE(m_server->feedbackById(id).value(QStringLiteral("value")).toInt(), 1);

        // A value out of range is refused with the server's reason.
        const ControlPlaneResponse bad
            = c->createFeedback(QStringLiteral("trace-1"), 11, 1, {}, &id);
        QCOMPARE(bad.error.kind, ControlPlaneErrorKind::BadRequest);
        QVERIFY2(bad.error.message.contains(u"between -10 and 10"), qPrintable(bad.error.message));
    }

    void configWrappedOrFlat_data()
    {
        QTest::addColumn<bool>("flat");
        QTest::newRow("wrapped {success,data:{config}} (spec)") << false;
        QTest::newRow("flat, config as a JSON string (SDK-PY)") << true;
    }
    void configWrappedOrFlat()
    {
        QFETCH(bool, flat);
        m_server->configFlat = flat;
        auto c = client();
        QJsonObject config;
        QVERIFY(c->config(QStringLiteral("pc-pplx-c-ca7a87"), &config).ok());
        QCOMPARE(config.value(QStringLiteral("strategy"))
                     .toObject()
                     .value(QStringLiteral("mode"))
                     .toString(),
                 QStringLiteral("fallback"));
        QCOMPARE(config.value(QStringLiteral("targets")).toArray().size(), 2);
        QCOMPARE(config.value(QStringLiteral("cache"))
                     .toObject()
                     .value(QStringLiteral("max_age"))
                     .toInt(),
                 3600);
    }

    void unknownConfigSaysAB03WithTheScope()
    {
        auto c = client();
        const ControlPlaneResponse r = c->config(QStringLiteral("pc-missing"), nullptr);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Forbidden);
        QVERIFY2(r.error.message.contains(u"403 AB03"), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"configs.read"), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"does not exist"), qPrintable(r.error.message));
    }

    void prompts()
    {
        auto c = client();
        QJsonObject prompt;
        QVERIFY(c->prompt(QStringLiteral("pp-article-xx"), &prompt).ok());
        QCOMPARE(prompt.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(prompt.value(QStringLiteral("prompt_version")).toInt(), 3);
        QJsonArray versions;
        QVERIFY(c->promptVersions(QStringLiteral("pp-article-xx"), &versions).ok());
        QCOMPARE(versions.size(), 3);
        const QJsonObject variables {{QStringLiteral("user_input"), QStringLiteral("Hello world")}};
        QJsonObject rendered;
        QVERIFY(c->renderPrompt(QStringLiteral("pp-article-xx"), variables, &rendered).ok());
        QCOMPARE(rendered.value(QStringLiteral("messages"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("Hello world"));
        QJsonObject completion;
        QVERIFY(
            c->promptCompletion(QStringLiteral("pp-article-xx@3"), variables, &completion).ok());
        QCOMPARE(completion.value(QStringLiteral("object")).toString(),
                 QStringLiteral("chat.completion"));
    }

    void virtualKeys()
    {
        auto c = client();
        QJsonArray keys;
        QVERIFY(c->virtualKeys(&keys).ok());
        QCOMPARE(keys.size(), 3); // active, exhausted, archived
        QJsonObject key;
        QVERIFY(c->virtualKey(QStringLiteral("azure-test-4110dd"), &key).ok());
        QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("exhausted"));
        QCOMPARE(c->virtualKey(QStringLiteral("gone"), &key).error.kind,
                 ControlPlaneErrorKind::NotFound);
    }

    void analyticsNumbersWithFractionsAndStrings()
    {
        auto c = client();
        const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        AnalyticsGraph cost;
        QVERIFY(c->analyticsGraph(QStringLiteral("cost"), from, from.addDays(2), {}, &cost).ok());
        QCOMPARE(cost.summary.value(QStringLiteral("total")).toDouble(), 3887.3066999996863);
        QCOMPARE(cost.points.size(), 2);
        QCOMPARE(cost.points.at(0).timestamp, QStringLiteral("2026-01-01T00:00:00.000Z"));
        AnalyticsGraph requests;
        QVERIFY(c->analyticsGraph(QStringLiteral("requests"), from, from.addDays(2), {}, &requests)
                    .ok());
        // One point sends its count as a string: read as a number all the same.
        QCOMPARE(requests.points.at(0).values.value(QStringLiteral("total")).toDouble(), 2172316.0);
        QVERIFY(m_server->requests().last().query.contains(
            u"time_of_generation_min=2026-01-01T00:00:00.000Z"));
    }

    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("requests"); // attempts made
        QTest::newRow("401 AB05") << int(Fault::Unauthorized)
                                  << int(ControlPlaneErrorKind::Unauthorized)
                                  << "401 AB05 from 127.0.0.1: the API key was rejected" << 1;
        QTest::newRow("403 AB03 names the scope")
            << int(Fault::Forbidden) << int(ControlPlaneErrorKind::Forbidden)
            << "lacks the scope logs.export" << 1;
        QTest::newRow("402 AB09")
            << int(Fault::PaymentRequired) << int(ControlPlaneErrorKind::PaymentRequired)
            << "402 AB09 from 127.0.0.1: the Portkey subscription is exhausted" << 1;
        QTest::newRow("404 AB08") << int(Fault::NotFound) << int(ControlPlaneErrorKind::NotFound)
                                  << "404 AB08" << 1;
        QTest::newRow("500 retried, then said")
            << int(Fault::ServerError) << int(ControlPlaneErrorKind::ServerError)
            << "500 from 127.0.0.1 after 4 attempts" << 4;
        QTest::newRow("503 retried, then said")
            << int(Fault::ServiceUnavailable) << int(ControlPlaneErrorKind::ServerError)
            << "503 from 127.0.0.1 after 4 attempts" << 4;
        QTest::newRow("timeout retried, then said")
            << int(Fault::Hang) << int(ControlPlaneErrorKind::Timeout)
            << "No answer from 127.0.0.1 after 4 attempts" << 4;
    }
    void errorsSayWhatToDo()
    {
        QFETCH(int, fault);
        QFETCH(int, kind);
        QFETCH(QString, says);
        QFETCH(int, requests);
        m_server->setFault(QStringLiteral("POST /logs/exports"), Fault(fault));
        auto c = client();
        const ControlPlaneResponse r
            = c->createExport({}, {QStringLiteral("id")}, {}, nullptr, nullptr);
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY2(r.error.message.contains(says), qPrintable(r.error.message));
        QCOMPARE(m_server->count(QStringLiteral("POST /logs/exports")), requests);
        QCOMPARE(r.attempts, requests);
    }

    void transientErrorsRecover()
    {
        m_server->setFault(QStringLiteral("GET /configs/"), Fault::ServiceUnavailable, 2);
        auto c = client();
        QJsonObject config;
        const ControlPlaneResponse r = c->config(QStringLiteral("pc-pplx-c-ca7a87"), &config);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.attempts, 3);
        QVERIFY(!config.isEmpty());
    }

    void rateLimitHonoursRetryAfter()
    {
        m_server->retryAfterSeconds = 1;
        m_server->setFault(QStringLiteral("GET /virtual-keys"), Fault::RateLimited, 1);
        auto c = client();
        QElapsedTimer timer;
        timer.start();
        QJsonArray keys;
        const ControlPlaneResponse r = c->virtualKeys(&keys);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        // The backoff would be 10 ms; the server asked for a second.
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(keys.size(), 3); // active, exhausted, archived
    }

    void rateLimitTooLongIsReportedNotWaited()
    {
        m_server->retryAfterSeconds = 3600;
        m_server->setFault(QStringLiteral("GET /virtual-keys"), Fault::RateLimited);
        auto c = client();
        const ControlPlaneResponse r = c->virtualKeys(nullptr);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::RateLimited);
        QVERIFY2(r.error.message.contains(u"429 AB06"), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"in 3600 s"), qPrintable(r.error.message));
        QCOMPARE(r.attempts, 1);
    }

    void wrongKeyIsRejected()
    {
        auto c = client(QStringLiteral("pk-wrong"));
        const ControlPlaneResponse r = c->virtualKeys(nullptr);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Unauthorized);
        QCOMPARE(r.attempts, 1);
    }

    void offlineIsUnreachableAndTransient()
    {
        const QUrl url = m_server->baseUrl();
        m_server->stop();
        auto c = client();
        const ControlPlaneResponse r = c->virtualKeys(nullptr);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Unreachable);
        QVERIFY(r.error.transient());
        QVERIFY2(r.error.message.startsWith(u"Cannot reach 127.0.0.1"),
                 qPrintable(r.error.message));
    }

    void tlsFailureIsReportedNotIgnored()
    {
        // A server that answers the TLS ClientHello with plain HTTP: the handshake fails.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = plain.nextPendingConnection();
            s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        });
        ControlPlaneEndpoint endpoint;
        QUrl url = m_server->baseUrl();
        url.setPort(plain.serverPort());
        url.setScheme(QStringLiteral("https"));
        endpoint.controlPlane = url;
        ControlPlaneClient c(endpoint, ControlPlaneServer::apiKey());
        RetryPolicy policy;
        policy.initialBackoffMs = 10;
        policy.timeoutMs = 2000;
        c.setRetryPolicy(policy);
        const ControlPlaneResponse r = c.virtualKeys(nullptr);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Tls);
        QVERIFY2(r.error.message.contains(u"Verification stays on"), qPrintable(r.error.message));
        QCOMPARE(r.attempts, 1); // not retried: it will not fix itself
    }

    // A self-hosted control plane with a self-signed certificate, on loopback over real TLS.
    void selfSignedCertificateIsRefusedByDefault()
    {
        QTemporaryDir dir;
        QString cert, key, error;
        QVERIFY2(TlsTestProxy::makeSelfSigned(dir.path(), QStringLiteral("cp"),
                                              QStringLiteral("IP:127.0.0.1"), &cert, &key, &error),
                 qPrintable(error));
        TlsTestProxy tls;
        QVERIFY2(tls.start(m_server->port(), cert, key, &error), qPrintable(error));
        auto c = tlsClient(tls.port(), QString());
        QJsonObject config;
        const ControlPlaneResponse r = c->config(QStringLiteral("pc-pplx-c-ca7a87"), &config);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Tls);
        QCOMPARE(r.attempts, 1); // not retried: it will not fix itself
        // Says which host, what is wrong with its certificate, and what to do.
        QVERIFY2(r.error.message.contains(u"127.0.0.1"), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"self-signed", Qt::CaseInsensitive),
                 qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"--ca-file"), qPrintable(r.error.message));
        // The errors were not ignored: no request (and no API key) reached the server.
        QCOMPARE(tls.handshakesDone(), 0);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void theConnectionsCaFileIsTrusted()
    {
        QTemporaryDir dir;
        QString cert, key, error;
        QVERIFY2(TlsTestProxy::makeSelfSigned(dir.path(), QStringLiteral("cp"),
                                              QStringLiteral("IP:127.0.0.1"), &cert, &key, &error),
                 qPrintable(error));
        TlsTestProxy tls;
        QVERIFY2(tls.start(m_server->port(), cert, key, &error), qPrintable(error));
        auto c = tlsClient(tls.port(), cert);
        QJsonObject config;
        const ControlPlaneResponse r = c->config(QStringLiteral("pc-pplx-c-ca7a87"), &config);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(!config.isEmpty());
        QCOMPARE(tls.handshakesDone(), 1);
        QCOMPARE(m_server->requests().last().headers.value("x-portkey-api-key"),
                 ControlPlaneServer::apiKey().toUtf8());
        // Only for this connection: another client without the file still refuses.
        QCOMPARE(tlsClient(tls.port(), QString())->virtualKeys(nullptr).error.kind,
                 ControlPlaneErrorKind::Tls);
    }

    void aTrustedCertificateForAnotherHostStillFails()
    {
        QTemporaryDir dir;
        QString cert, key, error;
        QVERIFY2(TlsTestProxy::makeSelfSigned(dir.path(), QStringLiteral("other"),
                                              QStringLiteral("DNS:other.example"), &cert, &key,
                                              &error),
                 qPrintable(error));
        TlsTestProxy tls;
        QVERIFY2(tls.start(m_server->port(), cert, key, &error), qPrintable(error));
        auto c = tlsClient(tls.port(), cert);
        const ControlPlaneResponse r = c->virtualKeys(nullptr);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Tls);
        QVERIFY2(r.error.message.contains(u"host name", Qt::CaseInsensitive),
                 qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"127.0.0.1"), qPrintable(r.error.message));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void anUnreadableCaFileIsNamed()
    {
        QTemporaryDir dir;
        QString cert, key, error;
        QVERIFY2(TlsTestProxy::makeSelfSigned(dir.path(), QStringLiteral("cp"),
                                              QStringLiteral("IP:127.0.0.1"), &cert, &key, &error),
                 qPrintable(error));
        TlsTestProxy tls;
        QVERIFY2(tls.start(m_server->port(), cert, key, &error), qPrintable(error));
        const QString notACertificate = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notACertificate);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        const ControlPlaneResponse r = tlsClient(tls.port(), notACertificate)->virtualKeys(nullptr);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Tls);
        QVERIFY2(r.error.message.contains(notACertificate), qPrintable(r.error.message));
    }

    void cancelStopsWaiting()
    {
        m_server->setFault(QString(), Fault::Hang);
        auto c = client();
        RetryPolicy policy = c->retryPolicy();
        policy.timeoutMs = 60000;
        c->setRetryPolicy(policy);
        std::atomic_bool cancel = false;
        c->setCancelFlag(&cancel);
        QTimer::singleShot(100, this, [&] { cancel = true; });
        QElapsedTimer timer;
        timer.start();
        const ControlPlaneResponse r = c->virtualKeys(nullptr);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }

    // A host name that does not resolve: said plainly, not retried (the name will not resolve
    // on a second try either).
    void unknownHostIsSaidPlainly()
    {
        ControlPlaneEndpoint endpoint;
        endpoint.controlPlane = QUrl(QStringLiteral("http://control.gatescope-test.invalid/v1"));
        endpoint.dataPlane = endpoint.controlPlane;
        ControlPlaneClient c(endpoint, ControlPlaneServer::apiKey());
        RetryPolicy policy;
        policy.initialBackoffMs = 10;
        c.setRetryPolicy(policy);
        const ControlPlaneResponse r = c.virtualKeys(nullptr);
        QCOMPARE(r.error.kind, ControlPlaneErrorKind::Unreachable);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.error.message,
                 QStringLiteral("The host control.gatescope-test.invalid is unknown (its name does "
                                "not resolve), so could not list virtual keys. Check the "
                                "connection's URL."));
    }

    void sizeRefusalsAreRead_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("refusal");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("matched");
        QTest::newRow("independent server")
            << QStringLiteral("Export is limited to 5000 logs per job; these filters match 12000 "
                              "logs. Narrow the time range or use page_size/current_page.")
            << true << qint64(5000) << qint64(12000);
        QTest::newRow("thousands separators")
            << QStringLiteral("Currently we only support exporting 50,000 logs per job (52,000 "
                              "logs match)")
            << true << qint64(50000) << qint64(52000);
        QTest::newRow("page size") << QStringLiteral("page_size may not exceed 5000") << true
                                   << qint64(5000) << qint64(-1);
        QTest::newRow("no numbers")
            << QStringLiteral("Too many logs for one export") << true << qint64(-1) << qint64(-1);
        QTest::newRow("another 400") << QStringLiteral("filters and requested_data are required")
                                     << false << qint64(-1) << qint64(-1);
    }
    void sizeRefusalsAreRead()
    {
        QFETCH(QString, message);
        QFETCH(bool, refusal);
        QFETCH(qint64, limit);
        QFETCH(qint64, matched);
        ControlPlaneError e;
        e.kind = ControlPlaneErrorKind::BadRequest;
        e.httpStatus = 400;
        e.code = QStringLiteral("AB01");
        e.serverMessage = message;
        qint64 l = 0, m = 0;
        QCOMPARE(ControlPlaneJson::sizeRefusal(e, &l, &m), refusal);
        QCOMPARE(l, limit);
        QCOMPARE(m, matched);
        e.kind = ControlPlaneErrorKind::Forbidden; // only a refused request is read so
        QVERIFY(!ControlPlaneJson::sizeRefusal(e, &l, &m));
    }

    void retryAfterAsHttpDate()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(ControlPlaneJson::retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now), 60000);
        QCOMPARE(ControlPlaneJson::retryAfterMs("2", now), 2000);
        QCOMPARE(ControlPlaneJson::retryAfterMs("", now), -1);
    }
};

QTEST_GUILESS_MAIN(TestControlPlaneClient)
#include "tst_controlplaneclient.moc"
