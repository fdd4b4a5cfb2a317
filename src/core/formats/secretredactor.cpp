// SPDX-License-Identifier: GPL-3.0-or-later
// Over 800 lines because it is one byte scanner with its tables: the header and key names that
// hold secrets, the provider key shapes, URL query and JSON escapes, all in one pass over a
// body so that import stays fast (see README, Performance); split, the passes would each read
// the body again.
#include "secretredactor.h"
#include "bytesearch.h"
#include "hexdigit.h"

#include "logrecord.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

constexpr int kMaxDepth = 6; // JSON inside a JSON string inside...
constexpr size_t kMaxKeyLength = 64;
constexpr size_t kMaxAuthority = 4096; // user:password@host:port

enum class KeyClass { None, Weak, Strong, LogprobToken };

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLowerOrDigit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool isAlnum(char c)
{
    return isUpper(c) || isLowerOrDigit(c);
}
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The key's letters and digits, lower case ("x-API_Key" -> "xapikey"), and its last word
// ("key"): words end at punctuation and at camelCase boundaries ("APIKey" -> "api", "key").
void splitKey(std::string_view key, std::string &joined, std::string &lastWord)
{
    joined.clear();
    lastWord.clear();
    bool wordEnded = false;
    for (size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        if (!isAlnum(c)) {
            wordEnded = true;
            continue;
        }
        bool boundary = wordEnded;
        if (i > 0 && isUpper(c)) {
            const char prev = key[i - 1];
            if (isLowerOrDigit(prev))
                boundary = true; // apiKey
            else if (isUpper(prev) && i + 1 < key.size() && key[i + 1] >= 'a' && key[i + 1] <= 'z')
                boundary = true; // APIKey
        }
        if (boundary)
            lastWord.clear();
        wordEnded = false;
        joined.push_back(lower(c));
        lastWord.push_back(lower(c));
    }
}

bool mayHoldSecret(std::string_view text);

KeyClass classifyKeyUncached(std::string_view key);

// classifyKey() of the keys seen lately on this thread: a file's records repeat the same few
// dozen keys, and joining and searching a key's words costs ten times a lookup. One key per
// slot, chosen by its length and first and last 8 bytes: about 70 instructions a key, where
// mayHoldSecret() (once the first question) and a hash table's lookup were 170 (80 keys a
// record), and random keys only take the place of others.
KeyClass classifyKey(std::string_view key)
{
    const size_t n = key.size();
    if (n == 0 || n > kMaxKeyLength)
        return KeyClass::None;
    struct Seen
    {
        std::string key;
        KeyClass keyClass = KeyClass::None;
    };
    thread_local std::array<Seen, 512> seen;
    const size_t edge = std::min<size_t>(n, 8);
    uint64_t first = 0, last = 0;
    std::memcpy(&first, key.data(), edge);
    std::memcpy(&last, key.data() + n - edge, edge);
    const uint64_t hash = (first * 0x9e3779b97f4a7c15) ^ (last * 0xc2b2ae3d27d4eb4f) ^ n;
    Seen &slot = seen[size_t(hash >> 55)];
    if (slot.key == key)
        return slot.keyClass;
    slot.key.assign(key);
    slot.keyClass = mayHoldSecret(key) ? classifyKeyUncached(key) : KeyClass::None;
    return slot.keyClass;
}

KeyClass classifyKeyUncached(std::string_view key)
{
    std::string n, last;
    splitKey(key, n, last);
    if (n.empty())
        return KeyClass::None;
    static constexpr std::string_view kStrong[] = {
        "apikey",       "secret",         "password",   "passwd",    "privatekey", "authorization",
        "accesskey",    "serviceaccount", "credential", "cookie",    "bearer",     "accesstoken",
        "refreshtoken", "sessiontoken",   "idtoken",    "authtoken", "apitoken",
    };
    for (const std::string_view part : kStrong) {
        if (n.find(part) != std::string::npos)
            return KeyClass::Strong;
    }
    if (n == "auth")
        return KeyClass::Strong;
    if (last != "key" && last != "token")
        return KeyClass::None;
    static constexpr std::string_view kIdentifiers[] = {
        "virtualkey", "cachekey", "idempotencykey", "partitionkey", "sortkey", "primarykey",
    };
    for (const std::string_view suffix : kIdentifiers) {
        if (n.ends_with(suffix))
            return KeyClass::None;
    }
    if (n == "extrakey" || n == "metadatakey")
        return KeyClass::None;
    if (n == "token")
        return KeyClass::LogprobToken; // a secret unless in a logprobs entry
    return KeyClass::Weak;
}

struct Span
{
    size_t begin = 0;
    size_t end = 0;
    std::string text;
};

