// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagescanner.h"
#include "logrecord.h"
#include "proxyexchange.h"
#include "secretredactor.h"

// Turns what the recording proxy saw into a LogRecord: the x-portkey-* request headers (trace,
// span, metadata, config, provider, virtual key), the gateway's response headers (cache status,
// retry count, served target, trace id), both bodies, a stream's reassembled content and usage,
// latency and time to first token. Credentials never reach the record: authorization and
// key-like headers, api keys inside an inline x-portkey-config and key-like body fields are
// replaced. A Do-Not-Track request (x-portkey-debug: false) keeps its statistics only.
class ProxyRecordBuilder
{
public:
    LogRecord build(ProxyExchange &exchange);

    static bool isDoNotTrack(const ProxyExchange &exchange);

private:
    QByteArray redactedBody(QByteArray &body);
    QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value);

    ImageScanner m_images;
    std::string m_scratch;
};
