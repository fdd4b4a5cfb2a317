// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatdocument.h"

#include "jsonprinter.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QUrl>

namespace {

constexpr int MinImageSide = 48; // px on screen for the longer side of an image

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ChatDocument", text, disambiguation, n);
}

struct Writer
{
    // Its strings belong to ChatDocument's context, as tr() above: without this lupdate files
    // them under "Writer", a context nothing asks for, and they stay English.
    Q_DECLARE_TR_FUNCTIONS(ChatDocument)

public:
    QTextDocument *doc;
    QTextCursor cursor;
    const QHash<QString, QImage> &images;
    const QHash<QString, int> &order;
    int imageCount = 0;

    QColor roleColor(const QString &role) const
    {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (role == QLatin1String("user"))
            return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xbf);
        if (role == QLatin1String("assistant"))
            return dark ? QColor(0x7e, 0xd3, 0x8f) : QColor(0x1a, 0x7f, 0x37);
        if (role == QLatin1String("system") || role == QLatin1String("developer"))
            return dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x6f, 0x42, 0xc1);
        return dark ? QColor(0xf6, 0x9d, 0x50) : QColor(0xb3, 0x50, 0x00);
    }

    void heading(const QString &role, const QString &note = {})
    {
        QTextBlockFormat block;
        block.setTopMargin(doc->isEmpty() ? 0 : 14);
        block.setBottomMargin(2);
        if (!doc->isEmpty())
            cursor.insertBlock(block);
        else
            cursor.setBlockFormat(block);
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontCapitalization(QFont::AllUppercase);
        format.setFontLetterSpacing(105);
        format.setForeground(roleColor(role));
        cursor.insertText(role.isEmpty() ? tr("message") : role, format);
        if (!note.isEmpty()) {
            QTextCharFormat noteFormat;
            noteFormat.setForeground(QGuiApplication::palette().color(QPalette::PlaceholderText));
            cursor.insertText(QStringLiteral("  ") + note, noteFormat);
        }
        QTextBlockFormat body;
        body.setBottomMargin(2);
        cursor.insertBlock(body, QTextCharFormat());
    }

    void markdown(const QString &text)
    {
        if (text.isEmpty())
            return;
        cursor.insertMarkdown(text);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }

    void code(const QString &text)
    {
        QTextCharFormat mono;
        mono.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        QTextBlockFormat block;
        block.setBackground(QGuiApplication::palette().color(QPalette::AlternateBase));
        block.setLeftMargin(6);
        cursor.insertBlock(block, mono);
        cursor.insertText(text, mono);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }

    void note(const QString &text)
    {
        QTextCharFormat format;
        format.setFontItalic(true);
        format.setForeground(QGuiApplication::palette().color(QPalette::PlaceholderText));
        cursor.insertText(text, format);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }

    void image(const QString &source)
    {
        const auto it = images.constFind(source);
        if (it == images.cend() || it->isNull()) {
            if (source.startsWith(QLatin1String("http")))
                note(tr("[remote image: %1]").arg(source));
            else
                note(tr("[image that could not be decoded]"));
            return;
        }
        const QUrl name(QStringLiteral("gatescope-image:%1").arg(imageCount++));
        QSize size = it->size().scaled(QSize(320, 240), Qt::KeepAspectRatio).boundedTo(it->size());
        QImage shown = *it;
        // A tiny image (a 2 x 2 test pixel) is no speck: enlarged by a whole factor to at least
        // MinImageSide, pixels kept sharp.
        const int longer = qMax(it->width(), it->height());
        if (longer > 0 && longer < MinImageSide) {
            const int factor = (MinImageSide + longer - 1) / longer;
            size = it->size() * factor;
            shown = it->scaled(size, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        }
        doc->addResource(QTextDocument::ImageResource, name, shown);
        QTextImageFormat format;
        format.setName(name.toString());
        format.setWidth(size.width());
        format.setHeight(size.height());
        format.setAnchor(true);
        format.setAnchorHref(QStringLiteral("image:%1").arg(order.value(source, -1)));
        format.setToolTip(
            tr("Click to open the image (%1 \u00d7 %2 px)").arg(it->width()).arg(it->height()));
        cursor.insertImage(format);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }

    void toolCalls(const QJsonArray &calls)
    {
        for (const QJsonValue &call : calls) {
            const QJsonObject c = call.toObject();
            const QJsonObject function = c.value(QLatin1String("function")).toObject();
            QString arguments = function.value(QLatin1String("arguments")).toString();
            // Indented as the model wrote them: its key order and numbers.
            const QByteArray bytes = arguments.toUtf8();
            if (QJsonDocument::fromJson(bytes).isObject())
                arguments = JsonPrinter::printRaw(bytes);
            note(tr("Tool call %1: %2")
                     .arg(c.value(QLatin1String("id")).toString(),
                          function.value(QLatin1String("name")).toString()));
            code(arguments);
        }
    }

    // content: a string, or an array of parts (text, image_url, input_audio, tool_use...).
    void content(const QJsonValue &value)
    {
        const QJsonValue &content = value;
        if (content.isString()) {
            markdown(content.toString());
            return;
        }
        if (content.isNull() || content.isUndefined())
            return;
        if (!content.isArray()) {
            code(JsonPrinter::print(content));
            return;
        }
        for (const QJsonValue &partValue : content.toArray()) {
            if (partValue.isString()) {
                markdown(partValue.toString());
                continue;
            }
            const QJsonObject part = partValue.toObject();
            const QString type = part.value(QLatin1String("type")).toString();
            if (type == QLatin1String("text") || type == QLatin1String("input_text")
                || type == QLatin1String("output_text")) {
                markdown(part.value(QLatin1String("text")).toString());
            } else if (type == QLatin1String("image_url") || type == QLatin1String("input_image")) {
                const QJsonValue url = part.value(QLatin1String("image_url"));
                image(url.isObject() ? url.toObject().value(QLatin1String("url")).toString()
                                     : url.toString());
            } else if (type == QLatin1String("image")) {
                const QJsonObject source = part.value(QLatin1String("source")).toObject();
                image(source.value(QLatin1String("data")).toString());
            } else if (type == QLatin1String("tool_use")) {
                note(tr("Tool call %1: %2")
                         .arg(part.value(QLatin1String("id")).toString(),
                              part.value(QLatin1String("name")).toString()));
                code(JsonPrinter::print(part.value(QLatin1String("input"))));
            } else if (type == QLatin1String("tool_result")) {
                note(tr("Tool result for %1")
                         .arg(part.value(QLatin1String("tool_use_id")).toString()));
                this->content(part.value(QLatin1String("content")));
            } else if (type == QLatin1String("input_audio")) {
                note(tr("[audio input]"));
            } else {
                code(JsonPrinter::print(part));
            }
        }
    }

    void message(const QJsonObject &m, const QString &note = {})
    {
        QString role = m.value(QLatin1String("role")).toString();
        QString extra = note;
        if (role == QLatin1String("tool"))
            extra = tr("result of %1").arg(m.value(QLatin1String("tool_call_id")).toString());
        if (m.contains(QLatin1String("name")) && role != QLatin1String("tool"))
            extra = m.value(QLatin1String("name")).toString();
        heading(role, extra);
        content(m.value(QLatin1String("content")));
        const QJsonValue refusal = m.value(QLatin1String("refusal"));
        if (refusal.isString())
            this->note(tr("Refusal: %1").arg(refusal.toString()));
        toolCalls(m.value(QLatin1String("tool_calls")).toArray());
    }
};

