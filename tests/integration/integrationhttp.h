// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small synchronous HTTP helpers for the integration tests (header-only: the tests link Qt
// Network through gatescope_core; the support library does not).

#include "logstore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <memory>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString error;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline HttpResult httpSend(QNetworkAccessManager &network, const QByteArray &verb,
                           const QString &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                           const QByteArray &body = {}, int timeoutMs = 30000)
{
    QNetworkRequest request {QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (!reply->isFinished())
        result.error = QStringLiteral("timed out");
    else if (result.status == 0)
        result.error = reply->errorString();
    reply->abort();
    reply->deleteLater();
    return result;
}

inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every record in the store, bodies included, by id.
inline QList<LogRecord> allRecords(LogStore &store, const QString &filter = {})
{
    QList<LogRecord> records;
    QString error;
    std::optional<PageKey> after;
    for (;;) {
        const std::optional<Page> page
            = store.page(LogQuery {filter, SortColumn::Time, false}, after, 500, &error);
        if (!page)
            break;
        for (const LogRecord &row : page->rows) {
            if (auto full = store.record(row.id, &error))
                records.append(*full);
        }
        if (!page->next)
            break;
        after = page->next;
    }
    return records;
}

// Waits until the store (opened afresh each time, as another process writes it) holds at least
// `count` records matching filter; returns the count seen last.
inline qint64 waitForCount(const QString &db, const QString &filter, qint64 count, int timeoutMs)
{
    qint64 seen = -1;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QString error;
        if (std::unique_ptr<LogStore> store = LogStore::open(db, &error)) {
            seen = store->count(filter, &error).value_or(-1);
            if (seen >= count)
                return seen;
        }
        QTest::qWait(200);
    }
    return seen;
}

// The bytes of a SQLite store as they sit on disk (main file and WAL), for secret searches.
inline QByteArray storeFileBytes(const QString &db)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(db + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}
