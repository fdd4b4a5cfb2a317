// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveranalytics.h"

#include "resourcecache.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QTimeZone>
#include <QWaitCondition>

#include <functional>

namespace {

const QString kCacheKind = QStringLiteral("analytics");

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// The same graph over the same range with the same filters: the cache's key.
QString cacheKey(const ServerAnalyticsRequest &request, const QString &graph)
{
    return graph + u'?' + request.filters.toString(QUrl::FullyEncoded) + QStringLiteral("&from=")
        + isoUtc(request.fromMs) + QStringLiteral("&to=") + isoUtc(request.toMs);
}

} // namespace

// The thread runs its own job queue rather than an event loop: a queued call or a quit() would
// be picked up by the client's local event loop in the middle of a call (QThread::quit() ends
// every loop of the thread), while here a job always runs to its end.
class ServerAnalytics::Worker : public QThread
{
public:
    using Job = std::function<void()>;

    void post(Job job)
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.append(std::move(job));
        m_wake.wakeOne();
    }
    // The job in flight runs to its end (a cancelled call ends within 50 ms); the rest are
    // dropped.
    void stop()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_jobs.clear();
            m_wake.wakeOne();
        }
        wait();
    }

    // The members below are used only on the worker thread, from jobs.
    void setConnection(const Connection &connection, const QString &apiKey, const QString &cacheDir)
    {
        m_name = connection.name;
        m_client = std::make_unique<ControlPlaneClient>(connection.endpoint(), apiKey);
        m_client->setRetryPolicy(m_policy);
        m_cache = std::make_unique<ResourceCache>(cacheDir);
    }
    void clearConnection()
    {
        m_client.reset();
        m_cache.reset();
        m_name.clear();
    }
    void setRetryPolicy(const RetryPolicy &policy)
    {
        m_policy = policy;
        if (m_client)
            m_client->setRetryPolicy(policy);
    }

    // The result goes to owner on its thread.
    void fetch(ServerAnalytics *owner, const ServerAnalyticsRequest &request,
               const std::shared_ptr<std::atomic_bool> &cancel)
    {
        if (cancel->load() || !m_client)
            return;
        QElapsedTimer timer;
        timer.start();
        ServerAnalyticsResult result;
        result.generation = request.generation;
        result.tab = request.tab;
        result.connection = m_name;
        m_client->setCancelFlag(cancel.get());
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(request.fromMs, QTimeZone::utc());
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(request.toMs, QTimeZone::utc());
        QHash<QString, QJsonValue> bodies;
        for (const QString &graph : request.graphs) {
            AnalyticsGraph g;
            const ControlPlaneResponse r
                = m_client->analyticsGraph(graph, from, to, request.filters, &g);
            if (!r.ok()) {
                result.error = r.error;
                break;
            }
            result.graphs.insert(graph, g);
            bodies.insert(graph, r.json);
        }
        m_client->setCancelFlag(nullptr);
        if (cancel->load())
            return; // superseded or closed: nobody waits for it
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (result.error.ok()) {
            result.ok = true;
            result.fetchedAt = now;
            for (auto it = bodies.cbegin(); it != bodies.cend(); ++it)
                m_cache->put(kCacheKind, cacheKey(request, it.key()), it.value(), now);
        } else {
            result.graphs.clear();
            // Offline, timed out, 5xx or 429: the last numbers for the same question, if every
            // graph of it was fetched before. A 401/403/402 answer is not papered over.
            if (result.error.transient())
                fromCache(request, &result);
        }
        result.elapsedMs = timer.elapsed();
        QMetaObject::invokeMethod(
            owner, [owner, result] { Q_EMIT owner->fetched(result); }, Qt::QueuedConnection);
    }

protected:
    void run() override
    {
        for (;;) {
            Job job;
            {
                QMutexLocker lock(&m_mutex);
                while (m_jobs.isEmpty() && !m_stop)
                    m_wake.wait(&m_mutex);
                if (m_stop)
                    break;
                job = m_jobs.takeFirst();
            }
            job();
        }
        clearConnection(); // on the thread that made the client
    }

private:
    void fromCache(const ServerAnalyticsRequest &request, ServerAnalyticsResult *result) const
    {
        QHash<QString, AnalyticsGraph> graphs;
        QDateTime oldest;
        for (const QString &graph : request.graphs) {
            const std::optional<CachedResource> cached
                = m_cache->get(kCacheKind, cacheKey(request, graph));
            if (!cached || !cached->value.isObject())
                return;
            graphs.insert(graph, ControlPlaneJson::analyticsGraph(cached->value.toObject()));
            if (!oldest.isValid() || cached->fetchedAt < oldest)
                oldest = cached->fetchedAt;
        }
        result->graphs = graphs;
        result->ok = true;
        result->fromCache = true;
        result->fetchedAt = oldest;
    }

    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<Job> m_jobs;
    bool m_stop = false;

    QString m_name;
    RetryPolicy m_policy;
    std::unique_ptr<ControlPlaneClient> m_client;
    std::unique_ptr<ResourceCache> m_cache;
};

ServerAnalytics::ServerAnalytics(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    setRetryPolicy(defaultRetryPolicy());
    m_worker->setObjectName(QStringLiteral("gatescope-server-analytics"));
    m_worker->start();
}

ServerAnalytics::~ServerAnalytics()
{
    cancel(); // the client's wait notices within 50 ms
    m_worker->stop();
}

void ServerAnalytics::setConnection(const Connection &connection, const QString &apiKey,
                                    const QString &cacheDir)
{
    cancel();
    m_connection = connection.name;
    Worker *worker = m_worker.get();
    worker->post([worker, connection, apiKey, cacheDir] {
        worker->setConnection(connection, apiKey, cacheDir);
    });
}

void ServerAnalytics::clearConnection()
{
    cancel();
    m_connection.clear();
    Worker *worker = m_worker.get();
    worker->post([worker] { worker->clearConnection(); });
}

RetryPolicy ServerAnalytics::defaultRetryPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.timeoutMs = 15000;
    policy.maxRetryAfterMs = 10000;
    return policy;
}

void ServerAnalytics::setRetryPolicy(const RetryPolicy &policy)
{
    Worker *worker = m_worker.get();
    worker->post([worker, policy] { worker->setRetryPolicy(policy); });
}

void ServerAnalytics::fetch(const ServerAnalyticsRequest &request)
{
    cancel();
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_inFlight = flag;
    Worker *worker = m_worker.get();
    worker->post([this, worker, request, flag] { worker->fetch(this, request, flag); });
}

void ServerAnalytics::cancel()
{
    if (m_inFlight)
        m_inFlight->store(true);
    m_inFlight.reset();
}
