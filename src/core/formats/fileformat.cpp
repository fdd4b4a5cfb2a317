// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileformat.h"

#include <QIODevice>
#include <QList>
#include <QSet>
#include <QStringList>

#include <vector>

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

constexpr qint64 kHeadBytes = 64 * 1024;

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

// Walks JSON text as it comes, in pieces, and collects the object keys of each top-level record
// (a line of JSON lines, the document, or an element of a top-level array) at every depth. Only
// real keys count: a key's name quoted inside a string value does not. Memory stays flat
// however large the record: keys are kept, values are skipped.
class KeySniffer
{
public:
    // Feeds the next bytes; true once a record's keys decided the format.
    bool feed(const char *data, qsizetype size)
    {
        for (qsizetype i = 0; i < size && m_format == FileFormat::Unknown; ++i)
            step(data[i]);
        return m_format != FileFormat::Unknown;
    }
    // The format: decided by a complete record, else by the keys of the part read.
    FileFormat result() const { return m_format != FileFormat::Unknown ? m_format : judge(m_keys); }

private:
    static FileFormat judge(const QSet<QByteArray> &keys)
    {
        if (keys.contains("requestOptions"))
            return FileFormat::GatewayStream;
        if (keys.contains("_id") && keys.contains("request"))
            return FileFormat::PortkeyLogObject;
        if (keys.contains("request_type") && keys.contains("created_at")
            && keys.contains("tracked"))
            return FileFormat::Gatescope;
        for (const char *key : {"ai_model", "req_units", "response_status_code", "ai_org",
                                "total_units", "is_success"}) {
            if (keys.contains(key))
                return FileFormat::PortkeyExport;
        }
        return FileFormat::Unknown;
    }

    void endOfRecord()
    {
        m_format = judge(m_keys);
        m_keys.clear();
    }

    void step(char c)
    {
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
                if (m_capturing && m_key.size() < kMaxKey)
                    m_key.append(c);
            } else if (c == '\\') {
                m_escape = true;
                if (m_capturing && m_key.size() < kMaxKey)
                    m_key.append(c);
            } else if (c == '"') {
                m_inString = false;
                if (m_capturing)
                    m_keys.insert(m_key);
                m_capturing = false;
            } else if (m_capturing && m_key.size() < kMaxKey) {
                m_key.append(c);
            }
            return;
        }
        switch (c) {
        case '"':
            m_inString = true;
            m_capturing = m_expectKey;
            m_key.clear();
            break;
        case '{':
        case '[':
            m_objects.push_back(c == '{');
            m_expectKey = c == '{';
            break;
        case '}':
        case ']':
            if (!m_objects.empty())
                m_objects.pop_back();
            m_expectKey = false;
            // A record ends at depth 0, or at depth 1 inside a top-level array.
            if (m_objects.empty() || (m_objects.size() == 1 && !m_objects.front()))
                endOfRecord();
            break;
        case ':':
            m_expectKey = false;
            break;
        case ',':
            m_expectKey = !m_objects.empty() && m_objects.back();
            break;
        default:
            break;
        }
    }

    static constexpr qsizetype kMaxKey = 64; // longer names are none of the keys judged
    QSet<QByteArray> m_keys;
    QByteArray m_key;
    std::vector<bool> m_objects; // the open containers: true for an object
    bool m_inString = false, m_escape = false, m_capturing = false, m_expectKey = false;
    FileFormat m_format = FileFormat::Unknown;
};

bool looksLikeJson(const QByteArray &line)
{
    return line.startsWith('{') || line.startsWith('[');
}

// The legacy CSV export: a header row naming its columns.
FileFormat sniffCsvHeader(const QByteArray &line)
{
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
    return createdAt && aiModel ? FileFormat::PortkeyCsv : FileFormat::Unknown;
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
    Q_UNUSED(fileName); // the content decides; a name alone proves nothing
    const QByteArray line = firstLine(head);
    if (line.isEmpty())
        return FileFormat::Unknown;
    if (!looksLikeJson(line))
        return sniffCsvHeader(line);
    KeySniffer sniffer;
    sniffer.feed(head.constData(), head.size());
    return sniffer.result();
}

FileFormat sniff(QIODevice &device, const QString &fileName, qint64 maxBytes)
{
    const QByteArray head = device.peek(kHeadBytes);
    const QByteArray line = firstLine(head);
    // A pipe cannot be read ahead and rewound: its head has to do.
    if (line.isEmpty() || !looksLikeJson(line) || device.isSequential())
        return sniff(head, fileName);
    // JSON: as far as the first record that tells, however long it is (Portkey writes the
    // bodies before ai_model), within maxBytes; then back to where the device was.
    const qint64 start = device.pos();
    KeySniffer sniffer;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < maxBytes;) {
        const qint64 n = device.read(chunk.data(), qMin<qint64>(chunk.size(), maxBytes - done));
        if (n <= 0 || sniffer.feed(chunk.constData(), qsizetype(n)))
            break;
        done += n;
    }
    device.seek(start);
    return sniffer.result();
}

} // namespace FileFormats
