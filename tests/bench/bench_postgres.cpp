// SPDX-License-Identifier: GPL-3.0-or-later
// The team store beside the local one: N DemoData records (default 1,000,000) imported into a
// throwaway PostgreSQL (PostgresFixture: loopback, fsync off) and into a SQLite file, then the
// first page of the list unfiltered, filtered by model, status and user, and by a full-text
// word and phrase, on both. Prints one table. Run it from a Release build.
// The import is given as wall time and as CPU seconds: this process's store work (DemoData
// generation left out) and, for PostgreSQL, the server's (the whole cluster: the session's
// backend, WAL writer, checkpointer, autovacuum), since the machine is shared.
// Usage: bench_postgres [N=1000000] [sqlite path=/tmp/bench_postgres.sqlite]

#include "bodytext.h"
#include "demodata.h"
#include "filtercompiler.h"
#include "logstore.h"
#include "postgresdialect.h"
#include "postgresfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <thread>

namespace {

constexpr int kBatch = 5000;

struct Figures
{
    double importSeconds = 0;
    double finishSeconds = 0;
    double wallSeconds = 0; // the whole import loop, generation overlapped
    double clientCpu = 0; // CPU seconds of this process's store work
    double serverCpu = 0; // CPU seconds of the PostgreSQL cluster
    QList<double> pageMs; // per query: first run
    QList<double> warmMs; // per query: median of 5 more
    QList<qsizetype> rows;
};

double processCpu()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double threadCpu()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU seconds of a PostgreSQL cluster: the postmaster with the children it has reaped (cutime)
// and every live child. Zero when the cluster cannot be found.
double clusterCpu(qint64 postmaster)
{
    if (postmaster <= 0)
        return 0;
    const double tick = double(sysconf(_SC_CLK_TCK));
    auto stat = [](qint64 pid) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return QList<QByteArray>();
        const QByteArray line = f.readAll();
        // Fields after the parenthesised command name: state is field 3, ppid 4, utime 14.
        return line.mid(line.lastIndexOf(')') + 2).split(' ');
    };
    const auto own = stat(postmaster);
    if (own.size() < 15)
        return 0;
    double ticks = own.at(11).toDouble() + own.at(12).toDouble() + own.at(13).toDouble()
        + own.at(14).toDouble();
    const QStringList pids = QDir(u"/proc"_qs).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool numeric = false;
        const qint64 p = pid.toLongLong(&numeric);
        if (!numeric || p == postmaster)
            continue;
        const auto fields = stat(p);
        if (fields.size() > 12 && fields.at(1).toLongLong() == postmaster)
            ticks += fields.at(11).toDouble() + fields.at(12).toDouble();
    }
    return ticks / tick;
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_qs;
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

// Imports as the importer does: the next batch generated and prepared (the store's compression
// and text extraction) on another thread while this one writes. Generation is not counted as
// store work, neither in time nor in CPU.
double import(LogStore &store, qint64 count, qint64 postmaster, Figures &f)
{
    QString error;
    DemoData demo(1, count);
    const double cpuBefore = processCpu(), serverBefore = clusterCpu(postmaster);
    double generationCpu = 0;
    qint64 produced = 0;
    struct Ahead
    {
        QList<LogRecord> batch;
        std::unique_ptr<LogStore::PreparedBatch> prepared;
    };
    auto produce = [&] {
        Ahead a;
        const double started = threadCpu();
        a.batch = demo.next(int(std::min<qint64>(kBatch, count - produced)));
        produced += a.batch.size();
        generationCpu += threadCpu() - started;
        if (!a.batch.isEmpty())
            a.prepared = store.prepare(a.batch);
        return a;
    };
    QElapsedTimer wall;
    wall.start();
    if (!store.beginBulkImport(&error))
        qFatal("%s", qPrintable(error));
    QElapsedTimer storeTime;
    qint64 storeNs = 0;
    Ahead next = produce();
    qint64 done = 0;
    while (!next.batch.isEmpty()) {
        Ahead current = std::move(next);
        done += current.batch.size();
        std::thread ahead([&] { next = produce(); });
        storeTime.start();
        if (!store.insertPrepared(current.batch, current.prepared.get(), &error))
            qFatal("%s", qPrintable(error));
        storeNs += storeTime.nsecsElapsed();
        ahead.join();
        if (done % 100000 == 0)
            std::fprintf(stderr, "  %lld\n", static_cast<long long>(done));
    }
    storeTime.start();
    if (!store.finishBulkImport(&error))
        qFatal("%s", qPrintable(error));
    f.finishSeconds = storeTime.nsecsElapsed() / 1e9;
    f.wallSeconds = wall.nsecsElapsed() / 1e9;
    f.clientCpu = processCpu() - cpuBefore - generationCpu;
    f.serverCpu = clusterCpu(postmaster) - serverBefore;
    return storeNs / 1e9 + f.finishSeconds;
}

