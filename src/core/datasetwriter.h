// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

class LogStore;

// Saves logs as a dataset: OpenAI chat fine-tuning JSONL (each line {"messages": [...]} with the
// answer as the last, assistant message), evaluation JSONL (input, expected output, feedback
// value, metadata) or CSV of the same columns. Images stay data URLs, or are written as files
// in a folder beside the output ("<name>.images/") and referred to by relative path.
// Do-Not-Track logs have no content: they are never written, only counted. Written through a
// temporary file, so a failure leaves no half dataset behind.
class DatasetWriter
{
public:
    enum class Format { OpenAiChat, Eval, Csv };
    enum class Images { DataUrls, Files };
    // Why a log gave no line.
    enum class Skip { None, DoNotTrack, NoConversation, NoAnswer };

    struct Summary
    {
        qint64 written = 0;
        qint64 doNotTrack = 0; // Do-Not-Track logs left out
        qint64 noConversation = 0; // not a chat (embeddings, images, ...) for this format
        qint64 noAnswer = 0; // failed, streamed without content, or empty answers
        qint64 imageFiles = 0;
        QString imageFolder; // set when image files were written
        // One sentence for the user: "12 logs written; 3 Do-Not-Track logs left out (...)".
        QString describe() const;
    };

    explicit DatasetWriter(LogStore &store);

    static bool formatFromName(QStringView name, Format *format);
    static QString formatName(Format format);
    void setImages(Images images) { m_images = images; }
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler)
    {
        m_progress = std::move(handler);
    }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // The logs a filter selects (oldest first), or the given rows.
    std::optional<Summary> write(const QString &path, const QString &filter, Format format,
                                 QString *error);
    std::optional<Summary> writeRows(const QString &path, const QVector<qint64> &rowIds,
                                     Format format, QString *error);

    // One log as a dataset entry (the JSON object of a JSONL line; for CSV the eval object).
    static Skip entry(const LogRecord &record, Format format, QJsonObject *line);

private:
    LogStore &m_store;
    Images m_images = Images::DataUrls;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
