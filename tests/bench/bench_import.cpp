// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark (run by hand, not a test): generates an N-record Portkey export of about
// 2 KB per record, imports it with gatescope's Importer into a fresh SQLite store, and loads the
// same file with the sqlite3 shell (raw lines into a table, json_extract into columns, two
// indexes; then again with an FTS5 index over the message text) for the ratio.
//
//   bench_import [N (default 100000)] [--keep DIR] [--generate-only]

#include "exportgenerator.h"
#include "importer.h"
#include "logstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>

namespace {

// User and system CPU seconds of this process so far (all threads; children excluded).
std::pair<double, double> cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    const auto sec = [](const timeval &tv) {
        return double(tv.tv_sec) + tv.tv_usec / 1e6;
    };
    return {sec(u.ru_utime), sec(u.ru_stime)};
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Runs the sqlite3 shell on a script; returns seconds, or -1.
double runShell(const QString &db, const QByteArray &script)
{
    QProcess shell;
    QElapsedTimer t;
    t.start();
    shell.start(QStringLiteral("sqlite3"), {db});
    if (!shell.waitForStarted())
        return -1;
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double seconds = t.nsecsElapsed() / 1e9;
    const QByteArray err = shell.readAllStandardError();
    if (shell.exitCode() != 0 || !err.isEmpty()) {
        std::fprintf(stderr, "sqlite3 shell failed: %s\n", err.constData());
        return -1;
    }
    return seconds;
}

QByteArray shellScript(const QString &file, bool withFts)
{
    // .mode ascii with a unit separator as column separator: every line lands whole in one
    // column, with no CSV quote handling.
    QByteArray s = "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
                   "CREATE TABLE raw(line TEXT);\n"
                   ".mode ascii\n.separator \"\\037\" \"\\n\"\n.import '"
        + file.toUtf8()
        + "' raw\n"
          "CREATE TABLE logs AS SELECT json_extract(line,'$.id') AS id,"
          " json_extract(line,'$.created_at') AS created_at,"
          " json_extract(line,'$.trace_id') AS trace_id,"
          " json_extract(line,'$.ai_org') AS provider,"
          " json_extract(line,'$.ai_model') AS model,"
          " json_extract(line,'$.response_status_code') AS status,"
          " json_extract(line,'$.total_units') AS tokens,"
          " json_extract(line,'$.cost') AS cost,"
          " json_extract(line,'$.response_time') AS latency,"
          " json_extract(line,'$.request.body') AS request,"
          " json_extract(line,'$.response.body') AS response FROM raw;\n"
          "CREATE INDEX logs_time ON logs(created_at, id);\n"
          "CREATE INDEX logs_model ON logs(model);\n";
    if (withFts) {
        s += "CREATE VIRTUAL TABLE fts USING fts5(text);\n"
             "INSERT INTO fts(rowid, text) SELECT rowid,"
             " json_extract(request,'$.messages[1].content') || ' ' ||"
             " json_extract(response,'$.choices[0].message.content') FROM logs;\n";
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString keepDir;
    if (const qsizetype k = args.indexOf(u"--keep"_qs); k >= 0 && k + 1 < args.size()) {
        keepDir = args.at(k + 1);
        args.remove(k, 2);
    }
    const bool generateOnly = args.removeAll(u"--generate-only"_qs) > 0;
    const qint64 n = args.isEmpty() ? 100000 : args.first().toLongLong();
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) > 0)
        std::printf("load average at start: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
    QTemporaryDir tmp;
    const QString dir = keepDir.isEmpty() ? tmp.path() : keepDir;
    const QString file = dir + u"/export.jsonl";

    QElapsedTimer t;
    t.start();
    const qint64 bytes = ExportGenerator::write(file, n);
    if (bytes < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    std::printf("generated %lld records, %.1f MB (%.0f B/record) in %.2f s\n", (long long)n,
                bytes / 1e6, double(bytes) / double(n), t.nsecsElapsed() / 1e9);
    if (generateOnly)
        return 0;
    // Warm the page cache for every contestant alike.
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        while (!f.read(1 << 22).isEmpty()) { }
    }

    const QString dbPath = dir + u"/gatescope.sqlite";
    QFile::remove(dbPath);
    QString error;
    std::unique_ptr<LogStore> store = LogStore::open(dbPath, &error);
    if (!store) {
        std::fprintf(stderr, "cannot open store: %s\n", qPrintable(error));
        return 1;
    }
    Importer importer(*store);
    double listReady = 0;
    const auto cpuBefore = cpuSeconds();
    auto cpuListReady = cpuBefore;
    t.restart();
    importer.setProgressHandler([&](const ImportProgress &p) {
        if (p.bytesDone >= p.bytesTotal) {
            listReady = t.nsecsElapsed() / 1e9;
            cpuListReady = cpuSeconds();
        }
    });
    const ImportSummary summary = importer.importFiles({file});
    const double total = t.nsecsElapsed() / 1e9;
    const auto cpuAfter = cpuSeconds();
    const qint64 peakKb = peakRssKb();
    if (summary.imported != n) {
        std::fprintf(stderr, "imported %lld of %lld (%lld skipped); first error: %s\n",
                     (long long)summary.imported, (long long)n, (long long)summary.skipped,
                     summary.errors.isEmpty() ? "" : qPrintable(summary.errors.first().reason));
    }
    store.reset();

    const bool haveShell = !QStandardPaths::findExecutable(u"sqlite3"_qs).isEmpty();
    double shellBare = -1, shellFts = -1;
    if (haveShell) {
        const QString bareDb = dir + u"/shell-bare.sqlite", ftsDb = dir + u"/shell-fts.sqlite";
        QFile::remove(bareDb);
        QFile::remove(ftsDb);
        shellBare = runShell(bareDb, shellScript(file, false));
        shellFts = runShell(ftsDb, shellScript(file, true));
    }

    std::printf("\n%-46s %10s %12s %10s\n", "", "seconds", "records/s", "MB/s");
    const auto row = [&](const char *what, double s) {
        if (s < 0) {
            std::printf("%-46s %10s\n", what, "n/a");
            return;
        }
        std::printf("%-46s %10.2f %12.0f %10.1f\n", what, s, double(n) / s, bytes / 1e6 / s);
    };
    row("gatescope: indexed list usable", listReady);
    row("gatescope: whole import incl. full-text index", total);
    row("sqlite3 shell: bare load (json_extract, 2 idx)", shellBare);
    row("sqlite3 shell: with FTS5 over message text", shellFts);
    std::printf("\ngatescope import CPU: %.2f s user + %.2f s system (until the list is "
                "usable: %.2f + %.2f)\n",
                cpuAfter.first - cpuBefore.first, cpuAfter.second - cpuBefore.second,
                cpuListReady.first - cpuBefore.first, cpuListReady.second - cpuBefore.second);
    std::printf("gatescope peak resident memory: %.1f MB\n", peakKb / 1024.0);
    if (shellBare > 0 && shellFts > 0) {
        std::printf("ratio shell bare / gatescope list usable: %.2fx\n", shellBare / listReady);
        std::printf("ratio shell with FTS / gatescope whole import: %.2fx\n", shellFts / total);
    }
    return summary.imported == n ? 0 : 1;
}