void appendEscaped(std::string &out, std::string_view s, char quote)
{
    for (const char c : s) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c == quote) {
                out.push_back('\\');
                out.push_back(c);
            } else if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out.push_back(hex[(c >> 4) & 0xF]);
                out.push_back(hex[c & 0xF]);
            } else {
                out.push_back(c);
            }
        }
    }
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// Decodes the JSON escapes of a string's content. When starts is given, it receives for every
// decoded byte the offset of the raw bytes it came from (plus the raw size at the end).
std::string decodeString(std::string_view raw, std::vector<size_t> *starts = nullptr)
{
    std::string out;
    out.reserve(raw.size());
    auto mark = [&](size_t from) {
        if (starts) {
            while (starts->size() < out.size())
                starts->push_back(from);
        }
    };
    size_t i = 0;
    while (i < raw.size()) {
        const size_t from = i;
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out.push_back(c);
            ++i;
        } else {
            const char e = raw[i + 1];
            i += 2;
            switch (e) {
            case 'n':
                out.push_back('\n');
                break;
            case 't':
                out.push_back('\t');
                break;
            case 'r':
                out.push_back('\r');
                break;
            case 'b':
                out.push_back('\b');
                break;
            case 'f':
                out.push_back('\f');
                break;
            case 'u': {
                unsigned cp = 0;
                bool ok = i + 4 <= raw.size();
                for (size_t k = 0; ok && k < 4; ++k) {
                    const int h = hexDigitValue(raw[i + k]);
                    ok = h >= 0;
                    cp = cp * 16 + unsigned(std::max(h, 0));
                }
                if (!ok) {
                    out.push_back('u');
                    break;
                }
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= raw.size() && raw[i] == '\\'
                    && raw[i + 1] == 'u') {
                    unsigned low = 0;
                    bool lowOk = true;
                    for (size_t k = 0; lowOk && k < 4; ++k) {
                        const int h = hexDigitValue(raw[i + 2 + k]);
                        lowOk = h >= 0;
                        low = low * 16 + unsigned(std::max(h, 0));
                    }
                    if (lowOk && low >= 0xDC00 && low < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                appendUtf8(out, cp);
                break;
            }
            case '"':
            case '\\':
            case '/':
            case '\'':
                out.push_back(e);
                break;
            default: // not an escape JSON knows: kept as it is (so "k\ey" never reads "key")
                out.push_back('\\');
                out.push_back(e);
            }
        }
        mark(from);
    }
    if (starts)
        starts->push_back(raw.size());
    return out;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

std::string percentDecoded(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            const int hi = hexDigitValue(s[i + 1]);
            const int lo = hexDigitValue(s[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.push_back(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.push_back(s[i]);
    }
    return out;
}

bool isParameterNameChar(char c)
{
    return isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '%' || c == '[' || c == ']';
}

bool endsParameterValue(char c)
{
    switch (c) {
    case '&':
    case '#':
    case '"':
    case '\'':
    case '<':
    case '>':
    case '\\':
    case ',':
    case ')':
    case ']':
    case '}':
    case ';':
    case '`':
        return true;
    default:
        return isSpace(c);
    }
}

// Secret parameters (name=value after '?', '&' or at the start) and URL user info in a piece
// of text, as spans of t.
void textRules(std::string_view t, std::vector<Span> &spans)
{
    const size_t n = t.size();
    if (t.find('=') != std::string_view::npos) {
        for (size_t p = 0; p < n; ++p) {
            size_t nameStart;
            if (p == 0 && t[0] != '?' && t[0] != '&')
                nameStart = 0;
            else if (t[p] == '?' || t[p] == '&')
                nameStart = p + 1;
            else
                continue;
            size_t e = nameStart;
            while (e < n && e - nameStart <= kMaxKeyLength && isParameterNameChar(t[e]))
                ++e;
            if (e == nameStart || e >= n || t[e] != '=')
                continue;
            if (!SecretRedactor::isSecretParameter(
                    percentDecoded(t.substr(nameStart, e - nameStart))))
                continue;
            size_t v = e + 1;
            if (t.substr(v).starts_with(SecretRedactor::placeholder())) {
                p = v + SecretRedactor::placeholder().size() - 1;
                continue; // redacted before
            }
            while (v < n && !endsParameterValue(t[v]))
                ++v;
            const std::string_view value = t.substr(e + 1, v - e - 1);
            if (!value.empty() && value != SecretRedactor::placeholder())
                spans.push_back({e + 1, v, std::string(SecretRedactor::placeholder())});
            p = v - 1;
        }
    }
    if (t.find('@') != std::string_view::npos) {
        for (size_t p = t.find("://"); p != std::string_view::npos; p = t.find("://", p + 3)) {
            const size_t a = p + 3;
            size_t e = a;
            size_t at = std::string_view::npos;
            // An authority is short: bounded, so that "://" repeated cannot make this quadratic.
            const size_t limit = std::min(n, a + kMaxAuthority);
            while (e < limit && t[e] != '/' && t[e] != '?' && t[e] != '#' && !isSpace(t[e])
                   && t[e] != '"' && t[e] != '\'' && t[e] != '\\' && t[e] != '<' && t[e] != '>') {
                if (t[e] == '@')
                    at = e;
                ++e;
            }
            if (at == std::string_view::npos || at == a)
                continue;
            const std::string_view userInfo = t.substr(a, at - a);
            const size_t colon = userInfo.find(':');
            if (colon != std::string_view::npos) {
                if (colon + 1 < userInfo.size()
                    && userInfo.substr(colon + 1) != SecretRedactor::placeholder())
                    spans.push_back(
                        {a + colon + 1, at, std::string(SecretRedactor::placeholder())});
            } else if (userInfo.size() >= 20 && userInfo != SecretRedactor::placeholder()) {
                spans.push_back({a, at, std::string(SecretRedactor::placeholder())});
            }
        }
    }
}

constexpr std::array<bool, 256> makeTable(std::string_view chars)
{
    std::array<bool, 256> table {};
    for (const char c : chars)
        table[static_cast<unsigned char>(c)] = true;
    return table;
}

// The bytes stringEnd() stops at.
constexpr std::array<bool, 256> kStringSpecial = makeTable("\"'\\=@");
// The first letters of the needles below, both cases, and the characters that can hide or
// carry a secret without one (an escape, a percent-encoding, user info).
constexpr std::array<bool, 256> kNeedleStart = makeTable("kKtTsSpPaAcCbB%@\\");

// ASCII lower case of every byte, and the pairs of lower-cased bytes a needle of
// mayHoldSecret() starts with: two table lookups per byte find the few places worth comparing
// (the filter without SSE2; with it, the same pairs are compared 16 places at a time).
constexpr std::array<unsigned char, 256> kLowerTable = [] {
    std::array<unsigned char, 256> table {};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a')
                                                  : static_cast<unsigned char>(c);
    return table;
}();
constexpr std::array<uint64_t, 1024> kNeedlePairs = [] {
    std::array<uint64_t, 1024> bits {};
    auto set = [&bits](unsigned char a, unsigned char b) {
        const size_t i = size_t(a) << 8 | b;
        bits[i >> 6] |= uint64_t(1) << (i & 63);
    };
    for (const char *needle :
         {"ke", "to", "se", "si", "pa", "au", "ac", "co", "cr", "be", "ba", "\\u"})
        set(static_cast<unsigned char>(needle[0]), static_cast<unsigned char>(needle[1]));
    for (int b = 0; b < 256; ++b) {
        set('%', static_cast<unsigned char>(b));
        set('@', static_cast<unsigned char>(b));
    }
    return bits;
}();

// False when text cannot hold anything the rule replaces: every secret key or parameter name
// contains one of key, token, secret, sig, pass, auth, account, code, credential, cookie,
// bearer, basic (any case); everything else needs '%', '@' or an escape. A cheap filter, so
// that a body or a string without them is not looked at further.
bool mayHoldSecret(std::string_view text)
{
    const size_t n = text.size();
    const char *const p = text.data();
    // Does the rest of a needle follow at i (lower case compare)?
    auto follows = [p, n](size_t i, std::string_view rest) {
        if (i + rest.size() > n)
            return false;
        for (size_t k = 0; k < rest.size(); ++k) {
            if (lower(p[i + k]) != rest[k])
                return false;
        }
        return true;
    };
    // Does a needle start at i?
    auto matchesAt = [&](size_t i) {
        if (!kNeedleStart[static_cast<unsigned char>(p[i])])
            return false;
        const size_t r = i + 1;
        switch (lower(p[i])) {
        case 'k':
            return follows(r, "ey");
        case 't':
            return follows(r, "oken");
        case 's':
            return follows(r, "ecret") || follows(r, "ig");
        case 'p':
            return follows(r, "ass");
        case 'a':
            return follows(r, "uth") || follows(r, "ccount");
        case 'c':
            return follows(r, "ode") || follows(r, "redential") || follows(r, "ookie");
        case 'b':
            return follows(r, "earer") || follows(r, "asic");
        case '\\':
            return r < n && p[r] == 'u';
        default: // '%', '@'
            return true;
        }
    };
    if (n == 0)
        return false;
#if defined(__SSE2__)
    // 16 places at a time where SSE2 is there: this filter was a fifth of the instructions of
    // the import's reading thread. The bytes OR 0x20 (A-Z to a-z, and '@' to '`', '\\' to
    // '|') are compared with each needle's first two: every place that kNeedlePairs passes and
    // matchesAt() takes is among the places found, and matchesAt() decides, as below.
    // The places q[0] to q[15] (q[16] is read as the byte after the last).
    auto places = [](const char *q) {
        const __m128i caseBit = _mm_set1_epi8(0x20);
        const __m128i a
            = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(q)), caseBit);
        const __m128i b
            = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(q + 1)), caseBit);
        auto is = [](__m128i v, char c) {
            return _mm_cmpeq_epi8(v, _mm_set1_epi8(c));
        };
        auto pair = [&](char first, __m128i second) {
            return _mm_and_si128(is(a, first), second);
        };
        const __m128i e = is(b, 'e'), u = is(b, 'u');
        __m128i hits = _mm_or_si128(is(a, '%'), is(a, '`'));
        hits = _mm_or_si128(hits, pair('k', e));
        hits = _mm_or_si128(hits, pair('t', is(b, 'o')));
        hits = _mm_or_si128(hits, pair('s', _mm_or_si128(e, is(b, 'i'))));
        hits = _mm_or_si128(hits, pair('p', is(b, 'a')));
        hits = _mm_or_si128(hits, pair('a', _mm_or_si128(u, is(b, 'c'))));
        hits = _mm_or_si128(hits, pair('c', _mm_or_si128(is(b, 'o'), is(b, 'r'))));
        hits = _mm_or_si128(hits, pair('b', _mm_or_si128(e, is(b, 'a'))));
        hits = _mm_or_si128(hits, pair('|', u));
        return unsigned(_mm_movemask_epi8(hits));
    };
    auto anyMatch = [&matchesAt](size_t from, unsigned bits) {
        for (; bits != 0; bits &= bits - 1) {
            if (matchesAt(from + size_t(__builtin_ctz(bits))))
                return true;
        }
        return false;
    };
    size_t i = 0;
    for (; i + 16 < n; i += 16) {
        if (anyMatch(i, places(p + i)))
            return true;
    }
    // The last 1 to 16 bytes (a key is most often all of them) from a copy padded with zeros,
    // which no needle starts with or goes on with; only the places with a byte after them.
    char rest[32] = {};
    std::memcpy(rest, p + i, n - i);
    if (anyMatch(i, places(rest) & ((1u << (n - i - 1)) - 1)))
        return true;
