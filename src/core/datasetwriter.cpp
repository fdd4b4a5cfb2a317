// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetwriter.h"

#include "logprompt.h"
#include "logstore.h"
#include "outputguard.h"
#include "replayclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace {

const QSet<QString> &allowedRoles()
{
    static const QSet<QString> roles {QStringLiteral("system"), QStringLiteral("user"),
                                      QStringLiteral("assistant"), QStringLiteral("tool")};
    return roles;
}

// A request message as the fine-tuning format takes it: its role (developer -> system) and the
// keys the format knows. An empty object when the role has no place in a chat dataset.
QJsonObject chatMessage(const QJsonObject &m)
{
    QString role = m.value(u"role").toString();
    if (role == u"developer")
        role = QStringLiteral("system");
    if (!allowedRoles().contains(role))
        return {};
    QJsonObject out {{QStringLiteral("role"), role}};
    const QJsonValue content = m.value(u"content");
    if (content.isString() || content.isArray())
        out.insert(u"content", content);
    for (const QLatin1String key :
         {QLatin1String("name"), QLatin1String("tool_calls"), QLatin1String("tool_call_id")}) {
        if (m.contains(key) && !m.value(key).isNull())
            out.insert(key, m.value(key));
    }
    if (!out.contains(u"content") && !out.contains(u"tool_calls"))
        return {};
    return out;
}

// The answer as an assistant message: the first choice's message when the response has one
// (tool calls kept), else its text.
QJsonObject answerMessage(const LogRecord &record)
{
    const QJsonObject response = QJsonDocument::fromJson(record.response).object();
    const QJsonObject message
        = response.value(u"choices").toArray().at(0).toObject().value(u"message").toObject();
    QJsonObject out {{QStringLiteral("role"), QStringLiteral("assistant")}};
    if (message.value(u"content").isString() && !message.value(u"content").toString().isEmpty())
        out.insert(u"content", message.value(u"content"));
    if (message.value(u"tool_calls").isArray() && !message.value(u"tool_calls").toArray().isEmpty())
        out.insert(u"tool_calls", message.value(u"tool_calls"));
    if (out.size() == 1) {
        const QString text = ReplayClient::answerText(response);
        if (!text.isEmpty())
            out.insert(u"content", text);
    }
    return out.size() == 1 ? QJsonObject() : out;
}

double latestFeedback(const LogRecord &record, QJsonArray *all)
{
    const FeedbackEntry *latest = nullptr;
    for (const FeedbackEntry &f : record.feedback) {
        all->append(f.value);
        if (!latest || f.createdAt > latest->createdAt)
            latest = &f;
    }
    return latest ? latest->value : 0;
}

QByteArray csvField(const QString &text)
{
    QByteArray s = text.toUtf8();
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
        s.replace("\"", "\"\"");
        s = '"' + s + '"';
    }
    return s;
}

QString extensionFor(const QString &mime)
{
    if (mime == u"image/jpeg")
        return QStringLiteral("jpg");
    if (mime.startsWith(u"image/"))
        return mime.mid(6).section(u'+', 0, 0);
    return QStringLiteral("bin");
}

