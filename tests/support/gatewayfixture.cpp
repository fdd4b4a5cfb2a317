// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const char kGatewayScript[] = "node_modules/@portkey-ai/gateway/build/start-server.js";

void killProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(5000);
    }
    process.reset();
}

} // namespace

GatewayFixture::GatewayFixture() = default;

GatewayFixture::~GatewayFixture()
{
    stop();
}

QString GatewayFixture::integrationDir()
{
    const QString data = qEnvironmentVariable("GATESCOPE_TEST_DATA");
    return QDir::cleanPath(data + QStringLiteral("/../integration"));
}

QString GatewayFixture::nodeProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

quint16 GatewayFixture::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool GatewayFixture::waitForPort(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(port);
        const bool up = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
        ::close(fd);
        if (up)
            return true;
        QThread::msleep(50);
    }
    return false;
}

std::unique_ptr<QProcess> GatewayFixture::startStub(const char *name, quint16 *port, QString *error)
{
    auto process = std::make_unique<QProcess>();
    process->setWorkingDirectory(integrationDir());
    process->start(nodeProgram(),
                   {QStringLiteral("upstream-stub.mjs"), QStringLiteral("--port=0"),
                    QStringLiteral("--name=%1").arg(QLatin1String(name))});
    QDeadlineTimer deadline(10000);
    QByteArray out;
    while (!deadline.hasExpired() && !out.contains('\n')) {
        process->waitForReadyRead(200);
        out += process->readAllStandardOutput();
        if (process->state() == QProcess::NotRunning)
            break;
    }
    if (!out.startsWith("listening ")) {
        *error
            = QStringLiteral("the upstream stub did not start: %1 %2")
                  .arg(QString::fromUtf8(out), QString::fromUtf8(process->readAllStandardError()));
        return nullptr;
    }
    *port = quint16(out.mid(10).trimmed().toUInt());
    return process;
}

bool GatewayFixture::start(QString *error)
{
    if (nodeProgram().isEmpty()) {
        *error = QStringLiteral("node is not installed: the integration tests need Node.js and "
                                "npm (packaging/setup.sh test installs them)");
        return false;
    }
    if (!QFileInfo::exists(integrationDir() + u'/' + QLatin1String(kGatewayScript))
        || !QFileInfo::exists(integrationDir() + QStringLiteral("/node_modules/portkey-ai"))) {
        *error = QStringLiteral("the gateway and SDK are not installed: run `npm ci --prefix %1` "
                                "(packaging/setup.sh test does)")
                     .arg(integrationDir());
        return false;
    }
    m_stubProcessA = startStub("A", &m_stubA, error);
    if (!m_stubProcessA)
        return false;
    m_stubProcessB = startStub("B", &m_stubB, error);
    if (!m_stubProcessB)
        return false;
    m_gatewayPort = freePort();
    return startGateway(error);
}

bool GatewayFixture::startGateway(QString *error)
{
    killProcess(m_gateway);
    m_gateway = std::make_unique<QProcess>();
    m_gateway->setWorkingDirectory(integrationDir());
    m_gateway->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    m_gateway->setProcessEnvironment(env);
    m_gateway->start(
        nodeProgram(),
        {QLatin1String(kGatewayScript), QStringLiteral("--port=%1").arg(m_gatewayPort)});
    if (!m_gateway->waitForStarted(10000) || !waitForPort(m_gatewayPort, 20000)) {
        *error = QStringLiteral("the gateway did not start on port %1: %2")
                     .arg(m_gatewayPort)
                     .arg(QString::fromUtf8(m_gateway->readAll()));
        return false;
    }
    return true;
}

void GatewayFixture::killGateway()
{
    killProcess(m_gateway);
}

void GatewayFixture::stop()
{
    killProcess(m_gateway);
    killProcess(m_stubProcessA);
    killProcess(m_stubProcessB);
}

QString GatewayFixture::gatewayUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_gatewayPort);
}

QString GatewayFixture::stubUrl(char which) const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(stubPort(which));
}

QByteArray GatewayFixture::runNode(const QStringList &arguments, int timeoutMs, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(integrationDir());
    process.start(nodeProgram(), arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
        *error = QStringLiteral("node %1 failed: %2")
                     .arg(arguments.join(u' '),
                          QString::fromUtf8(process.readAllStandardError().right(2000)));
        return {};
    }
    return process.readAllStandardOutput();
}

CliProcess::~CliProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool CliProcess::start(const QStringList &arguments, QString *error)
{
    const QString cli = qEnvironmentVariable("GATESCOPE_CLI");
    if (cli.isEmpty() || !QFileInfo::exists(cli)) {
        *error = QStringLiteral("GATESCOPE_CLI does not name gatescope-cli (got '%1')").arg(cli);
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->start(cli, arguments);
    if (!m_process->waitForStarted(10000)) {
        *error = m_process->errorString();
        return false;
    }
    return true;
}

QString CliProcess::waitForStderr(const QString &text, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const QByteArray needle = text.toUtf8();
    qsizetype from = 0;
    for (;;) {
        m_stderr += m_process->readAllStandardError();
        const qsizetype at = m_stderr.indexOf(needle, from);
        if (at >= 0) {
            const qsizetype start = m_stderr.lastIndexOf('\n', at) + 1;
            qsizetype end = m_stderr.indexOf('\n', at);
            if (end < 0)
                end = m_stderr.size();
            return QString::fromUtf8(m_stderr.mid(start, end - start));
        }
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning)
            return {};
        m_process->waitForReadyRead(100);
        QCoreApplication::processEvents();
    }
}

QByteArray CliProcess::terminate(int timeoutMs)
{
    if (!m_process)
        return {};
    if (m_process->state() != QProcess::NotRunning)
        ::kill(pid_t(m_process->processId()), SIGTERM);
    m_process->waitForFinished(timeoutMs);
    m_stderr += m_process->readAllStandardError();
    const QList<QByteArray> lines = m_process->readAllStandardOutput().trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.last();
}
