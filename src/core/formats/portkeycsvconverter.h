// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagescanner.h"
#include "metricrowmapper.h"
#include "recordconverter.h"

#include <QList>

#include <string>
#include <vector>

// One row of the legacy (email-request) CSV export, portkey-api.md 4.5 (c): columns in any
// order named by a header row; request.body/response.body hold JSON text. The row has no id, so
// the id is "csv-" + the sha1 of the row, stable across re-imports.
class PortkeyCsvConverter : public RecordConverter
{
public:
    // The header row; false when it does not name created_at.
    bool setHeader(std::string_view row, QString *error);
    bool convert(std::string_view row, LogRecord &out, QString *error) override;

    // Splits one RFC 4180 record (quoted fields may hold commas, "" and newlines).
    static void splitRow(std::string_view row, std::vector<std::string> &fields);
    // True when row ends inside a quoted field, so the record goes on on the next line.
    static bool isOpen(std::string_view row);

private:
    std::vector<std::string> m_columns;
    std::vector<std::string> m_fields;
    MetricRowMapper m_mapper;
    ImageScanner m_images;
    QString m_formatName;
};
