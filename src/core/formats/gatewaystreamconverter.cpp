// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewaystreamconverter.h"

#include "fieldparsing.h"
#include "fileformat.h"
#include "recordenums.h"
#include "recordlimits.h"
#include "tokenusage.h"

using FieldParsing::toQString;

namespace {

std::string_view stringAt(simdjson::dom::element e, std::string_view pointer)
{
    std::string_view s;
    if (e.at_pointer(pointer).get(s) != simdjson::SUCCESS)
        return {};
    return s;
}

std::optional<qint64> integerAt(simdjson::dom::element e, std::string_view pointer)
{
    double d;
    if (e.at_pointer(pointer).get(d) != simdjson::SUCCESS)
        return std::nullopt;
    return RecordLimits::saturatedInteger(d);
}

bool has(simdjson::dom::element e, std::string_view pointer)
{
    return e.at_pointer(pointer).error() == simdjson::SUCCESS;
}

} // namespace

QString GatewayStreamConverter::endpointForRubeusUrl(std::string_view rubeusUrl)
{
    static constexpr std::pair<std::string_view, std::string_view> kPaths[] = {
        {"chatComplete", "/v1/chat/completions"},
        {"complete", "/v1/completions"},
        {"embed", "/v1/embeddings"},
        {"imageGenerate", "/v1/images/generations"},
        {"imageEdit", "/v1/images/edits"},
        {"createSpeech", "/v1/audio/speech"},
        {"createTranscription", "/v1/audio/transcriptions"},
        {"createTranslation", "/v1/audio/translations"},
        {"messages", "/v1/messages"},
        {"createModelResponse", "/v1/responses"},
    };
    for (const auto &[name, path] : kPaths) {
        if (name == rubeusUrl)
            return toQString(path);
    }
    return {};
}

