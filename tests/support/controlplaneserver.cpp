// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlplaneserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QJsonObject parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// portkey-api.md 3.4, the documented sample stored log (verbatim structure).
const char kSampleLog[] = R"({
    "_id": "046b73bd-87da-4c0f-b716-2906d5f3f000",
    "request": {
        "url": "https://api.openai.com/v1/chat/completions",
        "method": "POST",
        "headers": {"accept": "*/*", "content-type": "application/json", "user-agent": "node"},
        "body": {"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": "Hello!"}]},
        "portkeyHeaders": {
            "x-portkey-api-key": "ab********xyz",
            "x-portkey-config": "{\"provider\":\"openai\",\"api_key\":\"sk********pqr\"}",
            "x-portkey-trace-id": "8ecf39a3-06f0-49a4-80d6-83ab75c8c444"
        }
    },
    "response": {
        "status": 200,
        "headers": {
            "content-type": "application/json",
            "x-portkey-cache-status": "DISABLED",
            "x-portkey-last-used-option-index": "config",
            "x-portkey-retry-attempt-count": "0",
            "x-portkey-trace-id": "8ecf39a3-06f0-49a4-80d6-83ab75c8c444",
            "x-request-id": "req_03a3d7a189868f3199a2392833acf333"
        },
        "body": {
            "id": "chatcmpl-9Ri1u4Va0IOdj525McVFHn6RZJU9I",
            "object": "chat.completion",
            "created": 1716391134,
            "model": "gpt-3.5-turbo-0125",
            "choices": [{"index": 0,
                         "message": {"role": "assistant", "content": "Hello! How can I assist you today?"},
                         "logprobs": null, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 9, "completion_tokens": 9, "total_tokens": 18},
            "system_fingerprint": null
        },
        "responseTime": 517,
        "lastUsedOptionJsonPath": "config"
    },
    "organisation_id": "56916995-a761-4d90-bdf4-2c5550347777",
    "created_at": "2024-05-22T15:18:54.404Z"
})";

// portkey-api.md 8.1, the spec's retrieve example.
const char kConfig[] = R"({
    "retry": {"attempts": 5, "on_status_codes": [429, 529]},
    "cache": {"mode": "simple", "max_age": 3600},
    "strategy": {"mode": "fallback"},
    "targets": [
        {"provider": "openai", "virtual_key": "main-258f4d"},
        {"provider": "azure-openai", "virtual_key": "azure-test-4110dd"}
    ]
})";

const char kConfigSlug[] = "pc-pplx-c-ca7a87";
const char kPromptId[] = "pp-article-xx";

} // namespace

ControlPlaneServer::ControlPlaneServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ControlPlaneServer::onNewConnection);
}

ControlPlaneServer::~ControlPlaneServer()
{
    stop();
}

bool ControlPlaneServer::start(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void ControlPlaneServer::stop()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *s : sockets) {
        s->abort();
        s->deleteLater();
    }
    for (const QPointer<QTcpSocket> &s : std::as_const(m_hanging)) {
        if (s) {
            s->abort();
            s->deleteLater();
        }
    }
    m_hanging.clear();
}

QUrl ControlPlaneServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

void ControlPlaneServer::setLogs(qint64 count, const QDateTime &start, qint64 stepMs)
{
    m_logCount = count;
    m_logStart = start.toUTC();
    m_stepMs = stepMs;
}

QDateTime ControlPlaneServer::lastLogTime() const
{
    return m_logStart.addMSecs((m_logCount - 1) * m_stepMs);
}

void ControlPlaneServer::setFault(const QString &prefix, Fault fault, int times)
{
    m_faults.append({prefix, fault, times});
}

int ControlPlaneServer::count(const QString &prefix) const
{
    int n = 0;
    for (const Request &r : m_requests) {
        if (QString(QString::fromLatin1(r.method) + u' ' + r.path).startsWith(prefix))
            ++n;
    }
    return n;
}

void ControlPlaneServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void ControlPlaneServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QUrl target(QString::fromLatin1(first.value(1)));
    request.path = target.path();
    if (request.path.startsWith(u"/v1"))
        request.path = request.path.mid(3);
    request.query = target.query();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (it->buffer.size() < headerEnd + 4 + length)
        return;
    request.body = it->buffer.mid(headerEnd + 4, length);
    it->buffer.clear();
    m_requests.append(request);
    if (answerDelayMs > 0) {
        QTimer::singleShot(answerDelayMs, this, [this, s = QPointer<QTcpSocket>(socket), request] {
            if (s)
                handle(s, request);
        });
        return;
    }
    handle(socket, request);
}

void ControlPlaneServer::reply(QTcpSocket *socket, int status, const QByteArray &body,
                               const QByteArray &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n" + extraHeaders + "\r\n";
    socket->write(head);
    socket->write(body);
    socket->disconnectFromHost();
}

void ControlPlaneServer::replyJson(QTcpSocket *socket, int status, const QJsonObject &object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (totalsAsFractions) {
        // Section 16.9: typed integer in the spec, but real data has fractions. QJsonDocument
        // writes 40000.0 as 40000, so the fraction is put back into the text.
        static const QRegularExpression counts(
            QStringLiteral("\"(total|total_records)\":(-?\\d+)([,}])"));
        text = QString::fromUtf8(text).replace(counts, QStringLiteral("\"\\1\":\\2.0\\3")).toUtf8();
    }
    if (omitTotals) {
        QJsonObject copy = object;
        if (copy.value(QStringLiteral("object")).toString() == u"export"
            && copy.contains(QStringLiteral("total"))) {
            copy.remove(QStringLiteral("total"));
            text = QJsonDocument(copy).toJson(QJsonDocument::Compact);
        }
    }
    reply(socket, status, text);
}

// The Admin API error envelope, portkey-api.md 1.4.
void ControlPlaneServer::replyError(QTcpSocket *socket, int status, const QString &code,
                                    const QString &message)
{
    replyJson(socket, status,
              QJsonObject {{QStringLiteral("success"), false},
                           {QStringLiteral("data"),
                            QJsonObject {{QStringLiteral("message"), message},
                                         {QStringLiteral("errorCode"), code}}}});
}

bool ControlPlaneServer::applyFault(QTcpSocket *socket, const Request &request)
{
    const QString key = QString::fromLatin1(request.method) + u' ' + request.path;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultRule &rule = m_faults[i];
        if (!key.startsWith(rule.prefix) || rule.remaining == 0)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        switch (rule.fault) {
        case Fault::None:
            return false;
        case Fault::Unauthorized:
            replyError(socket, 401, QStringLiteral("AB05"), QStringLiteral("Unauthorised Request"));
            return true;
        case Fault::Forbidden:
            replyError(
                socket, 403, QStringLiteral("AB03"),
                QStringLiteral("You do not have enough permissions to execute this request"));
            return true;
        case Fault::PaymentRequired:
            replyError(socket, 402, QStringLiteral("AB09"),
                       QStringLiteral("Subscription exhausted"));
            return true;
        case Fault::NotFound:
            replyError(socket, 404, QStringLiteral("AB08"), QStringLiteral("Resource not found"));
            return true;
        case Fault::RateLimited: {
            const QByteArray body
                = QJsonDocument(QJsonObject {{QStringLiteral("success"), false},
                                             {QStringLiteral("data"),
                                              QJsonObject {{QStringLiteral("message"),
                                                            QStringLiteral("Rate limit exceeded")},
                                                           {QStringLiteral("errorCode"),
                                                            QStringLiteral("AB06")}}}})
                      .toJson(QJsonDocument::Compact);
            reply(socket, 429, body,
                  "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n");
            return true;
        }
        case Fault::ServerError:
            replyError(socket, 500, QStringLiteral("AB04"),
                       QStringLiteral("Internal Server Error"));
            return true;
        case Fault::ServiceUnavailable:
            reply(socket, 503, QByteArray());
            return true;
        case Fault::Hang:
            m_connections.remove(socket);
            m_hanging.append(socket);
            return true;
        }
    }
    return false;
}

void ControlPlaneServer::setAnalyticsGraph(const QString &graph, const QJsonObject &summary,
                                           const QJsonArray &dataPoints)
{
    m_graphs.insert(
        graph, {{QStringLiteral("summary"), summary}, {QStringLiteral("data_points"), dataPoints}});
}