// Replaces every image data URL under value by a file in folder (named by the bytes' sha1),
// referred to as "<folderName>/<file>". Returns the number of files written (new or not).
qint64 moveImagesToFiles(QJsonValue &value, const QDir &folder, bool *ok, QString *error)
{
    qint64 files = 0;
    if (value.isString()) {
        const QString s = value.toString();
        if (!s.startsWith(u"data:image/"))
            return 0;
        const qsizetype comma = s.indexOf(u',');
        const QString header = s.mid(5, comma - 5);
        if (comma < 0 || !header.endsWith(u";base64"))
            return 0;
        const QByteArray bytes = QByteArray::fromBase64(s.mid(comma + 1).toLatin1());
        const QString name
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex())
            + u'.' + extensionFor(header.section(u';', 0, 0));
        if (!folder.exists() && !QDir().mkpath(folder.path())) {
            *ok = false;
            *error = QStringLiteral("cannot create %1").arg(folder.path());
            return 0;
        }
        QFile file(folder.filePath(name));
        if (!file.exists()) {
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                *ok = false;
                *error = QStringLiteral("cannot write %1: %2")
                             .arg(file.fileName(), file.errorString());
                return 0;
            }
        }
        value = QString(folder.dirName() + u'/' + name);
        return 1;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size() && *ok; ++i) {
            QJsonValue v = a.at(i);
            files += moveImagesToFiles(v, folder, ok, error);
            a[i] = v;
        }
        value = a;
    } else if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end() && *ok; ++it) {
            QJsonValue v = it.value();
            files += moveImagesToFiles(v, folder, ok, error);
            it.value() = v;
        }
        value = o;
    }
    return files;
}

} // namespace

QString DatasetWriter::Summary::describe() const
{
    QString s = QStringLiteral("%1 logs written").arg(written);
    if (doNotTrack > 0)
        s += QStringLiteral("; %1 Do-Not-Track logs left out (they have no content)")
                 .arg(doNotTrack);
    if (noConversation > 0)
        s += QStringLiteral("; %1 logs left out that are not a conversation").arg(noConversation);
    if (noAnswer > 0)
        s += QStringLiteral("; %1 logs left out without an answer (failed or streamed)")
                 .arg(noAnswer);
    if (imageFiles > 0)
        s += QStringLiteral("; %1 images written to %2").arg(imageFiles).arg(imageFolder);
    return s;
}

DatasetWriter::DatasetWriter(LogStore &store)
    : m_store(store)
{ }

bool DatasetWriter::formatFromName(QStringView name, Format *format)
{
    for (const Format f : {Format::OpenAiChat, Format::Eval, Format::Csv}) {
        if (name == formatName(f)) {
            *format = f;
            return true;
        }
    }
    return false;
}

