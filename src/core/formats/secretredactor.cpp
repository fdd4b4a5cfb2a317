// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretredactor.h"

#include <simdjson.h>

#include <cctype>

namespace {

std::string normalisedKey(std::string_view key)
{
    std::string k;
    k.reserve(key.size());
    for (const char c : key) {
        if (c == '-' || c == '_' || c == ' ' || c == '.')
            continue;
        k.push_back(char(std::tolower(static_cast<unsigned char>(c))));
    }
    return k;
}

bool isSecretParameter(std::string_view name)
{
    const std::string k = normalisedKey(name);
    return k == "key" || k == "apikey" || k == "token" || k == "accesstoken" || k == "auth"
        || k == "password" || k == "secret" || k == "sig" || k == "signature" || k == "xgoogapikey"
        || k == "code" || k == "clientsecret";
}

void appendEscaped(std::string &out, std::string_view s)
{
    out.push_back('"');
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
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
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out.push_back(hex[(c >> 4) & 0xF]);
                out.push_back(hex[c & 0xF]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

} // namespace

struct SecretRedactor::Private
{
    simdjson::dom::parser parser;
    std::unique_ptr<simdjson::dom::parser> nested; // for JSON held inside a string value
    int depth = 0;

    void write(simdjson::dom::element e, std::string &out);
    void writeString(std::string_view s, std::string &out);
};

void SecretRedactor::Private::writeString(std::string_view s, std::string &out)
{
    if (SecretRedactor::looksLikeCredential(s)) {
        appendEscaped(out, SecretRedactor::placeholder());
        return;
    }
    if ((s.starts_with("https://") || s.starts_with("http://") || s.starts_with("wss://"))
        && s.find('?') != std::string_view::npos && s.size() < 8192
        && s.find_first_of(" \n\t") == std::string_view::npos) {
        appendEscaped(out, SecretRedactor::redactUrl(s));
        return;
    }
    // A JSON document inside a string (x-portkey-config, x-portkey-metadata): redact it too,
    // one level deep.
    if (depth == 0 && s.size() > 2 && s.front() == '{' && s.back() == '}') {
        if (!nested)
            nested = std::make_unique<simdjson::dom::parser>();
        simdjson::dom::element inner;
        if (nested->parse(s.data(), s.size(), true).get(inner) == simdjson::SUCCESS) {
            std::string text;
            ++depth;
            write(inner, text);
            --depth;
            appendEscaped(out, text);
            return;
        }
    }
    appendEscaped(out, s);
}

void SecretRedactor::Private::write(simdjson::dom::element e, std::string &out)
{
    switch (e.type()) {
    case simdjson::dom::element_type::OBJECT: {
        out.push_back('{');
        bool first = true;
        for (const simdjson::dom::key_value_pair field : simdjson::dom::object(e)) {
            if (!first)
                out.push_back(',');
            first = false;
            appendEscaped(out, field.key);
            out.push_back(':');
            if (SecretRedactor::isSecretKey(field.key) && !field.value.is_null()
                && (field.value.is_string() || field.value.is_object()
                    || normalisedKey(field.key) != "key")) {
                appendEscaped(out, SecretRedactor::placeholder());
            } else {
                write(field.value, out);
            }
        }
        out.push_back('}');
        break;
    }
    case simdjson::dom::element_type::ARRAY: {
        out.push_back('[');
        bool first = true;
        for (const simdjson::dom::element item : simdjson::dom::array(e)) {
            if (!first)
                out.push_back(',');
            first = false;
            write(item, out);
        }
        out.push_back(']');
        break;
    }
    case simdjson::dom::element_type::STRING:
        writeString(std::string_view(e), out);
        break;
    default:
        out += simdjson::minify(e);
        break;
    }
}

SecretRedactor::SecretRedactor()
    : d(std::make_unique<Private>())
{ }

SecretRedactor::~SecretRedactor() = default;

bool SecretRedactor::isSecretKey(std::string_view key)
{
    if (key.size() > 64)
        return false;
    const std::string k = normalisedKey(key);
    static constexpr std::string_view kParts[] = {
        "apikey",       "secret",         "password",     "passwd",  "privatekey", "authorization",
        "accesskey",    "serviceaccount", "credential",   "cookie",  "apitoken",   "authtoken",
        "sessiontoken", "accesstoken",    "refreshtoken", "idtoken", "bearer",
    };
    for (const std::string_view part : kParts) {
        if (k.find(part) != std::string::npos)
            return true;
    }
    // "key" alone is a credential in provider options; metadata's {key:[...]} is an array and
    // is let through by the caller.
    if (k == "key" || k == "auth")
        return true;
    // adToken, awsSessionToken...; but not tokens counts (prompt_tokens) nor logprobs' "token".
    return k.size() > 5 && k.ends_with("token") && !k.starts_with("max");
}

bool SecretRedactor::looksLikeCredential(std::string_view value)
{
    auto startsWithNoCase = [value](std::string_view prefix) {
        if (value.size() <= prefix.size())
            return false;
        for (size_t i = 0; i < prefix.size(); ++i) {
            if (std::tolower(static_cast<unsigned char>(value[i])) != prefix[i])
                return false;
        }
        return true;
    };
    return startsWithNoCase("bearer ") || startsWithNoCase("basic ");
}

std::string SecretRedactor::redactUrl(std::string_view url)
{
    const size_t q = url.find('?');
    if (q == std::string_view::npos)
        return std::string(url);
    std::string out(url.substr(0, q + 1));
    size_t pos = q + 1;
    while (pos <= url.size()) {
        size_t end = url.find_first_of("&#", pos);
        if (end == std::string_view::npos)
            end = url.size();
        const std::string_view pair = url.substr(pos, end - pos);
        const size_t eq = pair.find('=');
        if (eq != std::string_view::npos && isSecretParameter(pair.substr(0, eq))) {
            out += pair.substr(0, eq + 1);
            out += placeholder();
        } else {
            out += pair;
        }
        if (end >= url.size())
            break;
        out.push_back(url[end]);
        if (url[end] == '#') {
            out += url.substr(end + 1);
            break;
        }
        pos = end + 1;
    }
    return out;
}

bool SecretRedactor::redact(std::string_view json, std::string &out)
{
    out.clear();
    simdjson::dom::element root;
    if (d->parser.parse(json.data(), json.size(), true).get(root) != simdjson::SUCCESS)
        return false;
    out.reserve(json.size());
    d->write(root, out);
    return true;
}