#else
    // Every needle but '%' and '@' is two bytes or more, so its first two bytes are a pair of
    // kNeedlePairs.
    for (size_t i = 0; i + 1 < n; ++i) {
        const size_t pair = size_t(kLowerTable[static_cast<unsigned char>(p[i])]) << 8
            | kLowerTable[static_cast<unsigned char>(p[i + 1])];
        if ((kNeedlePairs[pair >> 6] >> (pair & 63) & 1) && matchesAt(i))
            return true;
    }
#endif
    return p[n - 1] == '%' || p[n - 1] == '@';
}

class Scanner
{
public:
    Scanner(std::string_view text, int depth, std::vector<Span> &spans)
        : s(text)
        , m_depth(depth)
        , m_spans(spans)
    {
        size_t i = 0;
        while (i < s.size() && isSpace(s[i]))
            ++i;
        m_json = i < s.size() && (s[i] == '{' || s[i] == '[');
    }

    void run();

private:
    size_t skipSpace(size_t i) const
    {
        while (i < s.size() && isSpace(s[i]))
            ++i;
        return i;
    }
    bool isQuote(char c) const { return c == '"' || (m_json && c == '\''); }
    bool isBareEnd(char c) const
    {
        return isSpace(c) || c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == '"'
            || (m_json && (c == '\'' || c == ':'));
    }
    size_t stringEnd(size_t i, bool &escaped, bool &escapedQuote, bool &triggers) const;
    size_t matchingClose(size_t i) const;
    void replace(size_t begin, size_t end, char quote)
    {
        std::string text;
        text.push_back(quote);
        text += SecretRedactor::placeholder();
        text.push_back(quote);
        m_spans.push_back({begin, end, std::move(text)});
    }
    bool logprobsAhead(size_t i) const;
    void stringValue(size_t begin, size_t end, bool escaped, bool escapedQuote);

