// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "logstore.h"
#include "recordenums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace {

// RFC 4180: quote a field when it holds a separator, a quote or a line break.
QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

template<typename T> QString optNumber(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QString();
}

const char *const kCsvColumns[] = {
    "id",
    "created_at",
    "request.body",
    "response.body",
    "is_success",
    "ai_org",
    "ai_model",
    "req_units",
    "res_units",
    "total_units",
    "cost",
    "cost_currency",
    "request_url",
    "request_method",
    "response_status_code",
    "response_time",
    "cache_status",
    "stream_mode",
    "retry_success_count",
    "trace_id",
    "span_id",
    "parent_span_id",
    "span_name",
    "mode",
    "virtual_key",
    "config",
    "prompt_slug",
    "metadata.key",
    "metadata.value",
};

QByteArray csvHeader()
{
    QByteArrayList names;
    for (const char *c : kCsvColumns)
        names.append(c);
    return names.join(',') + "\r\n";
}

QByteArray csvRow(const LogRecord &r)
{
    QStringList metaKeys, metaValues;
    for (auto it = r.metadata.cbegin(); it != r.metadata.cend(); ++it) {
        metaKeys.append(it.key());
        metaValues.append(it.value());
    }
    const QString isSuccess = r.statusCode
        ? QString::number(*r.statusCode >= 200 && *r.statusCode < 300 ? 1 : 0)
        : QString();
    const QStringList fields = {
        r.id,
        r.createdAt.toUTC().toString(Qt::ISODateWithMs),
        QString::fromUtf8(r.request),
        QString::fromUtf8(r.response),
        isSuccess,
        r.provider,
        r.model,
        optNumber(r.promptTokens),
        optNumber(r.completionTokens),
        optNumber(r.totalTokens),
        optNumber(r.costCents),
        r.currency,
        r.endpoint,
        r.method,
        optNumber(r.statusCode),
        optNumber(r.latencyMs),
        RecordEnums::cacheStateToPortkey(r.cache),
        r.stream ? (*r.stream ? QStringLiteral("TRUE") : QStringLiteral("FALSE")) : QString(),
        optNumber(r.retryCount),
        r.traceId,
        r.spanId,
        r.parentSpanId,
        r.spanName,
        RecordEnums::strategyName(r.strategy).toUpper(),
        r.virtualKey,
        r.configId,
        r.promptId,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(metaKeys)).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(metaValues)).toJson(QJsonDocument::Compact)),
    };
    QByteArrayList out;
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(',') + "\r\n";
}

// --- the Gatescope line, written by hand ---------------------------------------------------------
// Byte for byte what LogRecord::toJsonLine() writes (QJsonDocument, compact: keys sorted, the
// same escapes and number forms, bodies spliced in verbatim when they are JSON), at a fraction
// of its cost: no QJsonObject is built and no body is parsed into one.

