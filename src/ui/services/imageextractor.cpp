// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageextractor.h"

#include "chatdocument.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Direction = ImageInfo::Direction;

void addDataUrl(const QString &text, Direction direction, QList<ImageExtractor::Found> &out)
{
    // data:image/png;base64,....
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma < 0)
        return;
    const QStringView header = QStringView(text).mid(5, comma - 5);
    ImageExtractor::Found found;
    found.direction = direction;
    found.mime = header.left(header.indexOf(QLatin1Char(';'))).toString();
    found.bytes = QByteArray::fromBase64(QStringView(text).mid(comma + 1).toLatin1());
    found.hash = ImageExtractor::sha1(found.bytes);
    found.source = text;
    if (!found.bytes.isEmpty())
        out.append(found);
}

void addBase64(const QString &text, const QString &mime, Direction direction,
               QList<ImageExtractor::Found> &out)
{
    ImageExtractor::Found found;
    found.direction = direction;
    found.mime = mime;
    found.bytes = QByteArray::fromBase64(text.toLatin1());
    found.hash = ImageExtractor::sha1(found.bytes);
    found.source = text;
    if (!found.bytes.isEmpty())
        out.append(found);
}

void addUrl(const QString &url, Direction direction, QList<ImageExtractor::Found> &out)
{
    ImageExtractor::Found found;
    found.direction = direction;
    found.url = url;
    found.hash = ImageExtractor::sha1(url.toUtf8());
    found.source = url;
    out.append(found);
}

bool isHttp(const QString &s)
{
    return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"));
}

void walk(const QJsonValue &value, Direction direction, QList<ImageExtractor::Found> &out)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            walk(item, direction, out);
        return;
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (s.startsWith(QLatin1String("data:image/")))
            addDataUrl(s, direction, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue child = it.value();
        if (key == QLatin1String("b64_json") && child.isString()) {
            // OpenAI image responses: data[].b64_json, PNG unless output_format says otherwise.
            const QString format = object.value(QLatin1String("output_format")).toString();
            addBase64(child.toString(),
                      format.isEmpty() ? QStringLiteral("image/png") : u"image/" + format,
                      Direction::Output, out);
        } else if (key == QLatin1String("image_url") || key == QLatin1String("url")) {
            QString url = child.isObject() ? child.toObject().value(QLatin1String("url")).toString()
                                           : child.toString();
            if (url.startsWith(QLatin1String("data:image/")))
                addDataUrl(url, direction, out);
            else if (isHttp(url)
                     && (key == QLatin1String("image_url")
                         || object.value(QLatin1String("revised_prompt")).isString()
                         || object.contains(QLatin1String("b64_json"))
                         || (direction == Direction::Output
                             && !object.contains(QLatin1String("type")))))
                addUrl(url, key == QLatin1String("url") ? Direction::Output : direction, out);
        } else if (key == QLatin1String("source") && child.isObject()
                   && child.toObject().value(QLatin1String("type")).toString()
                       == QLatin1String("base64")) {
            // Anthropic messages: {type: image, source: {type: base64, media_type, data}}.
            const QJsonObject source = child.toObject();
            addBase64(source.value(QLatin1String("data")).toString(),
                      source.value(QLatin1String("media_type")).toString(), direction, out);
        } else if (child.isObject() || child.isArray() || child.isString()) {
            walk(child, direction, out);
        }
    }
}

} // namespace

QList<ImageExtractor::Found> ImageExtractor::extract(const LogRecord &record)
{
    QList<Found> out;
    walk(ChatDocument::jsonOf(record.request), Direction::Input, out);
    walk(ChatDocument::jsonOf(record.response), Direction::Output, out);
    return out;
}

QList<ImageExtractor::Found> ImageExtractor::fromJson(const QJsonValue &value, Direction direction)
{
    QList<Found> out;
    walk(value, direction, out);
    return out;
}

bool ImageExtractor::looksLikeBase64(const QString &text)
{
    // A data URL is a chip at any useful size; bare base64 only when long enough to hurt.
    if (text.startsWith(QLatin1String("data:")) && text.contains(QLatin1String(";base64,")))
        return text.size() > 100;
    if (text.size() < 512)
        return false;
    // Sample the start: base64 has no spaces and only its 64 letters.
    const QStringView head = QStringView(text).left(256);
    for (QChar c : head) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('+')
            && c != QLatin1Char('/') && c != QLatin1Char('=') && c != QLatin1Char('-')
            && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

QString ImageExtractor::sha1(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QImage ImageExtractor::decode(const QByteArray &bytes, int size)
{
    QImage image = QImage::fromData(bytes);
    if (image.isNull() || size <= 0)
        return image;
    if (image.width() > size || image.height() > size)
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}
