// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlplanecommands.h"

#include "clisupport.h"

#include "apikeystore.h"
#include "connectioncredentials.h"
#include "connectionstore.h"
#include "connectionsync.h"
#include "controlplaneclient.h"
#include "exportsync.h"
#include "feedbacksync.h"
#include "logfetcher.h"
#include "logstore.h"
#include "progressprinter.h"
#include "resourcecache.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

namespace CliCommands {

namespace {

using CliSupport::clientFor;
using CliSupport::connectionOption;
using CliSupport::credentialsFor;
using CliSupport::openStore;
using CliSupport::printError;
using CliSupport::printJson;
using CliSupport::printText;

using CliSupport::dbOption;
using CliSupport::iso;
using CliSupport::kUsageError;
using CliSupport::parse;

std::atomic_bool g_interrupted = false;

void onSignal(int)
{
    g_interrupted = true;
}

// ISO-8601 (a date alone is midnight UTC), or a time before now: 30m, 12h, 7d.
std::optional<QDateTime> parseTime(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)([mhd])$"));
    const QRegularExpressionMatch m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == u"m" ? 60 : m.captured(2) == u"h" ? 3600 : 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-n * unit);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no zone given: UTC, as the API reads it
    return t.toUTC();
}

int connectionAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("add"), QString());
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("A name for it."));
    parser.addOption(
        QCommandLineOption(QStringLiteral("url"),
                           QStringLiteral("Control-plane URL (default https://api.portkey.ai/v1)."),
                           QStringLiteral("URL"), QStringLiteral("https://api.portkey.ai/v1")));
    parser.addOption(QCommandLineOption(QStringLiteral("data-url"),
                                        QStringLiteral("Data-plane (gateway) URL for GET "
                                                       "/logs/{id} (default: the --url)."),
                                        QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("workspace"), QStringLiteral("Workspace id or slug."), QStringLiteral("W")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-key-stdin"),
        QStringLiteral("Read the API key from the first line of stdin (else from "
                       "$PORTKEY_API_KEY).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("ca-file"),
        QStringLiteral("A CA certificate (PEM or DER) to trust for this connection besides the "
                       "system's: a self-hosted control plane with a self-signed or private-CA "
                       "certificate. Verification is never turned off."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("send-feedback"),
        QStringLiteral("Feedback given in the desktop app goes to this connection (and no "
                       "longer to another one).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("key-in-file"),
        QStringLiteral("Where no keychain service runs, agree to keep the key in a file only "
                       "you can read (0600).")));
    if (const int status = parse(parser, QStringLiteral("connection add"), arguments); status >= 0)
        return status;
    const QStringList names = parser.positionalArguments().mid(1);
    if (names.size() != 1) {
        printError(QStringLiteral("connection add: give one NAME"));
        return kUsageError;
    }
    Connection c;
    c.name = names.first();
    c.controlPlane = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
    c.dataPlane = parser.isSet(QStringLiteral("data-url"))
        ? QUrl(parser.value(QStringLiteral("data-url")), QUrl::StrictMode)
        : c.controlPlane;
    // Both planes are whatever the user's installation uses (hosted, hybrid, self-hosted, or
    // the product under another name): any http(s) URL, said plainly when it is not one.
    for (const auto &[option, url] : {std::pair {QStringLiteral("--url"), c.controlPlane},
                                      std::pair {QStringLiteral("--data-url"), c.dataPlane}}) {
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https" && url.scheme() != u"http")) {
            printError(QStringLiteral("connection add: %1 %2 is not an http:// or https:// URL "
                                      "with a host (such as https://api.portkey.ai/v1)")
                           .arg(option, url.toString()));
            return kUsageError;
        }
    }
    c.workspace = parser.value(QStringLiteral("workspace"));
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString file = parser.value(QStringLiteral("ca-file"));
        if (const QString why = ConnectionStore::caCertificateProblem(file); !why.isEmpty()) {
            printError(QStringLiteral("connection add: --ca-file: %1").arg(why));
            return kUsageError;
        }
        c.caCertificateFile = QFileInfo(file).absoluteFilePath();
    }
    c.sendFeedback = parser.isSet(QStringLiteral("send-feedback"));
    QString key;
    if (parser.isSet(QStringLiteral("api-key-stdin"))) {
        std::string line;
        std::getline(std::cin, line);
        key = QString::fromStdString(line).trimmed();
    } else {
        key = qEnvironmentVariable("PORTKEY_API_KEY").trimmed();
    }
    if (key.isEmpty()) {
        printError(QStringLiteral("connection add: no API key (pipe it with --api-key-stdin or "
                                  "set PORTKEY_API_KEY)"));
        return kUsageError;
    }
    ConnectionStore connections;
    QString error;
    if (const std::optional<Connection> old = connections.find(c.name)) {
        c.syncedUntil = old->syncedUntil; // re-adding keeps the checkpoint
        c.sendFeedback = c.sendFeedback || old->sendFeedback; // and the feedback choice
    }
    if (!ConnectionStore::validName(c.name)) {
        printError(QStringLiteral("connection add: '%1' is not a usable name (letters, digits, "
                                  "'.', '-', '_')")
                       .arg(c.name));
        return kUsageError;
    }
    // The key first: a connection without its key is of no use.
    const KeyResult stored
        = ApiKeyStore().store(c.name, key, parser.isSet(QStringLiteral("key-in-file")));
    if (!stored.ok) {
        printError(stored.error
                   + (stored.noKeychainService
                          ? QStringLiteral(" (gatescope-cli: pass --key-in-file to agree)")
                          : QString()));
        return 1;
    }
    if (!connections.save(c, &error)) {
        printError(error);
        return 1;
    }
    if (stored.location == KeyLocation::File)
        std::fprintf(stderr, "gatescope-cli: no keychain service; the key is in %s (mode 0600)\n",
                     qPrintable(ApiKeyStore().fallbackFile(c.name)));
    printJson({{QStringLiteral("name"), c.name},
               {QStringLiteral("control_plane_url"), c.controlPlane.toString()},
               {QStringLiteral("data_plane_url"), c.dataPlane.toString()},
               {QStringLiteral("workspace"), c.workspace},
               {QStringLiteral("ca_file"),
                c.caCertificateFile.isEmpty() ? QJsonValue() : QJsonValue(c.caCertificateFile)},
               {QStringLiteral("send_feedback"), c.sendFeedback},
               {QStringLiteral("key_stored_in"),
                stored.location == KeyLocation::Keychain ? QStringLiteral("keychain")
                                                         : QStringLiteral("file")}});
    return 0;
}

