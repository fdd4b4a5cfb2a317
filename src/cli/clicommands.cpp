// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "clisupport.h"

#include "costformat.h"
#include "demodata.h"
#include "exporter.h"
#include "filereader.h"
#include "importer.h"
#include "logstore.h"
#include "progressprinter.h"
#include "recordenums.h"
#include "recordlimits.h"
#include "sqlitelogstore.h"
#include "statuslabels.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace CliCommands {

namespace {

using CliSupport::openExistingStore;
using CliSupport::openStore;
using CliSupport::printError;
using CliSupport::printLine;

using CliSupport::checkFilter;
using CliSupport::dbOption;
using CliSupport::filterOption;
using CliSupport::kUsageError;
using CliSupport::parse;

template<typename T> QString orDash(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

QString formatCost(const std::optional<double> &cents)
{
    if (!cents)
        return QStringLiteral("-");
    return CostFormat::text(*cents, QLocale::c()); // as the app writes it, in the C locale
}

} // namespace

int importFiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        QStringLiteral("Read every file as F (portkey-export, portkey-log-object, portkey-csv, "
                       "gateway-stream, gatescope) instead of sniffing it."),
        QStringLiteral("F")));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("Files to import. A record (a line, a CSV row, an element of a JSON "
                       "array) over %1, or with numbers out of range (negative tokens, cost, "
                       "latency or status), is skipped and reported with its line.")
            .arg(RecordLimits::describeBytes(RecordLimits::kMaxRecordBytes)),
        QStringLiteral("FILE..."));
    if (const int status = parse(parser, QStringLiteral("import"), arguments); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(QStringLiteral("import: no FILE given"));
        return kUsageError;
    }
    FileFormat format = FileFormat::Unknown;
    if (parser.isSet(QStringLiteral("format"))) {
        format = FileFormats::fromName(parser.value(QStringLiteral("format")));
        if (format == FileFormat::Unknown) {
            printError(QStringLiteral("import: unknown format '%1'")
                           .arg(parser.value(QStringLiteral("format"))));
            return kUsageError;
        }
    }
    std::unique_ptr<LogStore> store = openStore(parser);
    if (!store)
        return 1;

    // Say how each file will be read: a wrong guess is then seen before it costs an import.
    QJsonObject formats;
    for (const QString &file : files) {
        FileReader reader(file, format);
        QString why;
        if (!reader.open(&why))
            continue; // the import reports it
        const QString name = FileFormats::name(reader.format());
        if (!name.isEmpty()) {
            formats.insert(file, name);
            std::fprintf(stderr, "import: %s: read as %s (%s)\n", qPrintable(file),
                         qPrintable(name),
                         reader.formatSniffed() ? "recognised by its content" : "as --format says");
        }
    }

    // Several imports into one SQLite file take turns: say so while this one waits.
    SqliteLogStore::setLockWaitNotifier([](qint64 waitedMs) {
        std::fprintf(stderr, "import: waiting for another import to finish writing (%lld s)\n",
                     static_cast<long long>(waitedMs / 1000));
    });

    Importer importer(*store);
    importer.setFormat(format);
    ProgressPrinter printer(QStringLiteral("import"));
    QElapsedTimer timer;
    timer.start();
    importer.setProgressHandler([&](const ImportProgress &p) {
        const double seconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
        printer.update(p.bytesDone, p.bytesTotal,
                       QStringLiteral("%1 records, %2 MB/s, file %3 of %4")
                           .arg(p.records)
                           .arg(double(p.bytesDone) / 1e6 / seconds, 0, 'f', 1)
                           .arg(p.fileIndex + 1)
                           .arg(p.fileCount));
    });
    const ImportSummary summary = importer.importFiles(files);
    const double seconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
    printer.finish(QStringLiteral("%1 imported, %2 duplicates, %3 skipped in %4 s (%5 records/s)")
                       .arg(summary.imported)
                       .arg(summary.duplicates)
                       .arg(summary.skipped)
                       .arg(seconds, 0, 'f', 2)
                       .arg(qint64((summary.imported + summary.duplicates) / seconds)));

    QJsonArray errors;
    for (const ImportError &e : summary.errors) {
        errors.append(QJsonObject {{QStringLiteral("file"), e.file},
                                   {QStringLiteral("line"), e.line},
                                   {QStringLiteral("reason"), e.reason}});
    }
    const QJsonObject result {{QStringLiteral("imported"), summary.imported},
                              {QStringLiteral("duplicates"), summary.duplicates},
                              {QStringLiteral("skipped"), summary.skipped},
                              {QStringLiteral("formats"), formats},
                              {QStringLiteral("errors"), errors}};
    printLine(QJsonDocument(result).toJson(QJsonDocument::Compact));
    return summary.unreadableFile || summary.storeFailed ? 1 : 0;
}

