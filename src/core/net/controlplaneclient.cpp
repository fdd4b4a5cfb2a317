// SPDX-License-Identifier: GPL-3.0-or-later
// Over 800 lines because it is the whole documented control-plane API in one place (logs,
// export jobs, feedback, configs, prompts, virtual keys, analytics) with the retry policy and
// error wording they share; each endpoint is a short method over the same request helper.
#include "controlplaneclient.h"

#include "logrecord.h"
#include "portkeylogobjectconverter.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslError>
#include <QTimeZone>
#include <QTimer>

#include <cmath>
#include <memory>

namespace {

const QByteArray kApiKeyHeader = QByteArrayLiteral("x-portkey-api-key");

QString isoMs(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Exponential backoff with a little jitter so many clients do not retry in step.
int backoffMs(const RetryPolicy &policy, int attempt)
{
    const double base = policy.initialBackoffMs * std::pow(2.0, qMax(0, attempt - 1));
    const double capped = qMin(base, double(policy.maxBackoffMs));
    const double jitter = capped * 0.2 * QRandomGenerator::global()->generateDouble();
    return int(capped + jitter);
}

// One attempt's outcome before the retry decision.
struct HttpAttempt
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfter;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QStringList sslErrors;
    bool timedOut = false;
    bool cancelled = false;
};

} // namespace

bool ControlPlaneError::transient() const
{
    switch (kind) {
    case ControlPlaneErrorKind::RateLimited:
    case ControlPlaneErrorKind::ServerError:
    case ControlPlaneErrorKind::Timeout:
    case ControlPlaneErrorKind::Unreachable:
        return true;
    default:
        return false;
    }
}

