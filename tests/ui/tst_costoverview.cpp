// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpanel.h"
#include "store/logstore.h"

#include <QLocale>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// The Overview says how a cost was made up: each kind of token with its count, the price per
// million and the cost, and whether the cost came from the source or from the pricing table.
class TestCostOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void estimatedCostShowsItsParts();
    void sourceCostShowsWhatTheTableGives();
    void unknownModelSaysSo();

private:
    QString overviewOf(const QString &id);
    QTemporaryDir m_dir;
    QString m_store;
};

void TestCostOverview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,920", "$0.30"
    m_store = m_dir.filePath(u"costs.sqlite"_qs);
    QString error;
    auto store = LogStore::open(m_store, &error);
    QVERIFY2(store, qPrintable(error));
    QList<LogRecord> records;
    auto make = [&](const char *id, const char *provider, const char *model) -> LogRecord & {
        LogRecord r;
        r.id = QString::fromLatin1(id);
        r.createdAt = QDateTime::fromMSecsSinceEpoch(1765000000000 + records.size(), Qt::UTC);
        r.provider = QString::fromLatin1(provider);
        r.model = QString::fromLatin1(model);
        r.statusCode = 200;
        r.currency = u"USD"_qs;
        records.append(r);
        return records.last();
    };
    // o4-mini: 497 uncached x $1.10, 1,920 cached x $0.275, 337 x $4.40, 1,024 reasoning x
    // $4.40 = 0.70631 cents.
    LogRecord &openAi = make("openai-cached", "openai", "o4-mini");
    openAi.promptTokens = 2417;
    openAi.completionTokens = 1361;
    openAi.totalTokens = 3778;
    openAi.reasoningTokens = 1024;
    openAi.cacheReadTokens = 1920;
    openAi.costCents = 0.70631;
    openAi.costEstimated = true;
    // Claude through Portkey with the gateway's own cost; the table gives 0.97068 cents.
    LogRecord &claude = make("claude-source", "anthropic", "claude-sonnet-4-20250514");
    claude.promptTokens = 14;
    claude.completionTokens = 212;
    claude.totalTokens = 7490;
    claude.cacheReadTokens = 6016;
    claude.cacheWriteTokens = 1248;
    claude.costCents = 1.2;
    LogRecord &unknown = make("unknown-model", "local", "my-finetune");
    unknown.promptTokens = 10;
    unknown.completionTokens = 10;
    QVERIFY2(store->insert(records, &error), qPrintable(error));
}

QString TestCostOverview::overviewOf(const QString &id)
{
    QString error;
    auto store = LogStore::open(m_store, &error);
    const auto record = store ? store->record(id, &error) : std::nullopt;
    if (!record) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    DetailPanel panel(m_store);
    panel.resize(460, 640);
    panel.show();
    panel.showRow(record->rowId);
    if (!QTest::qWaitFor([&] { return panel.isLoaded(); }, 10000))
        return {};
    panel.tabs()->setCurrentIndex(DetailPanel::OverviewTab);
    return panel.overview()->toPlainText();
}

void TestCostOverview::estimatedCostShowsItsParts()
{
    const QString text = overviewOf(u"openai-cached"_qs);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(u"\u2248$0.00706 (estimated from the pricing table)"_qs),
             qPrintable(text));
    // Each part: name, tokens, price per million, cost (table cells, one a line as plain text):
    // 497 x 1.10, 1,920 x 0.275, 337 x 4.40, 1,024 x 4.40 per million dollars.
    for (const QString &line :
         {u"Uncached\n497\n$1.10/M\n$0.00055"_qs, u"Cache read\n1,920\n$0.275/M\n$0.00053"_qs,
          u"Completion\n337\n$4.40/M\n$0.00148"_qs, u"Reasoning\n1,024\n$4.40/M\n$0.00451"_qs})
        QVERIFY2(text.contains(line), qPrintable(line + u"\n---\n"_qs + text));
    QVERIFY(text.contains(u"Cached input is part of the prompt tokens."_qs));
    QVERIFY(text.contains(u"Reasoning is part of the completion tokens."_qs));
    QVERIFY(text.contains(u"Cache read tokens"_qs));
}

void TestCostOverview::sourceCostShowsWhatTheTableGives()
{
    const QString text = overviewOf(u"claude-source"_qs);
    QVERIFY2(text.contains(u"$0.0120 (from the source; the table gives \u2248$0.00971)"_qs),
             qPrintable(text));
    for (const QString &line :
         {u"Uncached\n14\n$3.00/M\n$0.00004"_qs, u"Cache read\n6,016\n$0.30/M\n$0.00180"_qs,
          u"Cache write\n1,248\n$3.75/M\n$0.00468"_qs, u"Completion\n212\n$15.00/M\n$0.00318"_qs})
        QVERIFY2(text.contains(line), qPrintable(line + u"\n---\n"_qs + text));
    QVERIFY(text.contains(u"Cached input comes on top of the prompt tokens."_qs));
    QVERIFY(text.contains(u"Cache write tokens"_qs));
}

void TestCostOverview::unknownModelSaysSo()
{
    const QString text = overviewOf(u"unknown-model"_qs);
    QVERIFY2(text.contains(u"my-finetune is not in the pricing table"_qs), qPrintable(text));
}

QTEST_MAIN(TestCostOverview)
#include "tst_costoverview.moc"
