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

    // Only valid inside a job.
    QString openError() const { return m_openError; }

private:
    void ensureOpen();

    QString m_location;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    std::unique_ptr<LogStore> m_store; // used only in m_thread
    bool m_openTried = false;
    QString m_openError;
};
