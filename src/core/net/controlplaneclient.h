// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

class QNetworkAccessManager;
struct LogRecord;

// Where one Portkey installation answers (portkey-api.md 1.1): hosted Portkey uses one URL for
// both planes, a hybrid or self-hosted set-up can split them.
struct ControlPlaneEndpoint
{
    QUrl controlPlane = QUrl(QStringLiteral("https://api.portkey.ai/v1"));
    QUrl dataPlane = QUrl(QStringLiteral("https://api.portkey.ai/v1"));
    QString workspace; // workspace id or slug; empty: the key's own workspace
    QString name; // the connection's name, for messages and LogRecord::source
    // A certificate (PEM or DER) trusted besides the system CAs, for a self-signed or private-CA
    // server. Verification is never switched off.
    QString caCertificateFile;
};

enum class Plane { Control, Data };

// What went wrong, in the categories a user can act on (portkey-api.md 1.4).
enum class ControlPlaneErrorKind {
    None,
    Unauthorized, // 401 AB05
    Forbidden, // 403 AB03: a missing scope, a plan without the feature, or an unknown resource
    PaymentRequired, // 402 AB09
    NotFound, // 404 AB08 (or AB02)
    RateLimited, // 429 AB06, after honouring Retry-After as often as allowed
    BadRequest, // 400 AB01 and other 4xx
    ServerError, // 5xx, after retries
    Timeout, // no answer in time, after retries
    Unreachable, // connection refused, host not found: the request never reached the server
    Tls, // the certificate or handshake was refused; verification is never switched off
    BadResponse, // 2xx but not the JSON the contract describes
    Cancelled,
};

struct ControlPlaneError
{
    ControlPlaneErrorKind kind = ControlPlaneErrorKind::None;
    int httpStatus = 0;
    QString code; // "AB03" when the server sent one
    QString serverMessage; // data.message or message from the body
    QString message; // one sentence for the user, with what to do
    int retryAfterMs = -1; // from the last 429
    // A signed download URL the storage host refused (403, S3's "Request has expired"): the
    // API gives a fresh one. No API key is sent there, so it is never the key's rights.
    bool linkExpired = false;
    bool hostNotFound = false; // the URL's host name does not resolve (no retry helps)

    bool ok() const { return kind == ControlPlaneErrorKind::None; }
    // A failure that may pass by itself (offline, 5xx, 429, timeout): worth a later retry.
    bool transient() const;
};

struct ControlPlaneResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonValue json; // the parsed body (Undefined when it was not JSON)
    ControlPlaneError error;
    int attempts = 0;

    bool ok() const { return error.ok(); }
};

// Retries for 5xx, timeouts and 429 (honouring Retry-After); 4xx other than 429 never retry.
struct RetryPolicy
{
    int maxAttempts = 4;
    int initialBackoffMs = 500;
    int maxBackoffMs = 30000;
    int timeoutMs = 30000; // per attempt, from the last byte received
    int maxRetryAfterMs = 300000; // a longer Retry-After is reported rather than waited for
};

// Export job status (portkey-api.md 4.2; the guide's "failure" is read as Failed, 16.4).
enum class ExportStatus { Unknown, Draft, InProgress, Success, Failed, Stopped };

struct ExportState
{
    ExportStatus status = ExportStatus::Unknown;
    QString statusText;
    qint64 totalRecords = -1; // SDK-only field total_records, -1 when absent
    QString error; // the guide reads status.error on failure
};

struct AnalyticsPoint
{
    QString timestamp; // empty for distributions without time (status codes, scores)
    QJsonObject values; // numbers already turned into doubles
};

struct AnalyticsGraph
{
    QJsonObject summary; // numbers as doubles (the spec types them integer; data has fractions)
    QList<AnalyticsPoint> points;
};

// A client of the Portkey control plane and the data plane's GET /logs/{id}. Calls block the
// calling thread in a local event loop (run it on a worker thread in the GUI); none throws.
// It never ignores TLS errors and never sends the API key to a signed download URL.
class ControlPlaneClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlPlaneClient)

