// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewcommands.h"

#include "clisupport.h"

#include "logstore.h"
#include "savedviews.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace ViewCommands {

namespace {

using CliSupport::printError;
using CliSupport::printText;

int list(LogStore &store, bool json)
{
    QString error;
    const auto views = SavedViews(store).list(&error);
    if (!views) {
        printError(QStringLiteral("views: %1").arg(error));
        return 1;
    }
    QJsonArray rows;
    QList<QStringList> table;
    for (const SavedView &view : *views) {
        const std::optional<qint64> count = store.count(view.filter, &error);
        const QString countText = count ? QString::number(*count) : QStringLiteral("?");
        if (!count)
            printError(QStringLiteral("views: counting \"%1\" failed: %2").arg(view.name, error));
        QJsonObject o = view.toJson();
        o.insert(QStringLiteral("count"), count ? QJsonValue(double(*count)) : QJsonValue());
        o.insert(QStringLiteral("link"), view.toLink());
        rows.append(o);
        table.append({view.name, countText, view.toLink()});
    }
    if (json) {
        printText(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) + u'\n');
        return 0;
    }
    if (table.isEmpty()) {
        printText(QStringLiteral("No saved views. Save one with: gatescope-cli views save NAME "
                                 "--filter EXPR [--sort COL[:asc|desc]]\n"));
        return 0;
    }
    qsizetype nameWidth = 4, countWidth = 4;
    for (const QStringList &row : table) {
        nameWidth = qMax(nameWidth, row.at(0).size());
        countWidth = qMax(countWidth, row.at(1).size());
    }
    printText(QStringLiteral("NAME").leftJustified(nameWidth) + u"  "
              + QStringLiteral("LOGS").rightJustified(countWidth) + u"  LINK\n");
    for (const QStringList &row : table)
        printText(row.at(0).leftJustified(nameWidth) + u"  " + row.at(1).rightJustified(countWidth)
                  + u"  " + row.at(2) + u'\n');
    return 0;
}

} // namespace

int views(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliSupport::dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("filter"),
                                        QStringLiteral("save: the view's filter (the filter "
                                                       "language; empty: every log)."),
                                        QStringLiteral("EXPR")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("sort"),
        QStringLiteral("save: the column to sort by, %1, with :asc or :desc (default "
                       "time:desc).")
            .arg(SavedView::sortNames().join(QStringLiteral(", "))),
        QStringLiteral("COL[:asc|desc]")));
    parser.addOption(QCommandLineOption(QStringLiteral("columns"),
                                        QStringLiteral("save: the list's columns in order, e.g. "
                                                       "time,model,status,cost (default: as the "
                                                       "app shows them)."),
                                        QStringLiteral("COLS")));
    parser.addOption(QCommandLineOption(QStringLiteral("replace"),
                                        QStringLiteral("save: replace a view of the same name.")));
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QStringLiteral("list (the default): the views with their counts and links; save NAME; "
                       "rename NAME NEW-NAME; delete NAME."),
        QStringLiteral("[list|save NAME|rename NAME NEW|delete NAME]"));
    if (const int status = CliSupport::parse(parser, QStringLiteral("views"), arguments);
        status >= 0)
        return status;
    QStringList args = parser.positionalArguments();
    const QString action = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    const int wanted = action == u"list" ? 0 : action == u"rename" ? 2 : 1;
    if (action != u"list" && action != u"save" && action != u"rename" && action != u"delete") {
        printError(
            QStringLiteral("views: unknown action '%1' (list, save, rename, delete)").arg(action));
        return CliSupport::kUsageError;
    }
    if (args.size() != wanted) {
        printError(action == u"rename" ? QStringLiteral("views rename: give the name and the new "
                                                        "name")
                       : wanted == 0   ? QStringLiteral("views: list takes no name")
                                       : QStringLiteral("views %1: give one name "
                                                          "(quote a name with spaces)")
                                           .arg(action));
        return CliSupport::kUsageError;
    }
    SavedView view;
    if (action == u"save") {
        view.name = args.at(0);
        view.filter = parser.value(QStringLiteral("filter"));
        if (parser.isSet(QStringLiteral("sort"))
            && !SavedView::parseSort(parser.value(QStringLiteral("sort")), &view.sort,
                                     &view.descending)) {
            printError(QStringLiteral("views save: --sort is one of %1, with :asc or :desc")
                           .arg(SavedView::sortNames().join(QStringLiteral(", "))));
            return CliSupport::kUsageError;
        }
        if (parser.isSet(QStringLiteral("columns")))
            view.columns = parser.value(QStringLiteral("columns")).split(u',', Qt::SkipEmptyParts);
    }

    std::unique_ptr<LogStore> store = CliSupport::openStore(parser);
    if (!store)
        return 1;
    if (action == u"list")
        return list(*store, parser.isSet(QStringLiteral("json")));

    SavedViews views(*store);
    QString error;
    if (action == u"save") {
        // A view the store refuses for its shape (name, filter) is a usage error.
        if (const QString problem = views.check(view); !problem.isEmpty()) {
            printError(QStringLiteral("views save: %1").arg(problem));
            return CliSupport::kUsageError;
        }
        if (!views.save(view, &error,
                        parser.isSet(QStringLiteral("replace")) ? SavedViews::IfExists::Replace
                                                                : SavedViews::IfExists::Refuse)) {
            printError(QStringLiteral("views save: %1").arg(error));
            return 1;
        }
        view.name = view.name.trimmed();
        view.filter = view.filter.trimmed();
        printText(view.toLink() + u'\n');
        return 0;
    }
    if (action == u"rename") {
        if (!views.rename(args.at(0), args.at(1), &error)) {
            printError(QStringLiteral("views rename: %1").arg(error));
            return 1;
        }
        return 0;
    }
    if (views.remove(args.at(0), &error) < 0) {
        printError(QStringLiteral("views delete: %1").arg(error));
        return 1;
    }
    return 0;
}

} // namespace ViewCommands
