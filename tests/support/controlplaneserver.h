// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A local stand-in for the Portkey control plane (reference/portkey-api.md), for contract
// tests: the documented endpoints with the documented example payloads, every documented error
// on demand, and the inconsistencies of section 16 as switches. Plain HTTP/1.1 on loopback,
// one request per connection. Not a general HTTP server.
class ControlPlaneServer : public QObject
{
    Q_OBJECT

public:
    // An error the server answers with instead of the real thing.
    enum class Fault {
        None,
        Unauthorized, // 401 AB05
        Forbidden, // 403 AB03
        PaymentRequired, // 402 AB09
        NotFound, // 404 AB08
        RateLimited, // 429 AB06 with Retry-After: retryAfterSeconds
        ServerError, // 500 AB04
        ServiceUnavailable, // 503, no body
        Hang, // accept the request and never answer
    };

    struct Request
    {
        QByteArray method;
        QString path; // without the /v1 prefix and the query
        QString query;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit ControlPlaneServer(QObject *parent = nullptr);
    ~ControlPlaneServer() override;

    bool start(quint16 port = 0); // 0: any free port
    void stop(); // closes the port and every open connection: "offline"
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    static QString apiKey() { return QStringLiteral("pk-test-workspace-key"); }

    // The logs the export jobs draw from: count logs, one every stepMs from start.
    void setLogs(qint64 count, const QDateTime &start, qint64 stepMs);
    QDateTime firstLogTime() const { return m_logStart; }
    QDateTime lastLogTime() const;

    // Faults for requests whose "METHOD /path" starts with prefix ("" = all), for the next
    // `times` requests (-1: until cleared).
    void setFault(const QString &prefix, Fault fault, int times = -1);
    void clearFaults() { m_faults.clear(); }
    int retryAfterSeconds = 1;

    // Section 16 switches.
    bool exportFailureSpelling = false; // a failed job says "failure" (the guide) not "failed"
    bool failExports = false; // every started job ends failed, with an error text
    int failEveryNthJob = 0; // > 0: the Nth, 2Nth, ... started job ends failed
    // > 0: an export whose filters match more logs than this (or a page_size above it) is
    // refused with 400 AB01 naming the limit and the count, as an independent server does.
    // 0: accepted, with the file cut at the 50,000 a Portkey job holds.
    qint64 refuseJobsOver = 0;
    // Signed download URLs that answer 403 "Request has expired" (S3 style): the next n
    // downloads (-1: every one).
    int expireLinks = 0;
    bool downloadAsUrl = false; // {url} (the guide) instead of {signed_url}
    bool configFlat = false; // SDK-PY's flat config with config as a JSON string
    bool configOptions = false; // the earlier config form: {mode, options: [...]}
    bool totalsAsFractions = false; // integers sent as 40000.0 / "40000"
    bool omitTotals = false; // create/update answer without total (it is the only count)
    int pollsUntilDone = 1; // GET /logs/exports/{id} answers in_progress this often first
    int answerDelayMs = 0; // every answer comes this much later (a slow control plane)

    // Analytics graphs (7.2): what GET /analytics/graphs/<graph> answers from now on (graph as
    // "requests" or "errors/rate"). A documented graph not set answers with an empty summary and
    // no data points, except cost and requests, which keep the guide's fractional example.
    void setAnalyticsGraph(const QString &graph, const QJsonObject &summary,
                           const QJsonArray &dataPoints);
    void clearAnalyticsGraphs() { m_graphs.clear(); }

    // What happened.
    QList<Request> requests() const { return m_requests; }
    int count(const QString &methodAndPathPrefix) const;
    int exportsCreated() const { return m_exportsCreated; }
    int exportsRefused() const { return m_exportsRefused; }
    int jobsFailed() const { return m_jobsFailed; }
    QList<QJsonObject> feedback() const { return m_feedback.values(); } // by server id
    QJsonObject feedbackById(const QString &id) const { return m_feedback.value(id); }

private:
    struct ExportJob
    {
        QJsonObject filters;
        QString status = QStringLiteral("draft");
        int polls = 0;
        bool fails = false; // decided when started
    };
    struct Connection
    {
        QByteArray buffer;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void reply(QTcpSocket *socket, int status, const QByteArray &body,
               const QByteArray &extraHeaders = {});
    void replyJson(QTcpSocket *socket, int status, const QJsonObject &object);
    void replyError(QTcpSocket *socket, int status, const QString &code, const QString &message);
    bool applyFault(QTcpSocket *socket, const Request &request);
    QPair<qint64, qint64>
    rowRange(const QJsonObject &filters) const; // [first, last], empty if first > last
    QByteArray exportFile(const ExportJob &job) const;
    // Replies 400 and returns true when the filters ask for more than refuseJobsOver.
    bool refuseOversized(QTcpSocket *socket, const QJsonObject &filters);
    QJsonValue integer(qint64 value) const;

    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<QPointer<QTcpSocket>> m_hanging;
    QList<Request> m_requests;
    struct FaultRule
    {
        QString prefix;
        Fault fault;
        int remaining;
    };
    QList<FaultRule> m_faults;
    qint64 m_logCount = 0;
    QDateTime m_logStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    qint64 m_stepMs = 1000;
    QMap<QString, ExportJob> m_exports;
    int m_exportsCreated = 0;
    int m_exportsRefused = 0;
    int m_jobsStarted = 0;
    int m_jobsFailed = 0;
    QMap<QString, QJsonObject> m_feedback;
    int m_nextId = 1;
    QMap<QString, QJsonObject> m_graphs; // graph -> {summary, data_points}
};
