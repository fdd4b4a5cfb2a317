// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

// Writes JSON indented for reading, with long base64 strings shortened to their first characters
// and a size note, so a raw view never holds a million characters of an image. Not for saving:
// "Save as" writes the original bytes.
class JsonPrinter
{
public:
    static QString print(const QJsonValue &value, qsizetype maxChars = -1);
    // The shortened form of one string: data:image/png;base64,iVBORw0KGgo… [245 KB base64]
    static QString shortened(const QString &string);
};
