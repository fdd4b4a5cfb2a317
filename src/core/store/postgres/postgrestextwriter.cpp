// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrestextwriter.h"

PostgresLogStore::TextWriter::TextWriter(const QString &location)
{
    std::promise<bool> opened;
    std::future<bool> ready = opened.get_future();
    m_thread = std::thread(
        [this, location, opened = std::move(opened)]() mutable { run(location, opened); });
    m_writing = ready.get();
}

PostgresLogStore::TextWriter::~TextWriter()
{
    finish(nullptr);
}

void PostgresLogStore::TextWriter::push(TextBatch &&batch)
{
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_queue.size() < kMaxQueued || m_failed; });
    if (m_failed)
        return; // listed as pending: the next open indexes it
    m_queue.push_back(std::move(batch));
    m_work.notify_one();
}

bool PostgresLogStore::TextWriter::finish(QString *error)
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
        m_work.notify_one();
    }
    if (m_thread.joinable())
        m_thread.join();
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}

void PostgresLogStore::TextWriter::run(const QString &location, std::promise<bool> &opened)
{
    QString error;
    std::unique_ptr<PostgresLogStore> session = PostgresLogStore::openUrl(location, &error);
    opened.set_value(session != nullptr);
    while (session) {
        TextBatch batch;
        {
            std::unique_lock lock(m_mutex);
            m_work.wait(lock, [&] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_space.notify_one();
        }
        if (!session->writeText(batch, &error)) {
            const std::lock_guard lock(m_mutex);
            m_failed = true;
            m_error = error;
            m_queue.clear();
            m_space.notify_all();
            break;
        }
    }
}
