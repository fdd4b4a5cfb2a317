// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class SseParser;
class StreamReassembler;
struct LogRecord;

// Where a replay goes (portkey-api.md 14, gateway-stream.md 3): a local gateway told the
// provider and upstream in headers, a local gateway given a config, or a Portkey data plane.
struct ReplayTarget
{
    enum class Kind { GatewayHeaders, GatewayConfig, DataPlane };

    Kind kind = Kind::GatewayHeaders;
    QUrl baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8787/v1")); // the /v1 the path goes under
    QString provider = QStringLiteral("openai"); // x-portkey-provider (GatewayHeaders)
    QString customHost; // x-portkey-custom-host (GatewayHeaders, optional)
    QString apiKey; // Authorization: Bearer (GatewayHeaders) or x-portkey-api-key (DataPlane)
    QString config; // x-portkey-config JSON or config id (GatewayConfig, optional for DataPlane)
    QString virtualKey; // x-portkey-virtual-key (DataPlane, optional)

    // The headers a request to this target carries, for the tests and the UI's preview.
    QList<QPair<QByteArray, QByteArray>> headers(const QString &replayOf = {}) const;
};

// What one run returned.
struct RunResult
{
    int status = 0; // HTTP status
    qint64 latencyMs = 0;
    std::optional<qint64> ttftMs; // streams only
    std::optional<qint64> promptTokens, completionTokens, totalTokens;
    std::optional<double> costCents; // Pricing::shared() estimate
    QString text; // the answer's text (all choices' content joined)
    QByteArray responseJson; // the response (a stream rebuilt as one object)
    QByteArray requestJson; // what was sent
    QString model;
};
Q_DECLARE_METATYPE(RunResult)

// Sends one request to a target and reports the answer as it arrives: tokenReceived for each
// piece of a stream (stream: true) and finished or failed once. stop() aborts the request and
// reports failed(cancelled). It never blocks the event loop and never writes to the store.
class ReplayClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayClient)

public:
    explicit ReplayClient(QObject *parent = nullptr);
    ~ReplayClient() override;

    // path: "/chat/completions", "/completions" or "/embeddings". Returns false (and emits
    // nothing) when a run is already going.
    bool run(const ReplayTarget &target, const QString &path, const QJsonObject &request,
             const QString &replayOf = {});
    void stop();
    bool isRunning() const { return !m_reply.isNull(); }
    QString partialText() const { return m_text; }

    // A run as a new log linked to the original (replay_of), source "playground".
    static LogRecord recordFor(const RunResult &result, const LogRecord &original,
                               const QString &path, const QString &provider = {});
    // The answer text of a (non-streamed or rebuilt) response object.
    static QString answerText(const QJsonObject &response);

Q_SIGNALS:
    void tokenReceived(const QString &token);
    void finished(const RunResult &result);
    void failed(const QString &message);

private:
    void onReadyRead();
    void onFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<SseParser> m_parser;
    std::unique_ptr<StreamReassembler> m_reassembler;
    QElapsedTimer m_clock;
    RunResult m_result;
    QString m_text;
    QByteArray m_body;
    bool m_stream = false;
    bool m_stopped = false;
};
