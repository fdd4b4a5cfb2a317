// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonprinter.h"

#include "imageextractor.h"
#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        const double d = v.toDouble();
        out += (d == qint64(d) && qAbs(d) < 1e15) ? QString::number(qint64(d))
                                                  : QString::number(d, 'g', 17);
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
