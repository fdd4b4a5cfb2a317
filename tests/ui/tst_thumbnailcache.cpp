// SPDX-License-Identifier: GPL-3.0-or-later
// Remote images in the viewer: fetched only when allowed, never more than the size limit and never
// for longer than the time limit, from a real HTTP server on loopback.
#include "logstore.h"
#include "thumbnailcache.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// Answers every request with `head` and then `body`, a byte every dripMs when dripMs > 0.
class ImageServer : public QObject
{
public:
    ImageServer(QByteArray head, QByteArray body, int dripMs)
        : m_head(std::move(head))
        , m_body(std::move(body))
        , m_dripMs(dripMs)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n")
                    || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                socket->write(m_head);
                if (m_dripMs <= 0) {
                    socket->write(m_body);
                    return;
                }
                auto *timer = new QTimer(socket);
                connect(timer, &QTimer::timeout, socket, [this, socket, timer] {
                    const qsizetype sent = socket->property("sent").toLongLong();
                    if (sent >= m_body.size()) {
                        timer->stop();
                        return;
                    }
                    socket->write(m_body.mid(sent, 1));
                    socket->setProperty("sent", sent + 1);
                });
                timer->start(m_dripMs);
            });
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/image.png").arg(m_server.serverPort());
    }

private:
    QTcpServer m_server;
    QByteArray m_head, m_body;
    int m_dripMs;
};

QByteArray pngBytes()
{
    QImage image(16, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray headFor(qint64 length)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
        + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
}

} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void networkImagesAreOffByDefault();
    void fetchesAnAllowedImage();
    void stopsAtTheSizeLimit();
    void stopsAServerThatDripsBytes();

private:
    ThumbnailCache::FullImage load(ThumbnailCache &cache, const QString &url);
    QTemporaryDir m_dir;
    QString m_store;
};

void TestThumbnailCache::initTestCase()
{
    m_store = m_dir.filePath(u"thumbs.sqlite"_qs);
    QString error;
    QVERIFY2(LogStore::open(m_store, &error), qPrintable(error));
}

ThumbnailCache::FullImage TestThumbnailCache::load(ThumbnailCache &cache, const QString &url)
{
    std::optional<ThumbnailCache::FullImage> result;
    cache.loadFull(1, 0, url, this, [&](const ThumbnailCache::FullImage &full) { result = full; });
    QElapsedTimer waited;
    waited.start();
    while (!result && waited.elapsed() < 20000)
        QTest::qWait(20);
    if (!result) {
        ThumbnailCache::FullImage none;
        none.error = QStringLiteral("no answer within 20 s");
        return none;
    }
    return *result;
}

void TestThumbnailCache::networkImagesAreOffByDefault()
{
    const QByteArray png = pngBytes();
    ImageServer server(headFor(png.size()), png, 0);
    ThumbnailCache cache(m_store);
    QVERIFY(!cache.networkImagesAllowed());
    const auto full = load(cache, server.url());
    QVERIFY(full.image.isNull());
    QVERIFY2(full.error.contains(u"Allow network images"), qPrintable(full.error));
}

void TestThumbnailCache::fetchesAnAllowedImage()
{
    const QByteArray png = pngBytes();
    ImageServer server(headFor(png.size()), png, 0);
    ThumbnailCache cache(m_store);
    cache.setNetworkImagesAllowed(true);
    const auto full = load(cache, server.url());
    QVERIFY2(full.error.isEmpty(), qPrintable(full.error));
    QCOMPARE(full.image.size(), QSize(16, 8));
    QCOMPARE(full.bytes, png);
}

void TestThumbnailCache::stopsAtTheSizeLimit()
{
    const QByteArray big(64 * 1024, 'x');
    ImageServer server(headFor(big.size()), big, 0);
    ThumbnailCache cache(m_store);
    cache.setNetworkImagesAllowed(true);
    cache.setMaxRemoteBytes(16 * 1024); // a whole loopback reply arrives at once
    const auto full = load(cache, server.url());
    QVERIFY(full.image.isNull());
    QVERIFY2(full.error.contains(u"larger than the limit"), qPrintable(full.error));
}

void TestThumbnailCache::stopsAServerThatDripsBytes()
{
    // A byte every 50 ms never trips a no-data timeout; only the total limit stops it.
    const QByteArray png = pngBytes();
    ImageServer server(headFor(png.size()), png, 50);
    ThumbnailCache cache(m_store);
    cache.setNetworkImagesAllowed(true);
    cache.setMaxRemoteMs(700);
    QElapsedTimer timer;
    timer.start();
    const auto full = load(cache, server.url());
    QVERIFY(full.image.isNull());
    QVERIFY2(full.error.contains(u"took longer"), qPrintable(full.error));
    QVERIFY(timer.elapsed() < 10000);
}

QTEST_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
