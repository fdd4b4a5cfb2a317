// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodytext.h"

#include "hexdigit.h"

#include <cstring>
#include <string_view>

namespace {

bool isTextKey(std::string_view key)
{
    // The keys that carry prose in the OpenAI, Anthropic, Gemini and Responses API shapes.
    static constexpr std::string_view keys[] = {
        "content",  "text",  "prompt",     "input",    "instructions", "system",
        "refusal",  "query", "completion", "output",   "output_text",  "reasoning_content",
        "thinking", "parts", "messages",   "contents", "documents",
    };
    for (std::string_view k : keys) {
        if (k == key)
            return true;
    }
    return false;
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

uint readHex4(const char *p, const char *end)
{
    if (end - p < 4)
        return 0xFFFFFFFF;
    uint v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexDigitValue(p[i]);
        if (h < 0)
            return 0xFFFFFFFF;
        v = (v << 4) | uint(h);
    }
    return v;
}

// p points after the opening quote; returns the position of the closing quote (or end).
const char *stringEnd(const char *p, const char *end)
{
    while (p < end) {
        const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!q)
            return end;
        // Count the backslashes before the quote: an odd number escapes it.
        const char *b = q;
        while (b > p && b[-1] == '\\')
            --b;
        if (((q - b) & 1) == 0)
            return q;
        p = q + 1;
    }
    return end;
}

bool looksLikeData(const char *p, const char *end)
{
    const qsizetype n = end - p;
    if (n >= 5 && std::memcmp(p, "data:", 5) == 0)
        return true;
    if (n < 200)
        return false;
    // Base64 and similar blobs: long runs without a space.
    return std::memchr(p, ' ', 200) == nullptr;
}

void appendUnescaped(const char *p, const char *end, QByteArray &out)
{
    while (p < end) {
        const char *bs = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
        if (!bs) {
            out.append(p, end - p);
            return;
        }
        out.append(p, bs - p);
        p = bs + 1;
        if (p >= end)
            return;
        const char c = *p++;
        switch (c) {
        case 'n':
        case 'r':
        case 't':
        case 'b':
        case 'f':
            out.append(' ');
            break;
        case 'u': {
            uint cp = readHex4(p, end);
            if (cp == 0xFFFFFFFF)
                break;
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const uint low = readHex4(p + 2, end);
                if (low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            out.append(c);
            break;
        }
    }
}

struct Level
{
    bool object = false;
    bool expectKey = false;
    bool text = false; // object: the current member's key carries text; array: inherited
};

} // namespace

void BodyText::extract(const QByteArray &body, QByteArray &out)
{
    const char *p = body.constData();
    const char *end = p + body.size();
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    if (p == end)
        return;
    if (*p != '{' && *p != '[' && *p != '"') {
        out.append(p, end - p); // not JSON: plain text
        out.append('\n');
        return;
    }
    Level stack[64];
    int depth = 0; // levels deeper than 64 are scanned but not tracked
    int overflow = 0;
    while (p < end) {
        const char c = *p;
        switch (c) {
        case '{':
        case '[': {
            const bool inheritText = depth > 0 && stack[depth - 1].text;
            if (depth < 64)
                stack[depth++] = Level {c == '{', c == '{', c == '[' && inheritText};
            else
                ++overflow;
            ++p;
            break;
        }
        case '}':
        case ']':
            if (overflow > 0)
                --overflow;
            else if (depth > 0)
                --depth;
            ++p;
            break;
        case ',':
            if (depth > 0 && stack[depth - 1].object)
                stack[depth - 1].expectKey = true;
            ++p;
            break;
        case ':':
            if (depth > 0)
                stack[depth - 1].expectKey = false;
            ++p;
            break;
        case '"': {
            const char *s = p + 1;
            const char *e = stringEnd(s, end);
            if (depth > 0 && stack[depth - 1].object && stack[depth - 1].expectKey) {
                stack[depth - 1].text = isTextKey(std::string_view(s, size_t(e - s)));
            } else if ((depth == 0 || stack[depth - 1].text) && overflow == 0 && e > s
                       && !looksLikeData(s, e)) {
                appendUnescaped(s, e, out);
                out.append('\n');
            }
            p = e < end ? e + 1 : end;
            break;
        }
        default:
            ++p;
            break;
        }
    }
}
