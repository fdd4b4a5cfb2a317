// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Writes a synthetic Portkey export JSONL file of about 2 KB per record, with the quirks of
// real exports (booleans as 1.0, zone-less timestamps, metadata as key/value arrays, cost in
// cents), for the import benchmarks. Deterministic for a given count.
namespace ExportGenerator {

// Returns the bytes written, or -1 when the file cannot be written.
qint64 write(const QString &path, qint64 records);

} // namespace ExportGenerator
