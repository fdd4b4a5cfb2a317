// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticserrorstab.h"

#include "analyticsformat.h"
#include "chartpanel.h"

#include <QChart>
#include <QLocale>
#include <QMap>

#include <algorithm>

using namespace AnalyticsFormat;

void AnalyticsErrorsTab::build(const AnalyticsResult &r, const AnalyticsChartBuilder &charts,
                               const AnalyticsServerOverlay *server)
{
    // The server's error status codes (no timestamps): a code only the server saw gets a
    // category of its own, with no local bar.
    QMap<int, double> serverCodes;
    if (server) {
        for (const AnalyticsPoint &point :
             server->graph(QStringLiteral("errors/status-codes")).points) {
            const std::optional<double> code
                = AnalyticsServerOverlay::numberIn(point.values, QStringLiteral("status_code"));
            if (code)
                serverCodes[int(*code)]
                    += AnalyticsServerOverlay::numberIn(point.values, QStringLiteral("count"))
                           .value_or(0);
        }
    }
    QMap<int, qint64> localCodes;
    QList<QStringList> rows;
    qint64 errors = 0, all = 0;
    for (const StatusCodeCount &c : r.codes) {
        all += c.count;
        if (c.statusCode < 400) {
            rows.append({QString::number(c.statusCode), QString::number(c.count)});
            continue;
        }
        errors += c.count;
        localCodes.insert(c.statusCode, c.count);
    }
    QList<int> errorCodes = localCodes.keys();
    for (auto it = serverCodes.cbegin(); it != serverCodes.cend(); ++it) {
        if (!localCodes.contains(it.key()))
            errorCodes.append(it.key());
    }
    std::sort(errorCodes.begin(), errorCodes.end());
    QStringList codes;
    QList<double> counts;
    QList<std::optional<double>> serverCounts;
    for (int code : errorCodes) {
        codes.append(QString::number(code));
        counts.append(double(localCodes.value(code)));
        serverCounts.append(serverCodes.contains(code)
                                ? std::optional<double>(serverCodes.value(code))
                                : std::optional<double>(0));
        QStringList row {QString::number(code), QString::number(localCodes.value(code))};
        if (server)
            row.append(optionalNumber(serverCounts.last(), 0));
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) {
        return a.first().toInt() < b.first().toInt();
    });
    if (server) {
        for (QStringList &row : rows) {
            if (row.size() == 2)
                row.append(QString()); // below 400: not an error the server graph counts
        }
    }
    ChartPanel *p = panel(QStringLiteral("statusCodes"));
    charts.barChart(
        p, codes, {{tr("Requests"), counts}},
        [codes, counts](int i, int) -> QString {
            return tr("Status %1: %Ln requests", nullptr, whole(counts.value(i)))
                .arg(codes.value(i));
        },
        [codes](int i, int) -> QString { return QStringLiteral("status:") + codes.value(i); },
        {.valueCategories = true});
    QStringList codeHeader {QStringLiteral("status_code"), QStringLiteral("requests")};
    if (server) {
        server->addBars(p, serverCounts, codes);
        codeHeader.append(QStringLiteral("portkey_requests"));
    }
    p->setData(codeHeader, rows);

    QStringList labels;
    QList<double> retry, fallback;
    QList<QStringList> rescuedRows;
    qint64 totalRetry = 0, totalFallback = 0;
    for (const TimeBucket &b : r.series) {
        labels.append(charts.bucketLabel(b.startMs));
        retry.append(double(b.rescuedByRetry));
        fallback.append(double(b.rescuedByFallback));
        totalRetry += b.rescuedByRetry;
        totalFallback += b.rescuedByFallback;
        rescuedRows.append({utcIso(b.startMs), QString::number(b.rescuedByRetry),
                            QString::number(b.rescuedByFallback)});
    }
    p = panel(QStringLiteral("rescued"));
    const QStringList names {tr("By retries"), tr("By fallbacks")};
    charts.barChart(
        p, labels, {{names.at(0), retry}, {names.at(1), fallback}},
        [labels, retry, fallback](int i, int s) -> QString {
            const int n = whole(s == 0 ? retry.value(i) : fallback.value(i));
            return s == 0 ? tr("%1: %Ln rescued by retries", nullptr, n).arg(labels.value(i))
                          : tr("%1: %Ln rescued by fallbacks", nullptr, n).arg(labels.value(i));
        },
        [charts](int i, int s) -> QString {
            return charts.bucketFilter(i)
                + (s == 0 ? QStringLiteral(" retry:>0 status:<400")
                          : QStringLiteral(" fallback:active status:<400"));
        },
        {.stacked = true});
    p->setData({QStringLiteral("bucket_start_utc"), QStringLiteral("rescued_by_retry"),
                QStringLiteral("rescued_by_fallback")},
               rescuedRows);
    QString summary = tr("<b>%1</b> errors of %2 requests with a status \u00b7 rescued by retries "
                         "<b>%3</b> \u00b7 by fallbacks <b>%4</b>")
                          .arg(number(double(errors)), number(double(all)),
                               number(double(totalRetry)), number(double(totalFallback)));
    if (server) {
        const AnalyticsServerOverlay::Buckets sRetry
            = server->buckets(QStringLiteral("requests/rescued"), QStringLiteral("retry"), true);
        const AnalyticsServerOverlay::Buckets sFallback
            = server->buckets(QStringLiteral("requests/rescued"), QStringLiteral("fallback"), true);
        server->addLines(p,
                         {{tr("server: by retries"), sRetry.values},
                          {tr("server: by fallbacks"), sFallback.values}},
                         {QStringLiteral("portkey_rescued_by_retry"),
                          QStringLiteral("portkey_rescued_by_fallback")},
                         labels);
        summary = tr("<b>This store</b>: %1.").arg(summary) + server->summary(double(errors))
            + AnalyticsServerOverlay::bucketNotes({sRetry, sFallback});
    }
    setSummary(summary);
}