    std::string_view s;
    int m_depth;
    std::vector<Span> &m_spans;
    bool m_json = false;
};

// The first byte from j on (before n) that stringEnd() stops at, or n: 16 bytes at a time where
// SSE2 is there (a string's content is most of a record, and few of its bytes matter).
size_t nextStringSpecial(const char *p, size_t j, size_t n)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), apostrophe = _mm_set1_epi8('\''),
                  backslash = _mm_set1_epi8('\\'), equals = _mm_set1_epi8('='),
                  at = _mm_set1_epi8('@');
    for (; j + 16 <= n; j += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + j));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, apostrophe)),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, backslash), _mm_cmpeq_epi8(v, equals)),
                         _mm_cmpeq_epi8(v, at)));
        if (const int bits = _mm_movemask_epi8(hits))
            return j + size_t(__builtin_ctz(unsigned(bits)));
    }
#endif
    while (j < n && !kStringSpecial[static_cast<unsigned char>(p[j])])
        ++j;
    return j;
}

size_t Scanner::stringEnd(size_t i, bool &escaped, bool &escapedQuote, bool &triggers) const
{
    const char quote = s[i];
    size_t j = i + 1;
    escaped = escapedQuote = false;
    triggers = false;
    const size_t n = s.size();
    while (j < n) {
        // Most bytes are none of the few that matter.
        j = nextStringSpecial(s.data(), j, n);
        if (j >= n)
            break;
        const char c = s[j];
        if (c == quote)
            return j + 1;
        if (c == '\\') {
            escaped = true;
            if (j + 1 < s.size() && (s[j + 1] == '"' || s[j + 1] == '\''))
                escapedQuote = true;
            j += 2;
            continue;
        }
        if (c == '=' || c == '@')
            triggers = true;
        ++j;
    }
    return n;
}

