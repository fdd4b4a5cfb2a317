// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlineparser.h"

#include "fieldparsing.h"

namespace {

QString describeError(simdjson::error_code code)
{
    switch (code) {
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::UNCLOSED_STRING:
    case simdjson::TAPE_ERROR:
        return QStringLiteral("truncated JSON (expected a complete JSON object)");
    case simdjson::EMPTY:
        return QStringLiteral("empty record");
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC:
        return QStringLiteral("record too large to parse");
    default:
        return QStringLiteral("invalid JSON (%1)")
            .arg(QLatin1String(simdjson::error_message(code)));
    }
}

} // namespace

bool JsonLineParser::parseObject(std::string_view text, simdjson::dom::element &root,
                                 QString *error, bool padded)
{
    m_text = text;
    m_repaired = false;
    simdjson::error_code code = m_parser.parse(text.data(), text.size(), !padded).get(root);
    if (code == simdjson::UTF8_ERROR) {
        // Bytes that are not UTF-8: keep the record, with U+FFFD in place of the bad bytes.
        m_copy = FieldParsing::repairUtf8(text);
        m_text = std::string_view(m_copy.constData(), size_t(m_copy.size()));
        m_repaired = true;
        code = m_parser.parse(m_text.data(), m_text.size(), true).get(root);
    }
    if (code != simdjson::SUCCESS) {
        if (error) {
            const size_t first = text.find_first_not_of(" \t\r\n");
            const bool looksJson
                = first != std::string_view::npos && (text[first] == '{' || text[first] == '[');
            *error = looksJson ? describeError(code)
                               : QStringLiteral("not a JSON object (expected a line starting "
                                                "with '{')");
        }
        return false;
    }
    if (!root.is_object()) {
        if (error)
            *error = QStringLiteral("not a JSON object (got %1)")
                         .arg(root.is_array() ? QStringLiteral("an array")
                                              : QStringLiteral("a JSON scalar"));
        return false;
    }
    return true;
}