public:
    ControlPlaneClient(ControlPlaneEndpoint endpoint, QString apiKey, QObject *parent = nullptr);
    ~ControlPlaneClient() override;

    const ControlPlaneEndpoint &endpoint() const { return m_endpoint; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // Checked while waiting; a cancelled call returns ControlPlaneErrorKind::Cancelled.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // One call with retries. scope names what the key needs (portkey-api.md 1.3) so a 403 can
    // say which scope is missing; action says what was being done ("export logs").
    ControlPlaneResponse call(const QByteArray &method, Plane plane, const QString &path,
                              const QUrlQuery &query, const QJsonValue &body, const QString &scope,
                              const QString &action);
    // GET a signed URL into a file, without the API key; follows redirects to the same scheme.
    ControlPlaneResponse download(const QUrl &url, const QString &filePath);

    // Log exports (section 4).
    ControlPlaneResponse createExport(const QJsonObject &filters, const QStringList &requestedData,
                                      const QString &description, QString *exportId, qint64 *total);
    ControlPlaneResponse updateExport(const QString &exportId, const QJsonObject &filters,
                                      qint64 *total);
    ControlPlaneResponse startExport(const QString &exportId);
    ControlPlaneResponse exportState(const QString &exportId, ExportState *state);
    ControlPlaneResponse cancelExport(const QString &exportId);
    ControlPlaneResponse exportDownloadUrl(const QString &exportId, QUrl *url);

    // One log object (section 3.2) and the LogRecord it converts into.
    ControlPlaneResponse fetchLog(const QString &logId, LogRecord *record);

    // Feedback (section 6): create on a trace id, update by the server's feedback id.
    ControlPlaneResponse createFeedback(const QString &traceId, int value, double weight,
                                        const QJsonObject &metadata, QString *feedbackId);
    ControlPlaneResponse updateFeedback(const QString &feedbackId, int value, double weight,
                                        const QJsonObject &metadata);

    // Configs, prompts, virtual keys and providers (sections 8-10). The config comes back as
    // the config object whether the server wrapped it or not (16.8).
    ControlPlaneResponse config(const QString &slug, QJsonObject *config);
    ControlPlaneResponse configs(QJsonArray *configs); // the workspace's configs (no bodies)
    ControlPlaneResponse prompt(const QString &promptId, QJsonObject *prompt);
    ControlPlaneResponse promptVersions(const QString &promptId, QJsonArray *versions);
    ControlPlaneResponse renderPrompt(const QString &promptId, const QJsonObject &variables,
                                      QJsonObject *request);
    ControlPlaneResponse promptCompletion(const QString &promptId, const QJsonObject &variables,
                                          QJsonObject *completion);
    ControlPlaneResponse virtualKeys(QJsonArray *keys);
    ControlPlaneResponse virtualKey(const QString &slug, QJsonObject *key);
    ControlPlaneResponse provider(const QString &slug, QJsonObject *provider);

    // Analytics graphs (section 7.2): graph is the path under /analytics/graphs/.
    ControlPlaneResponse analyticsGraph(const QString &graph, const QDateTime &from,
                                        const QDateTime &to, const QUrlQuery &filters,
                                        AnalyticsGraph *out);

private:
    QUrl urlFor(Plane plane, const QString &path, const QUrlQuery &query) const;
    bool waitMs(int ms); // false when cancelled
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    ControlPlaneEndpoint m_endpoint;
    QString m_apiKey;
    RetryPolicy m_policy;
    const std::atomic_bool *m_cancel = nullptr;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_tls; // the system CAs plus the endpoint's CA file
    QString m_caProblem; // why the CA file could not be used (said with a TLS failure)
};

// Parsing helpers tolerant of the inconsistencies in portkey-api.md section 16. Public so the
// cache and the UI read stored bodies the same way.
namespace ControlPlaneJson {

// An integer that may arrive as 40000, 40000.0 or "40000"; fallback when absent or not a number.
qint64 toInteger(const QJsonValue &value, qint64 fallback = -1);
// A number that may arrive as a string ("3887.3").
double toNumber(const QJsonValue &value, double fallback = 0);
ExportStatus exportStatus(const QString &text);
ExportState exportState(const QJsonObject &item);
// signed_url (spec, SDKs) or url (the export guide), 16.3.
QUrl downloadUrl(const QJsonObject &response);
// {success, data:{config}} (spec example) or flat {config, slug, ...} (SDK-PY), with config an
// object or a JSON string (16.8). Returns the config object; meta gets the other fields.
QJsonObject configObject(const QJsonValue &response, QJsonObject *meta = nullptr,
                         bool *ok = nullptr);
// A value as one line of text: objects and arrays as compact JSON, strings without quotes.
QString compactText(const QJsonValue &value);
// The object inside {success, data: X} when wrapped, else the object itself.
QJsonObject unwrapObject(const QJsonValue &response);
QJsonArray unwrapList(const QJsonValue &response);
AnalyticsGraph analyticsGraph(const QJsonObject &response);
// "AB03" and the message from {success:false, data:{message, errorCode}} or {message}.
void readErrorBody(const QJsonValue &body, QString *code, QString *message);
// Retry-After as seconds or an HTTP date, in ms; -1 when absent or unreadable.
int retryAfterMs(const QByteArray &header, const QDateTime &now);
// Whether a refused call (400 and the like) was about the export's size: "Export is limited
// to 5000 logs per job; these filters match 12000 logs". limit and matched get the numbers the
// message names (-1 when it names none).
bool sizeRefusal(const ControlPlaneError &error, qint64 *limit, qint64 *matched);
// The user's sentence for a failed call.
QString userMessage(const ControlPlaneError &error, const QString &host, const QString &scope,
                    const QString &action, int attempts);

} // namespace ControlPlaneJson
