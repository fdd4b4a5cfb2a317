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
    // The JSON text as received, re-indented: keys keep their order, numbers, escapes and
    // literals their own text; only long base64 strings are shortened. Tolerates a truncated
    // text (a preview) and stops once maxChars are written.
    static QString printRaw(const QByteArray &json, qsizetype maxChars = -1);
    // The shortened form of one string: data:image/png;base64,iVBORw0KGgo… [245 KB base64]
    static QString shortened(const QString &string);
};
