// SPDX-License-Identifier: GPL-3.0-or-later
// Connections and their API keys: the keychain, and the file fallback only with consent.
#include "apikeystore.h"
#include "connectionstore.h"
#include "controlplaneserver.h"
#include "feedbacksync.h"
#include "tlstestproxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestConnections : public QObject
{
    Q_OBJECT

private slots:
    void addListRemove()
    {
        QTemporaryDir dir;
        ConnectionStore store(dir.filePath(QStringLiteral("connections.json")));
        Connection c;
        c.name = QStringLiteral("prod");
        c.workspace = QStringLiteral("ws-main");
        QString error;
        QVERIFY2(store.save(c, &error), qPrintable(error));
        Connection hybrid;
        hybrid.name = QStringLiteral("hybrid");
        hybrid.controlPlane = QUrl(QStringLiteral("https://cp.example.com/v1"));
        hybrid.dataPlane = QUrl(QStringLiteral("https://gw.example.com/v1"));
        QVERIFY2(store.save(hybrid, &error), qPrintable(error));

        const QList<Connection> all = store.list(&error);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).controlPlane, QUrl(QStringLiteral("https://api.portkey.ai/v1")));
        QCOMPARE(all.at(0).endpoint().dataPlane, QUrl(QStringLiteral("https://api.portkey.ai/v1")));
        QCOMPARE(all.at(1).endpoint().dataPlane, QUrl(QStringLiteral("https://gw.example.com/v1")));

        const QDateTime until(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        QVERIFY(store.setSyncedUntil(QStringLiteral("prod"), until, &error));
        QCOMPARE(store.find(QStringLiteral("prod"))->syncedUntil, until);

        QVERIFY(store.remove(QStringLiteral("prod"), &error));
        QCOMPARE(store.list().size(), 1);
        QVERIFY(!store.remove(QStringLiteral("prod"), &error));
        QVERIFY(error.contains(u"no connection named 'prod'"));
    }

    void refusesBadNamesAndUrls()
    {
        QTemporaryDir dir;
        ConnectionStore store(dir.filePath(QStringLiteral("connections.json")));
        Connection c;
        QString error;
        c.name = QStringLiteral("../etc");
        QVERIFY(!store.save(c, &error));
        c.name = QStringLiteral("ok");
        c.controlPlane = QUrl(QStringLiteral("ftp://x/v1"));
        QVERIFY(!store.save(c, &error));
        QVERIFY(error.contains(u"not an http(s) URL"));
    }

    void caFileAndFeedbackChoiceArePersisted()
    {
        QTemporaryDir dir;
        QString cert, key, error;
        QVERIFY2(TlsTestProxy::makeSelfSigned(dir.path(), QStringLiteral("cp"),
                                              QStringLiteral("IP:127.0.0.1"), &cert, &key, &error),
                 qPrintable(error));
        ConnectionStore store(dir.filePath(QStringLiteral("connections.json")));
        QVERIFY(!store.feedbackConnection());
        Connection a;
        a.name = QStringLiteral("selfhosted");
        a.controlPlane = QUrl(QStringLiteral("https://cp.internal:8443/v1"));
        a.caCertificateFile = cert;
        a.sendFeedback = true;
        QVERIFY2(store.save(a, &error), qPrintable(error));
        QCOMPARE(store.find(a.name)->caCertificateFile, cert);
        QCOMPARE(store.find(a.name)->endpoint().caCertificateFile, cert);
        QCOMPARE(store.feedbackConnection()->name, a.name);

        // Feedback goes to one place: choosing another connection takes it from the first.
        Connection b;
        b.name = QStringLiteral("hosted");
        b.sendFeedback = true;
        QVERIFY2(store.save(b, &error), qPrintable(error));
        QCOMPARE(store.feedbackConnection()->name, b.name);
        QVERIFY(!store.find(a.name)->sendFeedback);

        // A file that is no certificate is refused where it is given, and says which file.
        Connection bad = a;
        bad.caCertificateFile = key;
        QVERIFY(!store.save(bad, &error));
        QVERIFY2(error.contains(key) && error.contains(u"no PEM or DER certificate"),
                 qPrintable(error));
        QCOMPARE(store.find(a.name)->caCertificateFile, cert); // the stored one is kept

        // A checkpoint is never lost to a CA file that went away since.
        QVERIFY(QFile::remove(cert));
        const QDateTime until(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        QVERIFY2(store.setSyncedUntil(a.name, until, &error), qPrintable(error));
        QCOMPARE(store.find(a.name)->syncedUntil, until);
    }

    // gatescope-cli connection add --ca-file: the connection then talks to a server whose
    // certificate is self-signed, over real TLS on loopback; without the file it refuses.
    void cliCaFileReachesASelfSignedServer()
    {
        const QString cli = qEnvironmentVariable("GATESCOPE_CLI");
        QVERIFY2(QFileInfo::exists(cli), "GATESCOPE_CLI must name the built gatescope-cli");
        QTemporaryDir home;
        QString cert, key, error;
        QVERIFY2(TlsTestProxy::makeSelfSigned(home.path(), QStringLiteral("cp"),
                                              QStringLiteral("IP:127.0.0.1"), &cert, &key, &error),
                 qPrintable(error));
        ControlPlaneServer server;
        QVERIFY(server.start());
        TlsTestProxy tls;
        QVERIFY2(tls.start(server.port(), cert, key, &error), qPrintable(error));
        const QString url = QStringLiteral("https://127.0.0.1:%1/v1").arg(tls.port());
        const QString db = home.filePath(QStringLiteral("cli.sqlite"));
        auto run = [&](const QStringList &args, int *exitCode) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            env.remove(QStringLiteral("GATESCOPE_CONNECTIONS"));
            env.insert(QStringLiteral("GATESCOPE_NO_KEYCHAIN"), QStringLiteral("1"));
            env.insert(QStringLiteral("PORTKEY_API_KEY"), ControlPlaneServer::apiKey());
            p.setProcessEnvironment(env);
            p.start(cli, args);
            // The server lives in this thread: let the event loop turn while the CLI runs.
            QElapsedTimer timer;
            timer.start();
            while (p.state() != QProcess::NotRunning && timer.elapsed() < 60000)
                QTest::qWait(20);
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        const QString logId = QStringLiteral("046b73bd-87da-4c0f-b716-2906d5f3f000");
        int code = -1;
        QString out
            = run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("plain"),
                   QStringLiteral("--url"), url, QStringLiteral("--key-in-file")},
                  &code);
        QVERIFY2(code == 0, qPrintable(out));
        out = run({QStringLiteral("fetch"), QStringLiteral("--connection"), QStringLiteral("plain"),
                   QStringLiteral("--db"), db, logId},
                  &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(u"self-signed") && out.contains(u"--ca-file"), qPrintable(out));
        QCOMPARE(server.requests().size(), 0);

        out = run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("trusted"),
                   QStringLiteral("--url"), url, QStringLiteral("--key-in-file"),
                   QStringLiteral("--ca-file"), cert},
                  &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\"ca_file\":\"%1\"").arg(cert)), qPrintable(out));
        out = run({QStringLiteral("fetch"), QStringLiteral("--connection"),
                   QStringLiteral("trusted"), QStringLiteral("--db"), db, logId},
                  &code);
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(server.count(QStringLiteral("GET /logs/") + logId), 1);
        // Feedback over the same connection, with its author in _user as the app writes it.
        out = run({QStringLiteral("feedback"), QStringLiteral("--connection"),
                   QStringLiteral("trusted"), QStringLiteral("--db"), db, logId,
                   QStringLiteral("--value"), QStringLiteral("1")},
                  &code);
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(server.feedback().size(), 1);
        QCOMPARE(server.feedback()
                     .at(0)
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("_user"))
                     .toString(),
                 FeedbackSync::localUser());

        out = run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("bad"),
                   QStringLiteral("--url"), url, QStringLiteral("--key-in-file"),
                   QStringLiteral("--ca-file"), key},
                  &code);
        QCOMPARE(code, 2);
        QVERIFY2(out.contains(u"--ca-file") && out.contains(key), qPrintable(out));
    }

    // A headless machine: no keychain service. Without consent nothing is written.
    void noKeychainRefusesWithoutConsent()
    {
        QTemporaryDir dir;
        ApiKeyStore keys(dir.filePath(QStringLiteral("keys")));
        keys.setKeychainDisabled(true);
        const KeyResult r = keys.store(QStringLiteral("prod"), QStringLiteral("pk-secret"), false);
        QVERIFY(!r.ok);
        QVERIFY(r.noKeychainService);
        QVERIFY2(r.error.contains(u"No system keychain service is running"), qPrintable(r.error));
        QVERIFY(!QFile::exists(keys.fallbackFile(QStringLiteral("prod"))));
        QVERIFY(!keys.read(QStringLiteral("prod")).ok);
    }

    void noKeychainWithConsentWritesAFileOnlyTheUserCanRead()
    {
        QTemporaryDir dir;
        ApiKeyStore keys(dir.filePath(QStringLiteral("keys")));
        keys.setKeychainDisabled(true);
        const KeyResult r = keys.store(QStringLiteral("prod"), QStringLiteral("pk-secret"), true);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.location, KeyLocation::File);
        const QFileInfo file(keys.fallbackFile(QStringLiteral("prod")));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        const QFileInfo folder(file.absolutePath());
        QCOMPARE(folder.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFileDevice::Permissions());
        const KeyResult back = keys.read(QStringLiteral("prod"));
        QVERIFY(back.ok);
        QCOMPARE(back.key, QStringLiteral("pk-secret"));
        QString error;
        QVERIFY(keys.remove(QStringLiteral("prod"), &error));
        QVERIFY(!file.exists() || !QFile::exists(file.filePath()));
    }

    // The real keychain on this machine: either it works, or it says there is no service;
    // it never stores the key in a file on its own.
    void realKeychainNeverFallsBackSilently()
    {
        QTemporaryDir dir;
        ApiKeyStore keys(dir.filePath(QStringLiteral("keys")));
        const QString name
            = QStringLiteral("gatescope-test-%1").arg(QCoreApplication::applicationPid());
        const KeyResult r = keys.store(name, QStringLiteral("pk-secret"), false);
        QVERIFY(!QFile::exists(keys.fallbackFile(name)));
        if (r.ok) {
            QCOMPARE(r.location, KeyLocation::Keychain);
            QCOMPARE(keys.read(name).key, QStringLiteral("pk-secret"));
            QString error;
            QVERIFY(keys.remove(name, &error));
        } else {
            QVERIFY2(r.noKeychainService, qPrintable(r.error));
            qInfo("%s", qPrintable(r.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