size_t Scanner::matchingClose(size_t i) const
{
    int level = 0;
    size_t j = i;
    while (j < s.size()) {
        const char c = s[j];
        if (isQuote(c)) {
            bool a, b, t;
            j = stringEnd(j, a, b, t);
            continue;
        }
        if (c == '{' || c == '[') {
            ++level;
        } else if (c == '}' || c == ']') {
            if (--level == 0)
                return j + 1;
        }
        ++j;
    }
    return s.size();
}

// A logprobs entry: {"token": "Hi", "logprob": -0.1, "bytes": [...]}: is the next key there one
// of logprob, bytes, top_logprobs?
bool Scanner::logprobsAhead(size_t i) const
{
    i = skipSpace(i);
    if (i >= s.size() || s[i] != ',')
        return false;
    i = skipSpace(i + 1);
    for (const std::string_view key : {"\"logprob\"", "\"bytes\"", "\"top_logprobs\""}) {
        if (s.substr(i, key.size()) == key)
            return true;
    }
    return false;
}

void Scanner::stringValue(size_t begin, size_t end, bool escaped, bool escapedQuote)
{
    const char quote = s[begin];
    const size_t contentEnd
        = (end > begin + 1 && end <= s.size() && s[end - 1] == quote && end - 1 > begin) ? end - 1
                                                                                         : end;
    const std::string_view raw = s.substr(begin + 1, contentEnd - begin - 1);
    std::string decodedCopy;
    std::string_view content = raw;
    if (escaped) {
        decodedCopy = decodeString(raw);
        content = decodedCopy;
    }
    if (SecretRedactor::looksLikeCredential(content)) {
        replace(begin, end, quote);
        return;
    }
    std::vector<Span> inner;
    size_t first = 0;
    while (first < content.size() && isSpace(content[first]))
        ++first;
    const bool nested = m_depth < kMaxDepth && first < content.size()
        && (content[first] == '{' || content[first] == '[' || escapedQuote);
    if (nested)
        Scanner(content, m_depth + 1, inner).run();
    else
        textRules(content, inner);
    if (inner.empty())
        return;
    const size_t base = begin + 1;
    if (!escaped) {
        for (Span &span : inner) {
            std::string text;
            appendEscaped(text, span.text, quote);
            m_spans.push_back({base + span.begin, base + span.end, std::move(text)});
        }
        return;
    }
    std::vector<size_t> starts;
    decodeString(raw, &starts);
    for (Span &span : inner) {
        std::string text;
        appendEscaped(text, span.text, quote);
        m_spans.push_back({base + starts[span.begin], base + starts[span.end], std::move(text)});
    }
}

