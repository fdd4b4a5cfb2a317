// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportline.h"

#include "listcolumns.h"
#include "logrecord.h"
#include "logstore.h"
#include "recordenums.h"

#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

using ExportLine::Sink;

inline char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// Bytes a JSON string holds as they are: printable ASCII but " and \\ (and DEL, which
// QJsonDocument writes as it is).
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> t {};
    for (int c = 0x20; c < 0x80; ++c)
        t[size_t(c)] = c != '"' && c != '\\';
    return t;
}();

// The first byte from p that is not kPlain: sixteen bytes at a time with SSE2, else eight,
// while none is.
const uchar *skipPlain(const uchar *p, const uchar *end)
{
#if defined(__SSE2__)
    // A signed compare below 0x20 also takes the bytes from 0x80 up, which are not plain either.
    const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'),
                  backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int special = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmplt_epi8(v, space),
                         _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash))));
        if (special != 0)
            return p + std::countr_zero(unsigned(special));
        p += 16;
    }
#endif
    constexpr quint64 ones = 0x0101010101010101, highs = 0x8080808080808080;
    while (end - p >= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        const quint64 quote = v ^ (ones * '"'), backslash = v ^ (ones * '\\');
        // A byte below 0x20, a zero byte of quote or backslash (an exact test for "any"), or
        // a byte with its high bit set.
        const quint64 special = ((v - ones * 0x20) & ~v) | ((quote - ones) & ~quote)
            | ((backslash - ones) & ~backslash) | v;
        if (special & highs)
            break;
        p += 8;
    }
    while (p != end && kPlain[*p])
        ++p;
    return p;
}

// An ASCII character that is not kPlain, as QJsonDocument escapes it: \", \\, \b, \f, \n, \r,
// \t and \u00XX for the other control characters.
void appendEscaped(Sink &out, char16_t u)
{
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
        const char buf[6] = {'\\', 'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf)};
        out.append(buf, 6);
    }
}

// A JSON string as QJsonDocument writes it, from UTF-16: see appendEscaped(); a lone surrogate
// as \uXXXX; everything else as UTF-8.
void appendString(Sink &out, QStringView s)
{
    out.append('"');
    const char16_t *p = s.utf16(), *end = p + s.size();
    char buf[6];
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (kPlain[u])
                out.append(char(u));
            else
                appendEscaped(out, u);
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

// The length of the UTF-8 sequence at p (a byte from 0x80), or 0 unless it is well formed
// (no overlong form, no surrogate, up to U+10FFFF) and a character that QString keeps as it is
// (not a byte order mark or a noncharacter): the caller then leaves it to QString.
int plainSequence(const uchar *p, const uchar *end)
{
    const uchar c = *p;
    int n;
    char32_t cp, min;
    if (c >= 0xc2 && c <= 0xdf)
        n = 1, cp = c & 0x1f, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef)
        n = 2, cp = c & 0x0f, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4)
        n = 3, cp = c & 0x07, min = 0x10000;
    else
        return 0;
    if (end - p <= n)
        return 0;
    for (int i = 1; i <= n; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfeff
        || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe)
        return 0;
    return n + 1;
}

// A JSON string from stored UTF-8, as appendString() writes QString::fromUtf8(s).
void appendUtf8String(Sink &out, QByteArrayView s)
{
    const qsizetype start = out.size();
    out.append('"');
    const auto *p = reinterpret_cast<const uchar *>(s.data()), *end = p + s.size();
    while (p != end) {
        const uchar *run = p;
        p = skipPlain(p, end);
        out.append(reinterpret_cast<const char *>(run), p - run);
        if (p == end)
            break;
        if (*p < 0x80) {
            appendEscaped(out, *p++);
            continue;
        }
        const int n = plainSequence(p, end);
        if (n == 0) { // what QString makes of it is QString's to say
            out.truncate(start);
            appendString(out, QString::fromUtf8(s));
            return;
        }
        out.append(reinterpret_cast<const char *>(p), n);
        p += n;
    }
    out.append('"');
}

