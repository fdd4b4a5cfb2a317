// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A word-level diff of two texts (longest common subsequence over words and the whitespace
// between them), for showing a replayed answer beside the original.
class WordDiff
{
public:
    enum class Op { Equal, Removed, Added };
    struct Piece
    {
        Op op = Op::Equal;
        QString text;
        bool operator==(const Piece &) const = default;
    };

    // Pieces in reading order; consecutive pieces of one kind are merged.
    static QList<Piece> diff(const QString &before, const QString &after);
    // Words and the whitespace runs between them ("a  b" -> "a", "  ", "b").
    static QStringList tokens(const QString &text);
    // Two HTML fragments for a side-by-side view: removed words red on the left, added words
    // green on the right.
    static QString htmlBefore(const QList<Piece> &pieces);
    static QString htmlAfter(const QList<Piece> &pieces);
    static bool changed(const QList<Piece> &pieces);
};
