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

using CliSupport::openStore;
using CliSupport::printError;

using CliSupport::dbOption;
using CliSupport::kUsageError;
using CliSupport::parse;

std::atomic_bool g_interrupted = false;

void onSignal(int)
{
    g_interrupted = true;
}

void printLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

QCommandLineOption connectionOption()
{
    return QCommandLineOption(QStringLiteral("connection"),
                              QStringLiteral("The connection (see 'connection list')."),
                              QStringLiteral("NAME"));
}

// The named connection with its key, or nothing after printing why not.
std::optional<ConnectionCredentials> credentialsFor(const QString &name)
{
    ConnectionCredentials credentials = ConnectionCredentials::read(name);
    if (credentials.ok())
        return credentials;
    if (credentials.problem == ConnectionCredentials::Problem::NoConnection
        && credentials.error.isEmpty())
        printError(QStringLiteral("no connection named '%1' (add it with 'gatescope-cli "
                                  "connection add')")
                       .arg(name));
    else
        printError(credentials.error);
    return std::nullopt;
}

// A client for the named connection, or null after printing why not.
std::unique_ptr<ControlPlaneClient> clientFor(const QString &name)
{
    const std::optional<ConnectionCredentials> credentials = credentialsFor(name);
    return credentials ? credentials->client() : nullptr;
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

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
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
    printLine({{QStringLiteral("name"), c.name},
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
    printLine({{QStringLiteral("connections"), items}});
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
    printLine({{QStringLiteral("removed"), names.first()}});
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
    printLine({{QStringLiteral("connection"), name},
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
    printLine({{QStringLiteral("id"), record.id},
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
        printLine({{QStringLiteral("created"), s.created},
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
    printLine({{QStringLiteral("id"), *id},
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

// --- configs, prompts and virtual keys -------------------------------------------------------

namespace {

// What `config`, `prompt` and `virtual-key` share: the connection, its client and its cache.
struct ResourceSession
{
    QString connection;
    bool json = false;
    bool offline = false;
    std::unique_ptr<ControlPlaneClient> client;
    std::unique_ptr<ResourceCache> cache;
    std::unique_ptr<ControlPlaneResources> resources;
};

void addResourceOptions(QCommandLineParser &parser)
{
    parser.addOption(connectionOption());
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("One JSON object on stdout.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("offline"),
        QStringLiteral("Only the cached copy (kept from the last time the control plane was "
                       "reached), with its age; the network is not used.")));
}

// The connection from --connection, or a printed reason (and false).
bool openSession(const QCommandLineParser &parser, const QString &command, ResourceSession *s)
{
    s->connection = parser.value(QStringLiteral("connection"));
    s->json = parser.isSet(QStringLiteral("json"));
    s->offline = parser.isSet(QStringLiteral("offline"));
    if (s->connection.isEmpty()) {
        printError(QStringLiteral("%1: --connection NAME is required").arg(command));
        return false;
    }
    s->client = clientFor(s->connection);
    if (!s->client)
        return false;
    s->cache = std::make_unique<ResourceCache>(ResourceCache::defaultDir(s->connection));
    s->resources = std::make_unique<ControlPlaneResources>(*s->client, *s->cache);
    s->resources->setTimeToLive(0, 0, 0); // asked each time; the cache is for when offline
    s->resources->setOffline(s->offline);
    return true;
}

// The sentence for a resource that could not be shown: the same with and without --json.
QString resourceProblem(const CachedResource &r, const QString &what, const QString &scope,
                        const ResourceSession &s)
{
    if (r.errorKind == ControlPlaneErrorKind::NotFound)
        return QStringLiteral("%1 was not found on connection '%2' (the control plane answered "
                              "404%3).")
            .arg(what, s.connection,
                 r.errorCode.isEmpty() ? QString() : QStringLiteral(" ") + r.errorCode);
    if (r.errorKind == ControlPlaneErrorKind::Forbidden
        && (r.errorCode == u"AB03" || r.errorCode.isEmpty()))
        // portkey-api.md 1.4: "Many endpoints return AB03 when a resource ... doesn't exist in
        // the workspace."
        return QStringLiteral("%1 was not found on connection '%2' (the control plane answered "
                              "403 AB03, which Portkey sends for a resource that does not exist "
                              "in the workspace; if it does exist, the API key lacks the scope "
                              "%3).")
            .arg(what, s.connection, scope);
    if (s.offline)
        return QStringLiteral("%1 is not in the cache of connection '%2' (--offline reads only "
                              "the cache, filled when the control plane is reached; run the "
                              "command once without --offline).")
            .arg(what, s.connection);
    if (r.errorKind == ControlPlaneErrorKind::Unreachable
        || r.errorKind == ControlPlaneErrorKind::Timeout)
        return QStringLiteral("%1 No cached copy of %2 to show.").arg(r.error, what);
    return r.error;
}

// Prints the failure (stderr; with --json also a JSON object on stdout) and returns 1.
int resourceFailed(const QString &sentence, const ResourceSession &s)
{
    if (s.json)
        printLine({{QStringLiteral("connection"), s.connection},
                   {QStringLiteral("ok"), false},
                   {QStringLiteral("error"), sentence}});
    printError(sentence);
    return 1;
}

// Where a shown resource came from, for --json, and a line on stderr when it is the cached
// copy: its age and why the server was not asked.
QJsonObject provenance(const CachedResource &r, const ResourceSession &s)
{
    const bool cached = r.fromCache || r.stale;
    if (cached)
        std::fprintf(
            stderr, "gatescope-cli: the cached copy, %s (%s)\n", qPrintable(r.ageText()),
            qPrintable(
                s.offline
                    ? QStringLiteral("--offline")
                    : QStringLiteral("the control plane could not be asked: %1").arg(r.error)));
    return {{QStringLiteral("connection"), s.connection},
            {QStringLiteral("ok"), true},
            {QStringLiteral("source"), cached ? QStringLiteral("cache") : QStringLiteral("server")},
            {QStringLiteral("fetched_at"),
             r.fetchedAt.isValid() ? QJsonValue(iso(r.fetchedAt)) : QJsonValue()},
            {QStringLiteral("age_seconds"),
             r.fetchedAt.isValid() ? QJsonValue(r.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()))
                                   : QJsonValue()}};
}

void printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

// Columns padded to the widest cell, a header line first.
void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        printText(text + u'\n');
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

// A config's children: targets, or options in the earlier config form.
QJsonArray childTargets(const QJsonObject &node)
{
    return node.contains(u"targets") ? node.value(u"targets").toArray()
                                     : node.value(u"options").toArray();
}

// A served-target path in any of its spellings: config.targets[1].targets[0] (the gateway's),
// $.config.options[0] (the spec's example, 16.11), targets[1]. The target indexes, or nullopt.
std::optional<QList<int>> targetPath(const QString &text)
{
    QString rest = text.trimmed();
    if (rest.startsWith(u"$"))
        rest = rest.mid(1);
    if (rest.startsWith(u"."))
        rest = rest.mid(1);
    if (rest.startsWith(u"config"))
        rest = rest.mid(6);
    static const QRegularExpression step(QStringLiteral("^\\.?(?:targets|options)\\[(\\d+)\\]"));
    QList<int> indexes;
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch m = step.match(rest);
        if (!m.hasMatch())
            return std::nullopt;
        indexes << m.captured(1).toInt();
        rest = rest.mid(m.capturedLength());
    }
    return indexes;
}

QString canonicalPath(const QList<int> &indexes)
{
    QString path = QStringLiteral("config");
    for (int i : indexes)
        path += QStringLiteral(".targets[%1]").arg(i);
    return path;
}

// One line for a config node: its strategy and where it sends requests.
QString nodeSummary(const QJsonObject &node)
{
    QStringList parts;
    if (node.contains(u"name"))
        parts << QStringLiteral("name %1").arg(node.value(u"name").toString());
    const QString mode = node.value(u"strategy")
                             .toObject()
                             .value(u"mode")
                             .toString(node.value(u"mode").toString());
    if (!mode.isEmpty())
        parts << QStringLiteral("strategy %1").arg(mode);
    const QJsonArray codes = node.value(u"strategy").toObject().value(u"on_status_codes").toArray();
    if (!codes.isEmpty())
        parts << QStringLiteral("on %1").arg(ControlPlaneJson::compactText(codes));
    for (const char *key : {"provider", "virtual_key", "prompt_id", "custom_host", "weight"}) {
        const QString k = QString::fromLatin1(key);
        if (node.contains(k))
            parts << QStringLiteral("%1 %2").arg(QString(k).replace(u'_', u' '),
                                                 ControlPlaneJson::compactText(node.value(k)));
    }
    const QString model = node.value(u"override_params").toObject().value(u"model").toString();
    if (!model.isEmpty())
        parts << QStringLiteral("model %1").arg(model);
    const QJsonObject retry = node.value(u"retry").toObject();
    if (!retry.isEmpty())
        parts << QStringLiteral("retry %1 attempts%2")
                     .arg(ControlPlaneJson::toInteger(retry.value(u"attempts"), 0))
                     .arg(retry.contains(u"on_status_codes") ? QStringLiteral(" on %1").arg(
                              ControlPlaneJson::compactText(retry.value(u"on_status_codes")))
                                                             : QString());
    const QJsonObject cache = node.value(u"cache").toObject();
    if (!cache.isEmpty())
        parts << QStringLiteral("cache %1%2")
                     .arg(cache.value(u"mode").toString(),
                          cache.contains(u"max_age")
                              ? QStringLiteral(" max age %1 s")
                                    .arg(ControlPlaneJson::toInteger(cache.value(u"max_age")))
                              : QString());
    return parts.join(QStringLiteral(", "));
}

// The tree as text, and every target flattened (with its canonical path) for --json.
void walkConfig(const QJsonObject &node, const QList<int> &at,
                const std::optional<QList<int>> &served, int depth, QString *text,
                QJsonArray *targets)
{
    const bool isServed = served && *served == at && !at.isEmpty();
    const QString label = at.isEmpty() ? QString() : QStringLiteral("[%1]  ").arg(at.constLast());
    *text += QString(depth * 2, u' ') + label + nodeSummary(node)
        + (isServed ? QStringLiteral("  <- served this request") : QString()) + u'\n';
    if (!at.isEmpty()) {
        QJsonObject target = node;
        target.remove(QStringLiteral("targets"));
        target.remove(QStringLiteral("options"));
        targets->append(QJsonObject {{QStringLiteral("path"), canonicalPath(at)},
                                     {QStringLiteral("served"), isServed},
                                     {QStringLiteral("target"), target}});
    }
    const QJsonArray children = childTargets(node);
    for (int i = 0; i < children.size(); ++i)
        walkConfig(children.at(i).toObject(), QList<int>(at) << i, served, depth + 1, text,
                   targets);
}

int configShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("show"), QString());
    parser.addPositionalArgument(QStringLiteral("SLUG"),
                                 QStringLiteral("The config's slug (pc-...)."));
    addResourceOptions(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("served"),
        QStringLiteral("Mark the target that served a request: config.targets[1] (the "
                       "gateway's form) or $.config.options[1]."),
        QStringLiteral("PATH")));
    if (const int status = parse(parser, QStringLiteral("config show"), arguments); status >= 0)
        return status;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        printError(QStringLiteral("config show: give one SLUG"));
        return kUsageError;
    }
    std::optional<QList<int>> served;
    if (parser.isSet(QStringLiteral("served"))) {
        served = targetPath(parser.value(QStringLiteral("served")));
        if (!served) {
            printError(QStringLiteral("config show: --served %1 is not a target path (such as "
                                      "config.targets[1] or $.config.options[1])")
                           .arg(parser.value(QStringLiteral("served"))));
            return kUsageError;
        }
    }
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("config show"), &s))
        return 1;
    const QString slug = positional.first();
    const CachedResource r = s.resources->config(slug);
    const QString what = QStringLiteral("config '%1'").arg(slug);
    if (!r.ok)
        return resourceFailed(resourceProblem(r, what, QStringLiteral("configs.read"), s), s);
    const QJsonObject config = r.value.toObject();
    QString text;
    QJsonArray targets;
    walkConfig(config, {}, served, 0, &text, &targets);
    bool servedFound = !served || served->isEmpty();
    for (const QJsonValue &t : std::as_const(targets))
        servedFound = servedFound || t.toObject().value(u"served").toBool();
    QJsonObject out = provenance(r, s);
    if (s.json) {
        out.insert(QStringLiteral("slug"), slug);
        out.insert(QStringLiteral("config"), config);
        out.insert(QStringLiteral("targets"), targets);
        out.insert(QStringLiteral("served_path"),
                   served && servedFound ? QJsonValue(canonicalPath(*served)) : QJsonValue());
        printLine(out);
    } else {
        printText(QStringLiteral("config %1\n").arg(slug) + text);
    }
    if (!servedFound)
        printError(QStringLiteral("config %1 has no target %2").arg(slug, canonicalPath(*served)));
    return 0;
}

int configList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("list"), QString());
    addResourceOptions(parser);
    if (const int status = parse(parser, QStringLiteral("config list"), arguments); status >= 0)
        return status;
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("config list"), &s))
        return 1;
    const CachedResource r = s.resources->configList();
    if (!r.ok)
        return resourceFailed(resourceProblem(r, QStringLiteral("the list of configs"),
                                              QStringLiteral("configs.list"), s),
                              s);
    QJsonObject out = provenance(r, s);
    QJsonArray configs;
    QList<QStringList> rows;
    for (const QJsonValue &v : r.value.toArray()) {
        const QJsonObject c = v.toObject();
        const bool isDefault = ControlPlaneJson::toInteger(c.value(u"is_default"), 0) != 0
            || c.value(u"is_default").toBool();
        configs.append(QJsonObject {
            {QStringLiteral("slug"), c.value(u"slug").toString()},
            {QStringLiteral("name"), c.value(u"name").toString()},
            {QStringLiteral("status"), c.value(u"status").toString()},
            {QStringLiteral("default"), isDefault},
            {QStringLiteral("last_updated_at"), c.value(u"last_updated_at").toString()}});
        rows << QStringList {c.value(u"slug").toString(), c.value(u"name").toString(),
                             c.value(u"status").toString(),
                             isDefault ? QStringLiteral("yes") : QString()};
    }
    if (s.json) {
        out.insert(QStringLiteral("configs"), configs);
        printLine(out);
    } else {
        printTable({QStringLiteral("SLUG"), QStringLiteral("NAME"), QStringLiteral("STATUS"),
                    QStringLiteral("DEFAULT")},
                   rows);
    }
    return 0;
}

