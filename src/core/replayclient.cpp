// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayclient.h"

#include "logrecord.h"
#include "pricing.h"
#include "sseparser.h"
#include "streamreassembler.h"
#include "tokenusage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

QList<QPair<QByteArray, QByteArray>> ReplayTarget::headers(const QString &replayOf) const
{
    QList<QPair<QByteArray, QByteArray>> h;
    switch (kind) {
    case Kind::GatewayHeaders:
        h.append({"x-portkey-provider", provider.toUtf8()});
        if (!customHost.isEmpty())
            h.append({"x-portkey-custom-host", customHost.toUtf8()});
        if (!apiKey.isEmpty())
            h.append({"Authorization", "Bearer " + apiKey.toUtf8()});
        break;
    case Kind::GatewayConfig:
        h.append({"x-portkey-config", config.toUtf8()});
        break;
    case Kind::DataPlane:
        h.append({"x-portkey-api-key", apiKey.toUtf8()});
        if (!config.isEmpty())
            h.append({"x-portkey-config", config.toUtf8()});
        if (!virtualKey.isEmpty())
            h.append({"x-portkey-virtual-key", virtualKey.toUtf8()});
        if (!provider.isEmpty() && config.isEmpty() && virtualKey.isEmpty())
            h.append({"x-portkey-provider", provider.toUtf8()});
        break;
    }
    // Marks the replay in the gateway's own logs (portkey-api.md 14).
    QJsonObject metadata {{QStringLiteral("_source"), QStringLiteral("gatescope-replay")}};
    if (!replayOf.isEmpty())
        metadata.insert(u"replay_of", replayOf);
    h.append({"x-portkey-metadata", QJsonDocument(metadata).toJson(QJsonDocument::Compact)});
    return h;
}

ReplayClient::ReplayClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

ReplayClient::~ReplayClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QString ReplayClient::answerText(const QJsonObject &response)
{
    QStringList parts;
    for (const QJsonValue &choice : response.value(u"choices").toArray()) {
        const QJsonObject c = choice.toObject();
        if (c.contains(u"message"))
            parts << c.value(u"message").toObject().value(u"content").toString();
        else
            parts << c.value(u"text").toString();
    }
    if (parts.isEmpty() && response.contains(u"data")) {
        // Embeddings: the vectors' sizes say enough to compare two runs.
        for (const QJsonValue &item : response.value(u"data").toArray()) {
            const QJsonArray vector = item.toObject().value(u"embedding").toArray();
            QStringList numbers;
            for (const QJsonValue &n : vector)
                numbers << QString::number(n.toDouble());
            parts << u"[" + numbers.join(u", ") + u"]";
        }
    }
    return parts.join(u"\n");
}

bool ReplayClient::run(const ReplayTarget &target, const QString &path, const QJsonObject &request,
                       const QString &replayOf)
{
    if (m_reply)
        return false;
    QUrl url = target.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);

    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : target.headers(replayOf))
        req.setRawHeader(name, value);
    req.setTransferTimeout(120000);

    m_result = RunResult();
    m_result.requestJson = QJsonDocument(request).toJson(QJsonDocument::Compact);
    m_result.model = request.value(u"model").toString();
    m_text.clear();
    m_body.clear();
    m_stopped = false;
    m_stream = request.value(u"stream").toBool();
    m_reassembler = std::make_unique<StreamReassembler>();
    m_parser = std::make_unique<SseParser>([this](const SseEvent &event) {
        if (m_stopped || event.data == "[DONE]")
            return;
        const QJsonObject chunk = QJsonDocument::fromJson(event.data).object();
        QString piece;
        for (const QJsonValue &choice : chunk.value(u"choices").toArray()) {
            const QJsonObject c = choice.toObject();
            piece += c.value(u"delta").toObject().value(u"content").toString();
            piece += c.value(u"text").toString();
        }
        if (piece.isEmpty())
            return;
        if (!m_result.ttftMs)
            m_result.ttftMs = m_clock.elapsed();
        m_text += piece;
        Q_EMIT tokenReceived(piece);
    });
    m_clock.start();
    m_reply = m_network->post(req, m_result.requestJson);
    connect(m_reply, &QNetworkReply::readyRead, this, &ReplayClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ReplayClient::onFinished);
    return true;
}