void Scanner::run()
{
    KeyClass pending = KeyClass::None;
    // One entry per open object or array: does it hold a "logprob" key, or is it inside a
    // logprobs member? Then its "token" is text.
    struct Frame
    {
        bool hasLogprob = false;
        bool inLogprobs = false;
    };
    std::vector<Frame> frames;
    bool keyNamesLogprobs = false;
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        const char c = s[i];
        if (isSpace(c) || c == ':' || c == ',') {
            if (c == ',')
                pending = KeyClass::None;
            ++i;
            continue;
        }
        if (isQuote(c)) {
            bool escaped = false, escapedQuote = false, triggers = false;
            const size_t j = stringEnd(i, escaped, escapedQuote, triggers);
            const size_t k = skipSpace(j);
            if (k < n && s[k] == ':' && (m_json || c == '"')) {
                // A key.
                const size_t contentEnd = (j > i + 1 && s[j - 1] == c) ? j - 1 : j;
                std::string_view key = s.substr(i + 1, contentEnd - i - 1);
                std::string decoded;
                if (escaped && key.size() <= 6 * kMaxKeyLength) {
                    decoded = decodeString(key);
                    key = decoded;
                }
                pending = classifyKey(key);
                if ((key == "logprob" || key == "bytes") && !frames.empty())
                    frames.back().hasLogprob = true;
                keyNamesLogprobs = key.find("logprob") != std::string_view::npos;
                i = k + 1;
                continue;
            }
            const std::string_view content = s.substr(i + 1, j - i - 1);
            if (pending == KeyClass::LogprobToken
                && ((!frames.empty() && (frames.back().hasLogprob || frames.back().inLogprobs))
                    || logprobsAhead(j)))
                pending = KeyClass::None;
            if (pending != KeyClass::None) {
                if (content.substr(0, content.size() - (content.ends_with(c) ? 1 : 0))
                    != SecretRedactor::placeholder())
                    replace(i, j, c);
            } else {
                // Only a string that could hold a secret is looked at more closely.
                size_t first = i + 1;
                while (first < j && isSpace(s[first]))
                    ++first;
                const char f = first < j ? lower(s[first]) : 0;
                if ((triggers || escapedQuote || f == '{' || f == '[' || f == 'b'
                     || (escaped && (f == '\\' || content.find("\\u") != std::string_view::npos)))
                    && mayHoldSecret(content))
                    stringValue(i, j, escaped, escapedQuote);
            }
            pending = KeyClass::None;
            i = j;
            continue;
        }
        if (c == '{' || c == '[') {
            if (pending == KeyClass::Strong
                || (c == '{' && (pending == KeyClass::Weak || pending == KeyClass::LogprobToken))) {
                const size_t e = matchingClose(i);
                replace(i, e, '"');
                pending = KeyClass::None;
                i = e;
                continue;
            }
            frames.push_back(
                {false, keyNamesLogprobs || (!frames.empty() && frames.back().inLogprobs)});
            keyNamesLogprobs = false;
            pending = KeyClass::None;
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!frames.empty())
                frames.pop_back();
            pending = KeyClass::None;
            ++i;
            continue;
        }
        // A bare token: a number, true/false/null, an unquoted key or value, a word of text.
        size_t j = i;
        while (j < n && !isBareEnd(s[j]))
            ++j;
        if (j == i) {
            ++i; // a lone quote character outside JSON mode
            continue;
        }
        const std::string_view token = s.substr(i, j - i);
        if (m_json) {
            const size_t k = skipSpace(j);
            if (k < n && s[k] == ':') {
                pending = classifyKey(token);
                i = k + 1;
                continue;
            }
        }
        if (pending != KeyClass::None) {
            const bool literal = token == "null" || token == "true" || token == "false";
            const bool number = (token[0] >= '0' && token[0] <= '9')
                || (token[0] == '-' && token.size() > 1 && token[1] >= '0' && token[1] <= '9');
            const bool keep = literal || (number && pending != KeyClass::Strong);
            if (!keep)
                replace(i, j, '"');
            pending = KeyClass::None;
        } else if (token.find_first_of("=@") != std::string_view::npos) {
            std::vector<Span> inner;
            textRules(token, inner);
            for (Span &span : inner)
                m_spans.push_back({i + span.begin, i + span.end, std::move(span.text)});
        }
        i = j;
    }
}

// All secret spans of text, sorted, without overlaps.
std::vector<Span> secretSpans(std::string_view text)
{
    std::vector<Span> spans;
    Scanner(text, 0, spans).run();
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.begin < b.begin; });
    std::vector<Span> merged;
    for (Span &span : spans) {
        if (!merged.empty() && span.begin < merged.back().end)
            continue; // inside a span already replaced
        merged.push_back(std::move(span));
    }
    return merged;
}

QByteArray toBytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

constexpr unsigned kQuoteSign = 1, kTriggerSign = 2;
// Which of '"' (kQuoteSign) and '=' or '@' (kTriggerSign) text holds: 16 bytes at a time where
// SSE2 is there (std::string_view::find_first_of() calls memchr() once a byte).
unsigned stringSigns(std::string_view text)
{
    const char *const p = text.data();
    const size_t n = text.size();
    unsigned signs = 0;
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), equals = _mm_set1_epi8('='), at = _mm_set1_epi8('@');
    __m128i quotes = _mm_setzero_si128(), triggers = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        quotes = _mm_or_si128(quotes, _mm_cmpeq_epi8(v, quote));
        triggers = _mm_or_si128(triggers,
                                _mm_or_si128(_mm_cmpeq_epi8(v, equals), _mm_cmpeq_epi8(v, at)));
    }
    if (_mm_movemask_epi8(quotes))
        signs |= kQuoteSign;
    if (_mm_movemask_epi8(triggers))
        signs |= kTriggerSign;