// {{name}} in a prompt template; {{#section}}, {{/section}}, {{^x}} and {{!comment}} are not.
QStringList templateVariables(const QString &text)
{
    static const QRegularExpression variable(
        QStringLiteral("\\{\\{\\s*([^#/^!>{}\\s][^{}]*?)\\s*\\}\\}"));
    QStringList names;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

// The prompt's messages with the variables filled in, from the template alone: what the
// server's render gives, for when it cannot be asked. {{#system}}..{{/system}} and the like
// are messages; a template without them is one user message.
QJsonArray renderLocally(const QString &text, const QJsonObject &variables)
{
    static const QRegularExpression variable(
        QStringLiteral("\\{\\{\\s*([^#/^!>{}\\s][^{}]*?)\\s*\\}\\}"));
    const auto fill = [&](const QString &part) -> QString {
        QString out;
        qsizetype last = 0;
        for (auto it = variable.globalMatch(part); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += part.mid(last, m.capturedStart() - last)
                + variables.value(m.captured(1)).toString();
            last = m.capturedEnd();
        }
        return out + part.mid(last);
    };
    static const QRegularExpression block(
        QStringLiteral("\\{\\{#(system|user|assistant)\\}\\}(.*?)\\{\\{/\\1\\}\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    QJsonArray messages;
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        messages.append(QJsonObject {{QStringLiteral("role"), m.captured(1)},
                                     {QStringLiteral("content"), fill(m.captured(2).trimmed())}});
    }
    if (messages.isEmpty())
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                     {QStringLiteral("content"), fill(text.trimmed())}});
    return messages;
}

