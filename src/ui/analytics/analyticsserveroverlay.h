// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticschartbuilder.h"
#include "serveranalytics.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class ChartPanel;

// The control plane's numbers for one tab (a ServerAnalyticsResult) over the local charts: its
// graphs in the local buckets, dashed "Portkey (server)" lines and hatched bars beside the local
// series, and the summary sentences that compare the totals and say why they may differ. It
// fetches nothing; the window hands it an answer that is current for the tab.
class AnalyticsServerOverlay
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWindow)

public:
    // A graph field of the server's answer in the local buckets.
    struct Buckets
    {
        QList<std::optional<double>> values; // one per local bucket
        bool coarse = false; // the server's buckets are wider: no per-bucket values
        bool finer = false; // several server buckets were combined into one local bucket
    };

    // connection: its name; syncedUntil: how far it is synced (for the "not yet synced"
    // sentence); ignored: the filter terms the server's numbers ignore.
    AnalyticsServerOverlay(int tab, const ServerAnalyticsResult &result, const QString &connection,
                           const QDateTime &syncedUntil, const QStringList &ignored,
                           const AnalyticsChartBuilder &charts);

    const ServerAnalyticsResult &result() const { return *m_result; }
    AnalyticsGraph graph(const QString &name) const;
    // A field of a graph per local bucket: summed when additive, else the mean of the server's
    // buckets within.
    Buckets buckets(const QString &graph, const QString &field, bool additive) const;
    // Dashed lines over a chart built by barChart() or lineChart(); per local bucket (or
    // category) index. Adds their columns to the panel's CSV when rows match the buckets.
    void addLines(ChartPanel *panel,
                  const QList<QPair<QString, QList<std::optional<double>>>> &lines,
                  const QStringList &csvColumns, const QStringList &labels) const;
    // A hatched "Portkey (server)" bar set beside the local bars of a category chart.
    void addBars(ChartPanel *panel, const QList<std::optional<double>> &values,
                 const QStringList &labels, const QString &csvColumn = QString()) const;
    // "<br>Portkey (server, name): figures. Why the totals differ." for the tab's summary; local
    // is this store's figure that the server's main one is compared with.
    QString summary(double local) const;
    static QString bucketNotes(const QList<Buckets> &buckets);

    // The graphs of section 7.2 each tab draws beside its own charts.
    static QStringList graphsFor(int tab);
    static std::optional<double> numberIn(const QJsonObject &o, const QString &key);
    static QString ageText(const QDateTime &fetchedAt); // "as of 5 min ago"

private:
    // The server's totals of the tab as summary text; *main is the figure compared with the
    // local one (requests, users, errors, hit rate, feedback entries).
    QString figures(double *main, bool *percent) const;
    // "N more requests than in this store." and its kin, one whole sentence per figure.
    static QString differenceSentence(int tab, bool more, double difference);
    QString ignoredSentence() const; // which filter terms the server's numbers ignore
    QColor serverColor() const;

    int m_tab;
    const ServerAnalyticsResult *m_result;
    QString m_connection;
    QDateTime m_syncedUntil;
    QStringList m_ignored;
    AnalyticsChartBuilder m_charts;
};
