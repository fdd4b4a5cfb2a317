// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

class ControlPlaneClient;
class LogStore;
struct ConnectionCredentials;

// What every gatescope-cli subcommand shares: argument parsing with --help and the --db option.
namespace CliSupport {

constexpr int kUsageError = 2;

// Parses a subcommand's arguments. Returns -1 to go on, or the exit status to return now
// (0 after --help, 2 after a usage error, reported on stderr).
int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// --db DB, whose help names the default store.
QCommandLineOption dbOption();

// A store as gatescope-cli prints it: a file path as given, a PostgreSQL URL as
// user@host:port/dbname (StorePasswords::account: never a password, never the URL's options).
QString storeForDisplay(const QString &location);
// "cannot open the store X: why" with X as storeForDisplay() shows it, also where the store's
// own reason quotes the location.
QString cannotOpenStore(const QString &location, const QString &error);

// "gatescope-cli: MESSAGE" on stderr.
void printError(const QString &message);
// One line on stdout, flushed (a pipe reader sees each summary as it comes).
void printLine(const QByteArray &line);
// One JSON object as one compact line on stdout.
void printJson(const QJsonObject &object);
// Text as UTF-8 on stdout, as it is (no line break added).
void printText(const QString &text);
// The store --db names (else the default one), or null after printing why it cannot be opened.
// A SQLite file that does not exist yet is created (for the commands that put logs in).
std::unique_ptr<LogStore> openStore(const QCommandLineParser &parser);
// The same for the commands that read or change logs already stored: a SQLite file that does not
// exist is an error (a typo in --db must not export nothing and leave an empty store behind).
std::unique_ptr<LogStore> openExistingStore(const QCommandLineParser &parser);

// A time as gatescope-cli prints it: ISO-8601 in UTC with milliseconds.
QString iso(const QDateTime &t);
// --filter EXPR (the filter language); `what` says which logs, e.g. "Only logs matching EXPR".
QCommandLineOption filterOption(const QString &what = QString());
// The filter checked before any work, so that a typo is reported with its position (the
// expression with a caret under the bad term on stderr). False after printing it.
bool checkFilter(LogStore &store, const QString &filter);
// --connection NAME.
QCommandLineOption connectionOption();
// The named connection with its key, or nothing after printing why not.
std::optional<ConnectionCredentials> credentialsFor(const QString &name);
// A client for the named connection, or null after printing why not.
std::unique_ptr<ControlPlaneClient> clientFor(const QString &name);

} // namespace CliSupport
