// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatescopeconverter.h"

#include "fieldparsing.h"
#include "fileformat.h"
#include "secretredactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <simdjson.h>

#include <cmath>

namespace {

// QJsonObject sorts keys; take the bodies from the line itself so their key order survives a
// round trip through a Gatescope export.
void takeBodiesVerbatim(std::string_view text, LogRecord &record)
{
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(text.data(), text.size(), true).get(doc) != simdjson::SUCCESS)
        return;
    const auto body = [&](const char *key, QByteArray &out) {
        simdjson::dom::element value;
        if (doc[key].get(value) != simdjson::SUCCESS || value.is_null())
            return;
        const std::string minified = simdjson::minify(value);
        out = QByteArray(minified.data(), qsizetype(minified.size()));
    };
    body("request", record.request);
    body("response", record.response);
}

} // namespace

bool GatescopeConverter::convert(std::string_view text, LogRecord &out, QString *error)
{
    const QByteArray bytes = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            const qsizetype first = bytes.indexOf('{');
            *error = first < 0 ? QStringLiteral("not a JSON object (expected a line starting "
                                                "with '{')")
                : parseError.error == QJsonParseError::UnterminatedObject
                    || parseError.error == QJsonParseError::UnterminatedString
                    || parseError.error == QJsonParseError::UnterminatedArray
                    || (parseError.error == QJsonParseError::IllegalValue
                        && parseError.offset >= bytes.size() - 1)
                ? QStringLiteral("truncated JSON (expected a complete JSON object)")
                : QStringLiteral("invalid JSON at column %1: %2")
                      .arg(parseError.offset + 1)
                      .arg(parseError.errorString());
        }
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("not a JSON object (got an array)");
        return false;
    }
    // LogRecord::fromJson converts a double to an integer as it is: one beyond the integer's
    // range would wrap. RecordLimits::check() judges the rest after the conversion.
    const QJsonObject object = doc.object();
    for (const auto &[key, limit] : {std::pair {"status_code", 2147483648.0},
                                     {"retry_count", 2147483648.0},
                                     {"latency_ms", 9223372036854775808.0},
                                     {"ttft_ms", 9223372036854775808.0},
                                     {"prompt_tokens", 9223372036854775808.0},
                                     {"completion_tokens", 9223372036854775808.0},
                                     {"total_tokens", 9223372036854775808.0},
                                     {"reasoning_tokens", 9223372036854775808.0},
                                     {"cache_read_tokens", 9223372036854775808.0},
                                     {"cache_write_tokens", 9223372036854775808.0}}) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isDouble() && !(std::abs(v.toDouble()) < limit)) {
            if (error)
                *error = QStringLiteral("field '%1': expected a whole number in range, got %2")
                             .arg(QLatin1String(key))
                             .arg(v.toDouble());
            return false;
        }
    }
    std::optional<LogRecord> record = LogRecord::fromJson(object, error);
    if (!record)
        return false;
    out = std::move(*record);
    takeBodiesVerbatim(text, out);
    out.raw = FieldParsing::toBytes(text);
    SecretRedactor::redactRecord(out);
    out.rawFormat = FileFormats::name(FileFormat::Gatescope);
    return true;
}