void ReplayClient::stop()
{
    if (!m_reply)
        return;
    m_stopped = true;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    Q_EMIT failed(tr("Stopped after %n ms.", nullptr, int(m_clock.elapsed())));
}

void ReplayClient::onReadyRead()
{
    if (!m_reply || m_stopped)
        return;
    const QByteArray bytes = m_reply->readAll();
    const bool eventStream = m_reply->header(QNetworkRequest::ContentTypeHeader)
                                 .toString()
                                 .contains(u"text/event-stream");
    if (eventStream) {
        m_reassembler->feed(bytes);
        m_parser->feed(bytes); // may call stop() from a tokenReceived handler
    } else {
        m_body += bytes;
    }
}

void ReplayClient::onFinished()
{
    if (!m_reply)
        return;
    onReadyRead();
    if (!m_reply) // stopped while reading the last bytes
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_result.latencyMs = m_clock.elapsed();
    m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_result.status == 0) {
        Q_EMIT failed(tr("The request did not reach the target %1: %2")
                          .arg(reply->url().toString(QUrl::RemoveQuery), reply->errorString()));
        return;
    }
    const QByteArray rebuilt = m_reassembler->result();
    m_result.responseJson = !rebuilt.isEmpty() ? rebuilt : m_body;
    const QJsonObject response = QJsonDocument::fromJson(m_result.responseJson).object();
    m_result.text = !m_text.isEmpty() ? m_text : answerText(response);
    const QJsonObject usage = response.value(u"usage").toObject();
    auto count = [&usage](const char *key) -> std::optional<qint64> {
        const QJsonValue v = usage.value(QLatin1String(key));
        return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
    };
    m_result.promptTokens = count("prompt_tokens");
    m_result.completionTokens = count("completion_tokens");
    m_result.totalTokens = count("total_tokens");
    if (!response.value(u"model").toString().isEmpty())
        m_result.model = response.value(u"model").toString();
    LogRecord priced;
    priced.model = m_result.model;
    priced.promptTokens = m_result.promptTokens;
    priced.completionTokens = m_result.completionTokens;
    priced.totalTokens = m_result.totalTokens;
    TokenUsage::read(usage).fillUnknown(priced); // cached and reasoning tokens, priced apart
    if (Pricing::shared().estimate(priced))
        m_result.costCents = priced.costCents;
    if (m_result.status >= 400) {
        const QString message = response.value(u"error").toObject().value(u"message").toString();
        Q_EMIT failed(tr("The target answered %1: %2")
                          .arg(m_result.status)
                          .arg(message.isEmpty()
                                   ? QString::fromUtf8(m_result.responseJson.left(300))
                                   : message));
        return;
    }
    Q_EMIT finished(m_result);
}

LogRecord ReplayClient::recordFor(const RunResult &result, const LogRecord &original,
                                  const QString &path, const QString &provider)
{
    LogRecord r;
    r.id = QStringLiteral("replay-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.method = QStringLiteral("POST");
    r.endpoint = QStringLiteral("/v1") + path;
    r.requestType = original.requestType;
    r.provider = provider.isEmpty() ? original.provider : provider;
    r.model = result.model;
    r.statusCode = result.status;
    r.latencyMs = result.latencyMs;
    r.ttftMs = result.ttftMs;
    r.promptTokens = result.promptTokens;
    r.completionTokens = result.completionTokens;
    r.totalTokens = result.totalTokens;
    TokenUsage::read(
        QJsonDocument::fromJson(result.responseJson).object().value(u"usage").toObject())
        .fillUnknown(r);
    r.traceId = original.traceId;
    r.metadata = original.metadata;
    r.stream = QJsonDocument::fromJson(result.requestJson).object().value(u"stream").toBool();
    r.request = result.requestJson;
    r.response = result.responseJson;
    r.source = QStringLiteral("playground");
    r.replayOf = original.id;
    Pricing::shared().estimate(r);
    return r;
}
