// SPDX-License-Identifier: GPL-3.0-or-later
// File > Connections, driven offscreen as a user would: type, click, read what it says.
#include "apikeystore.h"
#include "connectionsdialog.h"
#include "connectionstore.h"
#include "controlplaneserver.h"
#include "tlstestproxy.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<ConnectionsDialog> m_dialog;
    bool m_consent = false;
    int m_asked = 0;

    template<typename T> T *child(const char *name)
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void type(const char *field, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void click(const char *button)
    {
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
    }

private slots:
    void init()
    {
        static int n = 0;
        ++n;
        m_connections = std::make_unique<ConnectionStore>(
            m_dir.filePath(QStringLiteral("connections%1.json").arg(n)));
        m_keys = std::make_unique<ApiKeyStore>(m_dir.filePath(QStringLiteral("keys%1").arg(n)));
        m_keys->setKeychainDisabled(true); // a headless machine
        m_dialog = std::make_unique<ConnectionsDialog>(nullptr, m_connections.get(), m_keys.get());
        m_asked = 0;
        m_dialog->setFileConsentQuestion([this](const QString &) {
            ++m_asked;
            return m_consent;
        });
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup() { m_dialog.reset(); }

    void withoutConsentNothingIsSaved()
    {
        m_consent = false;
        type("name", QStringLiteral("prod"));
        type("apiKey", QStringLiteral("pk-secret"));
        click("saveButton");
        QCOMPARE(m_asked, 1);
        QVERIFY2(m_dialog->statusText().contains(u"Not saved"), qPrintable(m_dialog->statusText()));
        QVERIFY(m_connections->list().isEmpty());
        QVERIFY(!QFile::exists(m_keys->fallbackFile(QStringLiteral("prod"))));
    }

    void withConsentSavedWithAPrivateKeyFileAndChecked()
    {
        ControlPlaneServer server;
        QVERIFY(server.start());
        m_consent = true;
        type("name", QStringLiteral("prod"));
        type("controlPlane", server.baseUrl().toString());
        type("apiKey", ControlPlaneServer::apiKey());
        click("saveButton");
        QCOMPARE(m_dialog->statusText(), QStringLiteral("Saved."));
        QCOMPARE(child<QListWidget>("list")->count(), 1);
        const QFileInfo key(m_keys->fallbackFile(QStringLiteral("prod")));
        QCOMPARE(key.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(m_connections->find(QStringLiteral("prod"))->endpoint().dataPlane,
                 server.baseUrl());

        click("checkButton");
        QVERIFY2(m_dialog->statusText().contains(u"accepted the key"),
                 qPrintable(m_dialog->statusText()));

        // A wrong key: Check says what the control plane said, in words.
        type("apiKey", QStringLiteral("pk-wrong"));
        click("saveButton");
        click("checkButton");
        QVERIFY2(m_dialog->statusText().contains(u"401 AB05"), qPrintable(m_dialog->statusText()));
        QVERIFY2(m_dialog->statusText().contains(u"the API key was rejected"),
                 qPrintable(m_dialog->statusText()));

        click("removeButton");
        QCOMPARE(child<QListWidget>("list")->count(), 0);
        QVERIFY(!key.exists() || !QFile::exists(key.filePath()));
    }

    // A self-hosted control plane with a self-signed certificate: trusted through the
    // connection's CA file, refused without it; and this connection receives feedback.
    void caCertificateAndFeedbackChoice()
    {
        QTemporaryDir dir;
        QString cert, key, error;
        QVERIFY2(TlsTestProxy::makeSelfSigned(dir.path(), QStringLiteral("cp"),
                                              QStringLiteral("IP:127.0.0.1"), &cert, &key, &error),
                 qPrintable(error));
        ControlPlaneServer server;
        QVERIFY(server.start());
        TlsTestProxy tls;
        QVERIFY2(tls.start(server.port(), cert, key, &error), qPrintable(error));
        m_consent = true;
        type("name", QStringLiteral("selfhosted"));
        type("controlPlane", QStringLiteral("https://127.0.0.1:%1/v1").arg(tls.port()));
        type("apiKey", ControlPlaneServer::apiKey());
        // The first connection receives feedback unless the user unticks it.
        QVERIFY(child<QCheckBox>("sendFeedback")->isChecked());
        type("caFile", key); // not a certificate
        click("saveButton");
        QVERIFY2(m_dialog->statusText().contains(u"no PEM or DER certificate"),
                 qPrintable(m_dialog->statusText()));
        QVERIFY(m_connections->list().isEmpty());

        type("caFile", cert);
        click("saveButton");
        QCOMPARE(m_dialog->statusText(), QStringLiteral("Saved."));
        const Connection saved = *m_connections->find(QStringLiteral("selfhosted"));
        QCOMPARE(saved.caCertificateFile, cert);
        QVERIFY(saved.sendFeedback);
        QCOMPARE(m_connections->feedbackConnection()->name, QStringLiteral("selfhosted"));
        click("checkButton");
        QVERIFY2(m_dialog->statusText().contains(u"accepted the key"),
                 qPrintable(m_dialog->statusText()));

        // Without the file the same server is refused, in words that say what to do.
        child<QLineEdit>("caFile")->clear();
        child<QCheckBox>("sendFeedback")->setChecked(false);
        click("saveButton");
        QVERIFY(!m_connections->feedbackConnection());
        click("checkButton");
        QVERIFY2(m_dialog->statusText().contains(u"127.0.0.1")
                     && m_dialog->statusText().contains(u"self-signed"),
                 qPrintable(m_dialog->statusText()));

        // Once a connection receives feedback, a new one does not take it over by default.
        child<QCheckBox>("sendFeedback")->setChecked(true);
        click("saveButton");
        click("newButton");
        QVERIFY(!child<QCheckBox>("sendFeedback")->isChecked());
    }

    void aNameIsRequired()
    {
        type("apiKey", QStringLiteral("pk-secret"));
        click("saveButton");
        QVERIFY(m_dialog->statusText().contains(u"Give the connection a name"));
        QCOMPARE(m_asked, 0);
    }
};

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
