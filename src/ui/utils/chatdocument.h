// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QJsonValue>

class QTextDocument;

// Writes a request and its response into a QTextDocument for reading: each message with its
// role, markdown text, tool calls and inline images, then the response. Knows the OpenAI chat,
// completions, images, responses and Anthropic messages shapes; shows anything else as JSON.
// Images are linked as "image:<n>" (n: their order in ImageExtractor) so a click can open them.
class ChatDocument
{
public:
    // A stored body as the JSON render() takes: its object or array, null when it is empty or
    // not JSON.
    static QJsonValue jsonOf(const QByteArray &body);
    // images: decoded previews keyed by the JSON string they came from; imageOrder: that string's
    // index in ImageExtractor's order.
    static void render(QTextDocument *document, const QJsonValue &request,
                       const QJsonValue &response, const QHash<QString, QImage> &images,
                       const QHash<QString, int> &imageOrder);
};