ControlPlaneClient::ControlPlaneClient(ControlPlaneEndpoint endpoint, QString apiKey,
                                       QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_apiKey(std::move(apiKey))
    , m_network(new QNetworkAccessManager(this))
{
    // Signed URLs may redirect; never from https to http.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_tls = QSslConfiguration::defaultConfiguration();
    if (const QString file = m_endpoint.caCertificateFile; !file.isEmpty()) {
        QList<QSslCertificate> cas = QSslCertificate::fromPath(file, QSsl::Pem);
        if (cas.isEmpty())
            cas = QSslCertificate::fromPath(file, QSsl::Der);
        if (cas.isEmpty())
            m_caProblem = tr("the CA certificate file %1 holds no readable certificate").arg(file);
        m_tls.addCaCertificates(cas);
    }
}

ControlPlaneClient::~ControlPlaneClient() = default;

QUrl ControlPlaneClient::urlFor(Plane plane, const QString &path, const QUrlQuery &query) const
{
    QUrl url = plane == Plane::Control ? m_endpoint.controlPlane : m_endpoint.dataPlane;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    // Tolerant: ids in the path arrive percent-encoded (a '/' in an id stays one segment).
    url.setPath(base + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool ControlPlaneClient::waitMs(int ms)
{
    if (cancelled())
        return false;
    if (ms <= 0)
        return true;
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer check;
    connect(&check, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            loop.quit();
    });
    done.start(ms);
    check.start(qMin(ms, 50));
    loop.exec();
    return !cancelled();
}

ControlPlaneResponse ControlPlaneClient::call(const QByteArray &method, Plane plane,
                                              const QString &path, const QUrlQuery &query,
                                              const QJsonValue &body, const QString &scope,
                                              const QString &action)
{
    const QUrl url = urlFor(plane, path, query);
    const QByteArray payload = body.isObject()
        ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
        : body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                         : QByteArray();
    ControlPlaneResponse response;
    for (int attempt = 1;; ++attempt) {
        response.attempts = attempt;
        if (cancelled()) {
            response.error.kind = ControlPlaneErrorKind::Cancelled;
            response.error.message = tr("Cancelled.");
            return response;
        }
        QNetworkRequest request(url);
        request.setRawHeader(kApiKeyHeader, m_apiKey.toUtf8());
        // The key travels with a followed redirect: never to another host.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
        request.setRawHeader("Accept", "application/json");
        request.setSslConfiguration(m_tls);
        if (!payload.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));

        HttpAttempt a;
        {
            QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
            std::unique_ptr<QNetworkReply> owner(reply);
            QEventLoop loop;
            QTimer timeout;
            timeout.setSingleShot(true);
            // The timeout runs from the last byte received, so a slow large answer is not cut.
            auto restart = [&] {
                timeout.start(m_policy.timeoutMs);
            };
            connect(reply, &QNetworkReply::downloadProgress, &loop, restart);
            connect(&timeout, &QTimer::timeout, &loop, [&] {
                a.timedOut = true;
                reply->abort();
            });
            QTimer check;
            connect(&check, &QTimer::timeout, &loop, [&] {
                if (cancelled()) {
                    a.cancelled = true;
                    reply->abort();
                }
            });
            connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    a.sslErrors << e.errorString();
                // Deliberately no ignoreSslErrors(): the handshake fails and the user is told.
            });
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            restart();
            check.start(50);
            if (!reply->isFinished())
                loop.exec();
            a.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->isOpen())
                a.body = reply->readAll();
            a.retryAfter = reply->rawHeader("Retry-After");
            a.networkError = reply->error();
            a.networkErrorText = reply->errorString();
        }

        response.httpStatus = a.httpStatus;
        response.body = a.body;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(a.body, &parseError);
        response.json = doc.isObject() ? QJsonValue(doc.object())
            : doc.isArray()            ? QJsonValue(doc.array())
                                       : QJsonValue(QJsonValue::Undefined);

        ControlPlaneError &e = response.error;
        e = ControlPlaneError();
        e.httpStatus = a.httpStatus;
        bool retry = false;
        int waitFor = backoffMs(m_policy, attempt);
        if (a.cancelled) {
            e.kind = ControlPlaneErrorKind::Cancelled;
        } else if (a.timedOut) {
            e.kind = ControlPlaneErrorKind::Timeout;
            retry = true;
        } else if (!a.sslErrors.isEmpty()
                   || a.networkError == QNetworkReply::SslHandshakeFailedError) {
            e.kind = ControlPlaneErrorKind::Tls;
            e.serverMessage = a.sslErrors.isEmpty() ? a.networkErrorText : a.sslErrors.join(u"; ");
            if (!m_caProblem.isEmpty())
                e.serverMessage += QStringLiteral("; ") + m_caProblem;
        } else if (a.networkError == QNetworkReply::HostNotFoundError) {
            // A name that does not resolve will not resolve on a retry either.
            e.kind = ControlPlaneErrorKind::Unreachable;
            e.hostNotFound = true;
        } else if (a.httpStatus == 0) {
            // No HTTP answer at all: refused, reset before the status line.
            e.kind = ControlPlaneErrorKind::Unreachable;
            e.serverMessage = a.networkErrorText;
            retry = true;
        } else if (a.httpStatus >= 200 && a.httpStatus < 300) {
            return response;
        } else {
            ControlPlaneJson::readErrorBody(response.json, &e.code, &e.serverMessage);
            switch (a.httpStatus) {
            case 401:
                e.kind = ControlPlaneErrorKind::Unauthorized;
                break;
            case 402:
                e.kind = ControlPlaneErrorKind::PaymentRequired;
                break;
            case 403:
                e.kind = ControlPlaneErrorKind::Forbidden;
                break;
            case 404:
                e.kind = ControlPlaneErrorKind::NotFound;
                break;
            case 429: {
                e.kind = ControlPlaneErrorKind::RateLimited;
                e.retryAfterMs
                    = ControlPlaneJson::retryAfterMs(a.retryAfter, QDateTime::currentDateTimeUtc());
                retry = e.retryAfterMs <= m_policy.maxRetryAfterMs;
                if (e.retryAfterMs >= 0)
                    waitFor = e.retryAfterMs;
                break;
            }
            default:
                e.kind = a.httpStatus >= 500 ? ControlPlaneErrorKind::ServerError
                                             : ControlPlaneErrorKind::BadRequest;
                retry = a.httpStatus >= 500;
            }
        }
        if (retry && attempt < m_policy.maxAttempts && waitMs(waitFor))
            continue;
        if (cancelled())
            e.kind = ControlPlaneErrorKind::Cancelled;
        e.message = ControlPlaneJson::userMessage(e, url.host(), scope, action, attempt);
        return response;
    }
}