// A string field: null when the string is null (LogRecord's str()).
void appendText(Sink &out, const QString &s)
{
    if (s.isNull())
        out.append("null", 4);
    else
        appendString(out, s);
}

// A JSON number as QJsonValue(double) writes it: an integer when it is one up to 2^53, else
// the shortest form that reads back the same; null when not finite.
void appendDouble(Sink &out, double d)
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

void appendInt(Sink &out, qint64 v)
{
    char buf[24];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, end - buf);
}

template<typename T> void appendOpt(Sink &out, const std::optional<T> &v)
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

// ISO 8601 with milliseconds in UTC, as QDateTime::toString(Qt::ISODateWithMs) writes it, for
// years 1970 to 9999 (days to civil date, Howard Hinnant's algorithm); false for other times.
bool appendCivilTime(Sink &out, qint64 ms)
{
    if (ms < 0 || ms >= 253402300800000)
        return false;
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
    return true;
}

void appendTime(Sink &out, const QDateTime &t)
{
    if (!t.isValid())
        out.append("null", 4);
    else if (!appendCivilTime(out, t.toMSecsSinceEpoch()))
        appendString(out, t.toUTC().toString(Qt::ISODateWithMs));
}

// A stored time (ListColumns::timeFromMs()).
void appendStoredTime(Sink &out, qint64 ms)
{
    if (!appendCivilTime(out, ms))
        appendTime(out, ListColumns::timeFromMs(ms));
}

// Strict JSON (RFC 8259: one value, UTF-8 checked, nesting up to 500, numbers that a double
// holds). What it takes QJsonDocument::fromJson takes too (wrapped in [ ]); what it refuses
// goes to QJsonDocument, which is more lenient (control characters in strings, any escaped
// character), so that the answer is always Qt's.
class JsonCheck
{
public:
    // *lineBreaks: whether the text has a line break (then in white space).
    static bool strict(QByteArrayView text, bool *lineBreaks)
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
    explicit JsonCheck(QByteArrayView text)
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
            m_p = skipPlain(m_p, m_end);
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

void foldLineBreaks(Sink &out, qsizetype from)
{
    char *p = out.data() + from, *end = out.data() + out.size();
    for (; p != end; ++p) {
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    }
}

// A JSON array of objects, each written by appendItem.
template<class T, class F> void appendArray(Sink &out, const QList<T> &items, F appendItem)
{
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out.append(',');
        appendItem(items.at(i));
    }
    out.append(']');
}

void appendAttempts(Sink &out, const QList<Attempt> &attempts)
{
    appendArray(out, attempts, [&out](const Attempt &a) {
        out.append("{\"latency_ms\":");
        appendOpt(out, a.latencyMs);
        out.append(",\"model\":");
        appendText(out, a.model);
        out.append(",\"ok\":");
        appendOpt(out, a.ok);
        out.append(",\"provider\":");
        appendText(out, a.provider);
        out.append(",\"target\":");
        appendText(out, a.target);
        out.append('}');
    });
}

void appendFeedback(Sink &out, const QList<FeedbackEntry> &feedback)
{
    appendArray(out, feedback, [&out](const FeedbackEntry &f) {
        out.append("{\"created_at\":");
        appendTime(out, f.createdAt);
        out.append(",\"id\":");
        appendString(out, f.id);
        out.append(",\"metadata\":");
        out.append(QJsonDocument(f.metadata).toJson(QJsonDocument::Compact));
        out.append(",\"synced\":");
        out.append(f.synced ? "true" : "false");
        out.append(",\"value\":");
        appendDouble(out, f.value);
        out.append(",\"weight\":");
        appendDouble(out, f.weight);
        out.append('}');
    });
}

