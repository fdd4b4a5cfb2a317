// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileformat.h"

#include <QList>
#include <QStringList>

namespace {

struct FormatName
{
    FileFormat format;
    const char *name;
};

const FormatName kNames[] = {
    {FileFormat::PortkeyExport, "portkey-export"},
    {FileFormat::PortkeyLogObject, "portkey-log-object"},
    {FileFormat::PortkeyCsv, "portkey-csv"},
    {FileFormat::GatewayStream, "gateway-stream"},
    {FileFormat::Gatescope, "gatescope"},
};

// The first non-blank line of head (without its end of line), skipping a UTF-8 byte order mark.
QByteArray firstLine(const QByteArray &head)
{
    qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < head.size()) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        const QByteArray line = head.mid(start, end - start).trimmed();
        if (!line.isEmpty())
            return line;
        start = end + 1;
    }
    return {};
}

bool hasKey(const QByteArray &text, const char *key)
{
    const QByteArray quoted = QByteArray("\"").append(key).append('"');
    return text.contains(quoted);
}

// A JSON text's keys, judged from the text itself: the head may be cut in the middle of a
// record, so it is searched rather than parsed.
FileFormat sniffJson(const QByteArray &text)
{
    if (hasKey(text, "requestOptions"))
        return FileFormat::GatewayStream;
    if (hasKey(text, "_id") && hasKey(text, "request"))
        return FileFormat::PortkeyLogObject;
    if (hasKey(text, "request_type") && hasKey(text, "created_at") && hasKey(text, "tracked"))
        return FileFormat::Gatescope;
    for (const char *key :
         {"ai_model", "req_units", "response_status_code", "ai_org", "total_units", "is_success"}) {
        if (hasKey(text, key))
            return FileFormat::PortkeyExport;
    }
    return FileFormat::Unknown;
}

} // namespace

namespace FileFormats {

QString name(FileFormat format)
{
    for (const FormatName &n : kNames) {
        if (n.format == format)
            return QString::fromLatin1(n.name);
    }
    return {};
}

FileFormat fromName(QStringView name)
{
    for (const FormatName &n : kNames) {
        if (name.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.format;
    }
    return FileFormat::Unknown;
}

FileFormat sniff(const QByteArray &head, const QString &fileName)
{
    const QByteArray line = firstLine(head);
    if (line.isEmpty())
        return FileFormat::Unknown;
    if (line.startsWith('{') || line.startsWith('[')) {
        // Judge by the first record: a multi-line (pretty-printed) file shows its keys later
        // in the head, so fall back to the whole head when the first line has none.
        const FileFormat byLine = sniffJson(line);
        if (byLine != FileFormat::Unknown)
            return byLine;
        const FileFormat byHead = sniffJson(head);
        if (byHead != FileFormat::Unknown)
            return byHead;
        // An array of objects with _id only further down still reads as log objects.
        return FileFormat::Unknown;
    }
    // The legacy CSV export: a header row naming its columns.
    const QList<QByteArray> columns = line.split(',');
    bool createdAt = false;
    bool aiModel = false;
    for (QByteArray c : columns) {
        c = c.trimmed();
        if (c.startsWith('"') && c.endsWith('"') && c.size() >= 2)
            c = c.mid(1, c.size() - 2);
        createdAt = createdAt || c == "created_at";
        aiModel = aiModel || c == "ai_model";
    }
    if (createdAt && aiModel)
        return FileFormat::PortkeyCsv;
    Q_UNUSED(fileName); // the content decides; a name alone proves nothing
    return FileFormat::Unknown;
}

} // namespace FileFormats
