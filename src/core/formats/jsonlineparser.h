// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <simdjson.h>

#include <string_view>

// Parses one JSON record with a reused simdjson parser. Invalid UTF-8 is repaired (U+FFFD)
// rather than rejected; errors say what was expected ("truncated JSON", "not a JSON object").
class JsonLineParser
{
public:
    // text must have SIMDJSON_PADDING readable bytes after its end unless padded is false.
    bool parseObject(std::string_view text, simdjson::dom::element &root, QString *error,
                     bool padded = true);
    // The text the parsed document came from: the input, or its repaired copy.
    std::string_view text() const { return m_text; }
    bool repaired() const { return m_repaired; }

private:
    simdjson::dom::parser m_parser;
    QByteArray m_copy;
    std::string_view m_text;
    bool m_repaired = false;
};
