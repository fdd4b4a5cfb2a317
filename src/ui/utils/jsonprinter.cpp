// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonprinter.h"

#include "imageextractor.h"
#include "jsontreemodel.h"
#include "rawjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString quoted(const QString &s)
{
    // QJsonDocument escapes exactly as JSON needs; wrap the string in an array to reuse it.
    const QByteArray json = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

void print(const QJsonValue &v, int depth, QString &out, qsizetype maxChars)
{
    if (maxChars > 0 && out.size() > maxChars)
        return;
    const QString indent(depth * 2, QLatin1Char(' '));
    const QString inner((depth + 1) * 2, QLatin1Char(' '));
    if (v.isObject()) {
        const QJsonObject object = v.toObject();
        if (object.isEmpty()) {
            out += QStringLiteral("{}");
            return;
        }
        out += QStringLiteral("{\n");
        for (auto it = object.begin(); it != object.end(); ++it) {
            out += inner + quoted(it.key()) + QStringLiteral(": ");
            print(it.value(), depth + 1, out, maxChars);
            if (std::next(it) != object.end())
                out += QLatin1Char(',');
            out += QLatin1Char('\n');
            if (maxChars > 0 && out.size() > maxChars)
                return;
        }
        out += indent + QLatin1Char('}');
    } else if (v.isArray()) {
        const QJsonArray array = v.toArray();
        if (array.isEmpty()) {
            out += QStringLiteral("[]");
            return;
        }
        out += QStringLiteral("[\n");
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += inner;
            print(array.at(i), depth + 1, out, maxChars);
            if (i + 1 < array.size())
                out += QLatin1Char(',');
            out += QLatin1Char('\n');
            if (maxChars > 0 && out.size() > maxChars)
                return;
        }
        out += indent + QLatin1Char(']');
    } else if (v.isString()) {
        out += quoted(JsonPrinter::shortened(v.toString()));
    } else if (v.isDouble()) {
        // Shortest text that reads back as the same double: 0.2, never 0.20000000000000001.
        const double d = v.toDouble();
        out += (d == qint64(d) && qAbs(d) < 1e15)
            ? QString::number(qint64(d))
            : QString::number(d, 'g', QLocale::FloatingPointShortest);
    } else if (v.isBool()) {
        out += v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else {
        out += QStringLiteral("null");
    }
}

} // namespace

QString JsonPrinter::shortened(const QString &string)
{
    if (!ImageExtractor::looksLikeBase64(string))
        return string;
    const qsizetype comma
        = string.startsWith(QLatin1String("data:")) ? string.indexOf(QLatin1Char(',')) : -1;
    return string.left(comma + 1 + 16) + QStringLiteral("\u2026 ") + JsonTreeModel::summary(string);
}

QString JsonPrinter::print(const QJsonValue &value, qsizetype maxChars)
{
    QString out;
    ::print(value, 0, out, maxChars);
    if (maxChars > 0 && out.size() > maxChars) {
        out.truncate(maxChars);
        out += QStringLiteral("\n\u2026");
    }
    return out;
}

QString JsonPrinter::printRaw(const QByteArray &json, qsizetype maxChars)
{
    const char *data = json.constData();
    const qsizetype size = json.size();
    QString out;
    out.reserve(maxChars > 0 ? qMin(size, maxChars + 64) : size);
    int depth = 0;
    auto newline = [&out, &depth] {
        out += QLatin1Char('\n');
        out += QString(qMax(depth, 0) * 2, QLatin1Char(' '));
    };
    qsizetype pos = RawJson::skipSpace(data, size, 0);
    while (pos < size) {
        const char c = data[pos];
        if (c == '{' || c == '[') {
            if (RawJson::isEmptyContainer(data, size, pos)) {
                const qsizetype close = RawJson::skipSpace(data, size, pos + 1);
                out += QLatin1Char(c);
                if (close < size)
                    out += QLatin1Char(data[close]);
                pos = close + 1;
            } else {
                out += QLatin1Char(c);
                ++depth;
                newline();
                ++pos;
            }
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out += QLatin1Char(c);
            ++pos;
        } else if (c == ',') {
            out += QLatin1Char(',');
            newline();
            ++pos;
        } else if (c == ':') {
            out += QStringLiteral(": ");
            ++pos;
        } else {
            const qsizetype end = RawJson::valueEnd(data, size, pos);
            bool shortened = false;
            // Only a long string can be a base64 run worth shortening (ImageExtractor's rule).
            if (c == '"' && end - pos > 100) {
                const QString text = RawJson::decodeString(data, pos, end);
                if (ImageExtractor::looksLikeBase64(text)) {
                    out += u'"' + JsonPrinter::shortened(text) + u'"';
                    shortened = true;
                }
            }
            if (!shortened)
                out += QString::fromUtf8(data + pos, end - pos);
            pos = end;
        }
        if (maxChars > 0 && out.size() > maxChars) {
            out.truncate(maxChars);
            out += QStringLiteral("\n\u2026");
            return out;
        }
        pos = RawJson::skipSpace(data, size, pos);
    }
    return out;
}
