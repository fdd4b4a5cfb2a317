#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

// What every gatescope-cli subcommand shares: argument parsing with --help and the --db option.
namespace CliSupport {

constexpr int kUsageError = 2;

// Parses a subcommand's arguments. Returns -1 to go on, or the exit status to return now
// (0 after --help, 2 after a usage error, reported on stderr).
int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// --db DB, whose help names the default store.
QCommandLineOption dbOption();

} // namespace CliSupport
