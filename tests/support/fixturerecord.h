// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filereader.h"
#include "testdata.h"

#include <QTest>

// The first record of a fixture in tests/data, read as an import would (any format FileReader
// knows). Header-only: gatescope_testsupport does not link the formats library, the tests that
// include this do.
namespace TestData {

inline LogRecord firstRecord(const QString &relative)
{
    FileReader reader(path(relative));
    QString error;
    if (!reader.open(&error))
        qFatal("%s: %s", qPrintable(relative), qPrintable(error));
    QList<LogRecord> records;
    QList<ReadError> errors;
    reader.readBatch(records, errors, 1);
    if (records.isEmpty())
        qFatal("%s: no record", qPrintable(relative));
    return records.first();
}

} // namespace TestData
