// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include <vector>

QStringList WordDiff::tokens(const QString &text)
{
    QStringList out;
    QString current;
    bool space = false;
    for (const QChar c : text) {
        const bool isSpace = c.isSpace();
        if (!current.isEmpty() && isSpace != space) {
            out << current;
            current.clear();
        }
        space = isSpace;
        current += c;
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QList<WordDiff::Piece> WordDiff::diff(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    // Common prefix and suffix first: answers usually differ in a few places, which keeps the
    // quadratic table small.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    QList<Piece> pieces;
    auto add = [&pieces](Op op, const QString &text) {
        if (!pieces.isEmpty() && pieces.last().op == op)
            pieces.last().text += text;
        else
            pieces.append({op, text});
    };
    for (qsizetype i = 0; i < prefix; ++i)
        add(Op::Equal, a[i]);

    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = a[prefix + i] == b[prefix + j]
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
            add(Op::Equal, a[prefix + i]);
            ++i;
            ++j;
        } else if (i < n
                   && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            add(Op::Removed, a[prefix + i]);
            ++i;
        } else {
            add(Op::Added, b[prefix + j]);
            ++j;
        }
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        add(Op::Equal, a[k]);
    return pieces;
}

namespace {

QString html(const QList<WordDiff::Piece> &pieces, WordDiff::Op shown, const char *colour)
{
    QString out;
    for (const WordDiff::Piece &piece : pieces) {
        if (piece.op == WordDiff::Op::Equal)
            out += piece.text.toHtmlEscaped();
        else if (piece.op == shown)
            out += QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                       .arg(QLatin1String(colour), piece.text.toHtmlEscaped());
    }
    out.replace(u'\n', QStringLiteral("<br/>"));
    return QStringLiteral("<div style=\"white-space:pre-wrap\">") + out + QStringLiteral("</div>");
}

} // namespace

QString WordDiff::htmlBefore(const QList<Piece> &pieces)
{
    return html(pieces, Op::Removed, "#f8c4c4");
}

QString WordDiff::htmlAfter(const QList<Piece> &pieces)
{
    return html(pieces, Op::Added, "#c4ecc4");
}

bool WordDiff::changed(const QList<Piece> &pieces)
{
    for (const Piece &piece : pieces) {
        if (piece.op != Op::Equal)
            return true;
    }
    return false;
}
