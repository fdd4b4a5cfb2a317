// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sseparser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

// Rebuilds the completion an OpenAI-compatible event stream delivered piece by piece
// (chat.completion.chunk deltas: content, reasoning, tool calls; text_completion text), with the
// usage of the final chunk (stream_options.include_usage), as one chat.completion /
// text_completion object: what the same request without `stream` would have returned.
class StreamReassembler
{
public:
    StreamReassembler();

    void feed(QByteArrayView bytes);
    // Data frames seen so far (the first one marks the time to first token).
    qint64 chunks() const { return m_chunks; }
    bool sawDone() const { return m_done; }
    // The rebuilt object as compact JSON; empty when no chunk could be read.
    QByteArray result() const;

private:
    struct Choice
    {
        QString role;
        QString content;
        QString reasoning;
        QString text;
        bool isText = false;
        QJsonValue finishReason;
        std::map<int, QJsonObject> toolCalls;
    };
    void onEvent(const SseEvent &event);

    SseParser m_parser;
    qint64 m_chunks = 0;
    bool m_done = false;
    QJsonObject m_head; // id, object, created, model, system_fingerprint
    QJsonValue m_usage;
    std::map<int, Choice> m_choices;
};
