// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// Starts the real Portkey gateway (@portkey-ai/gateway 1.15.2 from tests/integration/
// node_modules) and two OpenAI-compatible upstream stubs (tests/integration/upstream-stub.mjs,
// "A" and "B") on free loopback ports, and stops them. Nothing is skipped: when node or the
// modules are missing, start() fails with a message saying what to run.
class GatewayFixture
{
public:
    GatewayFixture();
    ~GatewayFixture(); // kills every process it started
    GatewayFixture(const GatewayFixture &) = delete;
    GatewayFixture &operator=(const GatewayFixture &) = delete;

    bool start(QString *error);
    bool startGateway(QString *error); // again on the same port after killGateway()
    void killGateway(); // SIGKILL, as a crash would
    void stop();

    quint16 gatewayPort() const { return m_gatewayPort; }
    QString gatewayUrl() const; // "http://127.0.0.1:PORT"
    QString stubUrl(char which = 'A') const; // "http://127.0.0.1:PORT/v1"
    quint16 stubPort(char which = 'A') const { return which == 'B' ? m_stubB : m_stubA; }

    static QString integrationDir(); // tests/integration in the source tree
    static QString nodeProgram(); // "node" from PATH; empty when missing
    // A free loopback TCP port (bound and released).
    static quint16 freePort();
    static bool waitForPort(quint16 port, int timeoutMs);
    // Runs `node script args...` in tests/integration and returns its stdout (empty + error on
    // failure or a non-zero exit).
    static QByteArray runNode(const QStringList &arguments, int timeoutMs, QString *error);

private:
    std::unique_ptr<QProcess> startStub(const char *name, quint16 *port, QString *error);

    std::unique_ptr<QProcess> m_gateway;
    std::unique_ptr<QProcess> m_stubProcessA;
    std::unique_ptr<QProcess> m_stubProcessB;
    quint16 m_gatewayPort = 0;
    quint16 m_stubA = 0;
    quint16 m_stubB = 0;
};

// A gatescope-cli subcommand run as a child process ($GATESCOPE_CLI): collect or record.
class CliProcess
{
public:
    ~CliProcess(); // SIGKILL if still running
    bool start(const QStringList &arguments, QString *error);
    // Waits until stderr holds `text`; returns the stderr line holding it.
    QString waitForStderr(const QString &text, int timeoutMs);
    // SIGTERM, then waits for the exit; returns the JSON summary line from stdout.
    QByteArray terminate(int timeoutMs = 15000);
    QString stderrText() const { return QString::fromUtf8(m_stderr); }
    int exitCode() const { return m_process ? m_process->exitCode() : -1; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderr;
};
