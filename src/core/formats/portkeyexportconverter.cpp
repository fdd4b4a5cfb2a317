// SPDX-License-Identifier: GPL-3.0-or-later
#include "portkeyexportconverter.h"

#include "fieldparsing.h"
#include "fileformat.h"
#include "portkeywrappers.h"
#include "secretredactor.h"

bool PortkeyExportConverter::applyRow(const simdjson::dom::element &row, MetricRowMapper &mapper,
                                      LogRecord &record, QString *error)
{
    std::string json; // the text of nested metadata values
    for (const simdjson::dom::key_value_pair field : simdjson::dom::object(row)) {
        const std::string_view key = field.key;
        const simdjson::dom::element value = field.value;
        if (key == "request") {
            PortkeyWrappers::readRequest(value, record, mapper.fallbacks());
            continue;
        }
        if (key == "response") {
            PortkeyWrappers::readResponse(value, record, mapper.fallbacks());
            continue;
        }
        if (key == "debug" || key == "is_debug") {
            // Do-Not-Track: only an explicit false says so (portkey-api.md 13).
            bool debug = true;
            std::string_view s;
            if (value.get(debug) == simdjson::SUCCESS && !debug)
                mapper.fallbacks().debugFalse = true;
            else if (value.get(s) == simdjson::SUCCESS && FieldParsing::parseBool(s) == false)
                mapper.fallbacks().debugFalse = true;
            continue;
        }
        MetricValue v;
        switch (value.type()) {
        case simdjson::dom::element_type::NULL_VALUE:
            break;
        case simdjson::dom::element_type::BOOL:
            v.kind = MetricValue::Kind::Bool;
            v.boolean = bool(value);
            break;
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE:
            v.kind = MetricValue::Kind::Number;
            v.number = double(value);
            break;
        case simdjson::dom::element_type::STRING:
            v.kind = MetricValue::Kind::String;
            v.text = std::string_view(value);
            break;
        default:
            // Objects and arrays matter only for metadata; the rest is not serialised, only
            // marked, so that a number field holding an object is reported.
            v.kind = MetricValue::Kind::Json;
            if (key == "metadata" || key == "metadata.key" || key == "metadata.value") {
                json = simdjson::minify(value);
                v.text = json;
            } else {
                v.text = value.is_array() ? std::string_view("[") : std::string_view("{");
            }
            break;
        }
        if (!mapper.apply(key, v, error))
            return false;
    }
    return true;
}

void PortkeyExportConverter::completeRecord(LogRecord &record, std::string_view raw,
                                            const simdjson::dom::element &parsed,
                                            const char *idPrefix, const QString &rawFormat,
                                            ImageScanner &images)
{
    if (record.id.isEmpty())
        record.id = FieldParsing::derivedId(idPrefix, raw);
    // Every field: a key deep in a body, a URL in an error message. The raw record's scan, a
    // third of this thread's work, is decided on its parsed values first.
    record.raw = FieldParsing::toBytes(raw);
    SecretRedactor::redactRecord(record, &parsed);
    record.rawFormat = rawFormat;
    if (!record.request.isEmpty())
        images.scan(std::string_view(record.request.constData(), size_t(record.request.size())),
                    ImageInfo::Direction::Input, record.images);
    if (!record.response.isEmpty())
        images.scan(std::string_view(record.response.constData(), size_t(record.response.size())),
                    ImageInfo::Direction::Output, record.images);
}

bool PortkeyExportConverter::convert(std::string_view text, LogRecord &out, QString *error)
{
    simdjson::dom::element root;
    if (!m_parser.parseObject(text, root, error))
        return false;
    if (m_formatName.isEmpty())
        m_formatName = FileFormats::name(FileFormat::PortkeyExport);
    out = LogRecord();
    m_mapper.begin(out);
    if (!applyRow(root, m_mapper, out, error))
        return false;
    m_mapper.finish();
    // A Do-Not-Track log leaves the export with its statistics only: no request or response
    // body and no headers (portkey-api.md 13). A failed one may keep its response body, and
    // then nothing says so. Only where the export has the content columns: the row names them,
    // or an earlier row of the file had content (an export without Request and Response
    // columns has no content in any row, and says nothing about Do-Not-Track).
    if (m_mapper.fallbacks().contentSeen) {
        m_contentExported = true;
    } else if (m_contentExported || root["request"].error() == simdjson::SUCCESS
               || root["response"].error() == simdjson::SUCCESS) {
        out.tracked = false;
    }
    if (!out.createdAt.isValid()) {
        if (error)
            *error = QStringLiteral("field 'created_at': missing (expected an ISO-8601 time)");
        return false;
    }
    completeRecord(out, m_parser.text(), root, "px-", m_formatName, m_images);
    return true;
}