ControlPlaneResponse ControlPlaneClient::download(const QUrl &url, const QString &filePath)
{
    ControlPlaneResponse response;
    for (int attempt = 1;; ++attempt) {
        response.attempts = attempt;
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            response.error.kind = ControlPlaneErrorKind::BadResponse;
            response.error.message = tr("Cannot write the downloaded export to %1: %2")
                                         .arg(filePath, file.errorString());
            return response;
        }
        // A signed URL carries its own authorisation: the API key must not travel to the
        // storage host.
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        HttpAttempt a;
        {
            std::unique_ptr<QNetworkReply> reply(m_network->get(request));
            QEventLoop loop;
            QTimer timeout;
            timeout.setSingleShot(true);
            auto restart = [&] {
                timeout.start(m_policy.timeoutMs);
            };
            connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
                restart();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2)
                    file.write(reply->readAll());
            });
            connect(&timeout, &QTimer::timeout, &loop, [&] {
                a.timedOut = true;
                reply->abort();
            });
            QTimer check;
            connect(&check, &QTimer::timeout, &loop, [&] {
                if (cancelled()) {
                    a.cancelled = true;
                    reply->abort();
                }
            });
            connect(reply.get(), &QNetworkReply::sslErrors, &loop,
                    [&](const QList<QSslError> &errors) {
                        for (const QSslError &e : errors)
                            a.sslErrors << e.errorString();
                    });
            connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            restart();
            check.start(50);
            if (!reply->isFinished())
                loop.exec();
            a.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->isOpen() && a.httpStatus / 100 == 2)
                file.write(reply->readAll());
            else if (reply->isOpen())
                a.body = reply->readAll();
            a.networkError = reply->error();
            a.networkErrorText = reply->errorString();
        }
        response.httpStatus = a.httpStatus;
        ControlPlaneError &e = response.error;
        e = ControlPlaneError();
        e.httpStatus = a.httpStatus;
        bool retry = false;
        if (a.cancelled) {
            e.kind = ControlPlaneErrorKind::Cancelled;
        } else if (a.timedOut) {
            e.kind = ControlPlaneErrorKind::Timeout;
            retry = true;
        } else if (!a.sslErrors.isEmpty()
                   || a.networkError == QNetworkReply::SslHandshakeFailedError) {
            e.kind = ControlPlaneErrorKind::Tls;
            e.serverMessage = a.sslErrors.isEmpty() ? a.networkErrorText : a.sslErrors.join(u"; ");
            if (!m_caProblem.isEmpty())
                e.serverMessage += QStringLiteral("; ") + m_caProblem;
        } else if (a.networkError == QNetworkReply::HostNotFoundError) {
            e.kind = ControlPlaneErrorKind::Unreachable;
            e.hostNotFound = true;
        } else if (a.httpStatus == 0) {
            e.kind = ControlPlaneErrorKind::Unreachable;
            e.serverMessage = a.networkErrorText;
            retry = true;
        } else if (a.httpStatus / 100 == 2 && a.networkError == QNetworkReply::NoError) {
            if (!file.commit()) {
                e.kind = ControlPlaneErrorKind::BadResponse;
                e.message = tr("Cannot write the downloaded export to %1: %2")
                                .arg(filePath, file.errorString());
            }
            return response;
        } else {
            // Signed URLs expire with 403 from the storage host; a new one is needed then.
            e.kind = a.httpStatus >= 500 ? ControlPlaneErrorKind::ServerError
                : a.httpStatus == 404    ? ControlPlaneErrorKind::NotFound
                : a.httpStatus == 403    ? ControlPlaneErrorKind::Forbidden
                                         : ControlPlaneErrorKind::BadRequest;
            // S3 and its kin answer <Error><Code>..</Code><Message>..</Message></Error>.
            static const QRegularExpression xmlMessage(
                QStringLiteral("<Message>([^<]*)</Message>"));
            const QString text = QString::fromUtf8(a.body.left(2000));
            const QRegularExpressionMatch m = xmlMessage.match(text);
            e.serverMessage = m.hasMatch() ? m.captured(1).trimmed() : text.left(200).trimmed();
            retry = a.httpStatus >= 500;
            e.linkExpired = a.httpStatus == 403
                || (a.httpStatus == 400 && text.contains(u"expired", Qt::CaseInsensitive));
            if (e.linkExpired) {
                file.cancelWriting();
                e.message
                    = tr("The download link of the export file has expired: %1 answered %2%3. "
                         "(No API key is sent there; the link carries its own signature.)")
                          .arg(url.host())
                          .arg(a.httpStatus)
                          .arg(e.serverMessage.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" \"%1\"").arg(e.serverMessage));
                return response;
            }
        }
        file.cancelWriting();
        if (retry && attempt < m_policy.maxAttempts && waitMs(backoffMs(m_policy, attempt)))
            continue;
        if (cancelled())
            e.kind = ControlPlaneErrorKind::Cancelled;
        e.message = ControlPlaneJson::userMessage(e, url.host(), QString(),
                                                  tr("download the export file"), attempt);
        return response;
    }
}

// --- endpoints -------------------------------------------------------------------------------

namespace {

void badResponse(ControlPlaneResponse &r, const QString &what)
{
    r.error.kind = ControlPlaneErrorKind::BadResponse;
    r.error.httpStatus = r.httpStatus;
    r.error.message = ControlPlaneClient::tr("The control plane answered %1 without %2.")
                          .arg(r.httpStatus)
                          .arg(what);
}

const QString kExportScope = QStringLiteral("logs.export");

} // namespace

