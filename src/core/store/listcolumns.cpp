// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ListColumns {

void appendJsonString(QByteArray &out, const QString &s, Nul nul)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c == '\0' && nul == Nul::Drop)
                break; // PostgreSQL's jsonb refuses \u0000
            if (uchar(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", uchar(c));
                out.append(buf);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

QByteArray metadataJson(const QMap<QString, QString> &metadata, Nul nul)
{
    if (metadata.isEmpty())
        return {};
    QByteArray out;
    out.reserve(64 * metadata.size());
    out.append('{');
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        if (it != metadata.cbegin())
            out.append(',');
        appendJsonString(out, it.key(), nul);
        out.append(':');
        appendJsonString(out, it.value(), nul);
    }
    out.append('}');
    return out;
}

QByteArray imagesJson(const QList<ImageInfo> &images)
{
    if (images.isEmpty())
        return {};
    QJsonArray a;
    for (const ImageInfo &img : images) {
        QJsonObject o;
        o.insert(u"d", img.direction == ImageInfo::Direction::Input ? u"in"_qs : u"out"_qs);
        if (!img.mime.isNull())
            o.insert(u"mime", img.mime);
        if (img.width)
            o.insert(u"w", *img.width);
        if (img.height)
            o.insert(u"h", *img.height);
        if (img.bytes)
            o.insert(u"b", double(*img.bytes));
        if (!img.url.isNull())
            o.insert(u"url", img.url);
        if (!img.hash.isNull())
            o.insert(u"hash", img.hash);
        a.append(o);
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

int inputImageCount(const QList<ImageInfo> &images)
{
    int n = 0;
    for (const ImageInfo &img : images)
        n += img.direction == ImageInfo::Direction::Input ? 1 : 0;
    return n;
}

QList<ImageInfo> imagesFromJson(const QByteArray &json)
{
    QList<ImageInfo> images;
    if (json.isEmpty())
        return images;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        ImageInfo img;
        img.direction = o.value(u"d").toString() == u"out" ? ImageInfo::Direction::Output
                                                           : ImageInfo::Direction::Input;
        if (o.contains(u"mime"))
            img.mime = o.value(u"mime").toString();
        if (o.contains(u"w"))
            img.width = o.value(u"w").toInt();
        if (o.contains(u"h"))
            img.height = o.value(u"h").toInt();
        if (o.contains(u"b"))
            img.bytes = qint64(o.value(u"b").toDouble());
        if (o.contains(u"url"))
            img.url = o.value(u"url").toString();
        if (o.contains(u"hash"))
            img.hash = o.value(u"hash").toString();
        images.append(img);
    }
    return images;
}

QByteArray attemptsJson(const QList<Attempt> &attempts)
{
    if (attempts.isEmpty())
        return {};
    QJsonArray a;
    for (const Attempt &at : attempts) {
        QJsonObject o;
        if (!at.target.isNull())
            o.insert(u"target", at.target);
        if (!at.provider.isNull())
            o.insert(u"provider", at.provider);
        if (!at.model.isNull())
            o.insert(u"model", at.model);
        if (at.latencyMs)
            o.insert(u"latency_ms", double(*at.latencyMs));
        if (at.ok)
            o.insert(u"ok", *at.ok);
        a.append(o);
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<Attempt> attemptsFromJson(const QByteArray &json)
{
    QList<Attempt> attempts;
    if (json.isEmpty())
        return attempts;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        Attempt at;
        if (o.contains(u"target"))
            at.target = o.value(u"target").toString();
        if (o.contains(u"provider"))
            at.provider = o.value(u"provider").toString();
        if (o.contains(u"model"))
            at.model = o.value(u"model").toString();
        if (o.contains(u"latency_ms"))
            at.latencyMs = qint64(o.value(u"latency_ms").toDouble());
        if (o.contains(u"ok"))
            at.ok = o.value(u"ok").toBool();
        attempts.append(at);
    }
    return attempts;
}

std::optional<double> weightedAverage(const QList<FeedbackEntry> &feedback)
{
    double sum = 0, weights = 0;
    for (const FeedbackEntry &f : feedback) {
        sum += f.value * f.weight;
        weights += f.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return sum / weights;
}

} // namespace ListColumns
