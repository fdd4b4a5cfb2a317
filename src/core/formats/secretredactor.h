// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>
#include <string_view>

struct LogRecord;
namespace simdjson::dom {
class element;
}

// Removes credentials from what is stored or shown: request and response bodies, raw source
// records, header values, metadata, URLs, and any text printed. Shared by every file reader, the
// live gateway capture and the recording proxy. Only the secret value is replaced by
// "[REDACTED]"; every other byte stays as it was received (whitespace, key order, escapes,
// invalid UTF-8 included). Works on any bytes: JSON, JSON that does not parse (truncated, single
// quotes, unquoted keys, an invalid UTF-8 byte), JSON inside JSON strings (any depth up to 6), and
// plain text.
//
// THE RULE for secret key names (README, "Secrets"): a key name is split into words at
// punctuation ('-', '_', '.', space...) and at camelCase boundaries, and compared without case.
// Its value is a secret when
//   1. the name contains apikey, secret, password, passwd, privatekey, authorization,
//      accesskey, serviceaccount, credential, cookie, bearer, or one of accesstoken,
//      refreshtoken, sessiontoken, idtoken, authtoken, apitoken, or is "auth"
//      (api_key, API_KEY, Api-Key, anthropic_api_key, aws_secret_access_key, client_secret,
//      password, x-portkey-api-key): any value but null and booleans is replaced;
//   2. or its last word is "key" or "token" (key, token, openai_key, OPENAI_KEY, groqKey,
//      x-goog-api-key, adToken): a string or object value is replaced, numbers, booleans and
//      arrays are kept (so metadata's {"key": ["_user"]} and token ids stay). Names that are
//      identifiers rather than credentials are exempt: *virtual_key (a Portkey virtual key's
//      slug), *cache_key, *idempotency_key, *partition_key, *sort_key, *primary_key, extra_key,
//      metadata.key; and "token" in an object holding "logprob" or "bytes" (a logprobs entry).
// Not secrets: prompt_tokens, max_tokens (last word "tokens"), monkey (one word), keyword.
// Besides key names, values are replaced when they
//   - start with "Bearer " or "Basic " (any case),
//   - are URL or form parameters named by the rule above or sig, signature, code, in any case
//     and percent-encoded (?key=, &API_KEY=, ?ke%79=, ?X-Amz-Signature=), wherever they appear:
//     a URL of any length, or one quoted inside an error message,
//   - are the password of a URL's user info (https://user:SECRET@host), or the whole user info
//     when it has no password and is 20 characters or longer (a token used as the user name).
class SecretRedactor
{
public:
    SecretRedactor();
    ~SecretRedactor();
    SecretRedactor(const SecretRedactor &) = delete;
    SecretRedactor &operator=(const SecretRedactor &) = delete;

    static constexpr std::string_view placeholder() { return "[REDACTED]"; }

    // True for key names whose value is a credential, by the rule above.
    static bool isSecretKey(std::string_view key);
    // A URL or form parameter name (percent-decoded) whose value is a credential.
    static bool isSecretParameter(std::string_view name);
    // A URL with secret query parameters and user info replaced: "...?key=abc&alt=sse" ->
    // "...?key=[REDACTED]&alt=sse".
    static std::string redactUrl(std::string_view url);
    static bool looksLikeCredential(std::string_view value); // "Bearer sk-...", "Basic ..."

    // Any bytes. True when something was replaced: out then holds text with the secrets
    // replaced. False when text holds no secret (out is left untouched).
    static bool redactText(std::string_view text, std::string &out);
    // The same for Qt strings; returns the input unchanged when it holds no secret.
    static QByteArray redactedBytes(const QByteArray &bytes);
    static QString redactedString(const QString &text);
    // A CSV row, field by field (a quoted field's "" read as "), every other byte kept.
    static QByteArray redactedCsvRow(const QByteArray &row);
    // False when redactText() of the JSON text that `parsed` was parsed from would replace
    // nothing; true when it may. Decided on the parsed values (a key's class and its value's
    // type; only the strings that could hold a secret are scanned): on the benchmark's export
    // rows, half the instructions of the text's scan (callgrind).
    static bool scanMayFindSecret(const simdjson::dom::element &parsed);
    // Every field of a record that may carry a secret: raw, request, response, metadata (values
    // of secret keys, and secrets inside values), ids, names, URLs of attempts and images.
    // parsedRaw: the raw record's JSON, parsed, when the caller has it; the raw record's scan is
    // then skipped where scanMayFindSecret() says it would replace nothing.
    static void redactRecord(LogRecord &record, const simdjson::dom::element *parsedRaw = nullptr);
    // The same without raw, request and response (for a caller that redacted those itself).
    static void redactFields(LogRecord &record);

    // Writes json with its secrets removed to out, every other byte kept. False when json is
    // not a valid JSON document (invalid UTF-8 included); out is then empty.
    bool redact(std::string_view json, std::string &out);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
