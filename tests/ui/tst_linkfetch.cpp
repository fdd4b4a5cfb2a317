// SPDX-License-Identifier: GPL-3.0-or-later
// A shared link to a log that is not in the local store is fetched from the control plane
// (GET /logs/{id}), stored, and opened.
#include "apikeystore.h"
#include "connectionstore.h"
#include "controlplaneserver.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestLinkFetch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ControlPlaneServer m_server;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("GATESCOPE_NO_KEYCHAIN", "1");
        qputenv("GATESCOPE_CONNECTIONS",
                m_dir.filePath(QStringLiteral("connections.json")).toUtf8());
        QVERIFY(m_server.start());
    }

    void withoutAConnectionTheLinkSaysSo()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("none.sqlite")));
        window.show();
        QSignalSpy failed(&window, &MainWindow::linkFailed);
        window.openLink(QStringLiteral("gatescope://log/046b73bd-87da-4c0f-b716-2906d5f3f000"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.at(0).at(0).toString().contains(u"No control-plane connection"));
        QCOMPARE(m_server.count(QStringLiteral("GET /logs/")), 0);
    }

    void aMissingLogIsFetchedStoredAndOpened()
    {
        Connection c;
        c.name = QStringLiteral("test");
        c.controlPlane = m_server.baseUrl();
        c.dataPlane = m_server.baseUrl();
        QString error;
        QVERIFY2(ConnectionStore().save(c, &error), qPrintable(error));
        ApiKeyStore keys;
        QVERIFY(keys.store(c.name, ControlPlaneServer::apiKey(), true).ok);

        MainWindow window(m_dir.filePath(QStringLiteral("fetch.sqlite")));
        window.show();
        QSignalSpy opened(&window, &MainWindow::linkOpened);
        QSignalSpy failed(&window, &MainWindow::linkFailed);
        window.openLink(QStringLiteral("gatescope://log/046b73bd-87da-4c0f-b716-2906d5f3f000"));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_server.count(QStringLiteral("GET /logs/046b73bd-87da-4c0f-b716-2906d5f3f000")),
                 1);

        // Opened again: now local, not fetched again.
        window.openLink(QStringLiteral("gatescope://log/046b73bd-87da-4c0f-b716-2906d5f3f000"));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 10000);
        QCOMPARE(m_server.count(QStringLiteral("GET /logs/")), 1);

        // A log the control plane does not know: the reason, in words.
        window.openLink(QStringLiteral("gatescope://log/no-such-log"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"404 AB08"),
                 qPrintable(failed.at(0).at(0).toString()));
    }
};

QTEST_MAIN(TestLinkFetch)
#include "tst_linkfetch.moc"
