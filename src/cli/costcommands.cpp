// SPDX-License-Identifier: GPL-3.0-or-later
#include "costcommands.h"

#include "clisupport.h"

#include "costformat.h"
#include "logstore.h"
#include "pricing.h"
#include "repricer.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace CostCommands {

int reprice(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Recompute the estimated costs of stored logs from the pricing table (built in, with "
        "$GATESCOPE_PRICING over it), after the table changed. Only costs that were estimated "
        "or are missing change; a cost the source gave is never touched, and a log the table "
        "cannot price keeps what it has."));
    parser.addOption(CliSupport::dbOption());
    parser.addOption(CliSupport::filterOption());
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        QStringLiteral("Say what would change; write nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON.")));
    if (const int status = CliSupport::parse(parser, QStringLiteral("reprice"), arguments);
        status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty()) {
        CliSupport::printError(QStringLiteral("reprice: unexpected argument '%1'")
                                   .arg(parser.positionalArguments().constFirst()));
        return CliSupport::kUsageError;
    }
    std::unique_ptr<LogStore> store = CliSupport::openExistingStore(parser);
    if (!store)
        return 1;
    const QString filter = parser.value(QStringLiteral("filter"));
    if (!CliSupport::checkFilter(*store, filter))
        return CliSupport::kUsageError;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Repricer repricer(*store, Pricing::shared());
    QString error;
    const std::optional<Repricer::Summary> s = repricer.run(filter, dryRun, &error);
    if (!s) {
        CliSupport::printError(QStringLiteral("reprice: %1").arg(error));
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o {{QStringLiteral("dry_run"), dryRun},
                             {QStringLiteral("examined"), s->examined},
                             {QStringLiteral("changed"), s->changed},
                             {QStringLiteral("unpriced"), s->unpriced},
                             {QStringLiteral("source_costs"), s->sourceCosts},
                             {QStringLiteral("cost_cents_before"), s->centsBefore},
                             {QStringLiteral("cost_cents_after"), s->centsAfter}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    const QLocale c = QLocale::c();
    std::printf("%s %s of %s estimated or missing costs%s\n", dryRun ? "would change" : "changed",
                qPrintable(c.toString(s->changed)), qPrintable(c.toString(s->examined)),
                dryRun ? " (dry run: nothing written)" : "");
    std::printf("total before  %s\ntotal after   %s\n",
                qPrintable(CostFormat::text(s->centsBefore, c)),
                qPrintable(CostFormat::text(s->centsAfter, c)));
    if (s->unpriced > 0)
        std::printf("%s not in the pricing table (left as they were)\n",
                    qPrintable(c.toString(s->unpriced)));
    std::printf("%s costs from the source left alone\n", qPrintable(c.toString(s->sourceCosts)));
    return 0;
}

} // namespace CostCommands
