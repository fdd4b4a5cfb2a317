// The team store beside the local one: N DemoData records (default 1,000,000) imported into a
// throwaway PostgreSQL (PostgresFixture: loopback, fsync off) and into a SQLite file, then the
// first page of the list unfiltered, filtered by model, status and user, and by a full-text
// word and phrase, on both. Prints one table. Run it from a Release build.
// Usage: bench_postgres [N=1000000] [sqlite path=/tmp/bench_postgres.sqlite]

#include "bodytext.h"
#include "demodata.h"
#include "logstore.h"
#include "postgresfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <thread>

namespace {

constexpr int kBatch = 5000;

struct Figures
{
    double importSeconds = 0;
    double finishSeconds = 0;
    QList<double> pageMs; // per query: first run
    QList<double> warmMs; // per query: median of 5 more
    QList<qsizetype> rows;
};

// Imports as the importer does: the next batch generated and prepared on another thread
// while this one writes. Generation is not counted, only the store's work.
double import(LogStore &store, qint64 count, double *finishSeconds)
{
    QString error;
    DemoData demo(1, count);
    if (!store.beginBulkImport(&error))
        qFatal("%s", qPrintable(error));
    QElapsedTimer storeTime;
    qint64 storeNs = 0;
    QList<LogRecord> next = demo.next(int(std::min<qint64>(kBatch, count)));
    qint64 done = 0;
    while (!next.isEmpty()) {
        QList<LogRecord> batch = std::move(next);
        done += batch.size();
        storeTime.start();
        auto prepared = store.prepare(batch);
        qint64 prepareNs = storeTime.nsecsElapsed();
        std::thread ahead([&] {
            next = done < count ? demo.next(int(std::min<qint64>(kBatch, count - done)))
                                : QList<LogRecord>();
        });
        storeTime.start();
        if (!store.insertPrepared(batch, prepared.get(), &error))
            qFatal("%s", qPrintable(error));
        storeNs += prepareNs + storeTime.nsecsElapsed();
        ahead.join();
        if (done % 100000 == 0)
            std::fprintf(stderr, "  %lld\n", static_cast<long long>(done));
    }
    storeTime.start();
    if (!store.finishBulkImport(&error))
        qFatal("%s", qPrintable(error));
    *finishSeconds = storeTime.nsecsElapsed() / 1e9;
    return storeNs / 1e9 + *finishSeconds;
}

void measure(LogStore &store, const QStringList &filters, Figures &f)
{
    QString error;
    for (const QString &filter : filters) {
        LogQuery q;
        q.filter = filter;
        QElapsedTimer t;
        t.start();
        const auto page = store.page(q, std::nullopt, 100, &error);
        if (!page)
            qFatal("%s: %s", qPrintable(filter), qPrintable(error));
        f.pageMs.append(t.nsecsElapsed() / 1e6);
        f.rows.append(page->rows.size());
        QList<double> runs;
        for (int i = 0; i < 5; ++i) {
            t.start();
            store.page(q, std::nullopt, 100, &error);
            runs.append(t.nsecsElapsed() / 1e6);
        }
        std::sort(runs.begin(), runs.end());
        f.warmMs.append(runs.at(2));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QString sqlitePath
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"/tmp/bench_postgres.sqlite"_qs;
    for (const QString &suffix :
         {u""_qs, u"-wal"_qs, u"-shm"_qs, u".fts"_qs, u".fts-wal"_qs, u".fts-shm"_qs})
        QFile::remove(sqlitePath + suffix);

    PostgresFixture postgres;
    QString error;
    if (!postgres.start(&error))
        qFatal("PostgreSQL: %s", qPrintable(error));
    const QString url = postgres.databaseUrl(u"bench"_qs, &error);
    auto pg = LogStore::open(url, &error);
    if (!pg)
        qFatal("%s", qPrintable(error));
    auto lite = LogStore::open(sqlitePath, &error);
    if (!lite)
        qFatal("%s", qPrintable(error));

    Figures pf, sf;
    std::fprintf(stderr, "SQLite import...\n");
    sf.importSeconds = import(*lite, count, &sf.finishSeconds);
    std::fprintf(stderr, "PostgreSQL import...\n");
    pf.importSeconds = import(*pg, count, &pf.finishSeconds);
    // Fresh statistics for the planner (autovacuum would take them a little later).
    QElapsedTimer t;
    t.start();
    postgres.psql(u"bench"_qs, u"VACUUM ANALYZE"_qs, &error);
    const double analyzeSeconds = t.nsecsElapsed() / 1e9;

    // Filter values from the data itself: the commonest user, a word and a phrase of a body.
    const QString user = lite->knownValues(GroupBy::User, 1).value(0);
    const QString model = lite->knownValues(GroupBy::Model, 3).value(2);
    QByteArray text;
    for (qint64 row = count / 2; row < count / 2 + 200 && text.size() < 200; ++row) {
        text.clear();
        if (const auto r = lite->recordByRowId(row, &error))
            BodyText::extract(r->request, text);
    }
    // Two neighbouring words of that text as the phrase, the longer of them as the word.
    const QStringList tokens = QString::fromUtf8(text).toLower().split(
        QRegularExpression(u"\\W+"_qs), Qt::SkipEmptyParts);
    QString word = u"weather"_qs, phrase = u"\"the weather\""_qs;
    for (qsizetype i = tokens.size() / 2; i + 1 < tokens.size(); ++i) {
        const QString &a = tokens.at(i), &b = tokens.at(i + 1);
        if (a.size() >= 4 && b.size() >= 4 && !a.front().isDigit() && !b.front().isDigit()) {
            word = a.size() >= b.size() ? a : b;
            phrase = u'"' + a + u' ' + b + u'"';
            break;
        }
    }
    const QStringList filters {QString(),
                               u"model:"_qs + model,
                               u"status:>=400"_qs,
                               u"user:"_qs + user,
                               word,
                               phrase,
                               u"model:"_qs + model + u" status:>=400"_qs};
    measure(*lite, filters, sf);
    measure(*pg, filters, pf);
    const qint64 pgSize
        = postgres.psql(u"bench"_qs, u"SELECT pg_database_size('bench')"_qs, &error).toLongLong();
    qint64 liteSize = 0;
    for (const QString &suffix : {u""_qs, u"-wal"_qs, u".fts"_qs, u".fts-wal"_qs})
        liteSize += QFileInfo(sqlitePath + suffix).size();

    std::printf("bench_postgres: %lld DemoData records, batches of %d, PostgreSQL %s\n",
                static_cast<long long>(count), kBatch,
                qPrintable(postgres.psql(u"bench"_qs, u"SHOW server_version"_qs, &error)));
    std::printf("%-44s %14s %14s\n", "", "SQLite", "PostgreSQL");
    std::printf("%-44s %12.1f s %12.1f s\n", "import (store work, incl. full-text build)",
                sf.importSeconds, pf.importSeconds);
    std::printf("%-44s %12.0f/s %12.0f/s\n", "  records per second", count / sf.importSeconds,
                count / pf.importSeconds);
    std::printf("%-44s %12.1f s %12.1f s\n", "  of which finishBulkImport", sf.finishSeconds,
                pf.finishSeconds);
    std::printf("%-44s %14s %12.1f s\n", "VACUUM ANALYZE after import", "-", analyzeSeconds);
    std::printf("%-44s %11.0f MB %11.0f MB\n", "size on disk", liteSize / 1e6, pgSize / 1e6);
    std::printf("first page of 100 (first run / median of 5 more):\n");
    for (int i = 0; i < filters.size(); ++i) {
        const QString label = filters.at(i).isEmpty() ? u"(no filter)"_qs : filters.at(i);
        std::printf("  %-42s %6.1f/%5.1f ms %6.1f/%5.1f ms   rows %lld/%lld\n",
                    qPrintable(label.left(42)), sf.pageMs.at(i), sf.warmMs.at(i), pf.pageMs.at(i),
                    pf.warmMs.at(i), static_cast<long long>(sf.rows.at(i)),
                    static_cast<long long>(pf.rows.at(i)));
    }
    pg.reset();
    postgres.stop();
    return 0;
}