void appendImages(Sink &out, const QList<ImageInfo> &images)
{
    appendArray(out, images, [&out](const ImageInfo &img) {
        out.append("{\"bytes\":");
        appendOpt(out, img.bytes);
        out.append(img.direction == ImageInfo::Direction::Input ? ",\"direction\":\"input\""
                                                                : ",\"direction\":\"output\"");
        if (!img.hash.isEmpty()) {
            out.append(",\"hash\":");
            appendString(out, img.hash);
        }
        out.append(",\"height\":");
        appendOpt(out, img.height);
        out.append(",\"mime\":");
        appendText(out, img.mime);
        if (!img.url.isEmpty()) {
            out.append(",\"url\":");
            appendString(out, img.url);
        }
        out.append(",\"width\":");
        appendOpt(out, img.width);
        out.append('}');
    });
}

void appendMetadata(Sink &out, const QMap<QString, QString> &metadata)
{
    out.append('{');
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        if (it != metadata.cbegin())
            out.append(',');
        appendString(out, it.key());
        out.append(':');
        appendString(out, it.value());
    }
    out.append('}');
}

// Stored metadata (ListColumns::metadataJson()) as appendMetadata() writes the map read from
// it. Copied as it is when it is an object of strings in the form that map writes: no white
// space, no escape, keys of printable ASCII in ascending order (QMap's), values of printable
// ASCII or plain UTF-8 sequences; else read into the map.
void appendStoredMetadata(Sink &out, QByteArrayView stored)
{
    const auto *p = reinterpret_cast<const uchar *>(stored.data()), *end = p + stored.size();
    auto string = [&p, end](bool key) -> QByteArrayView {
        if (p == end || *p != '"')
            return {};
        const uchar *from = ++p;
        for (;;) {
            p = skipPlain(p, end);
            if (p == end)
                return {};
            if (*p == '"')
                break;
            const int n = key || *p < 0x80 ? 0 : plainSequence(p, end);
            if (n == 0)
                return {};
            p += n;
        }
        return QByteArrayView(from, ++p - from - 1);
    };
    bool asStored = p != end && *p++ == '{';
    QByteArrayView lastKey;
    for (bool first = true; asStored && p != end && *p != '}'; first = false) {
        if (!first && *p++ != ',') {
            asStored = false;
            break;
        }
        const QByteArrayView key = string(true);
        asStored = key.data() && (first || lastKey.compare(key) < 0) && p != end && *p++ == ':'
            && string(false).data();
        lastKey = key;
    }
    if (asStored && p != end && *p == '}' && p + 1 == end) {
        out.append(stored);
        return;
    }
    QMap<QString, QString> metadata;
    const QJsonObject o = QJsonDocument::fromJson(stored.toByteArray()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        metadata.insert(it.key(), it.value().toString());
    appendMetadata(out, metadata);
}

// The columns of a stored row as readRow() reads them and toJsonLine() writes them.
void appendStoredText(Sink &out, const StoredRow &row, int column)
{
    if (const std::optional<QByteArrayView> text = row.text(column))
        appendUtf8String(out, *text);
    else
        out.append("null", 4);
}

void appendStoredInt(Sink &out, const StoredRow &row, int column)
{
    if (row.isNull(column))
        out.append("null", 4);
    else
        appendInt(out, int(row.int64(column))); // readRow()'s int
}

void appendStoredInt64(Sink &out, const StoredRow &row, int column)
{
    if (row.isNull(column))
        out.append("null", 4);
    else
        appendDouble(out, double(row.int64(column))); // a qint64 goes through double
}

void appendStoredBool(Sink &out, const StoredRow &row, int column)
{
    if (row.isNull(column))
        out.append("null", 4);
    else
        out.append(row.int64(column) != 0 ? "true" : "false");
}

QByteArray storedBytes(const StoredRow &row, int column)
{
    const QByteArrayView bytes = row.utf8(column);
    return QByteArray::fromRawData(bytes.data(), bytes.size());
}

} // namespace

