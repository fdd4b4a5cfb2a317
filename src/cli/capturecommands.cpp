// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturecommands.h"

#include "clisupport.h"

#include "capturegaplog.h"
#include "capturewriter.h"
#include "livecapture.h"
#include "logstore.h"
#include "pricing.h"
#include "recordingproxy.h"
#include "secretredactor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace CliCommands {

namespace {

using CliSupport::dbOption;
using CliSupport::kUsageError;
using CliSupport::parse;
using CliSupport::printLine;

void say(const QString &command, const QString &message)
{
    std::fprintf(stderr, "gatescope-cli %s: %s\n", qPrintable(command), qPrintable(message));
    std::fflush(stderr);
}

QString storeLocation(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                              : LogStore::defaultLocation();
}

// Turns SIGINT and SIGTERM into a call on the event loop (the self-pipe trick): a signal
// handler may only write a byte, so the work happens in the notifier's slot.
class SignalQuitter
{
public:
    explicit SignalQuitter(std::function<void(int)> onSignal)
        : m_onSignal(std::move(onSignal))
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_fds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] {
            char signal = 0;
            if (::read(s_fds[1], &signal, 1) == 1)
                m_onSignal(signal);
        });
        struct sigaction action = {};
        action.sa_handler = &SignalQuitter::handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
    ~SignalQuitter()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        m_notifier.reset();
        ::close(s_fds[0]);
        ::close(s_fds[1]);
    }
    SignalQuitter(const SignalQuitter &) = delete;
    SignalQuitter &operator=(const SignalQuitter &) = delete;

private:
    static void handler(int signal)
    {
        const char byte = char(signal);
        [[maybe_unused]] const ssize_t written = ::write(s_fds[0], &byte, 1);
    }

    static inline int s_fds[2] = {-1, -1};
    std::function<void(int)> m_onSignal;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

const char *signalName(int signal)
{
    return signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "a signal";
}

} // namespace

