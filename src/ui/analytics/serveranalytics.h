// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionstore.h"
#include "controlplaneclient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrlQuery>

#include <atomic>
#include <memory>

// One question to the control plane's analytics graphs (portkey-api.md 7.2): the graphs of one
// tab of the analytics window over [from, to) with the filters the endpoints take.
struct ServerAnalyticsRequest
{
    int generation = 0; // the window's, handed back in the result
    int tab = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QUrlQuery filters;
    QStringList graphs; // paths under /analytics/graphs/: "requests", "errors/rate", ...
};

struct ServerAnalyticsResult
{
    int generation = 0;
    int tab = 0;
    QString connection;
    QHash<QString, AnalyticsGraph> graphs; // every graph asked for when ok
    bool ok = false; // graphs holds numbers to show (fresh, or from the cache)
    ControlPlaneError error; // why they are not fresh; its message is the user's sentence
    bool fromCache = false; // the last numbers fetched for the same question (offline)
    QDateTime fetchedAt;
    qint64 elapsedMs = 0;
};

// Fetches analytics graphs for the analytics window on a thread of its own, with its own
// ControlPlaneClient (whose calls block, so they never run on the UI thread). A newer fetch
// cancels the one in flight; the destructor cancels it too and waits for the thread. Numbers
// are kept in the connection's ResourceCache, so an offline window still shows the last ones.
class ServerAnalytics : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerAnalytics)

public:
    explicit ServerAnalytics(QObject *parent = nullptr);
    ~ServerAnalytics() override;

    // A client for this connection from now on; cacheDir holds its last numbers.
    void setConnection(const Connection &connection, const QString &apiKey,
                       const QString &cacheDir);
    void clearConnection();
    QString connection() const { return m_connection; }
    void setRetryPolicy(const RetryPolicy &policy);
    // What an interactive view waits for: one retry, and a Retry-After longer than ten seconds
    // is reported (with its time) rather than waited for.
    static RetryPolicy defaultRetryPolicy();

    void fetch(const ServerAnalyticsRequest &request);
    void cancel(); // the fetch in flight, if any, reports nothing

Q_SIGNALS:
    void fetched(const ServerAnalyticsResult &result);

private:
    class Worker;

    std::unique_ptr<Worker> m_worker; // the thread; its client and cache live there
    std::shared_ptr<std::atomic_bool> m_inFlight;
    QString m_connection;
};
