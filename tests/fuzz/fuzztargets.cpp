// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "deeplink.h"
#include "filterparser.h"
#include "gatescopeconverter.h"
#include "gatewaystreamconverter.h"
#include "portkeycsvconverter.h"
#include "portkeyexportconverter.h"
#include "portkeylogobjectconverter.h"
#include "recordingproxy.h"
#include "secretredactor.h"
#include "sseparser.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

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

// What one run of SseParser gave: the events (as "event|id|data" strings) and the count of
// events dropped for their size.
struct SseRun
{
    std::vector<QByteArray> events;
    qint64 oversized = 0;
    bool operator==(const SseRun &) const = default;
};

SseRun parseSse(QByteArrayView stream, qsizetype limit, std::size_t chunk)
{
    SseRun run;
    SseParser parser([&run, limit](const SseEvent &event) {
        // An event that was let through is within the limit.
        if (event.data.size() + event.id.size() + event.event.size() > limit + 7) // + "message"
            __builtin_trap();
        run.events.push_back(event.event + '|' + event.id + '|' + event.data);
    });
    parser.setMaxEventBytes(limit);
    qint64 told = 0;
    parser.setOversizeHandler([&told, limit](qsizetype reported) {
        if (reported != limit)
            __builtin_trap();
        ++told;
    });
    for (qsizetype pos = 0; pos < stream.size(); pos += qsizetype(chunk)) {
        parser.feed(stream.sliced(pos, std::min(qsizetype(chunk), stream.size() - pos)));
        // Never more held than the limit, whatever arrives.
        if (parser.pendingBytes() < 0 || parser.pendingBytes() > limit)
            __builtin_trap();
    }
    run.oversized = parser.oversizedEvents();
    if (told != run.oversized)
        __builtin_trap();
    parser.reset();
    if (parser.pendingBytes() != 0 || parser.isSkipping())
        __builtin_trap();
    return run;
}

// The recording proxy under fuzzing: one proxy on a loopback port for the whole run, whose
// upstream is a loopback stand-in that answers every request head with a small JSON response
// (it never parses; the proxy's framing is under test, not this one's).
struct ProxyRig
{
    QTcpServer upstream;
    RecordingProxy *proxy = nullptr;
    qint64 records = 0;

    ProxyRig()
    {
        if (!upstream.listen(QHostAddress::LocalHost))
            __builtin_trap();
        QObject::connect(&upstream, &QTcpServer::newConnection, &upstream, [this] {
            while (QTcpSocket *socket = upstream.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray in = socket->readAll();
                    for (qsizetype i = in.indexOf("\r\n\r\n"); i >= 0;
                         i = in.indexOf("\r\n\r\n", i + 4))
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                      "Content-Length: 11\r\n\r\n{\"ok\":true}");
                });
            }
        });
        RecordingProxy::Options options;
        options.upstream = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(upstream.serverPort()));
        options.maxRecordedBodyBytes = 4096; // bodies beyond it take the relay-only path
        proxy = new RecordingProxy(options);
        QString error;
        if (!proxy->listen(&error))
            __builtin_trap();
        QObject::connect(proxy, &RecordingProxy::recorded, proxy, [this](const LogRecord &record) {
            ++records;
            touch(record);
        });
    }
};

// Runs the event loop until `done` or the deadline.
template<typename Done> void spin(Done done, int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
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

void secretVerdict(const std::uint8_t *data, std::size_t size)
{
    const PaddedText text(data, size);
    simdjson::dom::parser parser;
    simdjson::dom::element parsed;
    if (parser.parse(text.view().data(), text.view().size(), false).get(parsed)
        != simdjson::SUCCESS)
        return;
    std::string redacted;
    if (!SecretRedactor::scanMayFindSecret(parsed)
        && SecretRedactor::redactText(text.view(), redacted)) {
        std::fprintf(stderr, "scanMayFindSecret() said no, the scan replaced: %s\n",
                     redacted.c_str());
        std::abort();
    }
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

void sseLimits(const std::uint8_t *data, std::size_t size)
{
    // Byte 0 picks the chunk size, byte 1 the limit (1 to 256 bytes, so the fuzzer reaches it
    // with short inputs); the rest is the stream. Where the bytes break must never change what
    // is kept, and nothing over the limit is ever held.
    if (size < 2)
        return;
    const std::size_t chunk = std::size_t(data[0] % 17) + 1;
    const qsizetype limit = qsizetype(data[1]) + 1;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const SseRun pieces = parseSse(stream, limit, chunk);
    const SseRun whole = parseSse(stream, limit, std::max<std::size_t>(1, size));
    if (!(pieces == whole))
        __builtin_trap();
}

void proxyRequest(const std::uint8_t *data, std::size_t size)
{
    // Byte 0: bit 0 set, the client waits for an answer before it goes; clear, it closes right
    // after sending (the proxy sees the bytes and the end together). The rest is what it sends.
    if (size == 0)
        return;
    static int argc = 1;
    static char name[] = "fuzz_proxy_request";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // kept for the whole run, as the rig is
    static ProxyRig *rig = new ProxyRig;
    const bool waitForAnswer = (data[0] & 1) != 0;

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, rig->proxy->port());
    if (!client.waitForConnected(5000))
        __builtin_trap();
    client.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    spin([&] { return client.bytesToWrite() == 0; }, 2000);
    QByteArray answer;
    if (waitForAnswer) {
        spin(
            [&] {
                answer += client.readAll();
                return answer.contains("\r\n\r\n")
                    || client.state() != QAbstractSocket::ConnectedState;
            },
            300);
    }
    client.abort();
    // The connection is torn down whatever came, and nothing is left behind.
    spin([&] { return rig->proxy->connections() == 0; }, 5000);
    if (rig->proxy->connections() != 0)
        __builtin_trap();
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
        {"sse_limits", sseLimits},
        {"proxy_request", proxyRequest},
        {"filter_parser", filterParser},
        {"deep_link", deepLink},
        {"secret_verdict", secretVerdict},
    };
    for (const auto &target : targets) {
        if (std::strcmp(target.name, name) == 0)
            return target.entry;
    }
    return nullptr;
}

} // namespace FuzzTargets
