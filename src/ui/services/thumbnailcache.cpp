// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcache.h"

#include "imageextractor.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

ThumbnailCache::ThumbnailCache(const QString &storeLocation, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<StoreWorker>(storeLocation, QStringLiteral("gatescope-images")))
    , m_network(new QNetworkAccessManager(this))
{
    m_cache.setMaxCost(48 * 1024);
}

ThumbnailCache::~ThumbnailCache() = default;

QString ThumbnailCache::rowKey(qint64 rowId, int index)
{
    return QString::number(rowId) + QLatin1Char('/') + QString::number(index);
}

ThumbnailCache::State ThumbnailCache::thumbnail(qint64 rowId, int index, const QString &hash,
                                                const QString &url, QImage *image)
{
    const QString key = hash.isEmpty() ? rowKey(rowId, index) : hash;
    if (const QImage *cached = m_cache.object(key)) {
        *image = *cached;
        return State::Ready;
    }
    if (const QImage *cached = m_cache.object(rowKey(rowId, index))) {
        *image = *cached;
        return State::Ready;
    }
    if (m_failed.contains(key))
        return State::Failed;
    if (!url.isEmpty() && !url.startsWith(QLatin1String("data:"))) {
        if (!m_networkAllowed)
            return State::NetworkOff;
        if (!m_fetching.contains(key)) {
            m_fetching.insert(key);
            fetchRemote(url, key, [this, key](const QByteArray &bytes, const QString &error) {
                m_fetching.remove(key);
                if (!error.isEmpty()) {
                    m_failed.insert(key);
                    Q_EMIT thumbnailsChanged();
                    return;
                }
                auto future = QtConcurrent::run(
                    [bytes] { return ImageExtractor::decode(bytes, ThumbnailSize); });
                auto *watcher = new QFutureWatcher<QImage>(this);
                connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key] {
                    const QImage thumb = watcher->result();
                    watcher->deleteLater();
                    if (thumb.isNull())
                        m_failed.insert(key);
                    else
                        m_cache.insert(key, new QImage(thumb),
                                       qMax<qsizetype>(1, thumb.sizeInBytes() / 1024));
                    Q_EMIT thumbnailsChanged();
                });
                watcher->setFuture(future);
            });
        }
        return State::Loading;
    }
    m_requested[rowId].insert(key);
    requestRow(rowId);
    return State::Loading;
}

void ThumbnailCache::requestRow(qint64 rowId)
{
    if (m_requested.value(rowId).contains(QStringLiteral("#loading")))
        return;
    m_requested[rowId].insert(QStringLiteral("#loading"));
    QPointer<ThumbnailCache> self(this);
    m_worker->post([self, rowId](LogStore *store) {
        QList<QPair<QString, QImage>> thumbs; // (hash, image), in the order found
        if (store) {
            QString error;
            if (const auto record = store->recordByRowId(rowId, &error)) {
                const auto found = ImageExtractor::extract(*record);
                for (const auto &image : found) {
                    thumbs.append({image.hash,
                                   image.bytes.isEmpty()
                                       ? QImage()
                                       : ImageExtractor::decode(image.bytes, ThumbnailSize)});
                }
            }
        }
        QMetaObject::invokeMethod(self, [self, rowId, thumbs] {
            if (!self)
                return;
            const QSet<QString> asked = self->m_requested.take(rowId);
            for (int i = 0; i < thumbs.size(); ++i) {
                const QImage &thumb = thumbs.at(i).second;
                if (thumb.isNull())
                    continue;
                const int cost = qMax<int>(1, int(thumb.sizeInBytes() / 1024));
                self->m_cache.insert(thumbs.at(i).first, new QImage(thumb), cost);
                self->m_cache.insert(rowKey(rowId, i), new QImage(thumb), cost);
            }
            for (const QString &key : asked) {
                if (key != QLatin1String("#loading") && !self->m_cache.contains(key))
                    self->m_failed.insert(key);
            }
            Q_EMIT self->thumbnailsChanged();
        });
    });
}

void ThumbnailCache::setNetworkImagesAllowed(bool allowed)
{
    if (allowed == m_networkAllowed)
        return;
    m_networkAllowed = allowed;
    Q_EMIT thumbnailsChanged();
}

void ThumbnailCache::fetchRemote(const QString &url, const QString &key,
                                 std::function<void(const QByteArray &, const QString &)> done)
{
    Q_UNUSED(key)
    QNetworkRequest request {QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // 15 s without a byte, or maxRemoteMs in all, whichever comes first.
    request.setTransferTimeout(qMin(15000, m_maxRemoteMs));
    QNetworkReply *reply = m_network->get(request);
    const qint64 limit = m_maxRemoteBytes;
    const int maxMs = m_maxRemoteMs;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, limit](qint64 received, qint64 total) {
                if (received > limit || total > limit)
                    reply->abort();
            });
    QTimer::singleShot(maxMs, reply, [reply] {
        reply->setProperty("gatescopeTimedOut", true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done, limit, maxMs] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            const bool timedOut = reply->property("gatescopeTimedOut").toBool()
                || reply->error() == QNetworkReply::TimeoutError;
            const QString reason = timedOut
                ? tr("The image took longer than %1 s to load.").arg(maxMs / 1000.0)
                : reply->error() == QNetworkReply::OperationCanceledError
                ? tr("The image is larger than the limit of %1 MB.").arg(limit / (1024 * 1024))
                : reply->errorString();
            done({}, reason);
            return;
        }
        // A small reply can arrive whole before downloadProgress could abort it: check again.
        const QByteArray bytes = reply->readAll();
        if (bytes.size() > limit) {
            done({}, tr("The image is larger than the limit of %1 MB.").arg(limit / (1024 * 1024)));
            return;
        }
        done(bytes, {});
    });
}

void ThumbnailCache::loadFull(qint64 rowId, int index, const QString &url, QObject *receiver,
                              std::function<void(const FullImage &)> done)
{
    QPointer<QObject> target(receiver);
    if (!url.isEmpty() && !url.startsWith(QLatin1String("data:"))) {
        if (!m_networkAllowed) {
            FullImage full;
            full.error = tr("This image is on the network (%1). Allow network images in the "
                            "View menu to load it.")
                             .arg(url);
            done(full);
            return;
        }
        fetchRemote(url, {}, [target, done](const QByteArray &bytes, const QString &error) {
            if (!target)
                return;
            FullImage full;
            full.bytes = bytes;
            full.error = error;
            if (error.isEmpty()) {
                full.image = QImage::fromData(bytes);
                if (full.image.isNull())
                    full.error = tr("The image could not be decoded.");
            }
            done(full);
        });
        return;
    }
    m_worker->post([target, rowId, index, done](LogStore *store) {
        FullImage full;
        QString error;
        const auto record = store ? store->recordByRowId(rowId, &error) : std::nullopt;
        if (!record) {
            full.error = error.isEmpty() ? tr("The log could not be loaded.") : error;
        } else {
            const auto found = ImageExtractor::extract(*record);
            if (index < 0 || index >= found.size() || found.at(index).bytes.isEmpty()) {
                full.error = tr("The image is not in the log's bodies.");
            } else {
                full.bytes = found.at(index).bytes;
                full.mime = found.at(index).mime;
                full.image = QImage::fromData(full.bytes);
                if (full.image.isNull())
                    full.error = tr("The image could not be decoded.");
            }
        }
        QMetaObject::invokeMethod(target, [target, done, full] {
            if (target)
                done(full);
        });
    });
}
