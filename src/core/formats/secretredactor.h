// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <string>
#include <string_view>

// Removes credentials from a JSON text before it is stored or shown: values of key/secret/
// token/password-like keys (providerOptions.apiKey, awsSecretAccessKey, authorization and
// x-api-key headers...), "Bearer ..." values, and secret query parameters (?key=) in URLs.
// Shared by the file readers and the live gateway capture. Keeps everything else as it was.
class SecretRedactor
{
public:
    SecretRedactor();
    ~SecretRedactor();
    SecretRedactor(const SecretRedactor &) = delete;
    SecretRedactor &operator=(const SecretRedactor &) = delete;

    static constexpr std::string_view placeholder() { return "[REDACTED]"; }

    // True for key names whose value is a credential: apiKey, api_key, x-api-key,
    // authorization, awsSecretAccessKey, sessionToken, password... Not prompt_tokens.
    static bool isSecretKey(std::string_view key);
    // A URL with secret query parameters replaced: "...?key=abc&alt=sse" ->
    // "...?key=[REDACTED]&alt=sse".
    static std::string redactUrl(std::string_view url);
    static bool looksLikeCredential(std::string_view value); // "Bearer sk-...", "Basic ..."

    // Writes json with its secrets removed to out (minified). False when json does not parse;
    // out is then empty.
    bool redact(std::string_view json, std::string &out);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
