// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>

// Lenient readers for the values export files carry: times with or without a zone, numbers as
// floats or strings, booleans as 1.0/0.0 or "TRUE". Shared by every converter.
namespace FieldParsing {

// ISO-8601 ("2024-01-15T10:30:00.000", "...Z", "...+05:30", "2024-01-15 10:30:00", "2024-01-15").
// A time without a zone is UTC (the Portkey metric row writes created_at that way).
std::optional<QDateTime> parseTime(std::string_view text);
std::optional<double> parseNumber(std::string_view text); // "150", "150.0", " 1e3 "
std::optional<bool> parseBool(std::string_view text); // true/false/1/0/1.0/yes/no, any case

// The path of a URL: "https://api.openai.com/v1/chat/completions?x=1" -> "/v1/chat/completions".
QString urlPath(std::string_view url);
// "csv-" + sha1 hex of the bytes: the stable id of a record whose source has none.
QString derivedId(const char *prefix, std::string_view content);
QString sha1Hex(std::string_view bytes);

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
inline QByteArray toBytes(std::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}
// Replaces invalid UTF-8 sequences with U+FFFD so a parser that validates UTF-8 accepts the text.
QByteArray repairUtf8(std::string_view text);

} // namespace FieldParsing
