// SPDX-License-Identifier: GPL-3.0-or-later
#include "logprompt.h"

#include "replayclient.h"

#include <QJsonDocument>

namespace {

// The first value under name in a JSON tree (a log object keeps the rendered request in
// transformedRequest.body or finalUntransformedRequest.body).
QJsonValue findValue(const QJsonValue &value, QLatin1String name, int depth = 0)
{
    if (depth > 6)
        return QJsonValue(QJsonValue::Undefined);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(name))
            return o.value(name);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue found = findValue(it.value(), name, depth + 1);
            if (!found.isUndefined())
                return found;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

LogPrompt LogPrompt::read(const LogRecord &record)
{
    LogPrompt p;
    p.promptId = record.promptId;
    p.promptName = record.metadata.value(QStringLiteral("_prompt"));
    const QJsonObject request = QJsonDocument::fromJson(record.request).object();
    // The model the request asked for; the record's is the one that answered.
    p.model = request.value(u"model").toString(record.model);
    p.answer = ReplayClient::answerText(QJsonDocument::fromJson(record.response).object());
    const QJsonValue body = request;
    const QJsonValue raw = record.raw.isEmpty()
        ? QJsonValue()
        : QJsonValue(QJsonDocument::fromJson(record.raw).object());
    for (const QJsonValue &tree : {body, raw}) {
        if (p.messages.isEmpty() && p.prompt.isEmpty()) {
            p.messages = findValue(tree, QLatin1String("messages")).toArray();
            const QJsonValue prompt = findValue(tree, QLatin1String("prompt"));
            if (p.messages.isEmpty() && prompt.isString())
                p.prompt = prompt.toString();
        }
        if (p.variables.isEmpty())
            p.variables = findValue(tree, QLatin1String("variables")).toObject();
    }
    return p;
}

QString LogPrompt::contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject p = part.toObject();
        if (p.value(u"type").toString() == u"text")
            parts << p.value(u"text").toString();
        else
            parts << u'[' + p.value(u"type").toString() + u']';
    }
    return parts.join(u'\n');
}

QString LogPrompt::transcript() const
{
    if (messages.isEmpty())
        return prompt;
    QStringList blocks;
    for (const QJsonValue &m : messages) {
        const QJsonObject message = m.toObject();
        blocks << message.value(u"role").toString() + QStringLiteral(":\n")
                + contentText(message.value(u"content"));
    }
    return blocks.join(QStringLiteral("\n\n"));
}
