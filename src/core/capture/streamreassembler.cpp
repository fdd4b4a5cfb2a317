// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamreassembler.h"

#include <QJsonDocument>

StreamReassembler::StreamReassembler()
    : m_parser([this](const SseEvent &event) { onEvent(event); })
{ }

void StreamReassembler::feed(QByteArrayView bytes)
{
    m_parser.feed(bytes);
}

void StreamReassembler::onEvent(const SseEvent &event)
{
    const QByteArray data = event.data.trimmed();
    if (data.isEmpty())
        return;
    ++m_chunks;
    if (data == "[DONE]") {
        m_done = true;
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject())
        return;
    const QJsonObject chunk = doc.object();
    for (const char *key : {"id", "created", "model", "system_fingerprint", "object"}) {
        const QJsonValue v = chunk.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !m_head.contains(QLatin1String(key)))
            m_head.insert(QLatin1String(key), v);
    }
    if (chunk.value(u"usage").isObject())
        m_usage = chunk.value(u"usage");
    const QJsonArray choices = chunk.value(u"choices").toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject c = value.toObject();
        Choice &choice = m_choices[c.value(u"index").toInt()];
        if (c.contains(u"text")) {
            choice.isText = true;
            choice.text += c.value(u"text").toString();
        }
        const QJsonObject delta = c.value(u"delta").toObject();
        if (delta.value(u"role").isString())
            choice.role = delta.value(u"role").toString();
        choice.content += delta.value(u"content").toString();
        choice.reasoning += delta.value(u"reasoning_content").toString();
        for (const QJsonValue &callValue : delta.value(u"tool_calls").toArray()) {
            const QJsonObject call = callValue.toObject();
            QJsonObject &merged = choice.toolCalls[call.value(u"index").toInt()];
            for (const char *key : {"id", "type"}) {
                if (call.value(QLatin1String(key)).isString())
                    merged.insert(QLatin1String(key), call.value(QLatin1String(key)));
            }
            const QJsonObject function = call.value(u"function").toObject();
            QJsonObject mergedFunction = merged.value(u"function").toObject();
            if (function.value(u"name").isString())
                mergedFunction.insert(u"name", function.value(u"name"));
            const QString arguments = mergedFunction.value(u"arguments").toString()
                + function.value(u"arguments").toString();
            mergedFunction.insert(u"arguments", arguments);
            merged.insert(u"function", mergedFunction);
        }
        if (!c.value(u"finish_reason").isNull() && !c.value(u"finish_reason").isUndefined())
            choice.finishReason = c.value(u"finish_reason");
    }
}

QByteArray StreamReassembler::result() const
{
    if (m_head.isEmpty() && m_choices.empty())
        return {};
    QJsonObject out = m_head;
    const QString object = m_head.value(u"object").toString();
    if (object == u"chat.completion.chunk" || object.isEmpty())
        out.insert(u"object", QStringLiteral("chat.completion"));
    QJsonArray choices;
    for (const auto &[index, choice] : m_choices) {
        QJsonObject c {{QStringLiteral("index"), index}};
        if (choice.isText) {
            c.insert(u"text", choice.text);
        } else {
            QJsonObject message {
                {QStringLiteral("role"),
                 choice.role.isEmpty() ? QStringLiteral("assistant") : choice.role},
                {QStringLiteral("content"), choice.content}};
            if (!choice.reasoning.isEmpty())
                message.insert(u"reasoning_content", choice.reasoning);
            if (!choice.toolCalls.empty()) {
                QJsonArray calls;
                for (const auto &[callIndex, call] : choice.toolCalls)
                    calls.append(call);
                message.insert(u"tool_calls", calls);
            }
            c.insert(u"message", message);
        }
        c.insert(u"finish_reason",
                 choice.finishReason.isUndefined() ? QJsonValue() : choice.finishReason);
        choices.append(c);
    }
    out.insert(u"choices", choices);
    if (!m_usage.isUndefined())
        out.insert(u"usage", m_usage);
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}