inline char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// A JSON string as QJsonDocument writes it, from UTF-16: ", \, \b, \f, \n, \r, \t and \u00XX
// for the other control characters; a lone surrogate as \uXXXX; everything else as UTF-8.
void appendString(QByteArray &out, QStringView s)
{
    out.append('"');
    const char16_t *p = s.utf16(), *end = p + s.size();
    char buf[6];
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out.append(char(u));
                continue;
            }
            switch (u) {
            case '"':
                out.append("\\\"", 2);
                break;
            case '\\':
                out.append("\\\\", 2);
                break;
            case 0x8:
                out.append("\\b", 2);
                break;
            case 0xc:
                out.append("\\f", 2);
                break;
            case 0xa:
                out.append("\\n", 2);
                break;
            case 0xd:
                out.append("\\r", 2);
                break;
            case 0x9:
                out.append("\\t", 2);
                break;
            default:
                buf[0] = '\\';
                buf[1] = 'u';
                buf[2] = '0';
                buf[3] = '0';
                buf[4] = hexDigit(u >> 4);
                buf[5] = hexDigit(u & 0xf);
                out.append(buf, 6);
            }
        } else if (u < 0x800) {
            buf[0] = char(0xc0 | (u >> 6));
            buf[1] = char(0x80 | (u & 0x3f));
            out.append(buf, 2);
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            buf[0] = char(0xf0 | (c >> 18));
            buf[1] = char(0x80 | ((c >> 12) & 0x3f));
            buf[2] = char(0x80 | ((c >> 6) & 0x3f));
            buf[3] = char(0x80 | (c & 0x3f));
            out.append(buf, 4);
        } else if (QChar::isSurrogate(u)) {
            buf[0] = '\\';
            buf[1] = 'u';
            buf[2] = hexDigit((u >> 12) & 0xf);
            buf[3] = hexDigit((u >> 8) & 0xf);
            buf[4] = hexDigit((u >> 4) & 0xf);
            buf[5] = hexDigit(u & 0xf);
            out.append(buf, 6);
        } else {
            buf[0] = char(0xe0 | (u >> 12));
            buf[1] = char(0x80 | ((u >> 6) & 0x3f));
            buf[2] = char(0x80 | (u & 0x3f));
            out.append(buf, 3);
        }
    }
    out.append('"');
}

// A string field: null when the string is null (LogRecord's str()).
void appendText(QByteArray &out, const QString &s)
{
    if (s.isNull())
        out.append("null", 4);
    else
        appendString(out, s);
}

// A JSON number as QJsonValue(double) writes it: an integer when it is one up to 2^53, else
// the shortest form that reads back the same; null when not finite.
void appendDouble(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null", 4);
        return;
    }
    if (std::abs(d) <= 9007199254740992.0 && d == std::trunc(d)) {
        char buf[24];
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, qint64(d));
        out.append(buf, end - buf);
        return;
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void appendInt(QByteArray &out, qint64 v)
{
    char buf[24];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, end - buf);
}

template<typename T> void appendOpt(QByteArray &out, const std::optional<T> &v)
{
    if (!v)
        out.append("null", 4);
    else if constexpr (std::is_same_v<T, bool>)
        out.append(*v ? "true" : "false");
    else if constexpr (std::is_same_v<T, int>)
        appendInt(out, *v); // QJsonValue(int): an integer
    else
        appendDouble(out, double(*v)); // qint64 and double go through double
}

// ISO 8601 with milliseconds in UTC, as QDateTime::toString(Qt::ISODateWithMs) writes it.
void appendTime(QByteArray &out, const QDateTime &t)
{
    if (!t.isValid()) {
        out.append("null", 4);
        return;
    }
    const qint64 ms = t.toMSecsSinceEpoch();
    // Years 1970 to 9999 by hand (days to civil date, Howard Hinnant's algorithm).
    if (ms < 0 || ms >= 253402300800000) {
        appendString(out, t.toUTC().toString(Qt::ISODateWithMs));
        return;
    }
    const qint64 days = ms / 86400000, inDay = ms % 86400000;
    const qint64 z = days + 719468, era = z / 146097, doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1), month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int h = int(inDay / 3600000), mi = int(inDay / 60000 % 60), sec = int(inDay / 1000 % 60);
    const int milli = int(inDay % 1000);
    char b[26] = "\"0000-00-00T00:00:00.000Z";
    auto put = [&b](int at, int v, int digits) {
        for (int i = digits - 1; i >= 0; --i, v /= 10)
            b[at + i] = char('0' + v % 10);
    };
    put(1, year, 4);
    put(6, month, 2);
    put(9, day, 2);
    put(12, h, 2);
    put(15, mi, 2);
    put(18, sec, 2);
    put(21, milli, 3);
    out.append(b, 25);
    out.append('"');
}