bool GatewayStreamConverter::convert(std::string_view text, LogRecord &out, QString *error)
{
    // Redact first: everything below reads the redacted text only.
    std::string_view source = text;
    QByteArray repaired;
    if (!m_redactor.redact(source, m_redacted)) {
        repaired = FieldParsing::repairUtf8(text);
        source = std::string_view(repaired.constData(), size_t(repaired.size()));
        if (!m_redactor.redact(source, m_redacted)) {
            simdjson::dom::element ignored;
            if (m_parser.parseObject(text, ignored, error) && error)
                *error = QStringLiteral("invalid JSON");
            return false;
        }
    }
    simdjson::dom::element root;
    if (!m_parser.parseObject(m_redacted, root, error, false))
        return false;
    if (m_formatName.isEmpty())
        m_formatName = FileFormats::name(FileFormat::GatewayStream);

    simdjson::dom::array options;
    if (root["requestOptions"].get(options) != simdjson::SUCCESS || options.size() == 0) {
        if (error)
            *error
                = QStringLiteral("field 'requestOptions': expected a non-empty array of attempts");
        return false;
    }
    const simdjson::dom::element first = options.at(0).value_unsafe();
    const simdjson::dom::element last = options.at(options.size() - 1).value_unsafe();

    out = LogRecord();
    LogRecord &r = out;

    const std::string_view createdAt = stringAt(first, "/createdAt");
    const std::optional<QDateTime> created = FieldParsing::parseTime(createdAt);
    if (!created) {
        if (error)
            *error = QStringLiteral("field 'requestOptions[0].createdAt': cannot parse '%1' as "
                                    "a time")
                         .arg(toQString(createdAt.substr(0, 60)));
        return false;
    }
    r.createdAt = *created;

    const std::string_view hookSpanId = stringAt(first, "/hookSpanId");
    r.id = hookSpanId.empty() ? FieldParsing::derivedId("gw-", m_redacted)
                              : QStringLiteral("gw-") + toQString(hookSpanId);
    r.method = toQString(stringAt(root, "/method")).toUpper();
    const std::string_view rubeusUrl = stringAt(last, "/providerOptions/rubeusURL");
    const std::string_view endpoint = stringAt(root, "/endpoint");
    // `endpoint` is missing when the gateway is not on port 8787 (gateway-stream.md 13.5).
    r.endpoint
        = !endpoint.empty() ? FieldParsing::urlPath(endpoint) : endpointForRubeusUrl(rubeusUrl);
    r.requestType = rubeusUrl == "proxy" ? RequestType::Proxy
                                         : RecordEnums::requestTypeFromEndpoint(r.endpoint);
    r.provider = toQString(stringAt(last, "/providerOptions/provider"));
    if (const std::optional<qint64> status = integerAt(root, "/status"))
        r.statusCode = RecordLimits::clampedInt(*status);
    r.latencyMs = integerAt(root, "/duration");

    // The final client-facing body sits on requestOptions[0], even after a fallback.
    simdjson::dom::element response;
    const bool hasResponse = first["response"].get(response) == simdjson::SUCCESS;
    bool streamed = false;
    if (hasResponse && response.is_object()) {
        if (stringAt(response, "/message") == "The response was a stream.") {
            streamed = true; // logged at the first byte: no content, no usage
        } else {
            r.response = QByteArray::fromStdString(simdjson::minify(response));
        }
        r.model = toQString(stringAt(response, "/model"));
    } else if (hasResponse && response.is_string()) {
        // Over 100 000 characters the gateway writes a truncated JSON string.
        r.response = QByteArray::fromStdString(simdjson::minify(response));
    }
    if (r.model.isEmpty())
        r.model = toQString(stringAt(last, "/requestParams/model"));

    simdjson::dom::element usage;
    bool haveUsage = hasResponse && response.is_object()
        && response["usage"].get(usage) == simdjson::SUCCESS && usage.is_object();
    if (!haveUsage && hasResponse && response.is_string())
        haveUsage = last.at_pointer("/originalResponse/body/usage").get(usage) == simdjson::SUCCESS
            && usage.is_object();
    if (haveUsage)
        TokenUsage::read(usage).fillUnknown(r);

    bool streamParam = false;
    if (last.at_pointer("/requestParams/stream").get(streamParam) != simdjson::SUCCESS)
        streamParam = false;
    r.stream = streamParam || streamed;

    simdjson::dom::element body;
    if (first.at_pointer("/finalUntransformedRequest/body").get(body) == simdjson::SUCCESS
        && !body.is_null())
        r.request = QByteArray::fromStdString(simdjson::minify(body));

    // Cache: cacheMode first, because cacheStatus may say MISS with the cache off (section 7).
    const std::string_view cacheMode = stringAt(last, "/cacheMode");
    const std::string_view cacheStatus = stringAt(last, "/cacheStatus");
    if (cacheMode.empty() || cacheMode == "DISABLED")
        r.cache = CacheState::Disabled;
    else if (!cacheStatus.empty())
        r.cache = RecordEnums::cacheStateFromPortkey(toQString(cacheStatus));

    // Retries: the event has no count. Known only when no target could retry (0) or when the
    // final status is one the serving target retries on (all attempts failed: -1).
    bool anyRetry = false;
    bool allKnown = true;
    for (const simdjson::dom::element option : options) {
        const std::optional<qint64> attempts = integerAt(option, "/providerOptions/retry/attempts");
        if (!attempts)
            allKnown = false;
        else if (*attempts > 0)
            anyRetry = true;
    }
    if (!anyRetry && allKnown) {
        r.retryCount = 0;
    } else if (r.statusCode && integerAt(last, "/providerOptions/retry/attempts").value_or(0) > 0) {
        simdjson::dom::array codes;
        if (last.at_pointer("/providerOptions/retry/onStatusCodes").get(codes)
            == simdjson::SUCCESS) {
            for (const simdjson::dom::element code : codes) {
                double c;
                if (code.get(c) == simdjson::SUCCESS && int(c) == *r.statusCode)
                    r.retryCount = -1;
            }
        }
    }

    bool loadbalance = false;
    for (const simdjson::dom::element option : options) {
        Attempt a;
        a.target = toQString(stringAt(option, "/lastUsedOptionIndex"));
        a.provider = toQString(stringAt(option, "/providerOptions/provider"));
        a.model = toQString(stringAt(option, "/requestParams/model"));
        a.latencyMs = integerAt(option, "/executionTime");
        r.attempts.append(a);
        // The gateway puts a weight on every load-balance target (section 7).
        loadbalance = loadbalance || has(option, "/providerOptions/weight");
    }
    for (qsizetype i = 0; i < r.attempts.size(); ++i) {
        const simdjson::dom::element option = options.at(size_t(i)).value_unsafe();
        if (i + 1 == r.attempts.size() && r.statusCode)
            r.attempts[i].ok = *r.statusCode < 400;
        else if (has(option, "/originalResponse/body"))
            r.attempts[i].ok = !has(option, "/originalResponse/body/error");
    }
    r.fallbackActive = options.size() > 1;
    r.loadbalanceActive = loadbalance;
    const QString served = toQString(stringAt(last, "/lastUsedOptionIndex"));
    r.servedTarget = served;
    if (loadbalance)
        r.strategy = Strategy::Loadbalance;
    else if (options.size() > 1)
        r.strategy = Strategy::Fallback;
    else if (served == u"config")
        r.strategy = Strategy::Single;

    r.raw = QByteArray::fromStdString(m_redacted);
    r.rawFormat = m_formatName;
    if (!r.request.isEmpty())
        m_images.scan(std::string_view(r.request.constData(), size_t(r.request.size())),
                      ImageInfo::Direction::Input, r.images);
    if (!r.response.isEmpty())
        m_images.scan(std::string_view(r.response.constData(), size_t(r.response.size())),
                      ImageInfo::Direction::Output, r.images);
    return true;
}
