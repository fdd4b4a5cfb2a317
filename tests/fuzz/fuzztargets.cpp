// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "deeplink.h"
#include "filterparser.h"
#include "gatescopeconverter.h"
#include "gatewaystreamconverter.h"
#include "portkeycsvconverter.h"
#include "portkeyexportconverter.h"
#include "portkeylogobjectconverter.h"
#include "sseparser.h"

#include <QString>

#include <cstring>
#include <string>
#include <string_view>

namespace {

// The converters read up to SIMDJSON_PADDING (64) bytes past the end of their text, which
// LineReader guarantees; the fuzzers give exactly `size` bytes, so copy with the padding.
class PaddedText
{
public:
    PaddedText(const std::uint8_t *data, std::size_t size)
        : m_bytes(reinterpret_cast<const char *>(data), size)
    {
        m_bytes.reserve(size + 64);
        m_size = size;
        m_bytes.append(64, '\0');
    }
    std::string_view view() const { return std::string_view(m_bytes.data(), m_size); }

private:
    std::string m_bytes;
    std::size_t m_size = 0;
};

// Touches what an importer would read afterwards, so a broken record is noticed too.
void touch(const LogRecord &record)
{
    (void)record.toJson();
}

QString utf8(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

namespace FuzzTargets {

void exportRow(const std::uint8_t *data, std::size_t size)
{
    const PaddedText text(data, size);
    QString error;
    LogRecord record;
    PortkeyExportConverter exportConverter;
    if (exportConverter.convert(text.view(), record, &error))
        touch(record);
    // The canonical JSONL goes through the same JSON paths: one line, two readers.
    LogRecord canonical;
    GatescopeConverter gatescope;
    if (gatescope.convert(text.view(), canonical, &error))
        touch(canonical);
}

void logObject(const std::uint8_t *data, std::size_t size)
{
    const PaddedText text(data, size);
    QString error;
    LogRecord record;
    PortkeyLogObjectConverter converter;
    if (converter.convert(text.view(), record, &error))
        touch(record);
}

void csv(const std::uint8_t *data, std::size_t size)
{
    // As FileReader does: a record goes on over newlines while a quoted field is open; the
    // first record is the header.
    const std::string_view all(reinterpret_cast<const char *>(data), size);
    PortkeyCsvConverter converter;
    bool headerRead = false;
    std::string record;
    std::size_t pos = 0;
    while (pos < all.size()) {
        std::size_t end = all.find('\n', pos);
        if (end == std::string_view::npos)
            end = all.size();
        if (record.empty())
            record.assign(all.substr(pos, end - pos));
        else
            record.append(1, '\n').append(all.substr(pos, end - pos));
        pos = end + 1;
        if (PortkeyCsvConverter::isOpen(record) && pos < all.size())
            continue;
        record.append(64, '\0');
        const std::string_view row(record.data(), record.size() - 64);
        QString error;
        if (!headerRead) {
            headerRead = true;
            if (!converter.setHeader(row, &error))
                return;
        } else {
            LogRecord out;
            if (converter.convert(row, out, &error))
                touch(out);
        }
        record.clear();
    }
}

void gatewayEvent(const std::uint8_t *data, std::size_t size)
{
    const PaddedText text(data, size);
    QString error;
    LogRecord record;
    GatewayStreamConverter converter;
    if (converter.convert(text.view(), record, &error))
        touch(record);
}

void sseFraming(const std::uint8_t *data, std::size_t size)
{
    // The first byte picks the chunk size, so frames split at every possible place get tested.
    if (size == 0)
        return;
    const std::size_t chunk = std::size_t(data[0] % 17) + 1;
    ++data;
    --size;
    qsizetype total = 0;
    SseParser parser([&total](const SseEvent &event) {
        total += event.data.size() + event.event.size() + event.id.size();
    });
    for (std::size_t pos = 0; pos < size; pos += chunk) {
        const std::size_t n = std::min(chunk, size - pos);
        parser.feed(QByteArrayView(reinterpret_cast<const char *>(data + pos), qsizetype(n)));
        if (parser.pendingBytes() < 0)
            __builtin_trap();
    }
    parser.reset();
}

void filterParser(const std::uint8_t *data, std::size_t size)
{
    const QString text = utf8(data, size);
    FilterError error;
    const auto ast = FilterParser::parse(text, &error);
    if (ast) {
        for (const FilterClause &clause : ast->clauses) {
            for (const FilterTerm &term : clause.anyOf) {
                if (term.position < 0 || term.length < 0
                    || term.position + term.length > text.size())
                    __builtin_trap(); // the UI underlines this range of the text
            }
        }
    }
    (void)FilterParser::check(text);
}

void deepLink(const std::uint8_t *data, std::size_t size)
{
    const QString text = utf8(data, size);
    QString error;
    if (const auto link = DeepLink::parse(text, &error)) {
        // A parsed link names only a valid id and store, and prints back to itself.
        if (!DeepLink::isValidId(link->id)
            || (!link->store.isEmpty() && !DeepLink::isValidStoreName(link->store)))
            __builtin_trap();
        const auto again = DeepLink::parse(link->toUrl(), &error);
        if (!again || !(*again == *link))
            __builtin_trap();
    }
    const QStringList templates = DeepLink::defaultPortkeyTemplates();
    if (const auto link = DeepLink::parseAny(text, templates, &error)) {
        if (!DeepLink::isValidId(link->id))
            __builtin_trap();
    }
    // The input as a user-edited template, checked first as the settings dialog does.
    if (DeepLink::checkTemplate(text).isEmpty())
        (void)DeepLink::fromPortkeyUrl(QStringLiteral("https://app.portkey.ai/logs/abc"), {text},
                                       &error);
}

Entry entry(const char *name)
{
    static const struct
    {
        const char *name;
        Entry entry;
    } targets[] = {
        {"export_row", exportRow},
        {"log_object", logObject},
        {"csv", csv},
        {"gateway_event", gatewayEvent},
        {"sse_framing", sseFraming},
        {"filter_parser", filterParser},
        {"deep_link", deepLink},
    };
    for (const auto &target : targets) {
        if (std::strcmp(target.name, name) == 0)
            return target.entry;
    }
    return nullptr;
}

} // namespace FuzzTargets