// ID, or ID@N with --version N (portkey-api.md 9: {promptId}@12 is version 12).
std::optional<QString> promptKey(const QCommandLineParser &parser, const QString &command)
{
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        printError(QStringLiteral("%1: give one prompt ID").arg(command));
        return std::nullopt;
    }
    QString key = positional.first();
    if (parser.isSet(QStringLiteral("version"))) {
        bool ok = false;
        const int version = parser.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1 || key.contains(u'@')) {
            printError(QStringLiteral("%1: --version takes a version number (1, 2, ...), and "
                                      "the ID then has no @")
                           .arg(command));
            return std::nullopt;
        }
        key += QStringLiteral("@%1").arg(version);
    }
    return key;
}

QCommandLineOption versionOption()
{
    return QCommandLineOption(QStringLiteral("version"),
                              QStringLiteral("That version of the prompt (default: the "
                                             "published one)."),
                              QStringLiteral("N"));
}

int promptShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("show"), QString());
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The prompt's id (pp-...)."));
    addResourceOptions(parser);
    parser.addOption(versionOption());
    if (const int status = parse(parser, QStringLiteral("prompt show"), arguments); status >= 0)
        return status;
    const std::optional<QString> key = promptKey(parser, QStringLiteral("prompt show"));
    if (!key)
        return kUsageError;
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("prompt show"), &s))
        return 1;
    const CachedResource r = s.resources->prompt(*key);
    if (!r.ok)
        return resourceFailed(resourceProblem(r, QStringLiteral("prompt '%1'").arg(*key),
                                              QStringLiteral("prompts.read"), s),
                              s);
    const QJsonObject prompt = r.value.toObject();
    const QString text = prompt.value(u"string").toString();
    const QStringList variables = templateVariables(text);
    QJsonObject out = provenance(r, s);
    if (s.json) {
        out.insert(QStringLiteral("id"), *key);
        out.insert(QStringLiteral("prompt"), prompt);
        out.insert(QStringLiteral("variables"), QJsonArray::fromStringList(variables));
        printLine(out);
        return 0;
    }
    QString lines = QStringLiteral("prompt %1").arg(prompt.value(u"slug").toString(*key));
    if (prompt.contains(u"name"))
        lines += QStringLiteral(" \"%1\"").arg(prompt.value(u"name").toString());
    lines += u'\n';
    if (prompt.contains(u"prompt_version"))
        lines += QStringLiteral("version %1 (%2)\n")
                     .arg(ControlPlaneJson::toInteger(prompt.value(u"prompt_version")))
                     .arg(prompt.value(u"prompt_version_status").toString());
    for (const char *key : {"model", "virtual_key", "status"}) {
        const QString k = QString::fromLatin1(key);
        if (prompt.contains(k))
            lines += QStringLiteral("%1: %2\n")
                         .arg(QString(k).replace(u'_', u' '),
                              ControlPlaneJson::compactText(prompt.value(k)));
    }
    if (prompt.contains(u"parameters"))
        lines += QStringLiteral("parameters: %1\n")
                     .arg(ControlPlaneJson::compactText(prompt.value(u"parameters")));
    lines += QStringLiteral("variables: %1\n")
                 .arg(variables.isEmpty() ? QStringLiteral("none") : variables.join(u", "));
    lines += QStringLiteral("template:\n%1\n").arg(text);
    printText(lines);
    return 0;
}

int promptRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("render"), QString());
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The prompt's id (pp-...)."));
    addResourceOptions(parser);
    parser.addOption(versionOption());
    parser.addOption(QCommandLineOption(QStringLiteral("var"),
                                        QStringLiteral("A variable's value; repeatable."),
                                        QStringLiteral("NAME=VALUE")));
    if (const int status = parse(parser, QStringLiteral("prompt render"), arguments); status >= 0)
        return status;
    const std::optional<QString> key = promptKey(parser, QStringLiteral("prompt render"));
    if (!key)
        return kUsageError;
    QJsonObject variables;
    for (const QString &v : parser.values(QStringLiteral("var"))) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq <= 0) {
            printError(QStringLiteral("prompt render: --var %1 is not NAME=VALUE").arg(v));
            return kUsageError;
        }
        variables.insert(v.left(eq), v.mid(eq + 1));
    }
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("prompt render"), &s))
        return 1;
    const QString what = QStringLiteral("prompt '%1'").arg(*key);
    QJsonObject request;
    QJsonObject out;
    bool rendered = false;
    if (!s.offline) {
        const ControlPlaneResponse r = s.client->renderPrompt(*key, variables, &request);
        if (r.ok()) {
            rendered = true;
            out = {{QStringLiteral("connection"), s.connection},
                   {QStringLiteral("ok"), true},
                   {QStringLiteral("source"), QStringLiteral("server")}};
        } else if (!r.error.transient() && r.error.kind != ControlPlaneErrorKind::Tls) {
            CachedResource failed;
            failed.error = r.error.message;
            failed.errorKind = r.error.kind;
            failed.httpStatus = r.error.httpStatus;
            failed.errorCode = r.error.code;
            return resourceFailed(
                resourceProblem(failed, what, QStringLiteral("prompts.render"), s), s);
        }
    }
    if (!rendered) {
        // Offline: from the cached template, as the server would fill it.
        const CachedResource cached = s.resources->prompt(*key);
        if (!cached.ok)
            return resourceFailed(
                resourceProblem(cached, what, QStringLiteral("prompts.render"), s), s);
        out = provenance(cached, s);
        out.insert(QStringLiteral("rendered_locally"), true);
        const QJsonObject prompt = cached.value.toObject();
        request = prompt.value(u"parameters").toObject();
        if (prompt.contains(u"model"))
            request.insert(QStringLiteral("model"), prompt.value(u"model"));
        request.insert(QStringLiteral("messages"),
                       renderLocally(prompt.value(u"string").toString(), variables));
        const QStringList missing = [&] {
            QStringList names;
            for (const QString &name : templateVariables(prompt.value(u"string").toString()))
                if (!variables.contains(name))
                    names << name;
            return names;
        }();
        if (!missing.isEmpty())
            printError(QStringLiteral("no value for %1 (--var NAME=VALUE); left empty")
                           .arg(missing.join(u", ")));
    }
    if (s.json) {
        out.insert(QStringLiteral("id"), *key);
        out.insert(QStringLiteral("request"), request);
        printLine(out);
        return 0;
    }
    QString lines;
    for (const QJsonValue &m : request.value(u"messages").toArray()) {
        const QJsonObject message = m.toObject();
        const QJsonValue content = message.value(u"content");
        lines += QStringLiteral("%1: %2\n")
                     .arg(message.value(u"role").toString(),
                          content.isString() ? content.toString()
                                             : ControlPlaneJson::compactText(content));
    }
    if (request.contains(u"prompt"))
        lines += request.value(u"prompt").toString() + u'\n';
    QJsonObject parameters = request;
    parameters.remove(QStringLiteral("messages"));
    parameters.remove(QStringLiteral("prompt"));
    if (!parameters.isEmpty())
        lines += QStringLiteral("parameters: %1\n").arg(ControlPlaneJson::compactText(parameters));
    printText(lines);
    return 0;
}