QJsonValue ControlPlaneServer::integer(qint64 value) const
{
    return QJsonValue(value);
}

QPair<qint64, qint64> ControlPlaneServer::rowRange(const QJsonObject &filters) const
{
    qint64 first = 0;
    qint64 last = m_logCount - 1;
    const auto time = [&](const char *key) {
        return QDateTime::fromString(filters.value(QLatin1String(key)).toString(),
                                     Qt::ISODateWithMs);
    };
    const QDateTime min = time("time_of_generation_min");
    const QDateTime max = time("time_of_generation_max");
    if (min.isValid()) {
        const qint64 ms = m_logStart.msecsTo(min);
        if (m_stepMs == 0) // every log at the same instant
            first = ms <= 0 ? 0 : m_logCount;
        else
            first = qMax<qint64>(0, ms <= 0 ? 0 : (ms + m_stepMs - 1) / m_stepMs);
    }
    if (max.isValid()) {
        const qint64 ms = m_logStart.msecsTo(max);
        last = qMin(last, ms < 0 ? -1 : m_stepMs == 0 ? last : ms / m_stepMs);
    }
    // page_size / current_page (4.3): one page of what the time range matches.
    const qint64 pageSize = filters.value(QStringLiteral("page_size")).toInteger(0);
    if (pageSize > 0) {
        first += pageSize
            * qMax<qint64>(0, filters.value(QStringLiteral("current_page")).toInteger(0));
        last = qMin(last, first + pageSize - 1);
    }
    return {first, last};
}

bool ControlPlaneServer::refuseOversized(QTcpSocket *socket, const QJsonObject &filters)
{
    if (refuseJobsOver <= 0)
        return false;
    const auto [first, last] = rowRange(filters);
    const qint64 rows = qMax<qint64>(0, last - first + 1);
    const qint64 pageSize = filters.value(QStringLiteral("page_size")).toInteger(0);
    if (rows <= refuseJobsOver && pageSize <= refuseJobsOver)
        return false;
    ++m_exportsRefused;
    replyError(socket, 400, QStringLiteral("AB01"),
               pageSize > refuseJobsOver
                   ? QStringLiteral("page_size may not exceed %1").arg(refuseJobsOver)
                   : QStringLiteral("Export is limited to %1 logs per job; these filters match %2 "
                                    "logs. Narrow the time range or use page_size/current_page.")
                         .arg(refuseJobsOver)
                         .arg(rows));
    return true;
}

// Export rows with the field names of requested_data (portkey-api.md 4.4) and the quirks of
// the sample metric row (3.5): booleans and integers as floats, metadata as parallel arrays.
QByteArray ControlPlaneServer::exportFile(const ExportJob &job) const
{
    auto [first, last] = rowRange(job.filters);
    last = qMin(last, first + 49999); // "Up to 50,000 logs per export job"
    if (refuseJobsOver > 0)
        last = qMin(last, first + refuseJobsOver - 1);
    QByteArray out;
    out.reserve(qMax<qint64>(0, last - first + 1) * 420);
    const qint64 startMs = m_logStart.toMSecsSinceEpoch();
    for (qint64 i = first; i <= last; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(6, '0');
        const QByteArray t = QDateTime::fromMSecsSinceEpoch(startMs + i * m_stepMs, Qt::UTC)
                                 .toString(Qt::ISODateWithMs)
                                 .toLatin1();
        out += R"({"id":"log-)" + n + R"(","trace_id":"trace-)" + n + R"(","created_at":")" + t
            + R"(","ai_org":"openai","ai_model":"gpt-4o-mini","req_units":12.0,"res_units":30.0,)"
              R"("total_units":42.0,"cost":0.0105,"cost_currency":"USD","response_time":)"
            + QByteArray::number(300 + i % 700)
            + R"(.0,"response_status_code":200.0,"is_success":1.0,"mode":"single",)"
              R"("config":"pc-pplx-c-ca7a87","request_url":"https://api.openai.com/v1/chat/completions",)"
              R"("metadata":{"key":["_user"],"value":["user-)"
            + QByteArray::number(i % 17) + "\"]}}\n";
    }
    return out;
}