// Strict JSON (RFC 8259: one value, UTF-8 checked, nesting up to 500, numbers that a double
// holds). What it takes QJsonDocument::fromJson takes too (wrapped in [ ]); what it refuses
// goes to QJsonDocument, which is more lenient (control characters in strings, any escaped
// character), so that the answer is always Qt's.
class JsonCheck
{
public:
    // *lineBreaks: whether the text has a line break (then in white space).
    static bool strict(const QByteArray &text, bool *lineBreaks)
    {
        JsonCheck c(text);
        c.space();
        bool ok = c.value(0);
        if (ok) {
            c.space();
            ok = c.m_p == c.m_end;
        }
        *lineBreaks = c.m_lineBreaks;
        return ok;
    }

private:
    explicit JsonCheck(const QByteArray &text)
        : m_p(reinterpret_cast<const uchar *>(text.constData()))
        , m_end(m_p + text.size())
    { }
    void space()
    {
        for (; m_p != m_end; ++m_p) {
            if (*m_p == '\n' || *m_p == '\r')
                m_lineBreaks = true;
            else if (*m_p != ' ' && *m_p != '\t')
                break;
        }
    }
    // Bytes a string takes as they are (printable ASCII but " and \\).
    static constexpr std::array<bool, 256> kPlain = [] {
        std::array<bool, 256> t {};
        for (int c = 0x20; c < 0x80; ++c)
            t[size_t(c)] = c != '"' && c != '\\';
        return t;
    }();
    bool literal(const char *word, int n)
    {
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }
    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
        case '[':
            return container(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default:
            return number();
        }
    }
    bool container(int depth)
    {
        if (depth > 500)
            return false;
        const bool object = *m_p++ == '{';
        const uchar close = object ? '}' : ']';
        space();
        if (m_p != m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (object) {
                if (m_p == m_end || *m_p != '"' || !string())
                    return false;
                space();
                if (m_p == m_end || *m_p++ != ':')
                    return false;
                space();
            }
            if (!value(depth))
                return false;
            space();
            if (m_p == m_end)
                return false;
            const uchar c = *m_p++;
            if (c == close)
                return true;
            if (c != ',')
                return false;
            space();
        }
    }
    bool string()
    {
        ++m_p; // the opening quote
        while (m_p != m_end) {
            while (m_p != m_end && kPlain[*m_p])
                ++m_p;
            if (m_p == m_end)
                return false;
            const uchar c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                if (++m_p == m_end)
                    return false;
                const uchar e = *m_p++;
                if (e == 'u') {
                    for (int i = 0; i < 4; ++i, ++m_p) {
                        if (m_p == m_end || !std::isxdigit(*m_p))
                            return false;
                    }
                } else if (!std::strchr("\"\\/bfnrt", e) || e == 0) {
                    return false;
                }
                continue;
            }
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            if (!utf8())
                return false;
        }
        return false;
    }
    // One multi-byte UTF-8 sequence: no overlong forms, no surrogates, up to U+10FFFF.
    bool utf8()
    {
        const uchar c = *m_p;
        int n;
        char32_t cp, min;
        if (c >= 0xc2 && c <= 0xdf) {
            n = 1, cp = c & 0x1f, min = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2, cp = c & 0x0f, min = 0x800;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (m_end - m_p <= n)
            return false;
        for (int i = 1; i <= n; ++i) {
            if ((m_p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (m_p[i] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        m_p += n + 1;
        return true;
    }
    bool number()
    {
        const uchar *start = m_p;
        if (*m_p == '-')
            ++m_p;
        auto digits = [this] {
            const uchar *from = m_p;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p - from;
        };
        if (m_p == m_end)
            return false;
        if (*m_p == '0')
            ++m_p;
        else if (digits() == 0)
            return false;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (digits() == 0)
                return false;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            const qsizetype exponent = digits();
            if (exponent == 0)
                return false;
            if (exponent > 2)
                return false; // out of a double's range, perhaps
        }
        return m_p - start <= 40;
    }

    const uchar *m_p;
    const uchar *m_end;
    bool m_lineBreaks = false;
};

void foldLineBreaks(QByteArray &out, qsizetype from)
{
    char *p = out.data() + from, *end = out.data() + out.size();
    for (; p != end; ++p) {
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    }
}

// A body as toJsonLine() writes it: verbatim when it is JSON (line breaks, which can only be
// white space then, folded to spaces), else a JSON string; null when empty.
void appendBody(QByteArray &out, const QByteArray &body)
{
    if (body.isEmpty()) {
        out.append("null", 4);
        return;
    }
    bool lineBreaks = false;
    if (JsonCheck::strict(body, &lineBreaks)) {
        out.append(body);
        if (lineBreaks)
            foldLineBreaks(out, out.size() - body.size());
        return;
    }
    if (QJsonDocument::fromJson('[' + body + ']').isArray()) {
        out.append(body);
        foldLineBreaks(out, out.size() - body.size());
        return;
    }
    appendString(out, QString::fromUtf8(body));
}

// Appends one record as LogRecord::toJsonLine() writes it, and a line break.
void appendLine(QByteArray &out, const LogRecord &r)
{
    using namespace RecordEnums;
    auto key = [&out](const char *name) {
        out.append(name);
    };
    key("{\"attempts\":[");
    for (qsizetype i = 0; i < r.attempts.size(); ++i) {
        const Attempt &a = r.attempts.at(i);
        key(i ? ",{\"latency_ms\":" : "{\"latency_ms\":");
        appendOpt(out, a.latencyMs);
        key(",\"model\":");
        appendText(out, a.model);
        key(",\"ok\":");
        appendOpt(out, a.ok);
        key(",\"provider\":");
        appendText(out, a.provider);
        key(",\"target\":");
        appendText(out, a.target);
        out.append('}');
    }
    key("],\"cache\":");
    appendText(out, cacheStateName(r.cache));
    key(",\"cache_read_tokens\":");
    appendOpt(out, r.cacheReadTokens);
    key(",\"cache_write_tokens\":");
    appendOpt(out, r.cacheWriteTokens);
    key(",\"completion_tokens\":");
    appendOpt(out, r.completionTokens);
    key(",\"config_id\":");
    appendText(out, r.configId);
    key(",\"cost_cents\":");
    appendOpt(out, r.costCents);
    key(",\"cost_estimated\":");
    out.append(r.costCents ? (r.costEstimated ? "true" : "false") : "null");
    key(",\"created_at\":");
    appendTime(out, r.createdAt);
    key(",\"currency\":");
    appendText(out, r.currency);
    key(",\"endpoint\":");
    appendText(out, r.endpoint);
    key(",\"fallback_active\":");
    appendOpt(out, r.fallbackActive);
    key(",\"feedback\":[");
    for (qsizetype i = 0; i < r.feedback.size(); ++i) {
        const FeedbackEntry &f = r.feedback.at(i);
        key(i ? ",{\"created_at\":" : "{\"created_at\":");
        appendTime(out, f.createdAt);
        key(",\"id\":");
        appendString(out, f.id);
        key(",\"metadata\":");
        out.append(QJsonDocument(f.metadata).toJson(QJsonDocument::Compact));
        key(",\"synced\":");
        out.append(f.synced ? "true" : "false");
        key(",\"value\":");
        appendDouble(out, f.value);
        key(",\"weight\":");
        appendDouble(out, f.weight);
        out.append('}');
    }
    key("],\"forgotten_at\":");
    appendTime(out, r.forgottenAt);
    key(",\"id\":");
    appendText(out, r.id);
    key(",\"images\":[");
    for (qsizetype i = 0; i < r.images.size(); ++i) {
        const ImageInfo &img = r.images.at(i);
        key(i ? ",{\"bytes\":" : "{\"bytes\":");
        appendOpt(out, img.bytes);
        key(img.direction == ImageInfo::Direction::Input ? ",\"direction\":\"input\""
                                                         : ",\"direction\":\"output\"");
        if (!img.hash.isEmpty()) {
            key(",\"hash\":");
            appendString(out, img.hash);
        }
        key(",\"height\":");
        appendOpt(out, img.height);
        key(",\"mime\":");
        appendText(out, img.mime);
        if (!img.url.isEmpty()) {
            key(",\"url\":");
            appendString(out, img.url);
        }
        key(",\"width\":");
        appendOpt(out, img.width);
        out.append('}');
    }
    key("],\"latency_ms\":");
    appendOpt(out, r.latencyMs);
    key(",\"loadbalance_active\":");
    appendOpt(out, r.loadbalanceActive);
    key(",\"metadata\":{");
    for (auto it = r.metadata.cbegin(); it != r.metadata.cend(); ++it) {
        if (it != r.metadata.cbegin())
            out.append(',');
        appendString(out, it.key());
        out.append(':');
        appendString(out, it.value());
    }
    key("},\"method\":");
    appendText(out, r.method);
    key(",\"model\":");
    appendText(out, r.model);
    key(",\"parent_span_id\":");
    appendText(out, r.parentSpanId);
    key(",\"prompt_id\":");
    appendText(out, r.promptId);
    key(",\"prompt_tokens\":");
    appendOpt(out, r.promptTokens);
    key(",\"provider\":");
    appendText(out, r.provider);
    key(",\"reasoning_tokens\":");
    appendOpt(out, r.reasoningTokens);
    key(",\"replay_of\":");
    appendText(out, r.replayOf);
    key(",\"request\":");
    appendBody(out, r.request);
    key(",\"request_type\":");
    appendText(out, requestTypeName(r.requestType));
    key(",\"response\":");
    appendBody(out, r.response);
    key(",\"retry_count\":");
    appendOpt(out, r.retryCount);
    key(",\"served_target\":");
    appendText(out, r.servedTarget);
    key(",\"source\":");
    appendText(out, r.source);
    key(",\"span_id\":");
    appendText(out, r.spanId);
    key(",\"span_name\":");
    appendText(out, r.spanName);
    key(",\"status_code\":");
    appendOpt(out, r.statusCode);
    key(",\"strategy\":");
    appendText(out, strategyName(r.strategy));
    key(",\"stream\":");
    appendOpt(out, r.stream);
    key(",\"total_tokens\":");
    appendOpt(out, r.totalTokens);
    key(",\"trace_id\":");
    appendText(out, r.traceId);
    key(",\"tracked\":");
    out.append(r.tracked ? "true" : "false");
    key(",\"ttft_ms\":");
    appendOpt(out, r.ttftMs);
    key(",\"virtual_key\":");
    appendText(out, r.virtualKey);
    key("}\n");
}

// Turns records into lines and writes them, on a thread of its own: the reading thread hands
// over batches of records (copies share their data) and goes on reading and decompressing while
// this one formats the lines and copies them into the page cache (a third of a single-threaded
// export's time: 0.6 s for 245 MB here). At most kQueued batches wait.
class LineWriter
{
public:
    LineWriter(QIODevice &out, Exporter::Format format, QByteArray start)
        : m_out(out)
        , m_format(format)
        , m_buffer(std::move(start))
        , m_thread([this] { run(); })
    {
        m_batch.reserve(kBatch);
    }
    ~LineWriter() { finish(); }

    // Why a write failed (after finish()).
    QString why() const { return m_why; }
    // False once a write failed.
    bool add(const LogRecord &record)
    {
        m_batch.append(record);
        return m_batch.size() < kBatch || handOver();
    }
    // Writes what is left; false if a write failed.
    bool finish()
    {
        if (!m_thread.joinable())
            return !m_failed;
        const bool handed = m_batch.isEmpty() || handOver();
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
            m_changed.notify_all();
        }
        m_thread.join();
        return handed && !m_failed;
    }

private:
    static constexpr qsizetype kBatch = 256;
    static constexpr qsizetype kQueued = 4;
    static constexpr qsizetype kFlushAt = 1 << 20;

    bool handOver()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < kQueued || m_failed; });
        if (m_failed)
            return false;
        m_queue.push_back(std::move(m_batch));
        m_changed.notify_all();
        // The batches written come back to be freed here, where they were allocated: freed on
        // the writing thread, their memory went back to this thread's malloc arena under its
        // lock, and the two threads waited for each other there (10 % of the reading thread).
        std::deque<QList<LogRecord>> spent;
        spent.swap(m_spent);
        lock.unlock();
        spent.clear();
        m_batch = QList<LogRecord>();
        m_batch.reserve(kBatch);
        return true;
    }
    bool flush()
    {
        if (m_out.write(m_buffer) != m_buffer.size()) {
            const int code = errno;
            m_why = m_out.errorString();
            if (m_why.isEmpty() || m_why == u"Unknown error")
                m_why = QString::fromLocal8Bit(std::strerror(code));
            return false;
        }
        m_buffer.resize(0);
        return true;
    }
    void run()
    {
        m_buffer.reserve(kFlushAt + (64 << 10));
        bool ok = true;
        QList<LogRecord> written; // the last batch written, for m_spent
        for (;;) {
            QList<LogRecord> batch;
            {
                std::unique_lock lock(m_mutex);
                if (!written.isEmpty())
                    m_spent.push_back(std::move(written));
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
                if (m_queue.empty())
                    break;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
                m_changed.notify_all();
            }
            for (const LogRecord &record : std::as_const(batch)) {
                if (m_format == Exporter::Format::Gatescope)
                    appendLine(m_buffer, record);
                else
                    m_buffer.append(csvRow(record));
                if (m_buffer.size() >= kFlushAt && !(ok = flush()))
                    break;
            }
            written = std::move(batch);
            if (!ok)
                break;
        }
        ok = ok && flush();
        std::lock_guard lock(m_mutex);
        m_failed = !ok;
        m_queue.clear();
        m_changed.notify_all();
    }

    QIODevice &m_out;
    const Exporter::Format m_format;
    QByteArray m_buffer; // the writing thread's
    QString m_why; // the writing thread's until finish()
    QList<LogRecord> m_batch; // the reading thread's
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<LogRecord>> m_queue;
    std::deque<QList<LogRecord>> m_spent; // written, to be freed by the reading thread
    bool m_done = false;
    bool m_failed = false;
    std::thread m_thread;
};

} // namespace

