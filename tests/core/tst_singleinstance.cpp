// SPDX-License-Identifier: GPL-3.0-or-later
// SingleInstance between two real processes: this test binary re-starts itself as a "primary"
// (listening, printing what it receives) and as a "secondary" (forwarding a link and exiting).
#include "singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

int runPrimary(const QString &key)
{
    SingleInstance instance(key);
    QString error;
    if (!instance.listen(&error)) {
        std::fprintf(stdout, "error: %s\n", qPrintable(error));
        return 3;
    }
    QObject::connect(&instance, &SingleInstance::messageReceived, [](const QStringList &message) {
        std::fprintf(stdout, "received: %s\n", qPrintable(message.join(u'|')));
        std::fflush(stdout);
        if (message.contains(QStringLiteral("quit")))
            QCoreApplication::quit();
    });
    std::fprintf(stdout, "listening\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int runSecondary(const QString &key, const QStringList &message)
{
    SingleInstance instance(key);
    return instance.sendToRunning(message) ? 0 : 1;
}

int runAny(const QStringList &message)
{
    return SingleInstance::sendToAny(message) ? 0 : 1;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nameIsPerUserAndStore();
    void forwardsBetweenProcesses();
    void staleSocketIsReplaced();
    void secondListenerRefused();
    void garbageIsDropped();
    void linkOfNoStoreGoesToTheRunningWindow();

private:
    QProcess *startPrimary(const QString &key);
    QTemporaryDir m_dir;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The sockets live in the temporary directory: these processes' own, never a real window's.
    qputenv("TMPDIR", QFile::encodeName(m_dir.path()));
}

QProcess *TestSingleInstance::startPrimary(const QString &key)
{
    auto *process = new QProcess(this);
    process->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--primary"), key});
    if (!process->waitForStarted(5000))
        return nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!process->canReadLine() && timer.elapsed() < 10000)
        process->waitForReadyRead(200);
    const QByteArray line = process->readLine();
    if (line != "listening\n") {
        qWarning("primary said: %s", line.constData());
        return nullptr;
    }
    return process;
}

void TestSingleInstance::nameIsPerUserAndStore()
{
    const QString a = SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("a.sqlite")));
    const QString b = SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(a != b);
    QVERIFY(a.startsWith(QStringLiteral("gatescope-")));
    QVERIFY(!a.contains(u'/'));
    QCOMPARE(SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("a.sqlite"))), a);
}

void TestSingleInstance::forwardsBetweenProcesses()
{
    const QString key = m_dir.filePath(QStringLiteral("forward.sqlite"));
    QProcess *primary = startPrimary(key);
    QVERIFY(primary);

    QProcess secondary;
    QElapsedTimer timer;
    timer.start();
    secondary.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--secondary"), key, QStringLiteral("gatescope://log/abc-1")});
    QVERIFY(secondary.waitForFinished(10000));
    QCOMPARE(secondary.exitStatus(), QProcess::NormalExit);
    QCOMPARE(secondary.exitCode(), 0);
    qInfo("the second process handed over and exited in %lld ms", timer.elapsed());

    QTRY_VERIFY(primary->canReadLine() || primary->waitForReadyRead(100));
    QCOMPARE(primary->readLine(), QByteArray("received: gatescope://log/abc-1\n"));

    SingleInstance quitter(key);
    QVERIFY(quitter.sendToRunning({QStringLiteral("quit")}));
    QVERIFY(primary->waitForFinished(10000));
    QCOMPARE(primary->exitCode(), 0);
}