#endif
    for (; i < n; ++i) {
        if (p[i] == '"')
            signs |= kQuoteSign;
        else if (p[i] == '=' || p[i] == '@')
            signs |= kTriggerSign;
    }
    return signs;
}

// Whether the scan of a string value (Scanner::run() and stringValue() at depth 0) can find a
// secret in it, from its decoded content: stringValue() looks only for a credential prefix, JSON
// inside (first non-space '{' or '[', or an escaped quote), or textRules() ('=' or '@'), and
// each of them needs one of these signs in the decoded text. A quote may have been an escaped
// one (nested) or \u0022 (text): both are run then.
bool stringMayHoldSecret(std::string_view content)
{
    size_t first = 0;
    while (first < content.size() && isSpace(content[first]))
        ++first;
    const char f = first < content.size() ? lower(content[first]) : 0;
    const bool nested = f == '{' || f == '[';
    const unsigned signs = stringSigns(content);
    const bool quote = signs & kQuoteSign;
    if (!nested && f != 'b' && signs == 0)
        return false;
    if (!mayHoldSecret(content))
        return false;
    if (SecretRedactor::looksLikeCredential(content))
        return true;
    std::vector<Span> inner;
    if (nested || quote)
        Scanner(content, 1, inner).run();
    if (!nested)
        textRules(content, inner);
    return !inner.empty();
}

