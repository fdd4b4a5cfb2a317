#include "gatescopeconverter.h"

#include "fieldparsing.h"
#include "fileformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

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
    std::optional<LogRecord> record = LogRecord::fromJson(doc.object(), error);
    if (!record)
        return false;
    out = std::move(*record);
    out.raw = FieldParsing::toBytes(text);
    out.rawFormat = FileFormats::name(FileFormat::Gatescope);
    return true;
}