ControlPlaneResponse ControlPlaneClient::createExport(const QJsonObject &filters,
                                                      const QStringList &requestedData,
                                                      const QString &description, QString *exportId,
                                                      qint64 *total)
{
    QJsonObject body {
        {QStringLiteral("filters"), filters},
        {QStringLiteral("requested_data"), QJsonArray::fromStringList(requestedData)}};
    if (!m_endpoint.workspace.isEmpty())
        body.insert(QStringLiteral("workspace_id"), m_endpoint.workspace);
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    ControlPlaneResponse r = call("POST", Plane::Control, QStringLiteral("/logs/exports"), {}, body,
                                  kExportScope, tr("export logs"));
    if (!r.ok())
        return r;
    const QJsonObject o = ControlPlaneJson::unwrapObject(r.json);
    const QString id = o.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        badResponse(r, tr("an export id"));
        return r;
    }
    if (exportId)
        *exportId = id;
    if (total)
        *total = ControlPlaneJson::toInteger(o.value(QStringLiteral("total")));
    return r;
}

ControlPlaneResponse ControlPlaneClient::updateExport(const QString &exportId,
                                                      const QJsonObject &filters, qint64 *total)
{
    QJsonObject body {{QStringLiteral("filters"), filters}};
    if (!m_endpoint.workspace.isEmpty())
        body.insert(QStringLiteral("workspace_id"), m_endpoint.workspace);
    ControlPlaneResponse r
        = call("PUT", Plane::Control, QStringLiteral("/logs/exports/") + exportId, {}, body,
               kExportScope, tr("export logs"));
    if (r.ok() && total)
        *total = ControlPlaneJson::toInteger(
            ControlPlaneJson::unwrapObject(r.json).value(QStringLiteral("total")));
    return r;
}

ControlPlaneResponse ControlPlaneClient::startExport(const QString &exportId)
{
    return call("POST", Plane::Control, QStringLiteral("/logs/exports/%1/start").arg(exportId), {},
                QJsonObject(), kExportScope, tr("start a log export"));
}

ControlPlaneResponse ControlPlaneClient::exportState(const QString &exportId, ExportState *state)
{
    ControlPlaneResponse r
        = call("GET", Plane::Control, QStringLiteral("/logs/exports/") + exportId, {}, {},
               kExportScope, tr("check a log export"));
    if (r.ok() && state) {
        *state = ControlPlaneJson::exportState(ControlPlaneJson::unwrapObject(r.json));
        if (state->status == ExportStatus::Unknown)
            badResponse(r, tr("a known export status (got '%1')").arg(state->statusText));
    }
    return r;
}

ControlPlaneResponse ControlPlaneClient::cancelExport(const QString &exportId)
{
    return call("POST", Plane::Control, QStringLiteral("/logs/exports/%1/cancel").arg(exportId), {},
                QJsonObject(), kExportScope, tr("cancel a log export"));
}

ControlPlaneResponse ControlPlaneClient::exportDownloadUrl(const QString &exportId, QUrl *url)
{
    ControlPlaneResponse r
        = call("GET", Plane::Control, QStringLiteral("/logs/exports/%1/download").arg(exportId), {},
               {}, kExportScope, tr("download a log export"));
    if (!r.ok())
        return r;
    const QUrl u = ControlPlaneJson::downloadUrl(ControlPlaneJson::unwrapObject(r.json));
    if (!u.isValid() || u.isRelative()) {
        badResponse(r, tr("a download URL (signed_url)"));
        return r;
    }
    if (url)
        *url = u;
    return r;
}

ControlPlaneResponse ControlPlaneClient::fetchLog(const QString &logId, LogRecord *record)
{
    ControlPlaneResponse r
        = call("GET", Plane::Data,
               QStringLiteral("/logs/") + QString::fromLatin1(QUrl::toPercentEncoding(logId)), {},
               {}, QStringLiteral("logs.read"), tr("open log %1").arg(logId));
    if (!r.ok() || !record)
        return r;
    // The converter reads past the end of its text (simdjson padding).
    QByteArray padded = r.body;
    const qsizetype size = padded.size();
    padded.append(QByteArray(64, '\0'));
    PortkeyLogObjectConverter converter;
    QString why;
    if (!converter.convert(std::string_view(padded.constData(), size_t(size)), *record, &why)) {
        badResponse(r, tr("a readable log object (%1)").arg(why));
        return r;
    }
    record->source
        = m_endpoint.name.isEmpty() ? urlFor(Plane::Data, {}, {}).host() : m_endpoint.name;
    return r;
}

