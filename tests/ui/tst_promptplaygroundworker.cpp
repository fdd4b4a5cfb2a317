// SPDX-License-Identifier: GPL-3.0-or-later
// The prompt playground waits for the control plane off the UI thread: while a call hangs the
// window answers, shows that it is busy, and Stop ends the wait; closing it mid-call is safe.
#include "controlplaneserver.h"
#include "promptplaygroundwindow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestPromptPlaygroundWorker : public QObject
{
    Q_OBJECT

private:
    ControlPlaneEndpoint endpointOf(const ControlPlaneServer &server) const
    {
        ControlPlaneEndpoint endpoint;
        endpoint.controlPlane = server.baseUrl();
        endpoint.dataPlane = server.baseUrl();
        return endpoint;
    }

private Q_SLOTS:
    void stopEndsAHangingCall()
    {
        ControlPlaneServer server;
        QVERIFY(server.start());
        server.setFault(QStringLiteral("GET /prompts/pp-article-xx"),
                        ControlPlaneServer::Fault::Hang, 1);
        PromptPlaygroundWindow window(endpointOf(server), ControlPlaneServer::apiKey(),
                                      QStringLiteral("pp-article-xx"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.load(); // returns at once: the call runs in the window's thread
        QVERIFY(window.isBusy());
        QVERIFY(window.statusLabel()->text().startsWith(u"Loading prompt pp-article-xx"));
        QVERIFY(window.stopButton()->isEnabled());
        // The request reached the server and hangs there; this thread's loop keeps turning.
        QTRY_COMPARE(server.count(QStringLiteral("GET /prompts/pp-article-xx")), 1);
        QVERIFY(window.isBusy());
        QSignalSpy busy(&window, &PromptPlaygroundWindow::busyChanged);
        QTest::mouseClick(window.stopButton(), Qt::LeftButton);
        QTRY_COMPARE(busy.count(), 1);
        QCOMPARE(busy.at(0).at(0).toBool(), false);
        QCOMPARE(window.statusLabel()->text(), QStringLiteral("Stopped."));
        QVERIFY(!window.stopButton()->isEnabled());

        // The next call goes through as usual.
        window.load();
        QTRY_VERIFY(!window.isBusy());
        QVERIFY2(window.templateView()->toPlainText().contains(u"{{user_input}}"),
                 qPrintable(window.statusLabel()->text()));
    }

    void closingWhileACallHangsIsSafe()
    {
        ControlPlaneServer server;
        QVERIFY(server.start());
        server.setFault(QStringLiteral("GET /prompts"), ControlPlaneServer::Fault::Hang);
        auto *window = new PromptPlaygroundWindow(endpointOf(server), ControlPlaneServer::apiKey(),
                                                  QStringLiteral("pp-article-xx"));
        window->load();
        QTRY_COMPARE(server.count(QStringLiteral("GET /prompts/pp-article-xx")), 1);
        // Render and Run wait for the load; a second call does not start meanwhile.
        window->render();
        QCOMPARE(server.count(QStringLiteral("POST /prompts")), 0);
        delete window; // cancels the call and joins the thread
        server.clearFaults();
    }
};

QTEST_MAIN(TestPromptPlaygroundWorker)
#include "tst_promptplaygroundworker.moc"
