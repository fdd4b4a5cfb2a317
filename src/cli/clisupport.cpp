// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "connectioncredentials.h"
#include "controlplaneclient.h"
#include "logstore.h"
#include "storepasswords.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace CliSupport {

int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addHelpOption();
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("gatescope-cli %1").arg(command));
    if (!parser.parse(argv)) {
        std::fprintf(stderr, "gatescope-cli %s: %s\n", qPrintable(command),
                     qPrintable(parser.errorText()));
        return kUsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by the path it was started with; the usage line names the
        // command as it is typed.
        QString help = parser.helpText();
        const QString qtUsage
            = QStringLiteral("Usage: %1 ").arg(QCoreApplication::arguments().value(0));
        if (help.startsWith(qtUsage))
            help.replace(0, qtUsage.size(),
                         QStringLiteral("Usage: gatescope-cli %1 ").arg(command));
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    return -1;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("The store: a SQLite file path (default: %1) or "
                                             "postgresql://user@host:port/dbname (password: "
                                             "PGPASSWORD, the keychain or ~/.pgpass).")
                                  .arg(LogStore::defaultLocation()),
                              QStringLiteral("DB"));
}

QString storeForDisplay(const QString &location)
{
    // Anything with a scheme is a URL that may carry a password; only what account() reads of
    // it is shown.
    if (!location.contains(u"://"))
        return location;
    const QString account = StorePasswords::account(location);
    return account.isEmpty() ? QStringLiteral("(not a valid PostgreSQL URL)") : account;
}

QString cannotOpenStore(const QString &location, const QString &error)
{
    const QString shown = storeForDisplay(location);
    QString why = error;
    if (!location.isEmpty())
        why.replace(location, shown);
    return QStringLiteral("cannot open the store %1: %2").arg(shown, why);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "gatescope-cli: %s\n", qPrintable(message));
}

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject &object)
{
    printLine(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

namespace {

QString storeLocation(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                              : LogStore::defaultLocation();
}

} // namespace

std::unique_ptr<LogStore> openExistingStore(const QCommandLineParser &parser)
{
    const QString location = storeLocation(parser);
    if (!LogStore::isPostgresLocation(location) && !location.isEmpty()
        && !QFileInfo::exists(location)) {
        printError(QStringLiteral("no store at %1: nothing was imported there (check --db, or "
                                  "import first: gatescope-cli import --db %1 FILE)")
                       .arg(location));
        return nullptr;
    }
    return openStore(parser);
}

std::unique_ptr<LogStore> openStore(const QCommandLineParser &parser)
{
    const QString location = storeLocation(parser);
    QString error;
    std::unique_ptr<LogStore> store = LogStore::open(location, &error);
    if (!store)
        printError(cannotOpenStore(location, error));
    return store;
}

QCommandLineOption filterOption(const QString &what)
{
    return QCommandLineOption(
        QStringLiteral("filter"),
        what.isEmpty() ? QStringLiteral("Only logs matching EXPR (the filter language).") : what,
        QStringLiteral("EXPR"));
}

bool checkFilter(LogStore &store, const QString &filter)
{
    if (const auto problem = store.checkFilter(filter)) {
        printError(QStringLiteral("bad filter at character %1: %2")
                       .arg(problem->position + 1)
                       .arg(problem->message));
        std::fprintf(stderr, "  %s\n  %s%s\n", qPrintable(filter),
                     QByteArray(problem->position, ' ').constData(),
                     QByteArray(qMax(1, problem->length), '^').constData());
        return false;
    }
    return true;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QCommandLineOption connectionOption()
{
    return QCommandLineOption(QStringLiteral("connection"),
                              QStringLiteral("The connection (see 'connection list')."),
                              QStringLiteral("NAME"));
}

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

std::unique_ptr<ControlPlaneClient> clientFor(const QString &name)
{
    const std::optional<ConnectionCredentials> credentials = credentialsFor(name);
    return credentials ? credentials->client() : nullptr;
}

} // namespace CliSupport