QJsonObject bodyOf(const QJsonValue &value)
{
    // Some sources wrap the body: {url, method, headers, body}.
    QJsonObject object = value.toObject();
    if (!object.contains(QLatin1String("messages"))
        && object.value(QLatin1String("body")).isObject())
        object = object.value(QLatin1String("body")).toObject();
    return object;
}

} // namespace

void ChatDocument::render(QTextDocument *document, const QJsonValue &requestValue,
                          const QJsonValue &responseValue, const QHash<QString, QImage> &images,
                          const QHash<QString, int> &imageOrder)
{
    document->clear();
    Writer w {document, QTextCursor(document), images, imageOrder};
    const QJsonObject request = bodyOf(requestValue);
    const QJsonObject response = bodyOf(responseValue);

    // The request.
    if (request.value(QLatin1String("system")).isString()) // Anthropic
        w.message({{QStringLiteral("role"), QStringLiteral("system")},
                   {QStringLiteral("content"), request.value(QLatin1String("system"))}});
    if (request.value(QLatin1String("messages")).isArray()) {
        for (const QJsonValue &m : request.value(QLatin1String("messages")).toArray())
            w.message(m.toObject());
    } else if (request.value(QLatin1String("input")).isArray()) { // responses API
        for (const QJsonValue &m : request.value(QLatin1String("input")).toArray()) {
            if (m.toObject().contains(QLatin1String("role")))
                w.message(m.toObject());
        }
    } else if (request.contains(QLatin1String("prompt"))
               || request.contains(QLatin1String("input"))) {
        const QJsonValue prompt = request.contains(QLatin1String("prompt"))
            ? request.value(QLatin1String("prompt"))
            : request.value(QLatin1String("input"));
        w.heading(QStringLiteral("user"), tr("prompt"));
        if (prompt.isArray()) {
            for (const QJsonValue &p : prompt.toArray())
                w.markdown(p.isString() ? p.toString() : JsonPrinter::print(p));
        } else {
            w.markdown(prompt.isString() ? prompt.toString() : JsonPrinter::print(prompt));
        }
    } else if (!request.isEmpty()) {
        w.heading(QStringLiteral("request"));
        w.code(JsonPrinter::print(request));
    }

    // The response.
    const QString responseNote = tr("response");
    if (response.value(QLatin1String("choices")).isArray()) {
        for (const QJsonValue &choiceValue : response.value(QLatin1String("choices")).toArray()) {
            const QJsonObject choice = choiceValue.toObject();
            QString note = responseNote;
            const QString finish = choice.value(QLatin1String("finish_reason")).toString();
            if (!finish.isEmpty())
                note = tr("response, finish reason: %1").arg(finish);
            if (choice.value(QLatin1String("message")).isObject()) {
                w.message(choice.value(QLatin1String("message")).toObject(), note);
            } else { // completions
                w.heading(QStringLiteral("assistant"), note);
                w.markdown(choice.value(QLatin1String("text")).toString());
            }
        }
    } else if (response.value(QLatin1String("data")).isArray()
               && !response.value(QLatin1String("data")).toArray().isEmpty()
               && response.value(QLatin1String("data"))
                      .toArray()
                      .first()
                      .toObject()
                      .contains(QLatin1String("embedding"))) {
        w.heading(QStringLiteral("assistant"), responseNote);
        w.note(tr("%n embedding(s)", nullptr,
                  int(response.value(QLatin1String("data")).toArray().size())));
    } else if (response.value(QLatin1String("data")).isArray()) { // images
        w.heading(QStringLiteral("assistant"), tr("generated images"));
        for (const QJsonValue &item : response.value(QLatin1String("data")).toArray()) {
            const QJsonObject image = item.toObject();
            if (image.value(QLatin1String("b64_json")).isString())
                w.image(image.value(QLatin1String("b64_json")).toString());
            else if (image.value(QLatin1String("url")).isString())
                w.image(image.value(QLatin1String("url")).toString());
            if (image.value(QLatin1String("revised_prompt")).isString())
                w.note(tr("Revised prompt: %1")
                           .arg(image.value(QLatin1String("revised_prompt")).toString()));
        }
    } else if (response.value(QLatin1String("output")).isArray()) { // responses API
        for (const QJsonValue &item : response.value(QLatin1String("output")).toArray()) {
            const QJsonObject o = item.toObject();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("message"))
                w.message(o, responseNote);
        }
    } else if (response.value(QLatin1String("content")).isArray()) { // Anthropic
        w.heading(QStringLiteral("assistant"), responseNote);
        w.content(response.value(QLatin1String("content")));
    } else if (response.value(QLatin1String("error")).isObject()) {
        w.heading(QStringLiteral("error"), responseNote);
        const QJsonObject error = response.value(QLatin1String("error")).toObject();
        w.markdown(error.value(QLatin1String("message")).toString());
        w.code(JsonPrinter::print(error));
    } else if (!response.isEmpty()) {
        w.heading(QStringLiteral("response"));
        w.code(JsonPrinter::print(response));
    }
    if (document->isEmpty())
        w.note(tr("No messages in this log."));
}

QJsonValue ChatDocument::jsonOf(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return {};
}
