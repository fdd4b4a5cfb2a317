// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagescanner.h"
#include "jsonlineparser.h"
#include "recordconverter.h"
#include "secretredactor.h"

#include <string>

// One event of the OSS gateway's /log/stream (the `data` of an `event: log` frame), derived as
// gateway-stream.md section 7 says. Secrets are removed from the event before anything is read
// from it, so neither the record nor its raw bytes can carry an API key. What the event does
// not carry (trace id, metadata, cost, retry counts) stays unknown.
class GatewayStreamConverter : public RecordConverter
{
public:
    bool convert(std::string_view text, LogRecord &out, QString *error) override;

    // Maps providerOptions.rubeusURL to the gateway path ("chatComplete" ->
    // "/v1/chat/completions").
    static QString endpointForRubeusUrl(std::string_view rubeusUrl);

private:
    JsonLineParser m_parser;
    ImageScanner m_images;
    SecretRedactor m_redactor;
    std::string m_redacted;
    QString m_formatName;
};
