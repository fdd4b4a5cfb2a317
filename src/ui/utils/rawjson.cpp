// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawjson.h"
#include "hexdigit.h"

#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// One past the closing quote of the string whose opening quote is at pos.
qsizetype stringEnd(const char *data, qsizetype size, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < size; ++i) {
        const char c = data[i];
        if (c == '\\')
            ++i;
        else if (c == '"')
            return i + 1;
    }
    return size;
}

} // namespace

qsizetype RawJson::skipSpace(const char *data, qsizetype size, qsizetype pos)
{
    while (pos < size && isSpace(data[pos]))
        ++pos;
    return pos;
}

RawJson::Kind RawJson::kindAt(const char *data, qsizetype size, qsizetype pos)
{
    if (pos >= size)
        return Kind::Invalid;
    switch (data[pos]) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
    case 'n':
        return Kind::Literal;
    default:
        return data[pos] == '-' || (data[pos] >= '0' && data[pos] <= '9') ? Kind::Number
                                                                          : Kind::Invalid;
    }
}

qsizetype RawJson::valueEnd(const char *data, qsizetype size, qsizetype pos)
{
    if (pos >= size)
        return size;
    const char first = data[pos];
    if (first == '"')
        return stringEnd(data, size, pos);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = pos; i < size; ++i) {
            const char c = data[i];
            if (c == '"') {
                i = stringEnd(data, size, i) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return size;
    }
    qsizetype i = pos;
    while (i < size && !isSpace(data[i]) && data[i] != ',' && data[i] != '}' && data[i] != ']'
           && data[i] != ':')
        ++i;
    return i == pos ? pos + 1 : i;
}

bool RawJson::isEmptyContainer(const char *data, qsizetype size, qsizetype pos)
{
    const qsizetype next = skipSpace(data, size, pos + 1);
    return next >= size || data[next] == '}' || data[next] == ']';
}

QString RawJson::decodeString(const char *data, qsizetype begin, qsizetype end)
{
    // Without the quotes; an unterminated string (a truncated preview) has no closing one.
    const qsizetype from = begin + 1;
    const qsizetype to = end > from && data[end - 1] == '"' ? end - 1 : end;
    if (to <= from)
        return {};
    const char *escape
        = static_cast<const char *>(std::memchr(data + from, '\\', size_t(to - from)));
    if (!escape)
        return QString::fromUtf8(data + from, to - from);
    QString out;
    out.reserve(to - from);
    qsizetype run = from;
    for (qsizetype i = escape - data; i < to; ++i) {
        if (data[i] != '\\')
            continue;
        out += QString::fromUtf8(data + run, i - run);
        if (i + 1 >= to) {
            run = to;
            break;
        }
        const char c = data[++i];
        switch (c) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            int code = 0;
            int digits = 0;
            for (; digits < 4 && i + 1 < to; ++digits) {
                const int h = hexDigitValue(data[i + 1]);
                if (h < 0)
                    break;
                code = code * 16 + h;
                ++i;
            }
            // A surrogate pair arrives as two escapes: UTF-16 takes them one after the other.
            out += digits == 4 ? QChar(char16_t(code)) : QChar(QChar::ReplacementCharacter);
            break;
        }
        default: // \" \\ \/ and anything else: the character itself
            out += QLatin1Char(c);
            break;
        }
        run = i + 1;
    }
    if (run < to)
        out += QString::fromUtf8(data + run, to - run);
    return out;
}