ControlPlaneResponse ControlPlaneClient::createFeedback(const QString &traceId, int value,
                                                        double weight, const QJsonObject &metadata,
                                                        QString *feedbackId)
{
    // trace_id, not the Node SDK's traceID (16.7).
    QJsonObject body {{QStringLiteral("trace_id"), traceId},
                      {QStringLiteral("value"), value},
                      {QStringLiteral("weight"), weight}};
    if (!metadata.isEmpty())
        body.insert(QStringLiteral("metadata"), metadata);
    ControlPlaneResponse r = call("POST", Plane::Control, QStringLiteral("/feedback"), {}, body,
                                  QStringLiteral("logs.write"), tr("send feedback"));
    if (!r.ok())
        return r;
    const QJsonObject o = r.json.toObject();
    // feedback_ids per the spec; the Node SDK's type says feedback_id (16.7).
    QJsonValue ids = o.value(QStringLiteral("feedback_ids"));
    if (ids.isUndefined())
        ids = o.value(QStringLiteral("feedback_id"));
    const QString id = ids.isArray() ? ids.toArray().at(0).toString() : ids.toString();
    if (o.value(QStringLiteral("status")).toString() == u"failure") {
        r.error.kind = ControlPlaneErrorKind::BadRequest;
        r.error.serverMessage = o.value(QStringLiteral("message")).toString();
        r.error.message
            = tr("The control plane rejected the feedback: %1").arg(r.error.serverMessage);
        return r;
    }
    if (feedbackId)
        *feedbackId = id;
    return r;
}

ControlPlaneResponse ControlPlaneClient::updateFeedback(const QString &feedbackId, int value,
                                                        double weight, const QJsonObject &metadata)
{
    QJsonObject body {{QStringLiteral("value"), value}, {QStringLiteral("weight"), weight}};
    if (!metadata.isEmpty())
        body.insert(QStringLiteral("metadata"), metadata);
    // PUT, as the spec path and both SDKs say; the spec's curl sample says POST (16.6).
    ControlPlaneResponse r = call("PUT", Plane::Control, QStringLiteral("/feedback/") + feedbackId,
                                  {}, body, QStringLiteral("logs.write"), tr("update feedback"));
    if (r.ok() && r.json.toObject().value(QStringLiteral("status")).toString() == u"failure") {
        r.error.kind = ControlPlaneErrorKind::BadRequest;
        r.error.serverMessage = r.json.toObject().value(QStringLiteral("message")).toString();
        r.error.message
            = tr("The control plane rejected the feedback: %1").arg(r.error.serverMessage);
    }
    return r;
}

ControlPlaneResponse ControlPlaneClient::config(const QString &slug, QJsonObject *config)
{
    ControlPlaneResponse r = call("GET", Plane::Control, QStringLiteral("/configs/") + slug, {}, {},
                                  QStringLiteral("configs.read"), tr("read config %1").arg(slug));
    if (!r.ok())
        return r;
    bool ok = false;
    const QJsonObject c = ControlPlaneJson::configObject(r.json, nullptr, &ok);
    if (!ok)
        badResponse(r, tr("a config object"));
    else if (config)
        *config = c;
    return r;
}

ControlPlaneResponse ControlPlaneClient::configs(QJsonArray *configs)
{
    QUrlQuery query;
    if (!m_endpoint.workspace.isEmpty())
        query.addQueryItem(QStringLiteral("workspace_id"), m_endpoint.workspace);
    ControlPlaneResponse r = call("GET", Plane::Control, QStringLiteral("/configs"), query, {},
                                  QStringLiteral("configs.list"), tr("list configs"));
    if (r.ok() && configs)
        *configs = ControlPlaneJson::unwrapList(r.json);
    return r;
}

ControlPlaneResponse ControlPlaneClient::prompt(const QString &promptId, QJsonObject *prompt)
{
    ControlPlaneResponse r
        = call("GET", Plane::Control, QStringLiteral("/prompts/") + promptId, {}, {},
               QStringLiteral("prompts.read"), tr("read prompt %1").arg(promptId));
    if (r.ok() && prompt)
        *prompt = ControlPlaneJson::unwrapObject(r.json);
    return r;
}

ControlPlaneResponse ControlPlaneClient::promptVersions(const QString &promptId,
                                                        QJsonArray *versions)
{
    ControlPlaneResponse r
        = call("GET", Plane::Control, QStringLiteral("/prompts/%1/versions").arg(promptId), {}, {},
               QStringLiteral("prompts.read"), tr("list the versions of prompt %1").arg(promptId));
    if (r.ok() && versions)
        *versions = ControlPlaneJson::unwrapList(r.json);
    return r;
}

ControlPlaneResponse ControlPlaneClient::renderPrompt(const QString &promptId,
                                                      const QJsonObject &variables,
                                                      QJsonObject *request)
{
    // The spec puts render on the data plane (the docs say control plane, 1.1).
    ControlPlaneResponse r
        = call("POST", Plane::Data, QStringLiteral("/prompts/%1/render").arg(promptId), {},
               QJsonObject {{QStringLiteral("variables"), variables}},
               QStringLiteral("prompts.render"), tr("render prompt %1").arg(promptId));
    if (r.ok() && request)
        *request = ControlPlaneJson::unwrapObject(r.json);
    return r;
}