int query(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(filterOption());
    parser.addOption(QCommandLineOption(QStringLiteral("limit"),
                                        QStringLiteral("At most N logs (default 50; 0 for all)."),
                                        QStringLiteral("N"), QStringLiteral("50")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), QStringLiteral("One canonical record per line, bodies included.")));
    if (const int status = parse(parser, QStringLiteral("query"), arguments); status >= 0)
        return status;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0) {
        printError(QStringLiteral("query: --limit takes a whole number, got '%1'")
                       .arg(parser.value(QStringLiteral("limit"))));
        return kUsageError;
    }
    std::unique_ptr<LogStore> store = openExistingStore(parser);
    if (!store)
        return 1;
    LogQuery q;
    q.filter = parser.value(QStringLiteral("filter"));
    if (!checkFilter(*store, q.filter))
        return kUsageError;
    const bool json = parser.isSet(QStringLiteral("json"));

    if (!json) {
        std::printf("%-24s %-10s %-28s %6s %8s %10s %8s  %s\n", "TIME (UTC)", "TYPE", "MODEL",
                    "STATUS", "TOKENS", "COST", "LATENCY", "GATEWAY");
    }
    qint64 printed = 0;
    std::optional<PageKey> after;
    QString error;
    do {
        const int want = limit == 0 ? 500 : int(qMin<qint64>(500, limit - printed));
        const std::optional<Page> page = store->page(q, after, want, &error);
        if (!page) {
            printError(error);
            return 1;
        }
        for (const LogRecord &row : page->rows) {
            if (json) {
                const std::optional<LogRecord> full = store->recordByRowId(row.rowId, &error);
                if (!full) {
                    printError(error);
                    return 1;
                }
                printLine(full->toJsonLine());
            } else {
                const QString model = row.model.isEmpty() ? QStringLiteral("?") : row.model;
                std::printf(
                    "%-24s %-10s %-28s %6s %8s %10s %8s  %s; %s\n",
                    qPrintable(row.createdAt.toUTC().toString(Qt::ISODateWithMs)),
                    qPrintable(RecordEnums::requestTypeName(row.requestType)),
                    qPrintable(model.left(28)), qPrintable(orDash(row.statusCode)),
                    qPrintable(orDash(row.totalTokens)), qPrintable(formatCost(row.costCents)),
                    qPrintable(row.latencyMs ? QString::number(*row.latencyMs) + u"ms"
                                             : QStringLiteral("-")),
                    qPrintable(StatusLabels::cache(row)), qPrintable(StatusLabels::retry(row)));
            }
            ++printed;
        }
        after = page->next;
    } while (after && (limit == 0 || printed < limit));
    std::fflush(stdout);
    return 0;
}