QString DatasetWriter::formatName(Format format)
{
    switch (format) {
    case Format::OpenAiChat:
        return QStringLiteral("openai-chat");
    case Format::Eval:
        return QStringLiteral("eval");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

DatasetWriter::Skip DatasetWriter::entry(const LogRecord &record, Format format, QJsonObject *line)
{
    if (!record.tracked)
        return Skip::DoNotTrack;
    const LogPrompt prompt = LogPrompt::read(record);
    if (prompt.messages.isEmpty() && (format == Format::OpenAiChat || prompt.prompt.isEmpty()))
        return Skip::NoConversation;
    QJsonArray messages;
    for (const QJsonValue &m : prompt.messages) {
        const QJsonObject message = chatMessage(m.toObject());
        if (message.isEmpty())
            return Skip::NoConversation;
        messages.append(message);
    }
    if (record.statusCode && *record.statusCode >= 400)
        return Skip::NoAnswer;
    const QJsonObject answer = answerMessage(record);
    if (answer.isEmpty())
        return Skip::NoAnswer;

    if (format == Format::OpenAiChat) {
        messages.append(answer);
        *line = QJsonObject {{QStringLiteral("messages"), messages}};
        return Skip::None;
    }
    QJsonArray values;
    const double feedback = latestFeedback(record, &values);
    QJsonObject metadata {
        {QStringLiteral("id"), record.id},
        {QStringLiteral("created_at"), record.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("model"), record.model},
        {QStringLiteral("provider"), record.provider}};
    if (!record.traceId.isEmpty())
        metadata.insert(u"trace_id", record.traceId);
    if (!record.promptId.isEmpty())
        metadata.insert(u"prompt_id", record.promptId);
    if (values.size() > 1)
        metadata.insert(u"feedback_values", values);
    for (auto it = record.metadata.begin(); it != record.metadata.end(); ++it)
        metadata.insert(it.key(), it.value());
    const QString expected = answer.value(u"content").isString()
        ? answer.value(u"content").toString()
        : QString::fromUtf8(
            QJsonDocument(answer.value(u"tool_calls").toArray()).toJson(QJsonDocument::Compact));
    *line = QJsonObject {
        {QStringLiteral("input"), messages.isEmpty() ? QJsonValue(prompt.prompt) : messages},
        {QStringLiteral("expected_output"), expected},
        {QStringLiteral("feedback"), values.isEmpty() ? QJsonValue() : QJsonValue(feedback)},
        {QStringLiteral("metadata"), metadata}};
    return Skip::None;
}

std::optional<DatasetWriter::Summary>
DatasetWriter::write(const QString &path, const QString &filter, Format format, QString *error)
{
    LogQuery query;
    query.filter = filter;
    query.descending = false;
    const std::optional<QVector<qint64>> ids = m_store.rowIds(query, error, m_cancel);
    if (!ids)
        return std::nullopt;
    return writeRows(path, *ids, format, error);
}

std::optional<DatasetWriter::Summary> DatasetWriter::writeRows(const QString &path,
                                                               const QVector<qint64> &rowIds,
                                                               Format format, QString *error)
{
    if (const QString why = OutputGuard::whyNotWrite(path); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
        return std::nullopt;
    }
    const QFileInfo info(path);
    const QDir folder(info.absoluteDir().filePath(info.fileName() + QStringLiteral(".images")));
    if (format == Format::Csv)
        out.write("id,created_at,model,input,messages,expected_output,feedback,metadata\n");
    Summary summary;
    qint64 done = 0;
    for (const qint64 rowId : rowIds) {
        if (m_cancel && m_cancel->load()) {
            *error = QStringLiteral("cancelled");
            out.cancelWriting();
            return std::nullopt;
        }
        const std::optional<LogRecord> record = m_store.recordByRowId(rowId, error);
        if (!record) {
            out.cancelWriting();
            return std::nullopt;
        }
        QJsonObject line;
        switch (entry(*record, format == Format::Csv ? Format::Eval : format, &line)) {
        case Skip::DoNotTrack:
            ++summary.doNotTrack;
            break;
        case Skip::NoConversation:
            ++summary.noConversation;
            break;
        case Skip::NoAnswer:
            ++summary.noAnswer;
            break;
        case Skip::None: {
            if (m_images == Images::Files) {
                QJsonValue v = line;
                bool ok = true;
                summary.imageFiles += moveImagesToFiles(v, folder, &ok, error);
                if (!ok) {
                    out.cancelWriting();
                    return std::nullopt;
                }
                line = v.toObject();
            }
            if (format == Format::Csv) {
                LogPrompt prompt;
                prompt.messages = line.value(u"input").toArray();
                prompt.prompt = line.value(u"input").toString();
                const QJsonObject meta = line.value(u"metadata").toObject();
                const QJsonValue feedback = line.value(u"feedback");
                const QList<QByteArray> fields {
                    csvField(record->id),
                    csvField(meta.value(u"created_at").toString()),
                    csvField(record->model),
                    csvField(prompt.transcript()),
                    csvField(
                        prompt.messages.isEmpty()
                            ? QString()
                            : QString::fromUtf8(
                                QJsonDocument(prompt.messages).toJson(QJsonDocument::Compact))),
                    csvField(line.value(u"expected_output").toString()),
                    feedback.isDouble() ? QByteArray::number(feedback.toDouble()) : QByteArray(),
                    csvField(
                        QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)))};
                out.write(fields.join(','));
                out.write("\n");
            } else {
                out.write(QJsonDocument(line).toJson(QJsonDocument::Compact));
                out.write("\n");
            }
            ++summary.written;
            break;
        }
        }
        ++done;
        if (m_progress && (done % 500 == 0 || done == rowIds.size()))
            m_progress(done, rowIds.size());
    }
    if (!out.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
        return std::nullopt;
    }
    if (summary.imageFiles > 0)
        summary.imageFolder = folder.path();
    return summary;
}
