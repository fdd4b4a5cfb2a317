// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentioncommands.h"

#include "clisupport.h"
#include "progressprinter.h"

#include "logstore.h"
#include "retention.h"
#include "storeprogress.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cstdio>
#include <functional>
#include <memory>

#include <unistd.h>

namespace RetentionCommands {

namespace {

using CliSupport::openExistingStore;
using CliSupport::printError;

QCommandLineOption yesOption()
{
    return QCommandLineOption(QStringLiteral("yes"),
                              QStringLiteral("Remove without asking (the count is still shown)."));
}

void say(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

// --yes, or y typed on a terminal; without a terminal to ask on, no.
bool confirmed(const QCommandLineParser &parser, const QString &question, const QString &command)
{
    if (parser.isSet(QStringLiteral("yes")))
        return true;
    if (!isatty(fileno(stdin))) {
        printError(QStringLiteral("%1: nothing was removed: confirm with --yes (there is no "
                                  "terminal to ask on)")
                       .arg(command));
        return false;
    }
    std::fputs(qPrintable(question + QStringLiteral(" [y/N] ")), stdout);
    std::fflush(stdout);
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y')) {
        say(QStringLiteral("Nothing was removed."));
        return false;
    }
    return true;
}

// Runs a removal with a progress line on stderr.
std::optional<qint64> withProgress(const QString &what, qint64 total,
                                   const std::function<std::optional<qint64>()> &work)
{
    ProgressPrinter progress(what);
    StoreProgress::Scope scope([&progress, total](qint64 done) {
        progress.update(done, total, QStringLiteral("%1 of %2 logs").arg(done).arg(total));
    });
    const std::optional<qint64> result = work();
    if (result)
        progress.finish(QStringLiteral("%1 logs").arg(*result));
    else
        progress.clear();
    return result;
}

} // namespace

int prune(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Delete the logs older than an age, with their bodies, images, feedback "
                       "and full-text entries, and give their space back. Shows how many first; "
                       "without --yes it asks on a terminal and refuses without one."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("older-than"),
                                        QStringLiteral("The age: 30d, 12h or 2w (default: the "
                                                       "store's retention policy)."),
                                        QStringLiteral("AGE")));
    parser.addOption(CliSupport::filterOption(QStringLiteral("Only logs that also match EXPR.")));
    parser.addOption(yesOption());
    if (const int status = CliSupport::parse(parser, QStringLiteral("prune"), arguments);
        status >= 0)
        return status;
    std::optional<qint64> age;
    QString error;
    if (parser.isSet(QStringLiteral("older-than"))) {
        age = Retention::parseAge(parser.value(QStringLiteral("older-than")), &error);
        if (!age) {
            printError(QStringLiteral("prune: %1").arg(error));
            return CliSupport::kUsageError;
        }
    }
    std::unique_ptr<LogStore> store = openExistingStore(parser);
    if (!store)
        return 1;
    QString ageText = parser.value(QStringLiteral("older-than"));
    if (!age) {
        const std::optional<int> days = Retention::keepDays(*store, &error);
        if (!days) {
            printError(error.isEmpty()
                           ? QStringLiteral("prune: give --older-than AGE (this store has no "
                                            "retention policy)")
                           : QStringLiteral("prune: %1").arg(error));
            return error.isEmpty() ? CliSupport::kUsageError : 1;
        }
        age = qint64(*days) * 86400;
        ageText = QStringLiteral("%1d (the store's retention policy)").arg(*days);
    }
    const QString extra = parser.value(QStringLiteral("filter"));
    if (!CliSupport::checkFilter(*store, extra))
        return CliSupport::kUsageError;
    const QString filter = Retention::olderThanFilter(*age, QDateTime::currentDateTimeUtc(), extra);
    const std::optional<qint64> count = store->count(filter, &error);
    if (!count) {
        printError(QStringLiteral("prune: %1").arg(error));
        return 1;
    }
    const QString shown = CliSupport::storeForDisplay(store->location());
    if (*count == 0) {
        say(QStringLiteral("No logs older than %1 in %2: nothing to delete.").arg(ageText, shown));
        return 0;
    }
    say(QStringLiteral("%1 logs older than %2 (%3) in %4 would be deleted.")
            .arg(*count)
            .arg(ageText, filter, shown));
    if (!confirmed(parser, QStringLiteral("Delete these %1 logs?").arg(*count),
                   QStringLiteral("prune")))
        return 1;
    const std::optional<qint64> removed = withProgress(
        QStringLiteral("Deleting"), *count, [&] { return store->deleteLogs(filter, &error); });
    if (!removed) {
        printError(QStringLiteral("prune: %1").arg(error));
        return 1;
    }
    say(QStringLiteral("Deleted %1 logs.").arg(*removed));
    return 0;
}

