// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Walks JSON text as it was received, token by token, so the views that show a body (Raw, the
// tree, the Source tab) keep its key order and each number's own text. QJsonDocument sorts keys
// and turns numbers into doubles (0.2 -> 0.20000000000000001): never use it to show a body.
// Every function stays inside [0, size) whatever the input; on text that is not JSON it stops
// early instead of guessing.
class RawJson
{
public:
    enum class Kind { Invalid, Object, Array, String, Number, Literal };

    // The first position at or after pos that is not JSON white space.
    static qsizetype skipSpace(const char *data, qsizetype size, qsizetype pos);
    // The end (one past) of the value starting at pos: a string, a whole object or array, or a
    // number / true / false / null token. Unterminated values end at size.
    static qsizetype valueEnd(const char *data, qsizetype size, qsizetype pos);
    static Kind kindAt(const char *data, qsizetype size, qsizetype pos);
    // The text of the string token [begin, end) (quotes included) with its escapes decoded.
    static QString decodeString(const char *data, qsizetype begin, qsizetype end);
    // Whether the object or array starting at pos has no members.
    static bool isEmptyContainer(const char *data, qsizetype size, qsizetype pos);
};
