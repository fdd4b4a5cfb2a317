// Connections and their API keys: the keychain, and the file fallback only with consent.
#include "apikeystore.h"
#include "connectionstore.h"

#include <QFile>
#include <QFileInfo>
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
