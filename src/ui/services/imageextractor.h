// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/logrecord.h"

#include <QByteArray>
#include <QImage>
#include <QJsonValue>
#include <QList>
#include <QString>

// Finds the images in a record's bodies: data URLs in chat content parts, b64_json in image
// responses, Anthropic-style base64 sources, and remote URLs (not fetched here). Runs in a worker:
// it parses JSON and decodes base64, so it must never run in paint or data().
class ImageExtractor
{
public:
    struct Found
    {
        ImageInfo::Direction direction = ImageInfo::Direction::Input;
        QString mime; // from the data URL; empty when unknown
        QByteArray bytes; // decoded; empty for a remote URL
        QString url; // remote URL; empty for inline images
        QString hash; // sha1 hex of the decoded bytes, or of the URL
        QString source; // the JSON string it came from (data URL or base64), to find it again
    };

    static QList<Found> extract(const LogRecord &record);
    static QList<Found> fromJson(const QJsonValue &value, ImageInfo::Direction direction);

    // A string long enough and shaped like base64 (or a data URL) to be shown as a chip.
    static bool looksLikeBase64(const QString &text);
    static QString sha1(const QByteArray &bytes);

    // Decodes and scales to fit a square of `size` pixels (0: full size).
    static QImage decode(const QByteArray &bytes, int size = 0);
};