void TestSingleInstance::staleSocketIsReplaced()
{
    const QString key = m_dir.filePath(QStringLiteral("stale.sqlite"));
    const QString name = SingleInstance::serverNameFor(key);
    // A crashed primary leaves its socket file behind: kill one for real.
    QProcess *crashed = startPrimary(key);
    QVERIFY(crashed);
    crashed->kill();
    QVERIFY(crashed->waitForFinished(5000));
    const QString socketPath = QDir(QDir::tempPath()).filePath(name);
    QVERIFY2(QFile::exists(socketPath), qPrintable(socketPath));

    SingleInstance sender(key);
    QVERIFY(!sender.sendToRunning({QStringLiteral("gatescope://log/lost")}, 500));

    QProcess *primary = startPrimary(key); // listens despite the stale file
    QVERIFY(primary);
    SingleInstance again(key);
    QVERIFY(again.sendToRunning({QStringLiteral("gatescope://trace/t-1")}));
    QTRY_VERIFY(primary->canReadLine() || primary->waitForReadyRead(100));
    QCOMPARE(primary->readLine(), QByteArray("received: gatescope://trace/t-1\n"));
    QVERIFY(again.sendToRunning({QStringLiteral("quit")}));
    QVERIFY(primary->waitForFinished(10000));
}

void TestSingleInstance::secondListenerRefused()
{
    const QString key = m_dir.filePath(QStringLiteral("refused.sqlite"));
    QProcess *primary = startPrimary(key);
    QVERIFY(primary);
    SingleInstance second(key);
    QString error;
    QVERIFY(!second.listen(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(second.sendToRunning({QStringLiteral("quit")}));
    QVERIFY(primary->waitForFinished(10000));
}

void TestSingleInstance::garbageIsDropped()
{
    const QString key = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    SingleInstance server(key);
    QVERIFY(server.listen(nullptr));
    QSignalSpy received(&server, &SingleInstance::messageReceived);

    // An oversized frame is refused without reading it.
    QLocalSocket huge;
    huge.connectToServer(server.serverName());
    QVERIFY(huge.waitForConnected(2000));
    huge.write(QByteArray::fromHex("7fffffff") + QByteArray(64, 'x'));
    huge.flush();
    QTRY_COMPARE(huge.state(), QLocalSocket::UnconnectedState);

    // A well-sized frame without the magic number is dropped too.
    QLocalSocket wrong;
    wrong.connectToServer(server.serverName());
    QVERIFY(wrong.waitForConnected(2000));
    wrong.write(QByteArray::fromHex("00000008") + QByteArray(8, 'y'));
    wrong.flush();
    QTRY_COMPARE(wrong.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(received.size(), 0);

    // And the server still works (the sender is another process: sendToRunning blocks).
    QProcess secondary;
    secondary.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--secondary"), key, QStringLiteral("gatescope://log/ok")});
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().first().toStringList(), QStringList {"gatescope://log/ok"});
    QVERIFY2(secondary.state() == QProcess::NotRunning || secondary.waitForFinished(10000),
             qPrintable(secondary.errorString()));
    QCOMPARE(secondary.exitCode(), 0);
}

void TestSingleInstance::linkOfNoStoreGoesToTheRunningWindow()
{
    // A window on one store; a launch that names no store (xdg-open of a link, no --db) hands
    // its link to it instead of opening a window of its own on another store.
    const QString key = m_dir.filePath(QStringLiteral("work.sqlite"));
    QProcess *primary = startPrimary(key);
    QVERIFY(primary);
    QVERIFY(SingleInstance::anyServerName() != SingleInstance::serverNameFor(key));
    QProcess launch;
    launch.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--any"), QStringLiteral("gatescope://log/from-desktop")});
    QVERIFY(launch.waitForFinished(10000));
    QCOMPARE(launch.exitCode(), 0);
    QTRY_VERIFY(primary->canReadLine() || primary->waitForReadyRead(100));
    QCOMPARE(primary->readLine(), QByteArray("received: gatescope://log/from-desktop\n"));
    SingleInstance quitter(key);
    QVERIFY(quitter.sendToRunning({QStringLiteral("quit")}));
    QVERIFY(primary->waitForFinished(10000));
    // Nobody runs: the launch opens a window itself.
    QVERIFY(!SingleInstance::sendToAny({QStringLiteral("gatescope://log/x")}, 500));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("--primary"))
        return runPrimary(args.at(2));
    if (args.size() >= 3 && args.at(1) == QLatin1String("--secondary"))
        return runSecondary(args.at(2), args.mid(3));
    if (args.size() >= 2 && args.at(1) == QLatin1String("--any"))
        return runAny(args.mid(2));
    TestSingleInstance test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
