// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_token(QStringLiteral(
          R"re(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)re"))
{ }

void JsonHighlighter::highlightBlock(const QString &text)
{
    // Very long lines (a pasted body on one line) are left plain: colouring them costs more
    // than it helps.
    if (text.size() > 20000)
        return;
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QColor key = dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x8a, 0x1f, 0x8a);
    const QColor string = dark ? QColor(0xa5, 0xd6, 0x8a) : QColor(0x1a, 0x7f, 0x37);
    const QColor number = dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x00, 0x5c, 0xc5);
    const QColor literal = dark ? QColor(0xf6, 0x9d, 0x50) : QColor(0xb3, 0x50, 0x00);
    auto it = m_token.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedLength(1) > 0) {
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                      match.capturedLength(2) > 0 ? key : string);
        } else if (match.capturedLength(3) > 0) {
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), number);
        } else if (match.capturedLength(4) > 0) {
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), literal);
        }
    }
}