int collect(const QStringList &arguments)
{
    const QString command = QStringLiteral("collect");
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("gateway"),
        QStringLiteral("The gateway's base URL, e.g. http://127.0.0.1:8787 (its /log/stream is "
                       "read)."),
        QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("admin-token"),
        QStringLiteral("Sent as 'Authorization: Bearer T' (gateways newer than 1.15.2 require "
                       "it). Default: $GATESCOPE_ADMIN_TOKEN."),
        QStringLiteral("T")));
    parser.addOption(QCommandLineOption(QStringLiteral("status-interval"),
                                        QStringLiteral("Seconds between status lines (default "
                                                       "60)."),
                                        QStringLiteral("S"), QStringLiteral("60")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("max-backoff"),
        QStringLiteral("Longest wait between reconnection attempts, in seconds (default 30)."),
        QStringLiteral("S"), QStringLiteral("30")));
    const QString defaultMaxEventMb
        = QString::number(StreamSubscriber::Options().maxEventBytes / (1024 * 1024));
    parser.addOption(QCommandLineOption(
        QStringLiteral("max-event-mb"),
        QStringLiteral("Largest event read, in MB (default %1); a larger one is skipped and "
                       "counted, with a gap.")
            .arg(defaultMaxEventMb),
        QStringLiteral("MB"), defaultMaxEventMb));
    if (const int status = parse(parser, command, arguments); status >= 0)
        return status;
    if (!parser.isSet(QStringLiteral("gateway"))) {
        say(command, QStringLiteral("--gateway URL is required (e.g. http://127.0.0.1:8787)"));
        return kUsageError;
    }
    QString urlError;
    const QUrl gateway
        = StreamSubscriber::parseGatewayUrl(parser.value(QStringLiteral("gateway")), &urlError);
    if (gateway.isEmpty()) {
        say(command, QStringLiteral("--gateway: %1 (e.g. http://127.0.0.1:8787)").arg(urlError));
        return kUsageError;
    }
    bool ok1 = false, ok2 = false;
    const double interval = parser.value(QStringLiteral("status-interval")).toDouble(&ok1);
    const double maxBackoff = parser.value(QStringLiteral("max-backoff")).toDouble(&ok2);
    if (!ok1 || !ok2 || interval <= 0 || maxBackoff <= 0) {
        say(command,
            QStringLiteral("--status-interval and --max-backoff take a number of "
                           "seconds"));
        return kUsageError;
    }
    bool mbOk = false;
    const double maxEventMb = parser.value(QStringLiteral("max-event-mb")).toDouble(&mbOk);
    // Up to 1 GB: beyond that one event alone would take the memory the limit protects.
    if (!mbOk || !(maxEventMb > 0) || maxEventMb > 1024) {
        say(command,
            QStringLiteral(
                "--max-event-mb takes a number of megabytes (more than 0, at most 1024)"));
        return kUsageError;
    }

    const QString location = storeLocation(parser);
    QString error;
    std::unique_ptr<LogStore> store = LogStore::open(location, &error);
    if (!store) {
        say(command, CliSupport::cannotOpenStore(location, error));
        return 1;
    }
    CaptureGapLog gapLog;
    const bool keepGaps = gapLog.open(location, &error);
    if (!keepGaps)
        say(command, QStringLiteral("gaps are reported here only: %1").arg(error));

    StreamSubscriber::Options options;
    options.gateway = gateway;
    options.adminToken = parser.isSet(QStringLiteral("admin-token"))
        ? parser.value(QStringLiteral("admin-token"))
        : qEnvironmentVariable("GATESCOPE_ADMIN_TOKEN");
    options.maxBackoffMs = int(maxBackoff * 1000);
    options.maxEventBytes = std::max<qsizetype>(1, qsizetype(maxEventMb * 1024 * 1024));
    LiveCapture capture(options);
    CaptureWriter writer(*store);
    const Pricing &pricing = Pricing::shared();
    writer.setRecordHook([&pricing](LogRecord &record) { pricing.estimate(record); });

    qint64 gaps = 0;
    qint64 rejected = 0;
    int exitStatus = 0;
    QString lastState;
    QObject::connect(&capture, &LiveCapture::recordsReady, &writer, &CaptureWriter::add);
    QObject::connect(&writer, &CaptureWriter::storeFailed, [&](const QString &message) {
        say(command, message);
        exitStatus = 1;
        QCoreApplication::exit(1);
    });
    QObject::connect(&capture, &LiveCapture::gapDetected, [&](const CaptureGap &gap) {
        ++gaps;
        QString gapError;
        if (keepGaps && !gapLog.add(gap, &gapError))
            say(command, QStringLiteral("cannot store a gap: %1").arg(gapError));
        say(command, QStringLiteral("gap: %1 (%2)").arg(gap.describe(), gap.reason));
    });
    QObject::connect(&capture, &LiveCapture::eventRejected, [&](const QString &reason) {
        ++rejected;
        say(command, QStringLiteral("skipped %1").arg(reason));
    });
    QObject::connect(&capture, &LiveCapture::stateChanged,
                     [&](LiveCapture::State, const QString &message) {
                         lastState = message;
                         say(command, message);
                     });

    qint64 storedAtLastLine = 0;
    QTimer status;
    status.setInterval(int(interval * 1000));
    QObject::connect(&status, &QTimer::timeout, [&] {
        writer.flush();
        say(command,
            QStringLiteral("%1 stored (+%2), %3 duplicates, %4 gaps, %5 skipped; %6")
                .arg(writer.stored())
                .arg(writer.stored() - storedAtLastLine)
                .arg(writer.duplicates())
                .arg(gaps)
                .arg(rejected)
                .arg(lastState));
        storedAtLastLine = writer.stored();
    });
    status.start();

    SignalQuitter quitter([&](int signal) {
        say(command, QStringLiteral("%1: stopping").arg(QString::fromLatin1(signalName(signal))));
        QCoreApplication::quit();
    });
    say(command,
        QStringLiteral("storing %1 in %2")
            .arg(capture.gatewayName(), CliSupport::storeForDisplay(location)));
    capture.start();
    QCoreApplication::exec();
    capture.stop(); // emits the last records, which the writer queues
    if (!writer.flush())
        exitStatus = 1;

    const QJsonObject summary {{QStringLiteral("stored"), writer.stored()},
                               {QStringLiteral("duplicates"), writer.duplicates()},
                               {QStringLiteral("gaps"), gaps},
                               {QStringLiteral("skipped"), rejected}};
    printLine(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    return exitStatus;
}