int virtualKeyList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("list"), QString());
    addResourceOptions(parser);
    if (const int status = parse(parser, QStringLiteral("virtual-key list"), arguments);
        status >= 0)
        return status;
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("virtual-key list"), &s))
        return 1;
    const CachedResource r = s.resources->virtualKeyList();
    if (!r.ok)
        return resourceFailed(resourceProblem(r, QStringLiteral("the list of virtual keys"),
                                              QStringLiteral("virtual_keys.list"), s),
                              s);
    QJsonObject out = provenance(r, s);
    QJsonArray keys;
    QList<QStringList> rows;
    for (const QJsonValue &v : r.value.toArray()) {
        const QJsonObject k = v.toObject();
        const QString status = k.value(u"status").toString();
        // "archived" is the docs' word, not in the spec's enum (portkey-api.md 10, 16.15).
        const bool archived = status == u"archived" || k.value(u"archived").toBool()
            || k.value(u"is_archived").toBool();
        keys.append(QJsonObject {{QStringLiteral("name"), k.value(u"name").toString()},
                                 {QStringLiteral("slug"), k.value(u"slug").toString()},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("archived"), archived}});
        rows << QStringList {k.value(u"name").toString(), k.value(u"slug").toString(), status,
                             archived ? QStringLiteral("yes") : QStringLiteral("no")};
    }
    if (s.json) {
        out.insert(QStringLiteral("virtual_keys"), keys);
        printLine(out);
    } else {
        printTable({QStringLiteral("NAME"), QStringLiteral("SLUG"), QStringLiteral("STATUS"),
                    QStringLiteral("ARCHIVED")},
                   rows);
    }
    return 0;
}

} // namespace

int config(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"show")
        return configShow(arguments);
    if (sub == u"list")
        return configList(arguments);
    printError(QStringLiteral("config: show or list ('config show --help')"));
    return kUsageError;
}

int prompt(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"show")
        return promptShow(arguments);
    if (sub == u"render")
        return promptRender(arguments);
    printError(QStringLiteral("prompt: show or render ('prompt show --help')"));
    return kUsageError;
}

int virtualKey(const QStringList &arguments)
{
    if (arguments.value(0) == u"list")
        return virtualKeyList(arguments);
    printError(QStringLiteral("virtual-key: list ('virtual-key list --help')"));
    return kUsageError;
}

} // namespace CliCommands
