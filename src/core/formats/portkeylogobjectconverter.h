// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagescanner.h"
#include "jsonlineparser.h"
#include "metricrowmapper.h"
#include "recordconverter.h"

// A Portkey log object (GET /logs/{id}, portkey-api.md 3.2): {_id, request, response,
// created_at, metrics: AnalyticsMetrics, ...}. The metrics go through the same mapping as an
// export row.
class PortkeyLogObjectConverter : public RecordConverter
{
public:
    bool convert(std::string_view text, LogRecord &out, QString *error) override;
    // One object of an already parsed document (a JSON array file); raw is its text.
    bool convertElement(const simdjson::dom::element &object, std::string_view raw, LogRecord &out,
                        QString *error);

private:
    JsonLineParser m_parser;
    MetricRowMapper m_mapper;
    ImageScanner m_images;
    QString m_formatName;
};
