// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereader.h"

#include "gatescopeconverter.h"
#include "gatewaystreamconverter.h"
#include "linereader.h"
#include "portkeycsvconverter.h"
#include "portkeyexportconverter.h"
#include "portkeylogobjectconverter.h"
#include "recordlimits.h"

#include <QFile>

#include <algorithm>

#include <simdjson.h>

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;
constexpr qint64 kChunkBytes = 4 * 1024 * 1024;
// A JSON array (or one pretty-printed object) must be parsed whole; beyond this size it is
// refused rather than risk the machine's memory (the text, simdjson's index and tape of it: a
// 121 MB array of log objects took 457 MB to import).
constexpr qint64 kMaxDocumentBytes = 64 * 1024 * 1024;
// How far sniffing reads for the keys of a first record: past one record at the limit.
constexpr qint64 kMaxSniffBytes = 2 * RecordLimits::kMaxRecordBytes + kHeadBytes;

QString tooLarge(qint64 bytes)
{
    return QStringLiteral("record of %1 skipped: a record may have at most %2")
        .arg(RecordLimits::describeBytes(bytes),
             RecordLimits::describeBytes(RecordLimits::kMaxRecordBytes));
}

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

std::string_view firstNonBlankLine(const QByteArray &head)
{
    std::string_view rest(head.constData(), size_t(head.size()));
    if (rest.starts_with("\xEF\xBB\xBF"))
        rest.remove_prefix(3);
    while (!rest.empty()) {
        const size_t nl = rest.find('\n');
        const std::string_view line = rest.substr(0, nl);
        if (!isBlank(line))
            return line;
        if (nl == std::string_view::npos)
            break;
        rest.remove_prefix(nl + 1);
    }
    return {};
}

} // namespace

struct FileReader::Private
{
    QString path;
    FileFormat format = FileFormat::Unknown;
    QFile file;
    std::unique_ptr<LineReader> lines;
    std::unique_ptr<RecordConverter> converter;
    bool opened = false;
    bool done = false;
    bool sniffed = false;
    qint64 size = 0;

    // CSV: the header comes first; a quoted field may span lines.
    bool csvHeaderRead = false;

    // Log objects in one JSON document (an array, or one pretty-printed object).
    bool wholeDocument = false;
    simdjson::padded_string document;
    simdjson::dom::parser documentParser;
    simdjson::dom::element documentRoot;
    size_t documentIndex = 0;
    size_t documentCount = 0;
    bool documentParsed = false;

    bool nextLine(std::string_view &line, qint64 &number) { return lines->next(line, number); }
    bool readDocumentBatch(QList<LogRecord> &out, QList<ReadError> &errors, int maxRecords);
};

FileReader::FileReader(const QString &path, FileFormat format)
    : d(std::make_unique<Private>())
{
    d->path = path;
    d->format = format;
}

FileReader::~FileReader() = default;

FileFormat FileReader::format() const
{
    return d->format;
}

bool FileReader::formatSniffed() const
{
    return d->sniffed;
}

qint64 FileReader::size() const
{
    return d->size;
}

qint64 FileReader::bytesRead() const
{
    if (d->wholeDocument)
        return d->documentParsed ? d->size : 0;
    return d->lines ? d->lines->bytesConsumed() : 0;
}

namespace {

// What a file that is no text at all is, by its first bytes, with what to do: the compressed
// and archive formats an export is most often kept in, and a store given as a file to import.
QString binaryKind(const QByteArray &head)
{
    struct Magic
    {
        QByteArrayView bytes;
        const char *what;
    };
    static const Magic kinds[] = {
        {QByteArrayView("\x1f\x8b", 2), "a gzip file: decompress it first (gunzip -k FILE)"},
        {QByteArrayView("\x28\xb5\x2f\xfd", 4), "a zstd file: decompress it first (unzstd FILE)"},
        {QByteArrayView("\xfd"
                        "7zXZ\0",
                        6),
         "an xz file: decompress it first (unxz -k FILE)"},
        {QByteArrayView("BZh", 3), "a bzip2 file: decompress it first (bunzip2 -k FILE)"},
        {QByteArrayView("PK\x03\x04", 4), "a zip archive: extract the export from it first"},
        {QByteArrayView("SQLite format 3\0", 16),
         "a SQLite database (a Gatescope store? open it with --db, or in the app)"},
    };
    for (const Magic &m : kinds) {
        if (head.startsWith(m.bytes))
            return QString::fromLatin1(m.what);
    }
    return {};
}

// The first 40 bytes of a line in quotes, or their hex when they are not printable UTF-8 text.
QString startForDisplay(std::string_view line)
{
    const QByteArrayView start(line.data(), qsizetype(std::min<size_t>(line.size(), 40)));
    const QString text = QString::fromUtf8(start);
    const bool printable = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == QChar::ReplacementCharacter
            || (c.category() == QChar::Other_Control && c != u'\t');
    });
    if (printable)
        return u'\'' + text + u'\'';
    return QStringLiteral("the bytes %1")
        .arg(QString::fromLatin1(
            start.first(std::min<qsizetype>(start.size(), 16)).toByteArray().toHex(' ')));
}

} // namespace