int exportLogs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(filterOption());
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        QStringLiteral("gatescope (JSONL, default) or csv."),
                                        QStringLiteral("F"), QStringLiteral("gatescope")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"),
        QStringLiteral("The file to write; - for standard output (the summary then goes to "
                       "stderr)."),
        QStringLiteral("FILE")));
    if (const int status = parse(parser, QStringLiteral("export"), arguments); status >= 0)
        return status;
    Exporter::Format format;
    if (!Exporter::formatFromName(parser.value(QStringLiteral("format")), &format)) {
        printError(QStringLiteral("export: unknown format '%1' (gatescope or csv)")
                       .arg(parser.value(QStringLiteral("format"))));
        return kUsageError;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        printError(QStringLiteral("export: --out FILE is required"));
        return kUsageError;
    }
    std::unique_ptr<LogStore> store = openExistingStore(parser);
    if (!store)
        return 1;
    const QString filter = parser.value(QStringLiteral("filter"));
    if (!checkFilter(*store, filter))
        return kUsageError;
    Exporter exporter(*store);
    ProgressPrinter printer(QStringLiteral("export"));
    exporter.setProgressHandler([&](qint64 done, qint64 total) {
        printer.update(done, total, QStringLiteral("%1 of %2 records").arg(done).arg(total));
    });
    QString error;
    const qint64 written
        = exporter.exportTo(parser.value(QStringLiteral("out")), filter, format, &error);
    if (written < 0) {
        printError(error);
        return 1;
    }
    const QString out = parser.value(QStringLiteral("out"));
    const bool toStdout = Exporter::isStdout(out);
    printer.finish(QStringLiteral("%1 records written to %2")
                       .arg(written)
                       .arg(toStdout ? QStringLiteral("standard output") : out));
    const QByteArray summary = QJsonDocument(QJsonObject {{QStringLiteral("exported"), written}})
                                   .toJson(QJsonDocument::Compact);
    if (toStdout)
        std::fprintf(stderr, "%s\n", summary.constData());
    else
        printLine(summary);
    return 0;
}

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(filterOption());
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("group-by"),
        QStringLiteral("Only this grouping: model, provider, user, status, config or prompt."),
        QStringLiteral("FIELD")));
    if (const int status = parse(parser, QStringLiteral("stats"), arguments); status >= 0)
        return status;
    const QHash<QString, std::pair<GroupBy, const char *>> groupings {
        {QStringLiteral("model"), {GroupBy::Model, "by_model"}},
        {QStringLiteral("provider"), {GroupBy::Provider, "by_provider"}},
        {QStringLiteral("user"), {GroupBy::User, "by_user"}},
        {QStringLiteral("status"), {GroupBy::StatusClass, "by_status"}},
        {QStringLiteral("config"), {GroupBy::Config, "by_config"}},
        {QStringLiteral("prompt"), {GroupBy::Prompt, "by_prompt"}}};
    const QString groupBy = parser.value(QStringLiteral("group-by")).toLower();
    if (!groupBy.isEmpty() && !groupings.contains(groupBy)) {
        printError(QStringLiteral("stats: --group-by takes model, provider, user, status, config "
                                  "or prompt, got '%1'")
                       .arg(groupBy));
        return kUsageError;
    }
    std::unique_ptr<LogStore> store = openExistingStore(parser);
    if (!store)
        return 1;
    const QString filter = parser.value(QStringLiteral("filter"));
    if (!checkFilter(*store, filter))
        return kUsageError;
    QString error;
    const std::optional<StoreTotals> totals = store->totals(filter, &error);
    if (!totals) {
        printError(error);
        return 1;
    }
    QList<std::pair<GroupBy, const char *>> groups {{GroupBy::Model, "by_model"},
                                                    {GroupBy::Provider, "by_provider"},
                                                    {GroupBy::StatusClass, "by_status"},
                                                    {GroupBy::Cache, "by_cache"}};
    if (!groupBy.isEmpty())
        groups = {groupings.value(groupBy)};
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonObject result {{QStringLiteral("count"), totals->count},
                        {QStringLiteral("cost_cents"), totals->costCents},
                        {QStringLiteral("prompt_tokens"), totals->promptTokens},
                        {QStringLiteral("completion_tokens"), totals->completionTokens},
                        {QStringLiteral("total_tokens"), totals->totalTokens}};
    if (!json) {
        const QLocale c = QLocale::c();
        std::printf(
            "logs          %s\ncost          $%.4f\ntokens        %s (prompt %s, completion %s)\n",
            qPrintable(c.toString(totals->count)), totals->costCents / 100.0,
            qPrintable(c.toString(totals->totalTokens)),
            qPrintable(c.toString(totals->promptTokens)),
            qPrintable(c.toString(totals->completionTokens)));
    }
    for (const auto &[group, name] : groups) {
        const std::optional<QList<GroupCount>> counts = store->groupCounts(filter, group, &error);
        if (!counts) {
            printError(error);
            return 1;
        }
        QJsonArray rows;
        if (!json)
            std::printf("\n%s\n", name);
        for (const GroupCount &g : *counts) {
            rows.append(QJsonObject {
                {QStringLiteral("key"), g.key.isNull() ? QJsonValue() : QJsonValue(g.key)},
                {QStringLiteral("count"), g.count},
                {QStringLiteral("cost_cents"), g.costCents},
                {QStringLiteral("total_tokens"), g.totalTokens}});
            if (!json) {
                std::printf("  %-32s %10lld  $%.4f\n",
                            qPrintable(g.key.isNull() ? QStringLiteral("(unknown)") : g.key),
                            static_cast<long long>(g.count), g.costCents / 100.0);
            }
        }
        result.insert(QLatin1String(name), rows);
    }
    if (json)
        printLine(QJsonDocument(result).toJson(QJsonDocument::Compact));
    return 0;
}

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("count"),
                                        QStringLiteral("How many logs (default 10000)."),
                                        QStringLiteral("N"), QStringLiteral("10000")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed (default 1): the same seed "
                                                       "gives the same store."),
                                        QStringLiteral("S"), QStringLiteral("1")));
    if (const int status = parse(parser, QStringLiteral("demo"), arguments); status >= 0)
        return status;
    bool countOk = false, seedOk = false;
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong(&countOk);
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!countOk || count < 0 || !seedOk) {
        printError(QStringLiteral("demo: --count and --seed take whole numbers"));
        return kUsageError;
    }
    std::unique_ptr<LogStore> store = openStore(parser);
    if (!store)
        return 1;
    ProgressPrinter printer(QStringLiteral("demo"));
    const DemoData::FillResult total
        = DemoData(seed, count).fill(*store, count, 5000, [&](qint64 done) {
              printer.update(done, count, QStringLiteral("%1 of %2 logs").arg(done).arg(count));
              return true;
          });
    if (!total.error.isEmpty()) {
        printError(total.error);
        return 1;
    }
    printer.finish(QStringLiteral("%1 logs written to %2")
                       .arg(total.inserted)
                       .arg(CliSupport::storeForDisplay(store->location())));
    printLine(QJsonDocument(QJsonObject {{QStringLiteral("imported"), total.inserted},
                                         {QStringLiteral("duplicates"), total.duplicates}})
                  .toJson(QJsonDocument::Compact));
    return 0;
}

} // namespace CliCommands
