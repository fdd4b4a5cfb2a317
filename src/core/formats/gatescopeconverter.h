// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordconverter.h"

// One line of Gatescope's own JSONL export: the canonical record (LogRecord::toJson()), so an
// export imports back into identical records.
class GatescopeConverter : public RecordConverter
{
public:
    bool convert(std::string_view text, LogRecord &out, QString *error) override;
};