ControlPlaneResponse ControlPlaneClient::promptCompletion(const QString &promptId,
                                                          const QJsonObject &variables,
                                                          QJsonObject *completion)
{
    ControlPlaneResponse r = call(
        "POST", Plane::Data, QStringLiteral("/prompts/%1/completions").arg(promptId), {},
        QJsonObject {{QStringLiteral("variables"), variables}, {QStringLiteral("stream"), false}},
        QStringLiteral("completions.write"), tr("run prompt %1").arg(promptId));
    if (r.ok() && completion) {
        // The spec wraps it in {status, headers, body}; the docs say a plain OpenAI object.
        const QJsonObject o = r.json.toObject();
        *completion = o.value(QStringLiteral("body")).isObject()
            ? o.value(QStringLiteral("body")).toObject()
            : o;
    }
    return r;
}

ControlPlaneResponse ControlPlaneClient::virtualKeys(QJsonArray *keys)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("current_page"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("50"));
    if (!m_endpoint.workspace.isEmpty())
        query.addQueryItem(QStringLiteral("workspace_id"), m_endpoint.workspace);
    ControlPlaneResponse r = call("GET", Plane::Control, QStringLiteral("/virtual-keys"), query, {},
                                  QStringLiteral("virtual_keys.list"), tr("list virtual keys"));
    if (r.ok() && keys)
        *keys = ControlPlaneJson::unwrapList(r.json);
    return r;
}

ControlPlaneResponse ControlPlaneClient::virtualKey(const QString &slug, QJsonObject *key)
{
    ControlPlaneResponse r
        = call("GET", Plane::Control, QStringLiteral("/virtual-keys/") + slug, {}, {},
               QStringLiteral("virtual_keys.read"), tr("read virtual key %1").arg(slug));
    if (r.ok() && key)
        *key = ControlPlaneJson::unwrapObject(r.json);
    return r;
}

ControlPlaneResponse ControlPlaneClient::provider(const QString &slug, QJsonObject *provider)
{
    QUrlQuery query;
    if (!m_endpoint.workspace.isEmpty())
        query.addQueryItem(QStringLiteral("workspace_id"), m_endpoint.workspace);
    ControlPlaneResponse r
        = call("GET", Plane::Control, QStringLiteral("/providers/") + slug, query, {},
               QStringLiteral("providers.read"), tr("read provider %1").arg(slug));
    if (r.ok() && provider)
        *provider = ControlPlaneJson::unwrapObject(r.json);
    return r;
}

ControlPlaneResponse ControlPlaneClient::analyticsGraph(const QString &graph, const QDateTime &from,
                                                        const QDateTime &to,
                                                        const QUrlQuery &filters,
                                                        AnalyticsGraph *out)
{
    QUrlQuery query = filters;
    query.addQueryItem(QStringLiteral("time_of_generation_min"), isoMs(from));
    query.addQueryItem(QStringLiteral("time_of_generation_max"), isoMs(to));
    if (!m_endpoint.workspace.isEmpty() && !query.hasQueryItem(QStringLiteral("workspace_slug")))
        query.addQueryItem(QStringLiteral("workspace_slug"), m_endpoint.workspace);
    ControlPlaneResponse r
        = call("GET", Plane::Control, QStringLiteral("/analytics/graphs/") + graph, query, {},
               QStringLiteral("analytics.view"), tr("read the %1 analytics").arg(graph));
    if (r.ok() && out) {
        if (!r.json.isObject())
            badResponse(r, tr("an analytics graph"));
        else
            *out = ControlPlaneJson::analyticsGraph(r.json.toObject());
    }
    return r;
}

// --- parsing ---------------------------------------------------------------------------------

namespace ControlPlaneJson {

qint64 toInteger(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return qint64(std::llround(value.toDouble()));
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return qint64(std::llround(d));
    }
    return fallback;
}

double toNumber(const QJsonValue &value, double fallback)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return fallback;
}

ExportStatus exportStatus(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == u"draft")
        return ExportStatus::Draft;
    if (s == u"in_progress" || s == u"in progress" || s == u"processing" || s == u"queued")
        return ExportStatus::InProgress;
    if (s == u"success" || s == u"completed")
        return ExportStatus::Success;
    if (s == u"failed" || s == u"failure")
        return ExportStatus::Failed;
    if (s == u"stopped" || s == u"cancelled")
        return ExportStatus::Stopped;
    return ExportStatus::Unknown;
}

