// SPDX-License-Identifier: GPL-3.0-or-later
// File > Connections > Sync Now: export jobs from the control plane into the window's store.
#include "apikeystore.h"
#include "connectionsdialog.h"
#include "connectionstore.h"
#include "controlplaneserver.h"
#include "logtablemodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestConnectionSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ControlPlaneServer m_server;

    // Opens File > Connections and clicks Sync Now on the first connection.
    void clickSyncNow(MainWindow &window)
    {
        QTimer::singleShot(50, this, [] {
            auto *dialog = qobject_cast<ConnectionsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("syncButton")),
                              Qt::LeftButton);
        });
        window.findChild<QAction *>(QStringLiteral("connections"))->trigger();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("GATESCOPE_NO_KEYCHAIN", "1");
        qputenv("GATESCOPE_CONNECTIONS",
                m_dir.filePath(QStringLiteral("connections.json")).toUtf8());
        QVERIFY(m_server.start());
        // 3,000 logs over the last nine hours, one every ten seconds.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-9 * 3600);
        m_server.setLogs(3000, start, 10000);
        Connection c;
        c.name = QStringLiteral("test");
        c.controlPlane = m_server.baseUrl();
        c.dataPlane = m_server.baseUrl();
        QString error;
        QVERIFY2(ConnectionStore().save(c, &error), qPrintable(error));
        QVERIFY(ApiKeyStore().store(c.name, ControlPlaneServer::apiKey(), true).ok);
    }

    void syncNowFillsTheListAndRemembersTheCheckpoint()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("sync.sqlite")));
        window.show();
        QSignalSpy finished(&window, &MainWindow::syncFinished);
        clickSyncNow(window);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const QString message = finished.at(0).at(0).toString();
        QVERIFY2(message.startsWith(u"Synced test:"), qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 3000, 10000);
        QVERIFY(ConnectionStore().find(QStringLiteral("test"))->syncedUntil.isValid());

        // Again: only what is new (nothing), nothing stored twice.
        clickSyncNow(window);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY2(finished.at(1).at(0).toString().contains(u": 0 new logs"),
                 qPrintable(finished.at(1).at(0).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 3000, 10000);
    }

    void aPlanWithoutExportSaysSo()
    {
        m_server.setFault(QStringLiteral("POST /logs/exports"),
                          ControlPlaneServer::Fault::Forbidden, 1);
        MainWindow window(m_dir.filePath(QStringLiteral("forbidden.sqlite")));
        window.show();
        QSignalSpy finished(&window, &MainWindow::syncFinished);
        clickSyncNow(window);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const QString message = finished.at(0).at(0).toString();
        QVERIFY2(message.contains(u"403 AB03") && message.contains(u"Enterprise plan"),
                 qPrintable(message));
    }
};

QTEST_MAIN(TestConnectionSync)
#include "tst_connectionsync.moc"
