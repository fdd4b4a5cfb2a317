// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class StoreWorker;

// Thumbnails of the images in logs, keyed by content hash (ImageInfo::hash). A miss asks a worker
// to load the record with its bodies, find and decode its images there, and scale them; paint only
// ever reads the cache. Remote image URLs are fetched only when network images are allowed (off by
// default), never more than maxRemoteBytes and never for longer than maxRemoteMs in all (a server
// that drips bytes cannot hold a fetch open).
class ThumbnailCache : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    enum class State { Loading, Ready, Failed, NetworkOff };
    static constexpr int ThumbnailSize = 96; // pixels, enough for 2x screens at 40 px

    explicit ThumbnailCache(const QString &storeLocation, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail of a row's index-th image (ImageInfo order); asks for it when missing.
    State thumbnail(qint64 rowId, int index, const QString &hash, const QString &url,
                    QImage *image);

    void setNetworkImagesAllowed(bool allowed);
    bool networkImagesAllowed() const { return m_networkAllowed; }
    void setMaxRemoteBytes(qint64 bytes) { m_maxRemoteBytes = bytes; }
    void setMaxRemoteMs(int ms) { m_maxRemoteMs = ms; }

    // The full image for the viewer: decoded in the worker (or fetched when remote and allowed).
    struct FullImage
    {
        QImage image;
        QByteArray bytes;
        QString mime;
        QString error;
    };
    void loadFull(qint64 rowId, int index, const QString &url, QObject *receiver,
                  std::function<void(const FullImage &)> done);

Q_SIGNALS:
    void thumbnailsChanged();

private:
    void requestRow(qint64 rowId);
    void fetchRemote(const QString &url, const QString &key,
                     std::function<void(const QByteArray &, const QString &)> done);
    static QString rowKey(qint64 rowId, int index);

    std::unique_ptr<StoreWorker> m_worker;
    QNetworkAccessManager *m_network = nullptr;
    QCache<QString, QImage> m_cache; // cost in KiB
    QHash<qint64, QSet<QString>> m_requested; // row -> keys asked while it loads
    QSet<QString> m_failed;
    QSet<QString> m_fetching;
    bool m_networkAllowed = false;
    qint64 m_maxRemoteBytes = 8 * 1024 * 1024;
    int m_maxRemoteMs = 30000;
};
