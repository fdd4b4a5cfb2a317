// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's command line without a display: `gatescope --help` and `--version` print
// their text and exit 0 where no window can open (an ssh session, a build machine), instead of
// aborting in the platform plugin.
#include "buildinfo.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsWithoutADisplay_data();
    void printsWithoutADisplay();

private:
    QString m_app;
};

void TestAppCommandLine::initTestCase()
{
    m_app = qEnvironmentVariable("GATESCOPE_BUILD_DIR") + u"/src/gatescope"_s;
    QVERIFY2(QFileInfo(m_app).isExecutable(), qPrintable(m_app + u" is not built"_s));
}

void TestAppCommandLine::printsWithoutADisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    const QStringList help {u"Usage: "_s, u"--db <STORE>"_s, u"--version"_s, u"URL"_s};
    QTest::newRow("--help") << QStringList {u"--help"_s} << help;
    QTest::newRow("-h") << QStringList {u"-h"_s} << help;
    QTest::newRow("--help after options") << QStringList {u"--dark"_s, u"--help"_s} << help;
    const QStringList version {u"gatescope "_s + BuildInfo::version()};
    QTest::newRow("--version") << QStringList {u"--version"_s} << version;
    QTest::newRow("-v") << QStringList {u"-v"_s} << version;
}

void TestAppCommandLine::printsWithoutADisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(m_app, arguments);
    QVERIFY(app.waitForStarted());
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        QFAIL("gatescope did not exit");
    }
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    const QString err = QString::fromUtf8(app.readAllStandardError());
    QVERIFY2(app.exitStatus() == QProcess::NormalExit, qPrintable(u"crashed: "_s + err));
    QCOMPARE(app.exitCode(), 0);
    for (const QString &text : expected)
        QVERIFY2(out.contains(text), qPrintable(out + err));
}

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
