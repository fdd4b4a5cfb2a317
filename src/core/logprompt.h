// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// What one stored log knows of the prompt template that made its request, without the network:
// the rendered messages (or completion prompt) as sent, the variables filled in, and the model.
// The template itself lives on the control plane; this is the log's rendered copy of it.
struct LogPrompt
{
    QString promptId;
    QString promptName; // metadata _prompt, when the client set it
    QString model;
    QJsonArray messages; // chat: the rendered messages
    QString prompt; // completions: the rendered prompt
    QJsonObject variables; // from the body ({"variables": {...}}, prompts/{id}/completions)
    QString answer; // the answer the log recorded

    static LogPrompt read(const LogRecord &record);
    bool isEmpty() const { return messages.isEmpty() && prompt.isEmpty() && variables.isEmpty(); }
    // The messages as "role:\ncontent" blocks (text parts joined), or the prompt text.
    QString transcript() const;
    // A chat message's content as text: a string as it is, parts' text joined by new lines,
    // other parts as [type].
    static QString contentText(const QJsonValue &content);
};