int connectionList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("list"), QString());
    if (const int status = parse(parser, QStringLiteral("connection list"), arguments); status >= 0)
        return status;
    QString error;
    const QList<Connection> all = ConnectionStore().list(&error);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    QJsonArray items;
    for (const Connection &c : all) {
        items.append(QJsonObject {
            {QStringLiteral("name"), c.name},
            {QStringLiteral("control_plane_url"), c.controlPlane.toString()},
            {QStringLiteral("data_plane_url"), c.endpoint().dataPlane.toString()},
            {QStringLiteral("workspace"), c.workspace},
            {QStringLiteral("ca_file"),
             c.caCertificateFile.isEmpty() ? QJsonValue() : QJsonValue(c.caCertificateFile)},
            {QStringLiteral("send_feedback"), c.sendFeedback},
            {QStringLiteral("synced_until"),
             c.syncedUntil.isValid() ? QJsonValue(iso(c.syncedUntil)) : QJsonValue()}});
    }
    printJson({{QStringLiteral("connections"), items}});
    return 0;
}

int connectionRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("remove"), QString());
    parser.addPositionalArgument(QStringLiteral("NAME"), QString());
    if (const int status = parse(parser, QStringLiteral("connection remove"), arguments);
        status >= 0)
        return status;
    const QStringList names = parser.positionalArguments().mid(1);
    if (names.size() != 1) {
        printError(QStringLiteral("connection remove: give one NAME"));
        return kUsageError;
    }
    QString error;
    if (!ConnectionStore().remove(names.first(), &error)) {
        printError(error);
        return 1;
    }
    ApiKeyStore().remove(names.first(), &error);
    printJson({{QStringLiteral("removed"), names.first()}});
    return 0;
}

} // namespace

