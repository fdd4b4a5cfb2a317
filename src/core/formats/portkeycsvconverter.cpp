// SPDX-License-Identifier: GPL-3.0-or-later
#include "portkeycsvconverter.h"

#include "fieldparsing.h"
#include "fileformat.h"
#include "secretredactor.h"

void PortkeyCsvConverter::splitRow(std::string_view row, std::vector<std::string> &fields)
{
    fields.clear();
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    for (size_t i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < row.size() && row[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.push_back(c);
            }
        } else if (c == '"' && !wasQuoted && field.empty()) {
            quoted = true;
            wasQuoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
            wasQuoted = false;
        } else if (c == '\r' && i + 1 == row.size()) {
            // the CR of a CRLF row end
        } else {
            field.push_back(c);
        }
    }
    fields.push_back(std::move(field));
}

bool PortkeyCsvConverter::isOpen(std::string_view row)
{
    bool quoted = false;
    for (const char c : row) {
        if (c == '"')
            quoted = !quoted; // "" toggles twice: still balanced
    }
    return quoted;
}

bool PortkeyCsvConverter::setHeader(std::string_view row, QString *error)
{
    splitRow(row, m_columns);
    for (std::string &c : m_columns) {
        while (!c.empty() && (c.back() == ' ' || c.back() == '\t'))
            c.pop_back();
        while (!c.empty() && (c.front() == ' ' || c.front() == '\t'))
            c.erase(c.begin());
    }
    for (const std::string &c : m_columns) {
        if (c == "created_at")
            return true;
    }
    if (error)
        *error = QStringLiteral("header row: expected a created_at column");
    return false;
}

bool PortkeyCsvConverter::convert(std::string_view row, LogRecord &out, QString *error)
{
    if (m_formatName.isEmpty())
        m_formatName = FileFormats::name(FileFormat::PortkeyCsv);
    QByteArray repaired;
    std::string_view text = row;
    if (!QUtf8StringView(text.data(), qsizetype(text.size())).isValidUtf8()) {
        repaired = FieldParsing::repairUtf8(text);
        text = std::string_view(repaired.constData(), size_t(repaired.size()));
    }
    splitRow(text, m_fields);
    // Too few columns is as wrong as too many: the values would land in the wrong columns' places
    // as soon as a cell is missing in the middle.
    if (m_fields.size() != m_columns.size()) {
        if (error)
            *error = QStringLiteral("expected %1 columns as in the header row, got %2")
                         .arg(m_columns.size())
                         .arg(m_fields.size());
        return false;
    }
    out = LogRecord();
    m_mapper.begin(out);
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const std::string &column = m_columns[i];
        const std::string &value = m_fields[i];
        if (column == "request.body") {
            out.request = QByteArray::fromStdString(value);
            if (value.find("\"stream\":true") != std::string::npos
                || value.find("\"stream\": true") != std::string::npos)
                m_mapper.fallbacks().stream = true;
            continue;
        }
        if (column == "response.body") {
            out.response = QByteArray::fromStdString(value);
            continue;
        }
        MetricValue v;
        v.kind = value.empty() ? MetricValue::Kind::Null : MetricValue::Kind::String;
        v.text = value;
        if (!m_mapper.apply(column, v, error))
            return false;
    }
    m_mapper.finish();
    if (!out.createdAt.isValid()) {
        if (error)
            *error = QStringLiteral("field 'created_at': missing (expected an ISO-8601 time)");
        return false;
    }
    out.id = FieldParsing::derivedId("csv-", text);
    out.raw = SecretRedactor::redactedCsvRow(FieldParsing::toBytes(text));
    SecretRedactor::redactRecord(out);
    out.rawFormat = m_formatName;
    if (!out.request.isEmpty())
        m_images.scan(std::string_view(out.request.constData(), size_t(out.request.size())),
                      ImageInfo::Direction::Input, out.images);
    if (!out.response.isEmpty())
        m_images.scan(std::string_view(out.response.constData(), size_t(out.response.size())),
                      ImageInfo::Direction::Output, out.images);
    return true;
}