// The scan's verdict on a value under a key of class keyClass (None: not under a secret key),
// from the parsed value: what Scanner::run() replaces under each class (README, "Secrets"),
// and the strings that may hold one. True whenever the scan could replace something.
bool valueMayHoldSecret(simdjson::dom::element value, KeyClass keyClass)
{
    using Type = simdjson::dom::element_type;
    switch (value.type()) {
    case Type::NULL_VALUE:
    case Type::BOOL:
        return false;
    case Type::INT64:
    case Type::UINT64:
    case Type::DOUBLE:
        return keyClass == KeyClass::Strong;
    case Type::STRING:
        return keyClass != KeyClass::None || stringMayHoldSecret(std::string_view(value));
    case Type::ARRAY:
        if (keyClass == KeyClass::Strong)
            return true;
        for (const simdjson::dom::element item : simdjson::dom::array(value)) {
            if (valueMayHoldSecret(item, KeyClass::None))
                return true;
        }
        return false;
    case Type::OBJECT:
        if (keyClass != KeyClass::None)
            return true;
        for (const simdjson::dom::key_value_pair field : simdjson::dom::object(value)) {
            if (valueMayHoldSecret(field.value, classifyKey(field.key)))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace

struct SecretRedactor::Private
{
    simdjson::dom::parser parser;
};

SecretRedactor::SecretRedactor()
    : d(std::make_unique<Private>())
{ }

SecretRedactor::~SecretRedactor() = default;

bool SecretRedactor::isSecretKey(std::string_view key)
{
    return classifyKey(key) != KeyClass::None;
}

bool SecretRedactor::isSecretParameter(std::string_view name)
{
    if (isSecretKey(name))
        return true;
    std::string n, last;
    splitKey(name, n, last);
    return n == "sig" || n.ends_with("signature") || n == "code";
}

bool SecretRedactor::looksLikeCredential(std::string_view value)
{
    auto startsWithNoCase = [value](std::string_view prefix) {
        return value.size() > prefix.size() && equalsNoCase(value.substr(0, prefix.size()), prefix);
    };
    return startsWithNoCase("bearer ") || startsWithNoCase("basic ");
}

std::string SecretRedactor::redactUrl(std::string_view url)
{
    std::vector<Span> spans;
    textRules(url, spans);
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.begin < b.begin; });
    std::string out;
    out.reserve(url.size());
    size_t at = 0;
    for (const Span &span : spans) {
        if (span.begin < at)
            continue;
        out += url.substr(at, span.begin - at);
        out += span.text;
        at = span.end;
    }
    out += url.substr(at);
    return out;
}

bool SecretRedactor::redactText(std::string_view text, std::string &out)
{
    if (!mayHoldSecret(text))
        return false;
    const std::vector<Span> spans = secretSpans(text);
    if (spans.empty())
        return false;
    std::string result;
    result.reserve(text.size());
    size_t at = 0;
    for (const Span &span : spans) {
        result += text.substr(at, span.begin - at);
        result += span.text;
        at = span.end;
    }
    result += text.substr(at);
    out = std::move(result);
    return true;
}

QByteArray SecretRedactor::redactedBytes(const QByteArray &bytes)
{
    std::string out;
    if (bytes.isEmpty()
        || !redactText(std::string_view(bytes.constData(), size_t(bytes.size())), out))
        return bytes;
    return toBytes(out);
}

QString SecretRedactor::redactedString(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    std::string out;
    if (!redactText(std::string_view(utf8.constData(), size_t(utf8.size())), out))
        return text;
    return QString::fromStdString(out);
}

QByteArray SecretRedactor::redactedCsvRow(const QByteArray &row)
{
    // Field by field: a JSON body inside a quoted field has its quotes doubled ("" for "),
    // which hides its keys from a scan of the whole line.
    const std::string_view text(row.constData(), size_t(row.size()));
    if (!mayHoldSecret(text))
        return row;
    std::string result;
    bool changed = false;
    size_t i = 0;
    const size_t n = text.size();
    while (i <= n) {
        std::string out;
        if (i < n && text[i] == '"') {
            std::string content;
            size_t j = i + 1;
            while (j < n) {
                if (text[j] == '"') {
                    if (j + 1 < n && text[j + 1] == '"') {
                        content.push_back('"');
                        j += 2;
                        continue;
                    }
                    break;
                }
                content.push_back(text[j++]);
            }
            const size_t end = std::min(n, j + 1);
            if (redactText(content, out)) {
                changed = true;
                result.push_back('"');
                for (const char c : out) {
                    if (c == '"')
                        result.push_back('"');
                    result.push_back(c);
                }
                result.push_back('"');
            } else {
                result += text.substr(i, end - i);
            }
            i = end;
        } else {
            size_t j = text.find(',', i);
            if (j == std::string_view::npos)
                j = n;
            const std::string_view field = text.substr(i, j - i);
            if (redactText(field, out)) {
                changed = true;
                result += out; // [REDACTED] needs no quoting
            } else {
                result += field;
            }
            i = j;
        }
        if (i >= n)
            break;
        result.push_back(text[i]); // the comma (or whatever follows a malformed quoted field)
        ++i;
        if (i == n) // a trailing comma: an empty last field
            break;
    }
    return changed ? toBytes(result) : row;
}

void SecretRedactor::redactFields(LogRecord &r)
{
    for (auto it = r.metadata.begin(); it != r.metadata.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        if (isSecretKey(std::string_view(key.constData(), size_t(key.size()))))
            it.value() = QString::fromLatin1(placeholder().data(), qsizetype(placeholder().size()));
        else
            it.value() = redactedString(it.value());
    }
    for (QString *field :
         {&r.traceId, &r.spanId, &r.parentSpanId, &r.spanName, &r.endpoint, &r.provider, &r.model,
          &r.servedTarget, &r.configId, &r.promptId, &r.source, &r.replayOf})
        *field = redactedString(*field);
    for (Attempt &attempt : r.attempts)
        attempt.target = redactedString(attempt.target);
    for (ImageInfo &image : r.images)
        image.url = redactedString(image.url);
}

bool SecretRedactor::scanMayFindSecret(const simdjson::dom::element &parsed)
{
    return valueMayHoldSecret(parsed, KeyClass::None);
}

void SecretRedactor::redactRecord(LogRecord &r, const simdjson::dom::element *parsedRaw)
{
    const QByteArray raw = r.raw;
    if (!parsedRaw || scanMayFindSecret(*parsedRaw))
        r.raw = redactedBytes(raw);
    // A body found verbatim inside a raw JSON record that held no secret holds none either
    // (the scan of the raw record covered it, in the same mode): not scanned twice.
    const bool rawClean = !raw.isEmpty() && raw.front() == '{' && r.raw.isSharedWith(raw);
    for (QByteArray *body : {&r.request, &r.response}) {
        if (!(rawClean && !body->isEmpty() && byteIndexOf(raw, *body) >= 0))
            *body = redactedBytes(*body);
    }
    // A metadata value under a secret key may sit apart from its key in the source: Portkey's
    // parallel metadata.key / metadata.value lists. Its text goes wherever it appears.
    QList<QByteArray> known;
    for (auto it = r.metadata.cbegin(); it != r.metadata.cend(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const QByteArray value = it.value().toUtf8();
        if (value.size() >= 4
            && value != QByteArrayView(placeholder().data(), qsizetype(placeholder().size()))
            && isSecretKey(std::string_view(key.constData(), size_t(key.size()))))
            known.append(value);
    }
    const QByteArray replacement(placeholder().data(), qsizetype(placeholder().size()));
    for (const QByteArray &value : std::as_const(known)) {
        for (QByteArray *bytes : {&r.raw, &r.request, &r.response})
            bytes->replace(value, replacement);
    }
    redactFields(r);
}

bool SecretRedactor::redact(std::string_view json, std::string &out)
{
    out.clear();
    simdjson::dom::element root;
    if (d->parser.parse(json.data(), json.size(), true).get(root) != simdjson::SUCCESS)
        return false;
    if (!redactText(json, out))
        out.assign(json);
    return true;
}