int connection(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"add")
        return connectionAdd(arguments);
    if (sub == u"list")
        return connectionList(arguments);
    if (sub == u"remove")
        return connectionRemove(arguments);
    printError(QStringLiteral("connection: add, list or remove ('connection add --help')"));
    return kUsageError;
}

int sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(connectionOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("since"),
        QStringLiteral("From T (ISO-8601, or 30m/12h/7d ago). Default: where the last sync "
                       "ended, or 30 days ago."),
        QStringLiteral("T")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("until"), QStringLiteral("Up to T (default: now)."), QStringLiteral("T")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("where"),
        QStringLiteral("An export filter KEY=VALUE (ai_model, status_code, trace_id, configs, "
                       "prompt_slug, virtual_keys, workspace_slug, cost_min, ...); repeatable."),
        QStringLiteral("KEY=VALUE")));
    if (const int status = parse(parser, QStringLiteral("sync"), arguments); status >= 0)
        return status;
    const QString name = parser.value(QStringLiteral("connection"));
    if (name.isEmpty()) {
        printError(QStringLiteral("sync: --connection NAME is required"));
        return kUsageError;
    }
    QJsonObject filters;
    for (const QString &where : parser.values(QStringLiteral("where"))) {
        const QString key = where.section(u'=', 0, 0);
        const QString value = where.section(u'=', 1);
        if (!ExportSync::filterKeys().contains(key) || value.isEmpty()) {
            printError(QStringLiteral("sync: --where %1: not KEY=VALUE with a documented filter "
                                      "(%2)")
                           .arg(where, ExportSync::filterKeys().join(u", ")));
            return kUsageError;
        }
        bool number = false;
        const double d = value.toDouble(&number);
        filters.insert(key,
                       key.endsWith(u"_min") || key.endsWith(u"_max")
                           ? (number ? QJsonValue(d) : QJsonValue(value))
                           : QJsonValue(value));
    }
    std::optional<QDateTime> until = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("until")))
        until = parseTime(parser.value(QStringLiteral("until")));
    std::optional<QDateTime> since;
    if (parser.isSet(QStringLiteral("since")))
        since = parseTime(parser.value(QStringLiteral("since")));
    if (!until || (parser.isSet(QStringLiteral("since")) && !since)) {
        printError(QStringLiteral("sync: --since/--until take ISO-8601 times or 30m, 12h, 7d"));
        return kUsageError;
    }

    const std::optional<ConnectionCredentials> credentials = credentialsFor(name);
    if (!credentials)
        return 1;
    if (!since) {
        since = ConnectionSync::defaultStart(credentials->connection,
                                             QDateTime::currentDateTimeUtc());
        if (!credentials->connection.syncedUntil.isValid())
            std::fprintf(stderr,
                         "gatescope-cli: first sync of '%s': from %d days ago (--since "
                         "to choose)\n",
                         qPrintable(name), ConnectionSync::kFirstWindowDays);
    }
    std::unique_ptr<LogStore> store = openStore(parser);
    if (!store)
        return 1;

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    ConnectionSync sync(*credentials, *store);
    sync.setCancelFlag(&g_interrupted);
    ProgressPrinter printer(QStringLiteral("sync"));
    sync.setProgressHandler([&](const ExportSyncProgress &p) {
        // A retry or a replaced link gets a line of its own; before the first job is planned
        // there is no share to show, only what is being done.
        if (p.notice)
            printer.note(p.detail);
        else if (p.job == 0)
            printer.update(0, 0, p.detail);
        else
            printer.update(p.job - 1, p.jobs,
                           QStringLiteral("job %1/%2, %3 new: %4")
                               .arg(p.job)
                               .arg(p.jobs)
                               .arg(p.imported)
                               .arg(p.detail));
    });
    QElapsedTimer timer;
    timer.start();
    const ExportSyncResult r = sync.run(*since, *until, filters);
    if (!sync.checkpointError().isEmpty())
        printError(QStringLiteral("could not remember how far the sync got: %1")
                       .arg(sync.checkpointError()));
    // A failure is said once, on the gatescope-cli: line below.
    if (r.ok)
        printer.finish(QStringLiteral("%1 new logs, %2 already stored, %3 jobs in %4 s")
                           .arg(r.imported)
                           .arg(r.duplicates)
                           .arg(r.jobs)
                           .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    else
        printer.clear();
    printJson({{QStringLiteral("connection"), name},
               {QStringLiteral("ok"), r.ok},
               {QStringLiteral("cancelled"), r.cancelled},
               {QStringLiteral("from"), iso(*since)},
               {QStringLiteral("until"), iso(*until)},
               {QStringLiteral("jobs"), r.jobs},
               {QStringLiteral("imported"), r.imported},
               {QStringLiteral("duplicates"), r.duplicates},
               {QStringLiteral("skipped"), r.skipped},
               {QStringLiteral("synced_until"),
                sync.syncedUntil().isValid() ? QJsonValue(iso(sync.syncedUntil())) : QJsonValue()},
               {QStringLiteral("error"), r.ok ? QJsonValue() : QJsonValue(r.error)}});
    if (!r.ok && !r.cancelled)
        printError(r.error);
    if (r.cancelled)
        printError(QStringLiteral("sync interrupted; run it again to resume"));
    return r.ok ? 0 : 1;
}