Exporter::Exporter(LogStore &store)
    : m_store(store)
{ }

bool Exporter::formatFromName(QStringView name, Format *format)
{
    if (name.compare(u"gatescope", Qt::CaseInsensitive) == 0
        || name.compare(u"jsonl", Qt::CaseInsensitive) == 0) {
        *format = Format::Gatescope;
        return true;
    }
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0) {
        *format = Format::Csv;
        return true;
    }
    return false;
}

qint64 Exporter::exportTo(const QString &path, const QString &filter, Format format, QString *error)
{
    // The total for the progress; the records then come in one pass, oldest first (an export
    // reads like the log it came from).
    const std::optional<qint64> total = m_store.count(filter, error);
    if (!total)
        return -1;

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
        return -1;
    }
    qint64 written = 0;
    LineWriter writer(out, format, format == Format::Csv ? csvHeader() : QByteArray());
    bool writeFailed = false;
    const bool read = m_store.forEachRecord(
        filter,
        [&](const LogRecord &record) {
            if (!writer.add(record)) {
                writeFailed = true;
                return false;
            }
            ++written;
            if (m_progress && (written % 1000 == 0 || written == *total))
                m_progress(written, std::max(*total, written));
            return true;
        },
        error, m_cancel);
    writeFailed = !writer.finish() || writeFailed;
    if (!read) {
        if (m_cancel && m_cancel->load())
            *error = QStringLiteral("export cancelled");
        out.cancelWriting();
        return -1;
    }
    if (writeFailed || !out.commit()) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(path, writeFailed ? writer.why() : out.errorString());
        out.cancelWriting();
        return -1;
    }
    return written;
}
