// SPDX-License-Identifier: GPL-3.0-or-later
// gatescope-cli connection / sync / fetch against the local control plane of tests/support.
#include "controlplaneserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Fault = ControlPlaneServer::Fault;

class TestControlPlaneCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ControlPlaneServer m_server;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QJsonObject json; // the last stdout line
        QString out;
        QString err;
    };
    void start(QProcess &p, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("GATESCOPE_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("PORTKEY_API_KEY"), ControlPlaneServer::apiKey());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("GATESCOPE_CLI"), args);
    }
    // The server lives in this thread, so the CLI runs while the event loop turns.
    static Run finish(QProcess &p)
    {
        QElapsedTimer timer;
        timer.start();
        while (p.state() != QProcess::NotRunning && timer.elapsed() < 120000)
            QTest::qWait(20);
        Run r;
        r.exitCode = p.exitCode();
        const QByteArray out = p.readAllStandardOutput();
        r.out = QString::fromUtf8(out);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        r.json = QJsonDocument::fromJson(lines.last()).object();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        start(p, args);
        if (!p.waitForStarted())
            return {};
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        return finish(p);
    }
    QString keyFile() const
    {
        return m_home.filePath(QStringLiteral("data/gatescope/gatescope/keys/portkey.key"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("GATESCOPE_CLI").isEmpty());
        QVERIFY(m_server.start());
        m_server.setLogs(120000, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 1000);
        m_db = m_home.filePath(QStringLiteral("cli.sqlite"));
    }

    void addRefusesAFileKeyWithoutConsent()
    {
        const Run r
            = run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("portkey"),
                   QStringLiteral("--url"), m_server.baseUrl().toString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"No system keychain service is running"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--key-in-file"), qPrintable(r.err));
        QVERIFY(!QFile::exists(keyFile()));
        const Run list = run({QStringLiteral("connection"), QStringLiteral("list")});
        QCOMPARE(list.json.value(QStringLiteral("connections")).toArray().size(), 0);
    }

    void addWithConsentKeepsTheKeyInAPrivateFile()
    {
        const Run r
            = run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("portkey"),
                   QStringLiteral("--url"), m_server.baseUrl().toString(),
                   QStringLiteral("--key-in-file"), QStringLiteral("--api-key-stdin")},
                  ControlPlaneServer::apiKey().toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("key_stored_in")).toString(), QStringLiteral("file"));
        QVERIFY(QFile::exists(keyFile()));
        QCOMPARE(QFileInfo(keyFile()).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        const Run list = run({QStringLiteral("connection"), QStringLiteral("list")});
        const QJsonObject c
            = list.json.value(QStringLiteral("connections")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("portkey"));
        QCOMPARE(c.value(QStringLiteral("data_plane_url")).toString(),
                 m_server.baseUrl().toString());
        QVERIFY(c.value(QStringLiteral("synced_until")).isNull());
    }

    // Against a server that refuses a job above 50,000 logs, fails one job in three and hands
    // out a link that has expired: all 120,000 logs, each turn said once.
    void syncImports120000ThenNothingNew()
    {
        m_server.refuseJobsOver = 50000;
        m_server.failEveryNthJob = 3;
        m_server.expireLinks = 1;
        QElapsedTimer timer;
        timer.start();
        const Run first = run(
            {QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("portkey"),
             QStringLiteral("--db"), m_db, QStringLiteral("--since"), QStringLiteral("2026-01-01"),
             QStringLiteral("--until"), m_server.lastLogTime().toString(Qt::ISODateWithMs)});
        m_server.failEveryNthJob = 0;
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        qInfo("gatescope-cli sync of 120,000 logs: %lld ms", timer.elapsed());
        QCOMPARE(m_server.exportsRefused(), 1);
        QCOMPARE(m_server.jobsFailed(), 1);
        QCOMPARE(first.err.count(u"trying again as a new export"), 1);
        QCOMPARE(first.err.count(u"the download link expired; asking for a fresh one"), 1);
        QVERIFY2(!first.err.contains(u"job 0/"), qPrintable(first.err));
        QVERIFY2(!first.err.contains(QRegularExpression(QStringLiteral("-\\d+%"))),
                 qPrintable(first.err));
        QCOMPARE(first.json.value(QStringLiteral("jobs")).toInt(), 3);
        QCOMPARE(first.json.value(QStringLiteral("imported")).toInteger(), 120000);
        QCOMPARE(first.json.value(QStringLiteral("synced_until")).toString(),
                 m_server.lastLogTime().toString(Qt::ISODateWithMs));

        // Incremental: from the checkpoint (less a 10-minute overlap), nothing new.
        const Run second
            = run({QStringLiteral("sync"), QStringLiteral("--connection"),
                   QStringLiteral("portkey"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--until"), m_server.lastLogTime().toString(Qt::ISODateWithMs)});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(second.json.value(QStringLiteral("imported")).toInteger(), 0);
        QCOMPARE(second.json.value(QStringLiteral("duplicates")).toInteger(), 601);
        QCOMPARE(second.json.value(QStringLiteral("jobs")).toInt(), 1);
    }

    void syncWithoutExportRightsSaysSoOnce()
    {
        m_server.setFault(QStringLiteral("POST /logs/exports"), Fault::Forbidden, 1);
        const Run r = run({QStringLiteral("sync"), QStringLiteral("--connection"),
                           QStringLiteral("portkey"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--since"), QStringLiteral("2026-01-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"403 AB03"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Enterprise plan"), qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(true), false);
        // One line says it: not a progress line and then the same again, no "-100%".
        QCOMPARE(r.err.count(u"403 AB03"), 1);
        QVERIFY2(!r.err.contains(u"%"), qPrintable(r.err));
    }

    void fetchOneLogById()
    {
        const Run r = run({QStringLiteral("fetch"), QStringLiteral("--connection"),
                           QStringLiteral("portkey"), QStringLiteral("--db"), m_db,
                           QStringLiteral("046b73bd-87da-4c0f-b716-2906d5f3f000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("stored")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("trace_id")).toString(),
                 QStringLiteral("8ecf39a3-06f0-49a4-80d6-83ab75c8c444"));
        const Run missing = run({QStringLiteral("fetch"), QStringLiteral("--connection"),
                                 QStringLiteral("portkey"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("no-such-log")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"404 AB08"), qPrintable(missing.err));
    }

    // Offline feedback is kept and queued; --push delivers it once the server is back, once.
    void feedbackQueuedWhileOfflineThenPushedOnce()
    {
        const quint16 port = m_server.port();
        m_server.stop();
        const Run offline = run(
            {QStringLiteral("feedback"), QStringLiteral("--connection"), QStringLiteral("portkey"),
             QStringLiteral("--db"), m_db, QStringLiteral("log-000005"), QStringLiteral("--value"),
             QStringLiteral("-1"), QStringLiteral("--note"), QStringLiteral("wrong language")});
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(offline.json.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(offline.json.value(QStringLiteral("trace_id")).toString(),
                 QStringLiteral("trace-000005"));
        QVERIFY2(offline.err.contains(u"--push"), qPrintable(offline.err));

        QVERIFY(m_server.start(port));
        const int before = m_server.count(QStringLiteral("POST /feedback"));
        const Run push = run({QStringLiteral("feedback"), QStringLiteral("--connection"),
                              QStringLiteral("portkey"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--push")});
        QVERIFY2(push.exitCode == 0, qPrintable(push.err));
        QCOMPARE(push.json.value(QStringLiteral("created")).toInt(), 1);
        const Run again = run({QStringLiteral("feedback"), QStringLiteral("--connection"),
                               QStringLiteral("portkey"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--push")});
        QCOMPARE(again.json.value(QStringLiteral("created")).toInt(), 0);
        QCOMPARE(m_server.count(QStringLiteral("POST /feedback")) - before, 1);
        const QJsonObject sent = m_server.feedback().constLast();
        QCOMPARE(sent.value(QStringLiteral("trace_id")).toString(), QStringLiteral("trace-000005"));
        QCOMPARE(sent.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("wrong language"));
    }

    // The same queue pushed by two processes at once (two terminals, or the app and a cron
    // job): every entry reaches the server once.
    void twoPushesAtOnceSendEachEntryOnce()
    {
        const quint16 port = m_server.port();
        m_server.stop();
        for (const char *log : {"log-000006", "log-000007"}) {
            const Run offline
                = run({QStringLiteral("feedback"), QStringLiteral("--connection"),
                       QStringLiteral("portkey"), QStringLiteral("--db"), m_db,
                       QString::fromLatin1(log), QStringLiteral("--value"), QStringLiteral("1")});
            QCOMPARE(offline.json.value(QStringLiteral("state")).toString(),
                     QStringLiteral("pending"));
        }
        QVERIFY(m_server.start(port));
        // A slow control plane: each push is still sending when the other one starts.
        m_server.answerDelayMs = 300;
        const int before = m_server.count(QStringLiteral("POST /feedback"));
        const QStringList push {QStringLiteral("feedback"),
                                QStringLiteral("--connection"),
                                QStringLiteral("portkey"),
                                QStringLiteral("--db"),
                                m_db,
                                QStringLiteral("--push")};
        QProcess first, second;
        start(first, push);
        start(second, push);
        const Run a = finish(first);
        const Run b = finish(second);
        m_server.answerDelayMs = 0;
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QCOMPARE(m_server.count(QStringLiteral("POST /feedback")) - before, 2);
        QCOMPARE(a.json.value(QStringLiteral("created")).toInt()
                     + b.json.value(QStringLiteral("created")).toInt(),
                 2);
        QCOMPARE(a.json.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(b.json.value(QStringLiteral("pending")).toInt(), 0);
    }

    Run resource(QStringList args)
    {
        args << QStringLiteral("--connection") << QStringLiteral("portkey");
        return run(args);
    }

    void configShowWrappedFlatAndOptions_data()
    {
        QTest::addColumn<bool>("flat");
        QTest::addColumn<bool>("options");
        QTest::addColumn<QString>("served");
        QTest::newRow("wrapped, gateway path") << false << false << "config.targets[1]";
        QTest::newRow("flat JSON string") << true << false << "config.targets[1]";
        QTest::newRow("options form, spec path") << false << true << "$.config.options[1]";
    }
    void configShowWrappedFlatAndOptions()
    {
        QFETCH(bool, flat);
        QFETCH(bool, options);
        QFETCH(QString, served);
        m_server.configFlat = flat;
        m_server.configOptions = options;
        const QStringList args {QStringLiteral("config"), QStringLiteral("show"),
                                QStringLiteral("pc-pplx-c-ca7a87"), QStringLiteral("--served"),
                                served};
        const Run json = resource(QStringList(args) << QStringLiteral("--json"));
        const Run text = resource(args);
        m_server.configFlat = false;
        m_server.configOptions = false;
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QCOMPARE(json.json.value(QStringLiteral("source")).toString(), QStringLiteral("server"));
        QCOMPARE(json.json.value(QStringLiteral("served_path")).toString(),
                 QStringLiteral("config.targets[1]"));
        const QJsonArray targets = json.json.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        const QJsonObject second = targets.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("served")).toBool(), true);
        QCOMPARE(second.value(QStringLiteral("target"))
                     .toObject()
                     .value(QStringLiteral("virtual_key"))
                     .toString(),
                 QStringLiteral("azure-test-4110dd"));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(u"strategy fallback"), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"retry 5 attempts on [429,529]"), qPrintable(text.out));
        QVERIFY2(
            text.out.contains(u"  [1]  provider azure-openai, virtual key azure-test-4110dd  <- "
                              u"served this request"),
            qPrintable(text.out));
        QVERIFY2(!text.out.contains(u"main-258f4d  <-"), qPrintable(text.out));
        QVERIFY2(text.out.startsWith(u"config pc-pplx-c-ca7a87\nstrategy fallback, retry"),
                 qPrintable(text.out));
    }

    // Portkey answers 403 AB03 for a config that does not exist in the workspace: said as not
    // found, the same sentence with and without --json.
    void configShowUnknownIsNotFound()
    {
        const QStringList args {QStringLiteral("config"), QStringLiteral("show"),
                                QStringLiteral("pc-nope")};
        const Run text = resource(args);
        const Run json = resource(QStringList(args) << QStringLiteral("--json"));
        QCOMPARE(text.exitCode, 1);
        QCOMPARE(json.exitCode, 1);
        const QString sentence = QStringLiteral(
            "config 'pc-nope' was not found on connection 'portkey' (the control plane answered "
            "403 AB03, which Portkey sends for a resource that does not exist in the workspace; "
            "if it does exist, the API key lacks the scope configs.read).");
        QCOMPARE(text.err.trimmed(), QStringLiteral("gatescope-cli: ") + sentence);
        QCOMPARE(json.json.value(QStringLiteral("error")).toString(), sentence);
        QCOMPARE(json.err.trimmed(), QStringLiteral("gatescope-cli: ") + sentence);
        QVERIFY(text.out.isEmpty());
    }

    void configAndVirtualKeyLists()
    {
        const Run configs = resource(
            {QStringLiteral("config"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(configs.exitCode == 0, qPrintable(configs.err));
        const QJsonArray list = configs.json.value(QStringLiteral("configs")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("default")).toBool(), true);
        const Run table = resource({QStringLiteral("config"), QStringLiteral("list")});
        QVERIFY2(table.out.startsWith(u"SLUG"), qPrintable(table.out));
        QVERIFY2(table.out.contains(u"pc-pii-re-7f1051"), qPrintable(table.out));

        const Run keys = resource(
            {QStringLiteral("virtual-key"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(keys.exitCode == 0, qPrintable(keys.err));
        const QJsonArray all = keys.json.value(QStringLiteral("virtual_keys")).toArray();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Main OpenAI"));
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("exhausted"));
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("archived")).toBool(), false);
        QCOMPARE(all.at(2).toObject().value(QStringLiteral("archived")).toBool(), true);
        const Run keyTable = resource({QStringLiteral("virtual-key"), QStringLiteral("list")});
        QVERIFY2(keyTable.out.contains(QRegularExpression(
                     QStringLiteral("Old Anthropic +anthropic-old-77aa01 +archived +yes"))),
                 qPrintable(keyTable.out));
    }

    void promptShowAndRender()
    {
        const Run shown = resource({QStringLiteral("prompt"), QStringLiteral("show"),
                                    QStringLiteral("pp-article-xx"), QStringLiteral("--version"),
                                    QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QCOMPARE(shown.json.value(QStringLiteral("prompt"))
                     .toObject()
                     .value(QStringLiteral("prompt_version"))
                     .toInt(),
                 2);
        QCOMPARE(shown.json.value(QStringLiteral("variables")).toArray(),
                 QJsonArray {QStringLiteral("user_input")});
        QVERIFY(m_server.requests().constLast().path.endsWith(u"/prompts/pp-article-xx@2"));
        const Run text = resource(
            {QStringLiteral("prompt"), QStringLiteral("show"), QStringLiteral("pp-article-xx")});
        QVERIFY2(text.out.contains(u"version 3 (active)"), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"variables: user_input"), qPrintable(text.out));

        const Run rendered = resource({QStringLiteral("prompt"), QStringLiteral("render"),
                                       QStringLiteral("pp-article-xx"), QStringLiteral("--var"),
                                       QStringLiteral("user_input=Hello world")});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        QCOMPARE(rendered.out,
                 QStringLiteral("system: Summarise.\nuser: Hello world\nparameters: "
                                "{\"max_completion_tokens\":250,\"model\":\"gpt-4o\"}\n"));
        const Run missing = resource(
            {QStringLiteral("prompt"), QStringLiteral("show"), QStringLiteral("pp-nope")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"prompt 'pp-nope' was not found on connection 'portkey' "
                                      u"(the control plane answered 404 AB08)."),
                 qPrintable(missing.err));
    }

    // Offline (--offline, or the control plane down): the cached copy with its age, and a
    // prompt rendered from its cached template.
    void offlineShowsTheCachedCopyWithItsAge()
    {
        const QStringList show {QStringLiteral("config"), QStringLiteral("show"),
                                QStringLiteral("pc-pplx-c-ca7a87"), QStringLiteral("--json")};
        QCOMPARE(resource(show).exitCode, 0); // fills the cache
        const int before = m_server.requests().size();
        const Run offline = resource(QStringList(show) << QStringLiteral("--offline"));
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QCOMPARE(m_server.requests().size(), before); // not asked
        QCOMPARE(offline.json.value(QStringLiteral("source")).toString(), QStringLiteral("cache"));
        QVERIFY(offline.json.value(QStringLiteral("age_seconds")).toInteger(-1) >= 0);
        QVERIFY2(offline.err.contains(u"the cached copy, as of just now (--offline)"),
                 qPrintable(offline.err));
        QCOMPARE(offline.json.value(QStringLiteral("targets")).toArray().size(), 2);

        const Run notCached
            = resource({QStringLiteral("config"), QStringLiteral("show"),
                        QStringLiteral("pc-never-seen"), QStringLiteral("--offline")});
        QCOMPARE(notCached.exitCode, 1);
        QVERIFY2(notCached.err.contains(u"config 'pc-never-seen' is not in the cache of "
                                        u"connection 'portkey'"),
                 qPrintable(notCached.err));

        const quint16 port = m_server.port();
        m_server.stop();
        const Run down = resource(show);
        const Run keys = resource({QStringLiteral("virtual-key"), QStringLiteral("list")});
        const Run rendered
            = resource({QStringLiteral("prompt"), QStringLiteral("render"),
                        QStringLiteral("pp-article-xx"), QStringLiteral("--var"),
                        QStringLiteral("user_input=Offline text"), QStringLiteral("--json")});
        QVERIFY(m_server.start(port));
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(down.json.value(QStringLiteral("source")).toString(), QStringLiteral("cache"));
        QVERIFY2(down.err.contains(u"the cached copy, as of just now (the control plane could "
                                   u"not be asked: Cannot reach 127.0.0.1"),
                 qPrintable(down.err));
        QVERIFY2(keys.exitCode == 0, qPrintable(keys.err));
        QVERIFY2(keys.out.contains(u"anthropic-old-77aa01"), qPrintable(keys.out));
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        QCOMPARE(rendered.json.value(QStringLiteral("rendered_locally")).toBool(), true);
        const QJsonArray messages = rendered.json.value(QStringLiteral("request"))
                                        .toObject()
                                        .value(QStringLiteral("messages"))
                                        .toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Offline text"));
    }

    // Hosts are the user's: any http(s) URL per plane; an unknown host is said plainly.
    void hostsAreConfigurableAndAnUnknownOneIsPlain()
    {
        const Run bad
            = run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("elsewhere"),
                   QStringLiteral("--url"), QStringLiteral("api.example.test/v1"),
                   QStringLiteral("--key-in-file")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--url api.example.test/v1 is not an http:// or https:// URL"),
                 qPrintable(bad.err));
        const Run added = run({QStringLiteral("connection"), QStringLiteral("add"),
                               QStringLiteral("elsewhere"), QStringLiteral("--url"),
                               QStringLiteral("http://control.gatescope-test.invalid/v1"),
                               QStringLiteral("--data-url"), m_server.baseUrl().toString(),
                               QStringLiteral("--key-in-file")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.json.value(QStringLiteral("data_plane_url")).toString(),
                 m_server.baseUrl().toString());
        const Run list = run({QStringLiteral("config"), QStringLiteral("list"),
                              QStringLiteral("--connection"), QStringLiteral("elsewhere")});
        QCOMPARE(list.exitCode, 1);
        QCOMPARE(list.err.trimmed(),
                 QStringLiteral("gatescope-cli: The host control.gatescope-test.invalid is unknown "
                                "(its name does not resolve), so could not list configs. Check "
                                "the connection's URL. No cached copy of the list of configs to "
                                "show."));
        // The data plane is its own URL: render goes there and works.
        const Run rendered = run({QStringLiteral("prompt"), QStringLiteral("render"),
                                  QStringLiteral("pp-article-xx"), QStringLiteral("--connection"),
                                  QStringLiteral("elsewhere")});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        run({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("elsewhere")});
    }

    void removeForgetsTheKey()
    {
        const Run r = run(
            {QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("portkey")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(keyFile()));
        const Run sync = run({QStringLiteral("sync"), QStringLiteral("--connection"),
                              QStringLiteral("portkey"), QStringLiteral("--db"), m_db});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains(u"no connection named 'portkey'"), qPrintable(sync.err));
    }
};

QTEST_GUILESS_MAIN(TestControlPlaneCli)
#include "tst_controlplanecli.moc"