int forget(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Remove the content of the logs a filter selects: request and response "
                       "bodies, the source record, images and their full-text entries. Their "
                       "statistics (time, model, tokens, cost, latency, status, feedback) stay; "
                       "they are then shown like Do-Not-Track logs. Shows how many first; "
                       "without --yes it asks on a terminal and refuses without one."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("filter"), QStringLiteral("The logs (required)."), QStringLiteral("EXPR")));
    parser.addOption(yesOption());
    if (const int status = CliSupport::parse(parser, QStringLiteral("forget"), arguments);
        status >= 0)
        return status;
    const QString filter = parser.value(QStringLiteral("filter")).trimmed();
    if (filter.isEmpty()) {
        printError(QStringLiteral("forget: give --filter EXPR (the logs whose content to remove)"));
        return CliSupport::kUsageError;
    }
    std::unique_ptr<LogStore> store = openExistingStore(parser);
    if (!store)
        return 1;
    if (!CliSupport::checkFilter(*store, filter))
        return CliSupport::kUsageError;
    QString error;
    // Logs that still have content are tracked ones: Do-Not-Track and forgotten logs have none.
    const std::optional<qint64> count
        = store->count(filter + QStringLiteral(" tracked:true"), &error);
    if (!count) {
        printError(QStringLiteral("forget: %1").arg(error));
        return 1;
    }
    const QString shown = CliSupport::storeForDisplay(store->location());
    if (*count == 0) {
        say(QStringLiteral("No logs with content match '%1' in %2: nothing to remove.")
                .arg(filter, shown));
        return 0;
    }
    say(QStringLiteral("%1 logs matching '%2' in %3 would lose their content (bodies, source "
                       "record, images); their statistics stay.")
            .arg(*count)
            .arg(filter, shown));
    if (!confirmed(parser, QStringLiteral("Remove the content of these %1 logs?").arg(*count),
                   QStringLiteral("forget")))
        return 1;
    const std::optional<qint64> removed
        = withProgress(QStringLiteral("Removing content"), *count,
                       [&] { return store->forgetContent(filter, &error); });
    if (!removed) {
        printError(QStringLiteral("forget: %1").arg(error));
        return 1;
    }
    say(QStringLiteral("Removed the content of %1 logs.").arg(*removed));
    return 0;
}

int retention(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show or set the store's retention policy: how many days logs are kept "
                       "(off: forever). The app applies it at start and once a day; "
                       "gatescope-cli prune applies it on demand. Setting it removes nothing."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("days"),
                                        QStringLiteral("Keep logs N days, or 'off'."),
                                        QStringLiteral("N")));
    if (const int status = CliSupport::parse(parser, QStringLiteral("retention"), arguments);
        status >= 0)
        return status;
    std::optional<int> days;
    const bool set = parser.isSet(QStringLiteral("days"));
    if (set) {
        const QString value = parser.value(QStringLiteral("days")).trimmed().toLower();
        if (value != u"off") {
            bool ok = false;
            days = value.toInt(&ok);
            if (!ok || *days <= 0) {
                printError(QStringLiteral("retention: --days takes a number of days (1 or more) "
                                          "or 'off', got '%1'")
                               .arg(parser.value(QStringLiteral("days"))));
                return CliSupport::kUsageError;
            }
        }
    }
    std::unique_ptr<LogStore> store = openExistingStore(parser);
    if (!store)
        return 1;
    QString error;
    if (set && !Retention::setKeepDays(*store, days, &error)) {
        printError(QStringLiteral("retention: %1").arg(error));
        return 1;
    }
    const QString shown = CliSupport::storeForDisplay(store->location());
    if (!set) {
        days = Retention::keepDays(*store, &error);
        if (!error.isEmpty()) {
            printError(QStringLiteral("retention: %1").arg(error));
            return 1;
        }
    }
    if (!days) {
        say(QStringLiteral("Logs in %1 are kept forever (no retention policy).").arg(shown));
        return 0;
    }
    const std::optional<qint64> due = Retention::dueCount(*store, &error);
    if (!due) {
        printError(QStringLiteral("retention: %1").arg(error));
        return 1;
    }
    say(QStringLiteral("Logs in %1 are kept for %2 days. %3 logs are older now; they are deleted "
                       "when the app starts, once a day while it runs, or by gatescope-cli "
                       "prune.")
            .arg(shown)
            .arg(*days)
            .arg(*due));
    return 0;
}

} // namespace RetentionCommands