namespace ExportLine {

Sink::Sink(QByteArray &out)
    : m_out(out)
{
    const qsizetype size = out.size();
    // Room for a line or two without growing; resize() within the capacity does not allocate.
    out.resize(std::max(out.capacity(), size + 8192));
    m_base = out.data();
    m_p = m_base + size;
    m_end = m_base + out.size();
}

Sink::~Sink()
{
    m_out.resize(size());
}

void Sink::grow(qsizetype n)
{
    const qsizetype used = size();
    m_out.resize(std::max(qsizetype(2 * (m_end - m_base)), used + n + 8192));
    m_base = m_out.data();
    m_p = m_base + used;
    m_end = m_base + m_out.size();
}

void appendBody(Sink &out, QByteArrayView body)
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
    if (QJsonDocument::fromJson('[' + body.toByteArray() + ']').isArray()) {
        out.append(body);
        foldLineBreaks(out, out.size() - body.size());
        return;
    }
    appendString(out, QString::fromUtf8(body));
}

void CapturedColumns::capture(const StoredRow &row, Sink &bytes)
{
    for (int c = 0; c < ListColumns::kCount; ++c) {
        Slot &slot = m_slots[size_t(c)];
        switch (StoredColumns::readOf(c)) {
        case StoredColumns::Read::Unread:
            slot = Slot();
            break;
        case StoredColumns::Read::Text:
            if (const std::optional<QByteArrayView> text = row.text(c)) {
                slot.value = bytes.size();
                slot.size = text->size();
                bytes.append(*text);
            } else {
                slot = Slot();
            }
            break;
        case StoredColumns::Read::Int64:
            // int64() of a NULL too: one column is written without asking isNull() first.
            slot.value = row.int64(c);
            slot.size = row.isNull(c) ? -1 : 0;
            break;
        case StoredColumns::Read::Float64:
            slot.value = std::bit_cast<qint64>(row.float64(c));
            slot.size = row.isNull(c) ? -1 : 0;
            break;
        }
    }
}

CapturedRow::CapturedRow(const CapturedColumns &columns, const char *bytes,
                         const QList<FeedbackEntry> &feedback)
    : m_columns(columns)
    , m_bytes(bytes)
{
    this->feedback = feedback;
}

void CapturedRow::misread(int column, std::optional<StoredColumns::Read> read)
{
    qFatal("ExportLine::CapturedRow: column %d was captured as %d, read as %d", column,
           int(StoredColumns::readOf(column)), read ? int(*read) : -1);
}

bool CapturedRow::isNull(int column) const
{
    return slot(column).size < 0;
}

qint64 CapturedRow::int64(int column) const
{
    return slot(column, StoredColumns::Read::Int64).value;
}

double CapturedRow::float64(int column) const
{
    return std::bit_cast<double>(slot(column, StoredColumns::Read::Float64).value);
}

QByteArrayView CapturedRow::utf8(int column) const
{
    return text(column).value_or(QByteArrayView());
}

std::optional<QByteArrayView> CapturedRow::text(int column) const
{
    const CapturedColumns::Slot &s = slot(column, StoredColumns::Read::Text);
    if (s.size < 0)
        return std::nullopt;
    return QByteArrayView(m_bytes + s.value, s.size);
}