void ControlPlaneServer::handle(QTcpSocket *socket, const Request &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    // Signed download URLs carry their own authorisation and must not receive the API key.
    if (path.startsWith(u"/signed/")) {
        if (applyFault(socket, request))
            return;
        const QString id = path.mid(8);
        if (!m_exports.contains(id) || request.headers.contains("x-portkey-api-key")) {
            reply(socket, 403, "<Error>AccessDenied</Error>");
            return;
        }
        if (expireLinks != 0) {
            if (expireLinks > 0)
                --expireLinks;
            // What S3 answers for a presigned URL past its X-Amz-Expires.
            reply(socket, 403,
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
                  "<Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires>"
                  "<Expires>2026-01-05T11:00:00Z</Expires><ServerTime>2026-01-05T12:00:00Z"
                  "</ServerTime></Error>");
            return;
        }
        reply(socket, 200, exportFile(m_exports[id]));
        return;
    }
    if (request.headers.value("x-portkey-api-key") != apiKey().toUtf8()) {
        replyError(socket, 401, QStringLiteral("AB05"), QStringLiteral("Unauthorised Request"));
        return;
    }
    if (applyFault(socket, request))
        return;
    const QJsonObject body = parse(request.body);
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);

    // --- exports ---
    if (parts.value(0) == u"logs" && parts.value(1) == u"exports") {
        const QString id = parts.value(2);
        if (method == "POST" && parts.size() == 2) {
            if (!body.value(QStringLiteral("filters")).isObject()
                || !body.value(QStringLiteral("requested_data")).isArray()) {
                replyError(socket, 400, QStringLiteral("AB01"),
                           QStringLiteral("filters and requested_data are required"));
                return;
            }
            if (refuseOversized(socket, body.value(QStringLiteral("filters")).toObject()))
                return;
            const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_exports.insert(newId, {body.value(QStringLiteral("filters")).toObject()});
            ++m_exportsCreated;
            const auto [first, last] = rowRange(body.value(QStringLiteral("filters")).toObject());
            replyJson(socket, 200,
                      {{QStringLiteral("id"), newId},
                       {QStringLiteral("total"), integer(qMax<qint64>(0, last - first + 1))},
                       {QStringLiteral("object"), QStringLiteral("export")}});
            return;
        }
        if (!m_exports.contains(id)) {
            replyError(socket, 404, QStringLiteral("AB08"), QStringLiteral("Export not found"));
            return;
        }
        ExportJob &job = m_exports[id];
        const QString action = parts.value(3);
        if (method == "PUT" && action.isEmpty()) {
            if (refuseOversized(socket, body.value(QStringLiteral("filters")).toObject()))
                return;
            job.filters = body.value(QStringLiteral("filters")).toObject();
            const auto [first, last] = rowRange(job.filters);
            replyJson(socket, 200,
                      {{QStringLiteral("id"), id},
                       {QStringLiteral("total"), integer(qMax<qint64>(0, last - first + 1))},
                       {QStringLiteral("object"), QStringLiteral("export")}});
            return;
        }
        if (method == "POST" && action == u"start") {
            job.status = QStringLiteral("in_progress");
            ++m_jobsStarted;
            job.fails
                = failExports || (failEveryNthJob > 0 && m_jobsStarted % failEveryNthJob == 0);
            replyJson(socket, 200,
                      {{QStringLiteral("message"), QStringLiteral("Export started")},
                       {QStringLiteral("object"), QStringLiteral("export")}});
            return;
        }
        if (method == "POST" && action == u"cancel") {
            job.status = QStringLiteral("stopped");
            replyJson(socket, 200,
                      {{QStringLiteral("message"), QStringLiteral("Export stopped")},
                       {QStringLiteral("object"), QStringLiteral("export")}});
            return;
        }
        if (method == "GET" && action.isEmpty()) {
            if (job.status == u"in_progress" && ++job.polls > pollsUntilDone) {
                job.status = job.fails
                    ? (exportFailureSpelling ? QStringLiteral("failure") : QStringLiteral("failed"))
                    : QStringLiteral("success");
                if (job.fails)
                    ++m_jobsFailed;
            }
            const auto [first, last] = rowRange(job.filters);
            QJsonObject item {
                {QStringLiteral("id"), id},
                {QStringLiteral("organisation_id"),
                 QStringLiteral("472d2804-d054-4226-b4ae-9d4e2e61e69e")},
                {QStringLiteral("filters"), job.filters},
                {QStringLiteral("requested_data"), QJsonArray {QStringLiteral("id")}},
                {QStringLiteral("status"), job.status},
                {QStringLiteral("description"), QString()},
                {QStringLiteral("created_at"), QStringLiteral("2026-01-05T10:00:00.000Z")},
                {QStringLiteral("last_updated_at"), QStringLiteral("2026-01-05T10:00:01.000Z")},
                {QStringLiteral("created_by"),
                 QStringLiteral("c4c7996d-be62-429d-b787-5d48fe94da86")},
                {QStringLiteral("workspace_id"),
                 QStringLiteral("8610029e-692a-4df6-9052-3fa3eff69911")},
                {QStringLiteral("total_records"),
                 integer(qMax<qint64>(0, qMin<qint64>(50000, last - first + 1)))},
                {QStringLiteral("object"), QStringLiteral("export")}};
            if (job.status == u"failed" || job.status == u"failure")
                item.insert(QStringLiteral("error"),
                            QStringLiteral("Export worker ran out of memory"));
            replyJson(socket, 200, item);
            return;
        }
        if (method == "GET" && action == u"download") {
            if (job.status != u"success") {
                replyError(socket, 400, QStringLiteral("AB01"),
                           QStringLiteral("Export is not ready"));
                return;
            }
            const QString url = QStringLiteral("http://127.0.0.1:%1/signed/%2").arg(m_port).arg(id);
            replyJson(
                socket, 200,
                {{downloadAsUrl ? QStringLiteral("url") : QStringLiteral("signed_url"), url}});
            return;
        }
    }

    // --- one log ---
    if (method == "GET" && parts.value(0) == u"logs" && parts.size() == 2) {
        const QString id = parts.value(1);
        if (id == u"046b73bd-87da-4c0f-b716-2906d5f3f000") {
            reply(socket, 200, kSampleLog);
            return;
        }
        replyError(socket, 404, QStringLiteral("AB08"), QStringLiteral("Log not found"));
        return;
    }

    // --- feedback ---
    if (parts.value(0) == u"feedback") {
        const auto invalid = [&](const QJsonObject &f, bool needsTrace) -> QString {
            if (needsTrace && f.value(QStringLiteral("trace_id")).toString().isEmpty())
                return QStringLiteral("trace_id is required");
            const QJsonValue v = f.value(QStringLiteral("value"));
            if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < -10
                || v.toInt() > 10)
                return QStringLiteral("value must be an integer between -10 and 10");
            const double w = f.value(QStringLiteral("weight")).toDouble(1.0);
            if (w < 0 || w > 1)
                return QStringLiteral("weight must be between 0 and 1");
            return {};
        };
        if (method == "POST" && parts.size() == 1) {
            if (const QString why = invalid(body, true); !why.isEmpty()) {
                replyError(socket, 400, QStringLiteral("AB01"), why);
                return;
            }
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_feedback.insert(id, body);
            replyJson(socket, 200,
                      {{QStringLiteral("status"), QStringLiteral("success")},
                       {QStringLiteral("message"), QStringLiteral("Feedback successfully saved")},
                       {QStringLiteral("feedback_ids"), QJsonArray {id}}});
            return;
        }
        if (method == "PUT" && parts.size() == 2) {
            const QString id = parts.value(1);
            if (!m_feedback.contains(id)) {
                replyError(socket, 404, QStringLiteral("AB08"),
                           QStringLiteral("Feedback not found"));
                return;
            }
            if (const QString why = invalid(body, false); !why.isEmpty()) {
                replyError(socket, 400, QStringLiteral("AB01"), why);
                return;
            }
            QJsonObject stored = m_feedback.value(id);
            for (auto it = body.begin(); it != body.end(); ++it)
                stored.insert(it.key(), it.value());
            m_feedback.insert(id, stored);
            replyJson(socket, 200,
                      {{QStringLiteral("status"), QStringLiteral("success")},
                       {QStringLiteral("message"), QStringLiteral("Feedback updated")},
                       {QStringLiteral("feedback_ids"), QJsonArray {id}}});
            return;
        }
    }

    // --- configs ---
    if (method == "GET" && parts.value(0) == u"configs" && parts.size() == 1) {
        // The spec's list example, and one more.
        replyJson(
            socket, 200,
            {{QStringLiteral("success"), true},
             {QStringLiteral("data"),
              QJsonArray {
                  QJsonObject {
                      {QStringLiteral("id"),
                       QStringLiteral("4e54a1a4-109c-43ee-b0f7-11e7d60b0066")},
                      {QStringLiteral("name"), QStringLiteral("Pplx Cache Test")},
                      {QStringLiteral("slug"), QLatin1String(kConfigSlug)},
                      {QStringLiteral("is_default"), 0},
                      {QStringLiteral("status"), QStringLiteral("active")},
                      {QStringLiteral("created_at"), QStringLiteral("2024-05-12T21:37:06.000Z")},
                      {QStringLiteral("last_updated_at"),
                       QStringLiteral("2024-05-23T23:36:06.000Z")}},
                  QJsonObject {
                      {QStringLiteral("id"),
                       QStringLiteral("daab995b-8d3b-42c5-a490-47217fbf4e0e")},
                      {QStringLiteral("name"), QStringLiteral("PII Redaction Guardrail")},
                      {QStringLiteral("slug"), QStringLiteral("pc-pii-re-7f1051")},
                      {QStringLiteral("is_default"), 1},
                      {QStringLiteral("status"), QStringLiteral("active")},
                      {QStringLiteral("created_at"), QStringLiteral("2025-10-17T19:11:47.000Z")},
                      {QStringLiteral("last_updated_at"),
                       QStringLiteral("2025-10-17T19:11:47.000Z")}}}}});
        return;
    }
    if (method == "GET" && parts.value(0) == u"configs" && parts.size() == 2) {
        if (parts.value(1) != QLatin1String(kConfigSlug)) {
            // "Many endpoints return AB03 when a resource ... doesn't exist in the workspace."
            replyError(
                socket, 403, QStringLiteral("AB03"),
                QStringLiteral("You do not have enough permissions to execute this request"));
            return;
        }
        QJsonObject config = parse(kConfig);
        if (configOptions) {
            // The earlier config form: mode and options where targets are now.
            config.remove(QStringLiteral("strategy"));
            config.insert(QStringLiteral("mode"), QStringLiteral("fallback"));
            config.insert(QStringLiteral("options"), config.take(QStringLiteral("targets")));
        }
        if (configFlat) {
            replyJson(
                socket, 200,
                {{QStringLiteral("id"), QStringLiteral("4e54a1a4-109c-43ee-b0f7-11e7d60b0066")},
                 {QStringLiteral("name"), QStringLiteral("Pplx Cache Test")},
                 {QStringLiteral("slug"), QLatin1String(kConfigSlug)},
                 {QStringLiteral("status"), QStringLiteral("active")},
                 {QStringLiteral("config"),
                  QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))},
                 {QStringLiteral("format"), QStringLiteral("json")},
                 {QStringLiteral("version_id"),
                  QStringLiteral("8c1a4fbf-26d9-49df-82ca-ab772ba397d2")},
                 {QStringLiteral("object"), QStringLiteral("config")}});
        } else {
            replyJson(socket, 200,
                      {{QStringLiteral("success"), true},
                       {QStringLiteral("data"), QJsonObject {{QStringLiteral("config"), config}}}});
        }
        return;
    }

    // --- prompts ---
    if (parts.value(0) == u"prompts" && parts.size() >= 2) {
        if (parts.value(1).section(u'@', 0, 0) != QLatin1String(kPromptId)) {
            replyError(socket, 404, QStringLiteral("AB08"), QStringLiteral("Prompt not found"));
            return;
        }
        const QString action = parts.value(2);
        // {promptId}@12 is version 12; the id alone the published one (3).
        const QString at = parts.value(1).section(u'@', 1);
        const int version = at.isEmpty() || at == u"latest" ? 3 : at.toInt();
        if (version < 1 || version > 3) {
            replyError(socket, 404, QStringLiteral("AB08"),
                       QStringLiteral("Prompt version not found"));
            return;
        }
        if (method == "GET" && action.isEmpty()) {
            replyJson(
                socket, 200,
                {{QStringLiteral("id"), QStringLiteral("1a2b3c4d-0000-4000-8000-000000000001")},
                 {QStringLiteral("slug"), QLatin1String(kPromptId)},
                 {QStringLiteral("name"), QStringLiteral("Article summariser")},
                 {QStringLiteral("collection_id"), QStringLiteral("c-1")},
                 {QStringLiteral("string"),
                  QStringLiteral(
                      "{{#system}}Summarise.{{/system}}{{#user}}{{user_input}}{{/user}}")},
                 {QStringLiteral("parameters"),
                  QJsonObject {{QStringLiteral("max_completion_tokens"), 250}}},
                 {QStringLiteral("prompt_version"), version},
                 {QStringLiteral("prompt_version_id"), QStringLiteral("pv-%1").arg(version)},
                 {QStringLiteral("prompt_version_status"),
                  version == 3 ? QStringLiteral("active") : QStringLiteral("archived")},
                 {QStringLiteral("virtual_key"), QStringLiteral("main-258f4d")},
                 {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                 {QStringLiteral("is_raw_template"), false},
                 {QStringLiteral("status"), QStringLiteral("active")},
                 {QStringLiteral("created_at"), QStringLiteral("2025-10-17T19:11:47.000Z")},
                 {QStringLiteral("last_updated_at"), QStringLiteral("2025-10-18T19:11:47.000Z")}});
            return;
        }
        if (method == "GET" && action == u"versions") {
            QJsonArray data;
            for (int v = 1; v <= 3; ++v)
                data.append(QJsonObject {
                    {QStringLiteral("prompt_version"), v},
                    {QStringLiteral("prompt_version_id"), QStringLiteral("pv-%1").arg(v)},
                    {QStringLiteral("prompt_version_status"),
                     v == 3 ? QStringLiteral("active") : QStringLiteral("archived")}});
            replyJson(socket, 200,
                      {{QStringLiteral("object"), QStringLiteral("list")},
                       {QStringLiteral("total"), data.size()},
                       {QStringLiteral("data"), data}});
            return;
        }
        const QString input = body.value(QStringLiteral("variables"))
                                  .toObject()
                                  .value(QStringLiteral("user_input"))
                                  .toString();
        const QJsonArray messages {
            QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
                         {QStringLiteral("content"), QStringLiteral("Summarise.")}},
            QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                         {QStringLiteral("content"), input}}};
        if (method == "POST" && action == u"render") {
            replyJson(socket, 200,
                      {{QStringLiteral("success"), true},
                       {QStringLiteral("data"),
                        QJsonObject {{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                                     {QStringLiteral("max_completion_tokens"), 250},
                                     {QStringLiteral("messages"), messages}}}});
            return;
        }
        if (method == "POST" && action == u"completions") {
            const QJsonObject completion {
                {QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                {QStringLiteral("object"), QStringLiteral("chat.completion")},
                {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                {QStringLiteral("choices"),
                 QJsonArray {QJsonObject {
                     {QStringLiteral("index"), 0},
                     {QStringLiteral("message"),
                      QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                   {QStringLiteral("content"),
                                    QString(QStringLiteral("A summary of: ") + input)}}},
                     {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}};
            replyJson(socket, 200,
                      {{QStringLiteral("status"), QStringLiteral("success")},
                       {QStringLiteral("headers"), QJsonObject()},
                       {QStringLiteral("body"), completion}});
            return;
        }
    }

    // --- virtual keys ---
    if (method == "GET" && parts.value(0) == u"virtual-keys") {
        const QJsonArray keys {
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Main OpenAI")},
                         {QStringLiteral("slug"), QStringLiteral("main-258f4d")},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("created_at"), QStringLiteral("2024-05-12T21:37:06.000Z")},
                         {QStringLiteral("object"), QStringLiteral("virtual-key")}},
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Azure test")},
                         {QStringLiteral("slug"), QStringLiteral("azure-test-4110dd")},
                         {QStringLiteral("status"), QStringLiteral("exhausted")},
                         {QStringLiteral("created_at"), QStringLiteral("2024-05-12T21:37:06.000Z")},
                         {QStringLiteral("object"), QStringLiteral("virtual-key")}},
            QJsonObject {{QStringLiteral("name"), QStringLiteral("Old Anthropic")},
                         {QStringLiteral("slug"), QStringLiteral("anthropic-old-77aa01")},
                         {QStringLiteral("status"), QStringLiteral("archived")},
                         {QStringLiteral("created_at"), QStringLiteral("2023-02-01T10:00:00.000Z")},
                         {QStringLiteral("object"), QStringLiteral("virtual-key")}}};
        if (parts.size() == 1) {
            replyJson(socket, 200,
                      {{QStringLiteral("object"), QStringLiteral("list")},
                       {QStringLiteral("total"), integer(keys.size())},
                       {QStringLiteral("data"), keys}});
            return;
        }
        for (const QJsonValue &k : keys) {
            if (k.toObject().value(QStringLiteral("slug")).toString() == parts.value(1)) {
                replyJson(socket, 200, k.toObject());
                return;
            }
        }
        replyError(socket, 404, QStringLiteral("AB08"), QStringLiteral("Virtual key not found"));
        return;
    }

    // --- analytics graphs (7.2): numbers typed integer but arriving with fractions ---
    if (method == "GET" && parts.value(0) == u"analytics" && parts.value(1) == u"graphs") {
        const QUrlQuery query(request.query);
        if (!query.hasQueryItem(QStringLiteral("time_of_generation_min"))
            || !query.hasQueryItem(QStringLiteral("time_of_generation_max"))) {
            replyError(
                socket, 400, QStringLiteral("AB01"),
                QStringLiteral("time_of_generation_min and time_of_generation_max are required"));
            return;
        }
        const QString graph = parts.mid(2).join(u'/');
        static const QStringList documented {QStringLiteral("requests"),
                                             QStringLiteral("cost"),
                                             QStringLiteral("latency"),
                                             QStringLiteral("tokens"),
                                             QStringLiteral("users"),
                                             QStringLiteral("users/requests"),
                                             QStringLiteral("errors"),
                                             QStringLiteral("errors/rate"),
                                             QStringLiteral("errors/stacks"),
                                             QStringLiteral("errors/status-codes"),
                                             QStringLiteral("requests/rescued"),
                                             QStringLiteral("cache/hit-rate"),
                                             QStringLiteral("cache/latency"),
                                             QStringLiteral("feedbacks"),
                                             QStringLiteral("feedbacks/scores"),
                                             QStringLiteral("feedbacks/weighted"),
                                             QStringLiteral("feedbacks/ai-models")};
        QJsonObject summary;
        QJsonArray points;
        if (m_graphs.contains(graph)) {
            summary = m_graphs.value(graph).value(QStringLiteral("summary")).toObject();
            points = m_graphs.value(graph).value(QStringLiteral("data_points")).toArray();
        } else if (graph == u"cost") {
            summary
                = {{QStringLiteral("total"), 3887.3066999996863}, {QStringLiteral("avg"), 0.89}};
            points = {QJsonObject {
                          {QStringLiteral("timestamp"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                          {QStringLiteral("total"), 1887.3066999996863},
                          {QStringLiteral("avg"), 0.8}},
                      QJsonObject {
                          {QStringLiteral("timestamp"), QStringLiteral("2026-01-02T00:00:00.000Z")},
                          {QStringLiteral("total"), 2000.0},
                          {QStringLiteral("avg"), 0.98}}};
        } else if (graph == u"requests") {
            summary = {{QStringLiteral("total"), 4344632.0}};
            points = {QJsonObject {
                          {QStringLiteral("timestamp"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                          {QStringLiteral("total"), QStringLiteral("2172316")}},
                      QJsonObject {
                          {QStringLiteral("timestamp"), QStringLiteral("2026-01-02T00:00:00.000Z")},
                          {QStringLiteral("total"), 2172316.0}}};
        } else if (!documented.contains(graph)) {
            replyError(socket, 404, QStringLiteral("AB02"), QStringLiteral("Unknown graph"));
            return;
        }
        replyJson(socket, 200,
                  {{QStringLiteral("summary"), summary},
                   {QStringLiteral("data_points"), points},
                   {QStringLiteral("object"), QStringLiteral("analytics-graph")}});
        return;
    }

    replyError(socket, 404, QStringLiteral("AB02"), QStringLiteral("No such endpoint"));
}