bool FileReader::open(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    d->file.setFileName(d->path);
    if (!d->file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2").arg(d->path, d->file.errorString()));
    d->size = d->file.size();
    const QByteArray head = d->file.peek(kHeadBytes);
    const std::string_view first = firstNonBlankLine(head);
    const bool firstComplete
        = first.data() + first.size() < head.constData() + head.size() || d->size <= head.size();
    if (first.empty()) {
        // Nothing but blank lines: nothing to import, and nothing wrong.
        d->done = true;
        d->opened = true;
        return true;
    }
    if (d->format == FileFormat::Unknown) {
        d->format = FileFormats::sniff(d->file, d->path, kMaxSniffBytes);
        d->sniffed = true;
    }
    if (d->format == FileFormat::Unknown) {
        if (const QString kind = binaryKind(head); !kind.isEmpty())
            return fail(QStringLiteral("unrecognised format: %1").arg(kind));
        const QString start = startForDisplay(first);
        if (!first.starts_with('{') && !first.starts_with('['))
            return fail(QStringLiteral("unrecognised format: the file is neither JSON lines nor "
                                       "a Portkey CSV export with a header row (it starts with "
                                       "%1)")
                            .arg(start));
        return fail(QStringLiteral("unrecognised format: JSON without the keys of a Portkey "
                                   "export, log object, gateway stream event or Gatescope "
                                   "record"));
    }
    switch (d->format) {
    case FileFormat::PortkeyExport:
        d->converter = std::make_unique<PortkeyExportConverter>();
        break;
    case FileFormat::PortkeyLogObject:
        d->converter = std::make_unique<PortkeyLogObjectConverter>();
        // One object per line reads as JSONL; an array or a pretty-printed object is read whole.
        // A first line longer than the head is a long record, not the start of a document.
        if (first.starts_with('[')
            || (firstComplete && first.find_last_not_of(" \t\r") != std::string_view::npos
                && first[first.find_last_not_of(" \t\r")] != '}')) {
            if (d->size > kMaxDocumentBytes)
                return fail(QStringLiteral("the file is one JSON document of %1 MB; documents "
                                           "over %2 MB cannot be read, export as JSON lines")
                                .arg(d->size >> 20)
                                .arg(kMaxDocumentBytes >> 20));
            d->wholeDocument = true;
        }
        break;
    case FileFormat::PortkeyCsv:
        d->converter = std::make_unique<PortkeyCsvConverter>();
        break;
    case FileFormat::GatewayStream:
        d->converter = std::make_unique<GatewayStreamConverter>();
        break;
    case FileFormat::Gatescope:
        d->converter = std::make_unique<GatescopeConverter>();
        break;
    case FileFormat::Unknown:
        break;
    }
    d->lines
        = std::make_unique<LineReader>(&d->file, kChunkBytes, qsizetype(simdjson::SIMDJSON_PADDING),
                                       RecordLimits::kMaxRecordBytes);
    d->opened = true;
    return true;
}

bool FileReader::Private::readDocumentBatch(QList<LogRecord> &out, QList<ReadError> &errors,
                                            int maxRecords)
{
    auto *converter = static_cast<PortkeyLogObjectConverter *>(this->converter.get());
    if (!documentParsed) {
        documentParsed = true;
        // Read straight into simdjson's buffer: one copy of the document, not two.
        document = simdjson::padded_string(size_t(size));
        const qint64 got = file.read(document.data(), size);
        if (got < size)
            document = simdjson::padded_string(document.data(), size_t(qMax<qint64>(got, 0)));
        // simdjson's tape costs up to 16 bytes per value: bound their number first.
        if (const QString dense
            = RecordLimits::checkDensity(std::string_view(document.data(), document.size()));
            !dense.isEmpty()) {
            errors.append({1, dense});
            done = true;
            document = simdjson::padded_string();
            return false;
        }
        simdjson::error_code code = documentParser.parse(document).get(documentRoot);
        if (code == simdjson::UTF8_ERROR) {
            const QByteArray repaired
                = QString::fromUtf8(document.data(), qsizetype(document.size())).toUtf8();
            document = simdjson::padded_string(repaired.constData(), size_t(repaired.size()));
            code = documentParser.parse(document).get(documentRoot);
        }
        if (code != simdjson::SUCCESS) {
            errors.append({1,
                           code == simdjson::TAPE_ERROR
                                   || code == simdjson::INCOMPLETE_ARRAY_OR_OBJECT
                                   || code == simdjson::UNCLOSED_STRING
                               ? QStringLiteral("truncated JSON (expected a complete JSON "
                                                "document)")
                               : QStringLiteral("invalid JSON (%1)")
                                     .arg(QLatin1String(simdjson::error_message(code)))});
            done = true;
            return false;
        }
        documentCount = documentRoot.is_array() ? simdjson::dom::array(documentRoot).size() : 1;
    }
    int produced = 0;
    while (documentIndex < documentCount && produced < maxRecords) {
        simdjson::dom::element item = documentRoot;
        if (documentRoot.is_array())
            item = documentRoot.at(documentIndex).value_unsafe();
        ++documentIndex;
        LogRecord record;
        QString reason;
        const std::string raw = simdjson::minify(item);
        if (qint64(raw.size()) > RecordLimits::kMaxRecordBytes) {
            errors.append({qint64(documentIndex),
                           QStringLiteral("element %1: %2")
                               .arg(documentIndex)
                               .arg(tooLarge(qint64(raw.size())))});
            continue;
        }
        if (converter->convertElement(item, raw, record, &reason)
            && (reason = RecordLimits::check(record)).isEmpty()) {
            out.append(std::move(record));
            ++produced;
        } else {
            // In a single document the element number is the only position there is.
            errors.append({qint64(documentIndex),
                           QStringLiteral("element %1: %2").arg(documentIndex).arg(reason)});
        }
    }
    if (documentIndex >= documentCount) {
        done = true;
        document = simdjson::padded_string();
        return false;
    }
    return true;
}

bool FileReader::readBatch(QList<LogRecord> &out, QList<ReadError> &errors, int maxRecords)
{
    if (!d->opened || d->done)
        return false;
    if (d->wholeDocument)
        return d->readDocumentBatch(out, errors, maxRecords);

    int produced = 0;
    std::string_view line;
    qint64 number = 0;
    std::string csvRecord;
    QString reason;
    while (produced < maxRecords) {
        if (!d->nextLine(line, number)) {
            d->done = true;
            if (d->lines->error())
                errors.append(
                    {number + 1, QStringLiteral("read error: %1").arg(d->file.errorString())});
            return false;
        }
        const qint64 startLine = number;
        if (const qint64 oversized = d->lines->oversizedBytes()) {
            // A CSV line this long cannot be told from a quoted field's: it is skipped alone.
            errors.append({startLine, tooLarge(oversized)});
            continue;
        }
        if (isBlank(line))
            continue;
        std::string_view text = line;
        if (d->format == FileFormat::PortkeyCsv) {
            auto *csv = static_cast<PortkeyCsvConverter *>(d->converter.get());
            if (PortkeyCsvConverter::isOpen(line)) {
                // A quoted field holds newlines: the record goes on until its quotes close. The
                // quotes are counted line by line; past the limit the lines are no longer kept.
                csvRecord.assign(line);
                qint64 recordBytes = qint64(line.size());
                bool open = true;
                std::string_view more;
                while (open && d->nextLine(more, number)) {
                    recordBytes
                        += 1 + qMax<qint64>(qint64(more.size()), d->lines->oversizedBytes());
                    open = PortkeyCsvConverter::isOpen(more) != open;
                    if (recordBytes <= RecordLimits::kMaxRecordBytes) {
                        csvRecord.push_back('\n');
                        csvRecord.append(more);
                    }
                }
                if (recordBytes > RecordLimits::kMaxRecordBytes) {
                    csvRecord.clear();
                    csvRecord.shrink_to_fit();
                    errors.append({startLine, tooLarge(recordBytes)});
                    continue;
                }
                if (open) {
                    errors.append({startLine,
                                   QStringLiteral("unterminated quoted field "
                                                  "(expected a closing \")")});
                    continue;
                }
                text = csvRecord;
            }
            if (!d->csvHeaderRead) {
                d->csvHeaderRead = true;
                if (!csv->setHeader(text, &reason)) {
                    errors.append({startLine, reason});
                    d->done = true;
                    return false;
                }
                continue;
            }
        } else if (d->format == FileFormat::GatewayStream) {
            // Raw SSE frames are accepted too: keep the data of each frame.
            if (text.starts_with("event:") || text.starts_with("id:") || text.starts_with(':'))
                continue;
            if (text.starts_with("data:")) {
                text.remove_prefix(5);
                while (!text.empty() && text.front() == ' ')
                    text.remove_prefix(1);
                if (!text.starts_with('{'))
                    continue; // heartbeat "pulse", connected client id
            }
        }
        if (const QString dense = RecordLimits::checkDensity(text); !dense.isEmpty()) {
            errors.append({startLine, dense});
            continue;
        }
        LogRecord record;
        reason.clear();
        if (d->converter->convert(text, record, &reason)
            && (reason = RecordLimits::check(record)).isEmpty()) {
            out.append(std::move(record));
            ++produced;
        } else {
            errors.append({startLine, reason});
        }
    }
    return true;
}
