// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageprobe.h"
#include "imagescanner.h"
#include "secretredactor.h"

#include <QCryptographicHash>
#include <QTest>

// Images found in bodies, their headers read without QtGui; and the secret redaction the
// readers and the live capture share.
class TestImageScanner : public QObject
{
    Q_OBJECT

    // A real 1x1 PNG.
    static constexpr const char *kPng1x1
        = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
          "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

private slots:
    void requestImages()
    {
        const std::string body
            = std::string("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":[")
            + "{\"type\":\"text\",\"text\":\"what is this\"},"
            + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64," + kPng1x1
            + "\"}},{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/"
              "cat.jpg\"}},"
            + "{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/"
              "gif\",\"data\":\"R0lGODlhAwAFAIAAAP///"
              "wAAACH5BAEAAAAALAAAAAADAAUAAAIDhI9WADs=\"}}]}]}";
        ImageScanner scanner;
        QList<ImageInfo> images;
        scanner.scan(body, ImageInfo::Direction::Input, images);
        QCOMPARE(images.size(), 3);
        const QByteArray png = QByteArray::fromBase64(kPng1x1);
        QCOMPARE(images[0].direction, ImageInfo::Direction::Input);
        QCOMPARE(images[0].mime, u"image/png"_qs);
        QCOMPARE(images[0].width, std::optional<int>(1));
        QCOMPARE(images[0].height, std::optional<int>(1));
        QCOMPARE(images[0].bytes, std::optional<qint64>(png.size()));
        QCOMPARE(
            images[0].hash,
            QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex()));
        QVERIFY(images[0].url.isEmpty());
        QCOMPARE(images[1].url, u"https://example.com/cat.jpg"_qs);
        QVERIFY(images[1].mime.isNull());
        QCOMPARE(images[1].hash,
                 QString::fromLatin1(QCryptographicHash::hash("https://example.com/cat.jpg",
                                                              QCryptographicHash::Sha1)
                                         .toHex()));
        QCOMPARE(images[2].mime, u"image/gif"_qs);
        QCOMPARE(images[2].width, std::optional<int>(3));
        QCOMPARE(images[2].height, std::optional<int>(5));
    }

    void responseImages()
    {
        const std::string body = std::string("{\"created\":1,\"data\":[{\"b64_json\":\"") + kPng1x1
            + "\"},{\"url\":\"https://cdn.example.com/out.png\"}]}";
        ImageScanner scanner;
        QList<ImageInfo> images;
        scanner.scan(body, ImageInfo::Direction::Output, images);
        QCOMPARE(images.size(), 2);
        QCOMPARE(images[0].direction, ImageInfo::Direction::Output);
        QCOMPARE(images[0].mime, u"image/png"_qs);
        QCOMPARE(images[0].width, std::optional<int>(1));
        QCOMPARE(images[1].url, u"https://cdn.example.com/out.png"_qs);

        // A chat answer and an embedding list hold no image.
        images.clear();
        scanner.scan("{\"choices\":[{\"message\":{\"content\":\"an image of a cat\"}}]}",
                     ImageInfo::Direction::Output, images);
        scanner.scan("{\"object\":\"list\",\"data\":[{\"embedding\":[0.1]}]}",
                     ImageInfo::Direction::Output, images);
        QVERIFY(images.isEmpty());
    }

    void probe_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("png") << QByteArray::fromBase64(kPng1x1) << u"image/png"_qs << 1 << 1;
        QTest::newRow("gif") << QByteArray("GIF89a\x10\x00\x20\x00", 10) << u"image/gif"_qs << 16
                             << 32;
        // JPEG: SOI, an APP0 segment, then SOF0 with height 480 and width 640.
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\x00\x04\x00\x00"
                                            "\xFF\xC0\x00\x11\x08\x01\xE0\x02\x80\x03",
                                            18)
                              << u"image/jpeg"_qs << 640 << 480;
        QTest::newRow("webp vp8x") << QByteArray("RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0"
                                                 "\x63\x00\x00\xc7\x00\x00",
                                                 30)
                                   << u"image/webp"_qs << 100 << 200;
        QTest::newRow("not an image")
            << QByteArray("hello world, not an image") << QString() << -1 << -1;
    }
    void probe()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QFETCH(int, width);
        QFETCH(int, height);
        const ImageProbe::Result r = ImageProbe::probe(bytes);
        QCOMPARE(r.mime, mime);
        QCOMPARE(r.width.value_or(-1), width);
        QCOMPARE(r.height.value_or(-1), height);
    }

    void redaction_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArrayList>("gone");
        QTest::addColumn<QByteArrayList>("kept");
        QTest::newRow("provider options") << QByteArray(
            "{\"providerOptions\":{\"provider\":\"bedrock\",\"apiKey\":\"sk-1\","
            "\"awsSecretAccessKey\":\"aws-2\",\"awsSessionToken\":\"tok-3\","
            "\"vertexServiceAccountJson\":{\"private_key\":\"pk-4\"},\"retry\":{\"attempts\":0}}}")
                                          << QByteArrayList {"sk-1", "aws-2", "tok-3", "pk-4"}
                                          << QByteArrayList {"bedrock", "\"attempts\":0",
                                                             "\"apiKey\":\"[REDACTED]\""};
        QTest::newRow("headers") << QByteArray(
            "{\"headers\":{\"Authorization\":\"Bearer "
            "abc\",\"x-api-key\":\"xk\",\"api-key\":\"az\",\"content-type\":\"application/"
            "json\"},\"other\":\"basic dXNlcjpwYXNz\"}")
                                 << QByteArrayList {"abc", "xk", "\"az\"", "dXNlcjpwYXNz"}
                                 << QByteArrayList {"application/json"};
        QTest::newRow("url key") << QByteArray(
            "{\"requestURL\":\"https://generativelanguage.googleapis.com/v1beta/models/"
            "g:generateContent?key=GOOGLE-API-KEY-FAKE-123&alt=sse\"}")
                                 << QByteArrayList {"GOOGLE-API-KEY-FAKE-123"}
                                 << QByteArrayList {"alt=sse", "?key=[REDACTED]"};
        QTest::newRow("token counts stay") << QByteArray(
            "{\"usage\":{\"prompt_tokens\":3,\"max_tokens\":5},\"logprobs\":[{\"token\":\"Hi\"}],"
            "\"metadata\":{\"key\":[\"a\"],\"value\":[\"b\"]},\"cacheKey\":\"abc123\"}")
                                           << QByteArrayList {}
                                           << QByteArrayList {
                                                  "\"prompt_tokens\":3", "\"max_tokens\":5",
                                                  "\"token\":\"Hi\"", "\"key\":[\"a\"]", "abc123"};
        QTest::newRow("config inside a string")
            << QByteArray("{\"x-portkey-config\":\"{\\\"provider\\\":\\\"openai\\\",\\\"api_"
                          "key\\\":\\\"sk-inner\\\"}\"}")
            << QByteArrayList {"sk-inner"} << QByteArrayList {"openai"};
        // A key in a URL quoted in text is redacted too (issue #15: an upstream error echoing
        // the URL it was called with); only the value goes.
        QTest::newRow("url quoted in text")
            << QByteArray("{\"content\":\"see https://x.com/?key=1 for details\"}")
            << QByteArrayList {"key=1"}
            << QByteArrayList {"see https://x.com/?key=[REDACTED] for details"};
    }
    void redaction()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArrayList, gone);
        QFETCH(QByteArrayList, kept);
        SecretRedactor redactor;
        std::string out;
        QVERIFY(redactor.redact(std::string_view(json.constData(), size_t(json.size())), out));
        const QByteArray result = QByteArray::fromStdString(out);
        for (const QByteArray &g : gone)
            QVERIFY2(!result.contains(g), result.constData());
        for (const QByteArray &k : kept)
            QVERIFY2(result.contains(k), result.constData());
        QVERIFY(!redactor.redact("{\"truncated\":", out));
    }
};

QTEST_GUILESS_MAIN(TestImageScanner)
#include "tst_imagescanner.moc"