int record(const QStringList &arguments)
{
    const QString command = QStringLiteral("record");
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("listen"),
        QStringLiteral("Where clients connect: HOST:PORT (default 127.0.0.1:8788; port 0 picks a "
                       "free one). Loopback unless you name another address."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8788")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("upstream"),
        QStringLiteral("Where requests go: a gateway (http://127.0.0.1:8787) or any "
                       "OpenAI-compatible base URL."),
        QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("max-body-mb"),
        QStringLiteral("Record bodies up to this size (default 64); larger ones are relayed "
                       "but not stored."),
        QStringLiteral("MB"), QStringLiteral("64")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("header-timeout"),
        QStringLiteral("Seconds a client has to send a request's head once it started (default "
                       "30); a slower one is answered 408 and closed."),
        QStringLiteral("SECONDS"), QStringLiteral("30")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds a keep-alive connection may wait for its next request (default "
                       "60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("max-connections"),
        QStringLiteral("Client connections at once (default 512, fewer under a low ulimit -n); "
                       "more are answered 503."),
        QStringLiteral("N"), QStringLiteral("512")));
    if (const int status = parse(parser, command, arguments); status >= 0)
        return status;

    RecordingProxy::Options options;
    options.upstream = QUrl(parser.value(QStringLiteral("upstream")));
    if (!parser.isSet(QStringLiteral("upstream")) || !options.upstream.isValid()
        || options.upstream.host().isEmpty()) {
        say(command, QStringLiteral("--upstream URL is required (e.g. http://127.0.0.1:8787)"));
        return kUsageError;
    }
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        host = QStringLiteral("127.0.0.1");
    if (!portOk || port > 65535 || !options.address.setAddress(host)) {
        say(command,
            QStringLiteral("--listen takes HOST:PORT with an IP address, got '%1'").arg(listen));
        return kUsageError;
    }
    options.port = quint16(port);
    bool mbOk = false;
    const double maxMb = parser.value(QStringLiteral("max-body-mb")).toDouble(&mbOk);
    if (!mbOk || maxMb < 0) {
        say(command, QStringLiteral("--max-body-mb takes a number of megabytes"));
        return kUsageError;
    }
    options.maxRecordedBodyBytes = qint64(maxMb * 1024 * 1024);
    for (const auto &[name, target] :
         {std::pair {QStringLiteral("header-timeout"), &options.headerTimeoutMs},
          std::pair {QStringLiteral("idle-timeout"), &options.idleTimeoutMs}}) {
        bool ok = false;
        const double seconds = parser.value(name).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            say(command,
                QStringLiteral("--%1 takes a number of seconds (at most a day)").arg(name));
            return kUsageError;
        }
        *target = int(seconds * 1000);
    }
    bool connectionsOk = false;
    options.maxConnections = parser.value(QStringLiteral("max-connections")).toInt(&connectionsOk);
    if (!connectionsOk || options.maxConnections < 1) {
        say(command, QStringLiteral("--max-connections takes a positive number"));
        return kUsageError;
    }

    const QString location = storeLocation(parser);
    QString error;
    std::unique_ptr<LogStore> store = LogStore::open(location, &error);
    if (!store) {
        say(command, CliSupport::cannotOpenStore(location, error));
        return 1;
    }
    RecordingProxy proxy(options);
    QObject::connect(&proxy, &RecordingProxy::notice,
                     [&](const QString &message) { say(command, message); });
    if (!proxy.listen(&error)) {
        say(command, error);
        return 1;
    }
    CaptureWriter writer(*store);
    const Pricing &pricing = Pricing::shared();
    writer.setRecordHook([&pricing](LogRecord &record) { pricing.estimate(record); });
    qint64 failures = 0;
    int exitStatus = 0;
    QObject::connect(&proxy, &RecordingProxy::recorded, &writer, &CaptureWriter::addOne);
    QObject::connect(&proxy, &RecordingProxy::failure, [&](const QString &message) {
        ++failures;
        say(command, SecretRedactor::redactedString(message)); // never a key on stderr
    });
    QObject::connect(&writer, &CaptureWriter::storeFailed, [&](const QString &message) {
        say(command, message);
        exitStatus = 1;
        QCoreApplication::exit(1);
    });
    qint64 storedAtLastLine = 0;
    QTimer status;
    status.setInterval(60 * 1000);
    QObject::connect(&status, &QTimer::timeout, [&] {
        writer.flush();
        say(command,
            QStringLiteral("%1 recorded (+%2), %3 upstream failures, %4 open "
                           "connections")
                .arg(writer.stored())
                .arg(writer.stored() - storedAtLastLine)
                .arg(failures)
                .arg(proxy.connections()));
        storedAtLastLine = writer.stored();
    });
    status.start();
    SignalQuitter quitter([&](int signal) {
        say(command, QStringLiteral("%1: stopping").arg(QString::fromLatin1(signalName(signal))));
        QCoreApplication::quit();
    });
    if (options.address != QHostAddress::LocalHost
        && options.address != QHostAddress::LocalHostIPv6)
        say(command,
            QStringLiteral("warning: listening beyond loopback; anyone who can reach "
                           "%1 can send requests with your upstream")
                .arg(proxy.listenName()));
    say(command,
        QStringLiteral("listening on http://%1, forwarding to %2, storing in %3")
            .arg(proxy.listenName(),
                 SecretRedactor::redactedString(options.upstream.toString(QUrl::RemoveUserInfo)),
                 CliSupport::storeForDisplay(location)));
    QCoreApplication::exec();
    proxy.close();
    if (!writer.flush())
        exitStatus = 1;
    const QJsonObject summary {{QStringLiteral("recorded"), writer.stored()},
                               {QStringLiteral("duplicates"), writer.duplicates()},
                               {QStringLiteral("upstream_failures"), failures}};
    printLine(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    return exitStatus;
}

} // namespace CliCommands
