// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "logstore.h"
#include "recordenums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

// RFC 4180: quote a field when it holds a separator, a quote or a line break.
QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

template<typename T> QString optNumber(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QString();
}

QString portkeyCacheStatus(CacheState state)
{
    switch (state) {
    case CacheState::Disabled:
        return QStringLiteral("DISABLED");
    case CacheState::Miss:
        return QStringLiteral("MISS");
    case CacheState::SemanticMiss:
        return QStringLiteral("SEMANTIC MISS");
    case CacheState::Refreshed:
        return QStringLiteral("REFRESH");
    case CacheState::Hit:
        return QStringLiteral("HIT");
    case CacheState::SemanticHit:
        return QStringLiteral("SEMANTIC HIT");
    case CacheState::Unknown:
        break;
    }
    return {};
}

const char *const kCsvColumns[] = {
    "id",
    "created_at",
    "request.body",
    "response.body",
    "is_success",
    "ai_org",
    "ai_model",
    "req_units",
    "res_units",
    "total_units",
    "cost",
    "cost_currency",
    "request_url",
    "request_method",
    "response_status_code",
    "response_time",
    "cache_status",
    "stream_mode",
    "retry_success_count",
    "trace_id",
    "span_id",
    "parent_span_id",
    "span_name",
    "mode",
    "virtual_key",
    "config",
    "prompt_slug",
    "metadata.key",
    "metadata.value",
};

QByteArray csvHeader()
{
    QByteArrayList names;
    for (const char *c : kCsvColumns)
        names.append(c);
    return names.join(',') + "\r\n";
}

QByteArray csvRow(const LogRecord &r)
{
    QStringList metaKeys, metaValues;
    for (auto it = r.metadata.cbegin(); it != r.metadata.cend(); ++it) {
        metaKeys.append(it.key());
        metaValues.append(it.value());
    }
    const QString isSuccess = r.statusCode
        ? QString::number(*r.statusCode >= 200 && *r.statusCode < 300 ? 1 : 0)
        : QString();
    const QStringList fields = {
        r.id,
        r.createdAt.toUTC().toString(Qt::ISODateWithMs),
        QString::fromUtf8(r.request),
        QString::fromUtf8(r.response),
        isSuccess,
        r.provider,
        r.model,
        optNumber(r.promptTokens),
        optNumber(r.completionTokens),
        optNumber(r.totalTokens),
        optNumber(r.costCents),
        r.currency,
        r.endpoint,
        r.method,
        optNumber(r.statusCode),
        optNumber(r.latencyMs),
        portkeyCacheStatus(r.cache),
        r.stream ? (*r.stream ? QStringLiteral("TRUE") : QStringLiteral("FALSE")) : QString(),
        optNumber(r.retryCount),
        r.traceId,
        r.spanId,
        r.parentSpanId,
        r.spanName,
        RecordEnums::strategyName(r.strategy).toUpper(),
        r.virtualKey,
        r.configId,
        r.promptId,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(metaKeys)).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(metaValues)).toJson(QJsonDocument::Compact)),
    };
    QByteArrayList out;
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(',') + "\r\n";
}

} // namespace

Exporter::Exporter(LogStore &store)
    : m_store(store)
{ }

bool Exporter::formatFromName(QStringView name, Format *format)
{
    if (name.compare(u"gatescope", Qt::CaseInsensitive) == 0
        || name.compare(u"jsonl", Qt::CaseInsensitive) == 0) {
        *format = Format::Gatescope;
        return true;
    }
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0) {
        *format = Format::Csv;
        return true;
    }
    return false;
}

qint64 Exporter::exportTo(const QString &path, const QString &filter, Format format, QString *error)
{
    LogQuery query;
    query.filter = filter;
    query.descending = false; // oldest first: an export reads like the log it came from
    const std::optional<QVector<qint64>> ids = m_store.rowIds(query, error, m_cancel);
    if (!ids)
        return -1;

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
        return -1;
    }
    if (format == Format::Csv)
        out.write(csvHeader());

    qint64 written = 0;
    for (const qint64 rowId : *ids) {
        if (m_cancel && m_cancel->load()) {
            *error = QStringLiteral("export cancelled");
            out.cancelWriting();
            return -1;
        }
        const std::optional<LogRecord> record = m_store.recordByRowId(rowId, error);
        if (!record) {
            out.cancelWriting();
            return -1;
        }
        if (format == Format::Gatescope) {
            out.write(record->toJsonLine());
            out.write("\n");
        } else {
            out.write(csvRow(*record));
        }
        ++written;
        if (m_progress && (written % 1000 == 0 || written == ids->size()))
            m_progress(written, ids->size());
    }
    if (!out.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
        return -1;
    }
    return written;
}
