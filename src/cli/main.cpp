// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturecommands.h"
#include "clicommands.h"
#include "controlplanecommands.h"
#include "costcommands.h"
#include "peercommands.h"
#include "retentioncommands.h"
#include "reviewcommands.h"
#include "storepasswords.h"
#include "viewcommands.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char kUsage[] = "Usage: gatescope-cli COMMAND [OPTIONS]\n"
                      "\n"
                      "Commands:\n"
                      "  import [--db DB] [--format F] FILE...   import log files\n"
                      "  query  [--db DB] [--filter EXPR] [--limit N] [--json]\n"
                      "  export [--db DB] [--filter EXPR] [--format gatescope|csv] --out FILE\n"
                      "  stats  [--db DB] [--filter EXPR] [--json]\n"
                      "  diff   [--db DB] ID1 ID2 [--json]  compare two logs, and why one\n"
                      "         missed the cache\n"
                      "  dataset [--db DB] [--filter EXPR] --format openai-chat|eval|csv\n"
                      "         --out FILE  logs as a fine-tuning or evaluation dataset\n"
                      "  review [--db DB] [--filter EXPR] [--reviewer NAME]  give feedback\n"
                      "         to the logs without any, one at a time (answers on stdin)\n"
                      "  reprice [--db DB] [--filter EXPR] [--dry-run]  recompute estimated\n"
                      "         costs after the pricing table changed\n"
                      "  prune  [--db DB] --older-than 30d [--filter EXPR] [--yes]  delete\n"
                      "         old logs (the count is shown first)\n"
                      "  forget [--db DB] --filter EXPR [--yes]  remove the content of logs,\n"
                      "         keep their statistics\n"
                      "  retention [--db DB] [--days N|off]  the store's retention policy\n"
                      "  views  [--db DB] [--json]  saved views with counts and links;\n"
                      "         views save NAME --filter EXPR [--sort COL[:asc|desc]],\n"
                      "         views rename NAME NEW, views delete NAME\n"
                      "  demo   [--db DB] [--count N] [--seed S]  fill a store with demo data\n"
                      "  collect --gateway URL [--admin-token T] [--db DB]  store a gateway's\n"
                      "         live log stream until SIGINT/SIGTERM\n"
                      "  record --upstream URL [--listen HOST:PORT] [--db DB]  a recording proxy\n"
                      "  connection add|list|remove  Portkey control-plane connections\n"
                      "  sync   --connection NAME [--since T] [--until T] [--db DB]  logs\n"
                      "         from the control plane through export jobs (Enterprise plan)\n"
                      "  fetch  --connection NAME [--db DB] LOG_ID  one log by id\n"
                      "  feedback --connection NAME LOG_ID --value N | --push  feedback,\n"
                      "         queued while the control plane cannot be reached\n"
                      "  config show SLUG | config list --connection NAME  saved configs\n"
                      "  prompt show ID [--version N] | prompt render ID --var K=V\n"
                      "  virtual-key list --connection NAME  names, status, archived\n"
                      "         (these take --json, and --offline for the cached copy)\n"
                      "\n"
                      "DB is a SQLite file path (default: the application data folder, or\n"
                      "$GATESCOPE_DB when set) or postgresql://user@host:port/dbname, whose\n"
                      "password comes from PGPASSWORD, the system keychain (saved by the app's\n"
                      "File > Open Store) or ~/.pgpass, never from the URL.\n"
                      "'gatescope-cli COMMAND --help' for details.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatescope"));
    QCoreApplication::setOrganizationName(QStringLiteral("gatescope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATESCOPE_VERSION));
    StorePasswords::install(); // a PostgreSQL store's password saved by the app, if any

    QStringList args = app.arguments();
    args.removeFirst();
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == u"import")
        return CliCommands::importFiles(args);
    if (command == u"query")
        return CliCommands::query(args);
    if (command == u"export")
        return CliCommands::exportLogs(args);
    if (command == u"stats")
        return CliCommands::stats(args);
    if (command == u"diff")
        return PeerCommands::diff(args);
    if (command == u"dataset")
        return PeerCommands::dataset(args);
    if (command == u"review")
        return ReviewCommands::review(args);
    if (command == u"reprice")
        return CostCommands::reprice(args);
    if (command == u"prune")
        return RetentionCommands::prune(args);
    if (command == u"forget")
        return RetentionCommands::forget(args);
    if (command == u"retention")
        return RetentionCommands::retention(args);
    if (command == u"views")
        return ViewCommands::views(args);
    if (command == u"demo")
        return CliCommands::demo(args);
    if (command == u"collect")
        return CliCommands::collect(args);
    if (command == u"record")
        return CliCommands::record(args);
    if (command == u"connection")
        return CliCommands::connection(args);
    if (command == u"sync")
        return CliCommands::sync(args);
    if (command == u"fetch")
        return CliCommands::fetchLog(args);
    if (command == u"feedback")
        return CliCommands::feedback(args);
    if (command == u"config")
        return CliCommands::config(args);
    if (command == u"prompt")
        return CliCommands::prompt(args);
    if (command == u"virtual-key")
        return CliCommands::virtualKey(args);
    if (command == u"--version") {
        std::printf("gatescope-cli %s\n", GATESCOPE_VERSION);
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (!command.isEmpty())
        std::fprintf(stderr, "gatescope-cli: unknown command '%s'\n\n", qPrintable(command));
    std::fputs(kUsage, stderr);
    return 2;
}
