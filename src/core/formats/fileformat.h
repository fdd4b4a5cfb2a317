// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

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
// Looks at the first bytes of a file (a few KB) and its name. Unknown when nothing fits.
FileFormat sniff(const QByteArray &head, const QString &fileName);

} // namespace FileFormats
