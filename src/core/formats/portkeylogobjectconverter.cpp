// SPDX-License-Identifier: GPL-3.0-or-later
#include "portkeylogobjectconverter.h"

#include "fieldparsing.h"
#include "fileformat.h"
#include "portkeyexportconverter.h"
#include "portkeywrappers.h"

bool PortkeyLogObjectConverter::convert(std::string_view text, LogRecord &out, QString *error)
{
    simdjson::dom::element root;
    if (!m_parser.parseObject(text, root, error))
        return false;
    return convertElement(root, m_parser.text(), out, error);
}

bool PortkeyLogObjectConverter::convertElement(const simdjson::dom::element &object,
                                               std::string_view raw, LogRecord &out, QString *error)
{
    if (!object.is_object()) {
        if (error)
            *error = QStringLiteral("not a JSON object (expected a log object)");
        return false;
    }
    if (m_formatName.isEmpty())
        m_formatName = FileFormats::name(FileFormat::PortkeyLogObject);
    out = LogRecord();
    m_mapper.begin(out);
    const simdjson::dom::object o(object);
    simdjson::dom::element e;
    // The metrics first, so that the log's own fields (_id, created_at, bodies) win.
    if (o["metrics"].get(e) == simdjson::SUCCESS && e.is_object()) {
        if (!PortkeyExportConverter::applyRow(e, m_mapper, out, error)) {
            if (error)
                error->prepend(QStringLiteral("metrics: "));
            return false;
        }
    }
    if (!PortkeyExportConverter::applyRow(object, m_mapper, out, error))
        return false;
    std::string_view id;
    if (o["_id"].get(id) == simdjson::SUCCESS && !id.empty())
        out.id = FieldParsing::toQString(id);
    // Debug logging keeps the untransformed request when the request body itself is absent.
    if (out.request.isEmpty() && o["finalUntransformedRequest"].get(e) == simdjson::SUCCESS
        && e.is_object()) {
        simdjson::dom::element body;
        if (e["body"].get(body) == simdjson::SUCCESS && !body.is_null())
            out.request = QByteArray::fromStdString(simdjson::minify(body));
    }
    m_mapper.finish();
    if (!out.createdAt.isValid()) {
        if (error)
            *error = QStringLiteral("field 'created_at': missing (expected an ISO-8601 time)");
        return false;
    }
    PortkeyExportConverter::completeRecord(out, raw, object, "plo-", m_formatName, m_images);
    return true;
}
