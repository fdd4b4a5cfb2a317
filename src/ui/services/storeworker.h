// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

class LogStore;

// A thread with its own LogStore connection (a LogStore instance is one connection, used from one
// thread). Jobs run there in the order posted; they hand results back to the UI thread with
// QMetaObject::invokeMethod on a receiver. Never call into the store from the UI thread through it.
class StoreWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    // The job receives the thread's store, or nullptr when it could not be opened (then
    // openError() says why).
    using Job = std::function<void(LogStore *store)>;

    explicit StoreWorker(const QString &location, const QString &name, QObject *parent = nullptr);
    ~StoreWorker() override;

    QString location() const { return m_location; }
    void post(Job job);
    // Closes the thread's store and opens it again (the server dropped the connection), then
    // runs the job with the new one (nullptr when it could not be opened: openError()). Once it
    // opened, every other StoreWorker on the same location opens its store again before its
    // next job: their connections went with the same server.
    void postReopen(Job job);

    // Only valid inside a job.
    QString openError() const { return m_openError; }

private:
    void ensureOpen();

    QString m_location;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    std::unique_ptr<LogStore> m_store; // used only in m_thread
    bool m_openTried = false;
    int m_openedAt = 0; // the location's reopen count when the store was opened
    QString m_openError;
};
