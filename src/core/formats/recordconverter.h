// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QString>

#include <string_view>

// Turns one record of a file (a line, a CSV row, one JSON document) into a LogRecord. The text
// must have SIMDJSON_PADDING (64) readable bytes after its end, as LineReader guarantees.
// Implementations never throw; a bad record gives false and a reason saying what was expected.
class RecordConverter
{
public:
    virtual ~RecordConverter() = default;
    virtual bool convert(std::string_view text, LogRecord &out, QString *error) = 0;
};
