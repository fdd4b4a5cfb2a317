// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

class StoredRow;

// The Gatescope JSONL line, written by hand: byte for byte what LogRecord::toJsonLine() writes
// (QJsonDocument, compact: keys sorted, the same escapes and number forms, bodies spliced in
// verbatim when they are JSON), at a fraction of its cost: no QJsonObject is built and no body
// is parsed into one.
namespace ExportLine {

// A body as toJsonLine() writes it: verbatim when it is JSON (line breaks, which can only be
// white space then, folded to spaces), else a JSON string; null when empty.
void appendBody(QByteArray &out, QByteArrayView body);

// The line of a stored row (LogStore::forEachStoredRow()), straight from its columns, in the
// parts around its bodies: appendHead(), appendBody(request), appendMiddle(),
// appendBody(response), appendTail() write what LogRecord::toJsonLine() writes for the record
// the row holds, and a line break.
// Keeps the names of the last enum values it wrote; one instance per thread.
class StoredColumns
{
public:
    void appendHead(QByteArray &out, const StoredRow &row); // up to "request":
    void appendMiddle(QByteArray &out, const StoredRow &row); // up to "response":
    void appendTail(QByteArray &out, const StoredRow &row); // the rest and a line break

private:
    // An enum column's last stored text and the name written for it.
    struct Name
    {
        bool valid = false;
        bool null = false;
        QByteArray stored;
        QByteArray written;
    };
    void appendName(QByteArray &out, const StoredRow &row, int column, Name &last);
    Name m_cache;
    Name m_requestType;
    Name m_strategy;
};

} // namespace ExportLine
