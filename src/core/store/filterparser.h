// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logstore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How a filter field takes its value (for the compiler and for the UI's completion).
enum class FilterValueKind {
    Text, // whole value, case-insensitive; "value*" for a prefix
    Number, // N, >N, >=N, <N, <=N, a..b
    Enum, // one of FilterFieldInfo::values
    NumberOrEnum, // a number or one of FilterFieldInfo::values (status, retry, feedback)
    Date, // ISO date or date-time, UTC
};

struct FilterFieldInfo
{
    QString name; // "model"; "meta." stands for meta.KEY
    FilterValueKind kind = FilterValueKind::Text;
    QStringList values; // the names an Enum / NumberOrEnum field takes
    QString help; // one line for completion pop-ups
};

// One term of a filter, its value already checked and normalised, so the SQL compiler never
// needs to validate anything.
struct FilterTerm
{
    enum class Kind { FullText, Field };
    enum class Op { Equals, Prefix, Less, LessEq, Greater, GreaterEq, Range, Any, None };

    Kind kind = Kind::FullText;
    bool negated = false;
    int position = 0; // where the term starts in the filter text (its '-' included)
    int length = 0;

    // FullText: the word or phrase; Field: the canonical field name ("model", "meta").
    QString field;
    QString metaKey; // for meta.KEY
    Op op = Op::Equals;
    QString text; // FullText word/phrase, or a Text/Enum field's value (prefix without '*')
    bool phrase = false; // FullText: a "quoted phrase"
    bool prefix = false; // FullText: word*
    bool isNumber = false; // the value is low/high rather than text
    double low = 0; // Equals/Greater*/Range low bound (inclusive for Range)
    double high = 0; // Less*/Range high bound (inclusive for Range)
};

// Terms joined by OR; a filter is the AND of its clauses.
struct FilterClause
{
    QList<FilterTerm> anyOf;
};

struct FilterAst
{
    QList<FilterClause> clauses; // empty: everything matches
};

// Parses the filter language of DESIGN.md section 6 into a FilterAst. It knows nothing of SQL
// (see FilterCompiler) and is what the UI asks for completions and error positions.
class FilterParser
{
public:
    // The most terms a filter may have (SQLite's expression depth limit is 1000).
    static constexpr int kMaxTerms = 256;

    static std::optional<FilterAst> parse(const QString &filter, FilterError *error);
    static std::optional<FilterError> check(const QString &filter);

    // Every field the language knows, in the order a completion list shows them.
    static QList<FilterFieldInfo> fields();
    static std::optional<FilterFieldInfo> field(const QString &name);
};
