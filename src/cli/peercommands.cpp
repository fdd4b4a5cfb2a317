// SPDX-License-Identifier: GPL-3.0-or-later
#include "peercommands.h"

#include "clisupport.h"

#include "datasetwriter.h"
#include "logdiff.h"
#include "logstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace PeerCommands {

namespace {

using CliSupport::openExistingStore;
using CliSupport::printError;

} // namespace

int diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compare two logs: parameters, messages, x-portkey-* headers, status "
                       "labels, tokens, cost, latency, a word diff of the answers, and the "
                       "fields of the gateway's simple-cache key (request body and provider URL) "
                       "that differ."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON.")));
    parser.addPositionalArgument(QStringLiteral("ID1"), QStringLiteral("The first log's id."));
    parser.addPositionalArgument(QStringLiteral("ID2"), QStringLiteral("The second log's id."));
    if (const int status = CliSupport::parse(parser, QStringLiteral("diff"), arguments);
        status >= 0)
        return status;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 2) {
        printError(QStringLiteral("diff: give two log ids"));
        return CliSupport::kUsageError;
    }
    std::unique_ptr<LogStore> store = openExistingStore(parser);
    if (!store)
        return 1;
    LogRecord records[2];
    for (int i = 0; i < 2; ++i) {
        QString error;
        const std::optional<LogRecord> r = store->record(ids.at(i), &error);
        if (!r) {
            printError(
                QStringLiteral("diff: %1: %2")
                    .arg(ids.at(i), error.isEmpty() ? QStringLiteral("no such log") : error));
            return 1;
        }
        records[i] = *r;
    }
    const LogDiff d = LogDiff::compare(records[0], records[1]);
    if (parser.isSet(QStringLiteral("json"))) {
        const QByteArray json = QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fputc('\n', stdout);
    } else {
        std::fputs(d.toText().toUtf8().constData(), stdout);
    }
    return 0;
}

int dataset(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Save the logs of a filter as a dataset. Do-Not-Track logs have no "
                       "content and are never included; they are counted."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption(CliSupport::filterOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        QStringLiteral("openai-chat (fine-tuning JSONL: messages with the answer), eval (input, "
                       "expected_output, feedback, metadata JSONL) or csv."),
        QStringLiteral("F")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QStringLiteral("The file to write."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("images"),
        QStringLiteral("data-url (default: images stay inline) or files (written to "
                       "FILE.images/ and referred to by relative path)."),
        QStringLiteral("HOW")));
    if (const int status = CliSupport::parse(parser, QStringLiteral("dataset"), arguments);
        status >= 0)
        return status;
    DatasetWriter::Format format = DatasetWriter::Format::OpenAiChat;
    if (!DatasetWriter::formatFromName(parser.value(QStringLiteral("format")), &format)) {
        printError(QStringLiteral("dataset: --format must be openai-chat, eval or csv"));
        return CliSupport::kUsageError;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(QStringLiteral("dataset: no --out FILE given"));
        return CliSupport::kUsageError;
    }
    const QString images = parser.value(QStringLiteral("images"));
    if (!images.isEmpty() && images != u"data-url" && images != u"files") {
        printError(QStringLiteral("dataset: --images must be data-url or files"));
        return CliSupport::kUsageError;
    }
    std::unique_ptr<LogStore> store = openExistingStore(parser);
    if (!store)
        return 1;
    const QString filter = parser.value(QStringLiteral("filter"));
    if (!CliSupport::checkFilter(*store, filter))
        return CliSupport::kUsageError;
    DatasetWriter writer(*store);
    writer.setImages(images == u"files" ? DatasetWriter::Images::Files
                                        : DatasetWriter::Images::DataUrls);
    QString error;
    const std::optional<DatasetWriter::Summary> summary = writer.write(out, filter, format, &error);
    if (!summary) {
        printError(QStringLiteral("dataset: %1").arg(error));
        return 1;
    }
    std::fprintf(stderr, "%s\n", qPrintable(summary->describe()));
    const QByteArray json
        = QJsonDocument(
              QJsonObject {{QStringLiteral("written"), summary->written},
                           {QStringLiteral("do_not_track"), summary->doNotTrack},
                           {QStringLiteral("not_a_conversation"), summary->noConversation},
                           {QStringLiteral("no_answer"), summary->noAnswer},
                           {QStringLiteral("image_files"), summary->imageFiles}})
              .toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}

} // namespace PeerCommands