int fetchLog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(connectionOption());
    parser.addPositionalArgument(QStringLiteral("LOG_ID"), QStringLiteral("The log's id."));
    if (const int status = parse(parser, QStringLiteral("fetch"), arguments); status >= 0)
        return status;
    const QString name = parser.value(QStringLiteral("connection"));
    if (name.isEmpty() || parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("fetch: --connection NAME and one LOG_ID are required"));
        return kUsageError;
    }
    const QString id = parser.positionalArguments().first();
    const std::optional<ConnectionCredentials> credentials = credentialsFor(name);
    if (!credentials)
        return 1;
    std::unique_ptr<LogStore> store = openStore(parser);
    if (!store)
        return 1;
    const LogFetcher::Result fetched = LogFetcher(*store).fetch(*credentials, id);
    if (!fetched.ok) {
        printError(fetched.error);
        return 1;
    }
    const LogRecord &record = fetched.record;
    printJson({{QStringLiteral("id"), record.id},
               {QStringLiteral("trace_id"), record.traceId},
               {QStringLiteral("created_at"), iso(record.createdAt)},
               {QStringLiteral("stored"), fetched.written.inserted == 1},
               {QStringLiteral("already_stored"), fetched.written.duplicates == 1}});
    return 0;
}

int feedback(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(connectionOption());
    parser.addOption(QCommandLineOption(QStringLiteral("value"),
                                        QStringLiteral("-10..10 (1 = thumbs up, -1 = down)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("weight"),
                                        QStringLiteral("0..1 (default 1)."), QStringLiteral("W"),
                                        QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("note"),
                                        QStringLiteral("A comment, sent as metadata.text."),
                                        QStringLiteral("TEXT")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("push"),
                           QStringLiteral("Send every queued feedback of the connection now.")));
    parser.addPositionalArgument(QStringLiteral("LOG_ID"), QStringLiteral("The log to rate."));
    if (const int status = parse(parser, QStringLiteral("feedback"), arguments); status >= 0)
        return status;
    const QString name = parser.value(QStringLiteral("connection"));
    const bool push = parser.isSet(QStringLiteral("push"));
    if (name.isEmpty()
        || (!push
            && (parser.positionalArguments().size() != 1
                || !parser.isSet(QStringLiteral("value"))))) {
        printError(QStringLiteral("feedback: --connection NAME and either LOG_ID --value N, or "
                                  "--push"));
        return kUsageError;
    }
    std::unique_ptr<ControlPlaneClient> client = clientFor(name);
    if (!client)
        return 1;
    std::unique_ptr<LogStore> store = openStore(parser);
    if (!store)
        return 1;
    FeedbackSync queue(*client, store.get(), FeedbackSync::defaultQueueFile(name));
    if (!queue.loadError().isEmpty()) {
        printError(queue.loadError());
        return 1;
    }
    if (push) {
        const FeedbackSync::Summary s = queue.sync(true);
        printJson({{QStringLiteral("created"), s.created},
                   {QStringLiteral("updated"), s.updated},
                   {QStringLiteral("pending"), s.pending},
                   {QStringLiteral("failed"), s.failed}});
        if (!s.problem.isEmpty())
            printError(s.problem);
        for (const QueuedFeedback &f : queue.entries()) {
            if (f.state != FeedbackSyncState::Synced && !f.lastError.isEmpty())
                printError(QStringLiteral("feedback on %1: %2").arg(f.logId, f.lastError));
        }
        return s.failed > 0 ? 1 : 0;
    }
    bool okValue = false, okWeight = false;
    const int value = parser.value(QStringLiteral("value")).toInt(&okValue);
    const double weight = parser.value(QStringLiteral("weight")).toDouble(&okWeight);
    if (!okValue || !okWeight) {
        printError(QStringLiteral("feedback: --value takes a whole number, --weight a number"));
        return kUsageError;
    }
    const QString logId = parser.positionalArguments().first();
    QString error;
    const std::optional<LogRecord> log = store->record(logId, &error);
    if (!log) {
        printError(error.isEmpty() ? QStringLiteral("no log %1 in the store").arg(logId) : error);
        return 1;
    }
    // As in the app: _user says who wrote it (Portkey indexes it; the store shows the author).
    QJsonObject metadata {{QStringLiteral("_user"), FeedbackSync::localUser()}};
    if (parser.isSet(QStringLiteral("note")))
        metadata.insert(QStringLiteral("text"), parser.value(QStringLiteral("note")));
    const std::optional<QString> id
        = queue.add(logId, log->traceId, value, weight, metadata, &error);
    if (!id) {
        printError(QStringLiteral("feedback: %1").arg(error));
        return 1;
    }
    const FeedbackSync::Summary sent = queue.sync();
    const QueuedFeedback f = *queue.entry(*id);
    const QString state = f.state == FeedbackSyncState::Synced ? QStringLiteral("synced")
        : f.state == FeedbackSyncState::Failed                 ? QStringLiteral("failed")
                                                               : QStringLiteral("pending");
    printJson({{QStringLiteral("id"), *id},
               {QStringLiteral("log_id"), logId},
               {QStringLiteral("trace_id"), log->traceId},
               {QStringLiteral("state"), state},
               {QStringLiteral("error"),
                f.lastError.isEmpty() ? QJsonValue() : QJsonValue(f.lastError)}});
    if (f.state == FeedbackSyncState::Pending)
        std::fprintf(
            stderr,
            "gatescope-cli: saved and queued (%s); 'gatescope-cli feedback --connection %s "
            "--push' sends it\n",
            qPrintable(f.lastError.isEmpty() ? sent.problem : f.lastError), qPrintable(name));
    if (f.state == FeedbackSyncState::Failed)
        printError(f.lastError);
    return f.state == FeedbackSyncState::Failed ? 1 : 0;
}

} // namespace CliCommands