// The columns by their index in ListColumns::kSelect (readRow() reads them the same way).
void StoredColumns::appendHead(Sink &out, const StoredRow &row)
{
    out.append("{\"attempts\":");
    appendAttempts(out, ListColumns::attemptsFromJson(storedBytes(row, 39)));
    out.append(",\"cache\":");
    appendName(out, row, 22, m_cache);
    out.append(",\"cache_read_tokens\":");
    appendStoredInt64(out, row, 40);
    out.append(",\"cache_write_tokens\":");
    appendStoredInt64(out, row, 41);
    out.append(",\"completion_tokens\":");
    appendStoredInt64(out, row, 16);
    out.append(",\"config_id\":");
    appendStoredText(out, row, 28);
    out.append(",\"cost_cents\":");
    if (row.isNull(19)) {
        out.append("null,\"cost_estimated\":null");
    } else {
        appendDouble(out, row.float64(19));
        out.append(row.int64(21) != 0 ? ",\"cost_estimated\":true" : ",\"cost_estimated\":false");
    }
    out.append(",\"created_at\":");
    appendStoredTime(out, row.int64(2));
    out.append(",\"currency\":");
    appendStoredText(out, row, 20);
    out.append(",\"endpoint\":");
    appendStoredText(out, row, 8);
    out.append(",\"fallback_active\":");
    appendStoredBool(out, row, 25);
    out.append(",\"feedback\":");
    appendFeedback(out, row.feedback);
    out.append(",\"forgotten_at\":");
    if (row.isNull(42))
        out.append("null", 4);
    else
        appendStoredTime(out, row.int64(42));
    out.append(",\"id\":");
    appendStoredText(out, row, 1);
    out.append(",\"images\":");
    appendImages(out, ListColumns::imagesFromJson(storedBytes(row, 34)));
    out.append(",\"latency_ms\":");
    appendStoredInt64(out, row, 13);
    out.append(",\"loadbalance_active\":");
    appendStoredBool(out, row, 26);
    out.append(",\"metadata\":");
    if (row.isNull(31))
        out.append("{}", 2);
    else
        appendStoredMetadata(out, row.utf8(31));
    out.append(",\"method\":");
    appendStoredText(out, row, 7);
    out.append(",\"model\":");
    appendStoredText(out, row, 11);
    out.append(",\"parent_span_id\":");
    appendStoredText(out, row, 5);
    out.append(",\"prompt_id\":");
    appendStoredText(out, row, 29);
    out.append(",\"prompt_tokens\":");
    appendStoredInt64(out, row, 15);
    out.append(",\"provider\":");
    appendStoredText(out, row, 10);
    out.append(",\"reasoning_tokens\":");
    appendStoredInt64(out, row, 18);
    out.append(",\"replay_of\":");
    appendStoredText(out, row, 38);
    out.append(",\"request\":");
}

void StoredColumns::appendMiddle(Sink &out, const StoredRow &row)
{
    out.append(",\"request_type\":");
    appendName(out, row, 9, m_requestType);
    out.append(",\"response\":");
}

void StoredColumns::appendTail(Sink &out, const StoredRow &row)
{
    out.append(",\"retry_count\":");
    appendStoredInt(out, row, 23);
    out.append(",\"served_target\":");
    appendStoredText(out, row, 27);
    out.append(",\"source\":");
    appendStoredText(out, row, 37);
    out.append(",\"span_id\":");
    appendStoredText(out, row, 4);
    out.append(",\"span_name\":");
    appendStoredText(out, row, 6);
    out.append(",\"status_code\":");
    appendStoredInt(out, row, 12);
    out.append(",\"strategy\":");
    appendName(out, row, 24, m_strategy);
    out.append(",\"stream\":");
    appendStoredBool(out, row, 33);
    out.append(",\"total_tokens\":");
    appendStoredInt64(out, row, 17);
    out.append(",\"trace_id\":");
    appendStoredText(out, row, 3);
    out.append(",\"tracked\":");
    out.append(row.int64(32) != 0 ? "true" : "false");
    out.append(",\"ttft_ms\":");
    appendStoredInt64(out, row, 14);
    out.append(",\"virtual_key\":");
    appendStoredText(out, row, 30);
    out.append("}\n");
}

void StoredColumns::appendName(Sink &out, const StoredRow &row, int column, Name &last)
{
    using namespace RecordEnums;
    const std::optional<QByteArrayView> value = row.text(column);
    const bool null = !value;
    const QByteArrayView stored = value.value_or(QByteArrayView());
    if (!last.valid || last.null != null || last.stored != stored) {
        // Read into the enum and named again, as readRow() and toJsonLine() do.
        const QString text = null ? QString() : QString::fromUtf8(stored);
        QString name;
        if (column == 9)
            name = requestTypeName(requestTypeFromName(text));
        else if (column == 22)
            name = cacheStateName(cacheStateFromName(text));
        else
            name = strategyName(strategyFromName(text));
        last.valid = true;
        last.null = null;
        last.stored = stored.toByteArray();
        last.written.resize(0);
        Sink written(last.written);
        appendText(written, name);
    }
    out.append(last.written);
}

} // namespace ExportLine