// The indexes PostgreSQL's plan for the first page of a filter uses (EXPLAIN of the list query
// in time order with the filter's values in place, the custom plan the store's unnamed
// statements get).
QString planIndexes(PostgresFixture &postgres, const QString &filter)
{
    FilterError fe;
    const auto ast = FilterParser::parse(filter, &fe);
    if (!ast)
        return u"?"_qs;
    const PostgresDialect dialect;
    const CompiledFilter compiled = FilterCompiler(dialect).compile(*ast);
    QString sql = u"EXPLAIN SELECT row_id FROM logs"_qs
        + (compiled.where.isEmpty() ? QString() : u" WHERE " + compiled.where)
        + u" ORDER BY created_at DESC, row_id DESC LIMIT 101";
    for (qsizetype i = compiled.params.size(); i >= 1; --i) {
        const QVariant &v = compiled.params.at(i - 1);
        QString literal = v.toString();
        if (v.typeId() == QMetaType::QString)
            literal = u'\'' + literal.replace(u'\'', u"''"_qs) + u'\'';
        sql.replace(u'$' + QString::number(i), literal);
    }
    QString error;
    const QString plan = postgres.psql(u"bench"_qs, sql, &error);
    QStringList used;
    static const QRegularExpression index(
        u"Index (?:Only )?Scan (?:Backward )?(?:using|on) (\\w+)"_qs);
    for (auto it = index.globalMatch(plan); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!used.contains(name))
            used.append(name);
    }
    return used.isEmpty() ? (error.isEmpty() ? u"(no index)"_qs : error) : used.join(u", ");
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

    // The cluster's postmaster: the first line of postmaster.pid in its data directory.
    QFile pidFile(postgres.psql(u"bench"_qs, u"SHOW data_directory"_qs, &error)
                  + u"/postmaster.pid");
    const qint64 postmaster
        = pidFile.open(QIODevice::ReadOnly) ? pidFile.readLine().trimmed().toLongLong() : 0;
    const QString loadBefore = loadAverage();

    Figures pf, sf;
    std::fprintf(stderr, "SQLite import...\n");
    sf.importSeconds = import(*lite, count, 0, sf);
    std::fprintf(stderr, "PostgreSQL import...\n");
    pf.importSeconds = import(*pg, count, postmaster, pf);
    const QString loadAfter = loadAverage();
    // Fresh statistics for the planner (autovacuum would take them a little later).
    QElapsedTimer t;
    t.start();
    postgres.psql(u"bench"_qs, u"VACUUM ANALYZE"_qs, &error);
    const double analyzeSeconds = t.nsecsElapsed() / 1e9;

    // Filter values from the data itself: the commonest user, a word and a phrase of a body.
    const QString user = lite->knownValues(GroupBy::User, 1).value(0);
    const QString model = lite->knownValues(GroupBy::Model, 3).value(2);
    QByteArray text;
    QString trace;
    for (qint64 row = count / 2; row < count / 2 + 200 && (text.size() < 200 || trace.isEmpty());
         ++row) {
        const auto r = lite->recordByRowId(row, &error);
        if (r && text.size() < 200) {
            text.clear();
            BodyText::extract(r->request, text);
        }
        if (r && trace.isEmpty())
            trace = r->traceId;
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
                               u"model:"_qs + model + u" status:>=400"_qs,
                               u"trace:"_qs + trace};
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
    std::printf("%-44s %12.1f s %12.1f s\n", "import wall time (incl. index builds)",
                sf.wallSeconds, pf.wallSeconds);
    std::printf("%-44s %12.0f/s %12.0f/s\n", "  records per second", count / sf.wallSeconds,
                count / pf.wallSeconds);
    std::printf("%-44s %12.1f s %12.1f s\n", "  writing (insertPrepared + finish)",
                sf.importSeconds, pf.importSeconds);
    std::printf("%-44s %12.1f s %12.1f s\n", "  of which finishBulkImport", sf.finishSeconds,
                pf.finishSeconds);
    std::printf("%-44s %12.1f s %12.1f s\n", "  CPU: this process (store work)", sf.clientCpu,
                pf.clientCpu);
    std::printf("%-44s %14s %12.1f s\n", "  CPU: PostgreSQL server", "-", pf.serverCpu);
    std::printf("%-44s %14s %14s\n", "load average before / after the imports",
                qPrintable(loadBefore), qPrintable(loadAfter));
    std::printf("%-44s %14s %12.1f s\n", "VACUUM ANALYZE after import", "-", analyzeSeconds);
    std::printf("%-44s %11.0f MB %11.0f MB\n", "size on disk", liteSize / 1e6, pgSize / 1e6);
    std::printf("first page of 100 (first run / median of 5 more), PostgreSQL's indexes:\n");
    for (int i = 0; i < filters.size(); ++i) {
        const QString label = filters.at(i).isEmpty() ? u"(no filter)"_qs : filters.at(i);
        std::printf("  %-42s %6.1f/%5.1f ms %6.1f/%5.1f ms   rows %lld/%lld   %s\n",
                    qPrintable(label.left(42)), sf.pageMs.at(i), sf.warmMs.at(i), pf.pageMs.at(i),
                    pf.warmMs.at(i), static_cast<long long>(sf.rows.at(i)),
                    static_cast<long long>(pf.rows.at(i)),
                    qPrintable(planIndexes(postgres, filters.at(i))));
    }
    pg.reset();
    postgres.stop();
    return 0;
}