ExportState exportState(const QJsonObject &item)
{
    ExportState s;
    s.statusText = item.value(QStringLiteral("status")).toString();
    s.status = exportStatus(s.statusText);
    s.totalRecords = toInteger(item.value(QStringLiteral("total_records")));
    const QJsonValue error = item.value(QStringLiteral("error"));
    s.error = error.isObject() ? error.toObject().value(QStringLiteral("message")).toString()
                               : error.toString();
    return s;
}

QUrl downloadUrl(const QJsonObject &response)
{
    QString text = response.value(QStringLiteral("signed_url")).toString();
    if (text.isEmpty())
        text = response.value(QStringLiteral("url")).toString();
    return QUrl(text, QUrl::StrictMode);
}

QString compactText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QJsonObject unwrapObject(const QJsonValue &response)
{
    const QJsonObject o = response.toObject();
    const QJsonValue data = o.value(QStringLiteral("data"));
    if (o.contains(QStringLiteral("success")) && data.isObject())
        return data.toObject();
    return o;
}

QJsonArray unwrapList(const QJsonValue &response)
{
    if (response.isArray())
        return response.toArray();
    const QJsonValue data = response.toObject().value(QStringLiteral("data"));
    return data.toArray();
}

QJsonObject configObject(const QJsonValue &response, QJsonObject *meta, bool *ok)
{
    QJsonObject holder = unwrapObject(response);
    QJsonValue config = holder.value(QStringLiteral("config"));
    if (config.isString()) {
        const QJsonDocument doc = QJsonDocument::fromJson(config.toString().toUtf8());
        config = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QJsonValue::Undefined);
    }
    if (ok)
        *ok = config.isObject();
    if (meta) {
        holder.remove(QStringLiteral("config"));
        *meta = holder;
    }
    return config.toObject();
}

namespace {

QJsonObject numbersToDoubles(const QJsonObject &o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString() && it.key() != u"timestamp") {
            bool isNumber = false;
            const double d = v.toString().toDouble(&isNumber);
            out.insert(it.key(), isNumber ? QJsonValue(d) : v);
        } else {
            out.insert(it.key(), v);
        }
    }
    return out;
}

} // namespace

AnalyticsGraph analyticsGraph(const QJsonObject &response)
{
    AnalyticsGraph g;
    g.summary = numbersToDoubles(response.value(QStringLiteral("summary")).toObject());
    const QJsonArray points = response.value(QStringLiteral("data_points")).toArray();
    for (const QJsonValue &p : points) {
        AnalyticsPoint point;
        QJsonObject values = numbersToDoubles(p.toObject());
        point.timestamp = values.take(QStringLiteral("timestamp")).toString();
        point.values = values;
        g.points.append(point);
    }
    return g;
}

void readErrorBody(const QJsonValue &body, QString *code, QString *message)
{
    const QJsonObject o = body.toObject();
    QJsonObject data = o.value(QStringLiteral("data")).toObject();
    if (data.isEmpty())
        data = o.value(QStringLiteral("error")).toObject();
    if (data.isEmpty())
        data = o;
    *code = data.value(QStringLiteral("errorCode")).toString();
    if (code->isEmpty())
        *code = data.value(QStringLiteral("code")).toString();
    *message = data.value(QStringLiteral("message")).toString();
}

