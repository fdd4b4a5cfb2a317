// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricrowmapper.h"

namespace simdjson::dom {
class element;
}

// The request/response of a Portkey log: either the LogObject wrappers ({url, method, headers,
// body, portkeyHeaders} / {status, headers, body, responseTime, lastUsedOptionJsonPath},
// portkey-api.md 3.2) or a bare body. Stores the BODY's JSON text in the record and hands what
// the wrappers and their headers say to the mapper's fallbacks. Shared by the export row and
// log object converters.
class PortkeyWrappers
{
public:
    static void readRequest(const simdjson::dom::element &value, LogRecord &record,
                            MetricRowMapper::Fallbacks &fallbacks);
    static void readResponse(const simdjson::dom::element &value, LogRecord &record,
                             MetricRowMapper::Fallbacks &fallbacks);
    // Hands the x-portkey-* headers of a header map to the fallbacks.
    static void readHeaders(const simdjson::dom::element &headers,
                            MetricRowMapper::Fallbacks &fallbacks);
};
