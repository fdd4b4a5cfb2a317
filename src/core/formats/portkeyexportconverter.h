// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagescanner.h"
#include "jsonlineparser.h"
#include "metricrowmapper.h"
#include "recordconverter.h"

// One line of a Portkey export JSONL (portkey-api.md 4.5): a flat metric row whose request and
// response are LogObject wrappers or bare bodies. Also reads the metric row of a log object.
class PortkeyExportConverter : public RecordConverter
{
public:
    bool convert(std::string_view text, LogRecord &out, QString *error) override;

    // Applies the fields of a metric-row object (an export row, or a log object's `metrics`) to
    // the record through mapper. Top-level request/response wrappers are read too.
    static bool applyRow(const simdjson::dom::element &row, MetricRowMapper &mapper,
                         LogRecord &record, QString *error);
    // Images, raw bytes (with secrets removed) and the id of a row without one. parsed: raw's
    // JSON, parsed.
    static void completeRecord(LogRecord &record, std::string_view raw,
                               const simdjson::dom::element &parsed, const char *idPrefix,
                               const QString &rawFormat, ImageScanner &images);

private:
    JsonLineParser m_parser;
    MetricRowMapper m_mapper;
    ImageScanner m_images;
    QString m_formatName;
    bool m_contentExported = false; // a row of this file had a body or headers
};