bool sizeRefusal(const ControlPlaneError &error, qint64 *limit, qint64 *matched)
{
    *limit = -1;
    *matched = -1;
    if (error.kind != ControlPlaneErrorKind::BadRequest)
        return false;
    const QString text = error.serverMessage;
    static const QRegularExpression sizeWords(
        QStringLiteral("limit|too (many|large|big)|exceed|maximum|at most|per (export )?job|"
                       "page_size|narrow"),
        QRegularExpression::CaseInsensitiveOption);
    if (!sizeWords.match(text).hasMatch())
        return false;
    const auto number = [](const QString &digits) {
        return QString(digits).remove(u',').remove(u'_').toLongLong();
    };
    // "limited to 5000 logs per job", "5,000 logs per export job", "maximum of 5000".
    static const QRegularExpression perJob(
        QStringLiteral(
            "(\\d[\\d,_]*)\\s*(?:logs?|rows?|records?|entries)\\s*(?:per|in (?:one|a|an))\\s*"
            "(?:export\\s*)?(?:job|export)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression limitWord(
        QStringLiteral("(?:limit(?:ed)?|max(?:imum)?|at most|exceed(?:s|ed)?|up to)\\D{0,20}?"
                       "(\\d[\\d,_]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = perJob.match(text);
    if (!m.hasMatch())
        m = limitWord.match(text);
    if (m.hasMatch() && number(m.captured(1)) > 0)
        *limit = number(m.captured(1));
    // "these filters match 12000 logs", "12000 logs match", "found 12000 logs".
    static const QRegularExpression count(
        QStringLiteral("(?:match(?:es|ed)?|found|selects?|contains?)\\s+(\\d[\\d,_]*)|"
                       "(\\d[\\d,_]*)\\s+(?:logs?|rows?|records?)\\s+match"),
        QRegularExpression::CaseInsensitiveOption);
    m = count.match(text);
    if (m.hasMatch())
        *matched = number(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    return true;
}

int retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = h.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin(seconds * 1000.0, 24.0 * 3600 * 1000));
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(h),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(qMax<qint64>(0, now.msecsTo(when)));
}

QString userMessage(const ControlPlaneError &e, const QString &host, const QString &scope,
                    const QString &action, int attempts)
{
    const QString code = e.code.isEmpty() ? QString() : QStringLiteral(" %1").arg(e.code);
    const QString said = e.serverMessage.isEmpty()
        ? QString()
        : QStringLiteral(" (the server said: \"%1\")").arg(e.serverMessage);
    const QString tries
        = attempts > 1 ? ControlPlaneClient::tr(" after %1 attempts").arg(attempts) : QString();
    switch (e.kind) {
    case ControlPlaneErrorKind::None:
        return {};
    case ControlPlaneErrorKind::Unauthorized:
        return ControlPlaneClient::tr("401%1 from %2: the API key was rejected. Check the "
                                      "connection's key (a workspace or admin key from "
                                      "app.portkey.ai/api-keys).")
            .arg(code, host);
    case ControlPlaneErrorKind::Forbidden: {
        QString text = ControlPlaneClient::tr("403%1 from %2: the API key may not %3")
                           .arg(code, host, action);
        if (!scope.isEmpty())
            text += ControlPlaneClient::tr(": it lacks the scope %1").arg(scope);
        if (scope == u"logs.export")
            text += ControlPlaneClient::tr(", or the plan has no log export (log export needs "
                                           "the Enterprise plan)");
        else
            text += ControlPlaneClient::tr(", or the resource does not exist in this workspace");
        return text + u'.' + said;
    }
    case ControlPlaneErrorKind::PaymentRequired:
        return ControlPlaneClient::tr("402%1 from %2: the Portkey subscription is exhausted, so "
                                      "it will not %3. Raise the plan's limits or wait for the "
                                      "next billing period.")
            .arg(code, host, action);
    case ControlPlaneErrorKind::NotFound:
        return ControlPlaneClient::tr("404%1 from %2: not found, could not %3. Check the id "
                                      "and the connection's workspace.")
            .arg(code, host, action);
    case ControlPlaneErrorKind::RateLimited:
        return ControlPlaneClient::tr("429%1 from %2: rate limit exceeded%3, so could not %4. "
                                      "Try again %5.")
            .arg(code, host, tries, action,
                 e.retryAfterMs > 0
                     ? ControlPlaneClient::tr("in %1 s").arg((e.retryAfterMs + 999) / 1000)
                     : ControlPlaneClient::tr("later"));
    case ControlPlaneErrorKind::BadRequest:
        return ControlPlaneClient::tr("%1%2 from %3: the request to %4 was refused%5.")
            .arg(QString::number(e.httpStatus), code, host, action, said);
    case ControlPlaneErrorKind::ServerError:
        return ControlPlaneClient::tr("%1 from %2%3: the control plane failed, could not %4. "
                                      "Try again later.")
            .arg(QString::number(e.httpStatus), host, tries, action);
    case ControlPlaneErrorKind::Timeout:
        return ControlPlaneClient::tr("No answer from %1%2, could not %3. Check the network "
                                      "or try again later.")
            .arg(host, tries, action);
    case ControlPlaneErrorKind::Unreachable:
        if (e.hostNotFound)
            return ControlPlaneClient::tr("The host %1 is unknown (its name does not resolve), "
                                          "so could not %2. Check the connection's URL.")
                .arg(host, action);
        return ControlPlaneClient::tr("Cannot reach %1%2 (%3), could not %4. Check the URL and "
                                      "the network.")
            .arg(host, tries, e.serverMessage, action);
    case ControlPlaneErrorKind::Tls:
        return ControlPlaneClient::tr("The secure connection to %1 failed: %2. Verification "
                                      "stays on: if the server's certificate is self-signed or "
                                      "from a private CA, give the connection that CA "
                                      "certificate (File > Connections, or gatescope-cli "
                                      "connection add --ca-file FILE); otherwise check the URL.")
            .arg(host, e.serverMessage);
    case ControlPlaneErrorKind::BadResponse:
        return e.message;
    case ControlPlaneErrorKind::Cancelled:
        return ControlPlaneClient::tr("Cancelled.");
    }
    return {};
}

} // namespace ControlPlaneJson
