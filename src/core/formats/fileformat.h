// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

// The file formats Gatescope reads (DESIGN.md section 4), sniffed per file.
enum class FileFormat {
    Unknown,
    PortkeyExport, // Portkey export JSONL: one metric row with request/response per line
    PortkeyLogObject, // GET /logs/{id} objects: one object, an array, or JSONL
    PortkeyCsv, // the legacy (email-request) CSV export columns
    GatewayStream, // captured gateway /log/stream event data, one JSON per line
    Gatescope, // Gatescope's own JSONL export (canonical records)
};

namespace FileFormats {

QString name(FileFormat format); // "portkey-export", "gatescope", ...
FileFormat fromName(QStringView name); // Unknown when not recognised
// Judges by the start of a file: a CSV header row, or the keys of the first JSON record (a line,
// the document, or the first element of an array; records with none of the keys judged are
// passed over). Unknown when nothing fits. The name alone proves nothing.
FileFormat sniff(const QByteArray &head, const QString &fileName);
// The same, reading a JSON file as far as its first telling record ends, however long
// (at most maxBytes); the device is back at its position afterwards.
FileFormat sniff(QIODevice &device, const QString &fileName, qint64 maxBytes);

} // namespace FileFormats
