#include "clisupport.h"

#include "logstore.h"

#include <cstdio>

namespace CliSupport {

int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.setApplicationDescription(QStringLiteral("gatescope-cli %1").arg(command));
    parser.addHelpOption();
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("gatescope-cli %1").arg(command));
    if (!parser.parse(argv)) {
        std::fprintf(stderr, "gatescope-cli %s: %s\n", qPrintable(command),
                     qPrintable(parser.errorText()));
        return kUsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
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

} // namespace CliSupport
