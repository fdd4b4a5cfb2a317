// SPDX-License-Identifier: GPL-3.0-or-later
// The log list on a large demo store, as the view uses it: time to the first rows painted, a
// filter and a sort (first page and full index), a scroll from top to bottom with data() called
// for every visible cell, and peak memory. Run by hand:
//   bench_logtable [STORE] [COUNT]      (default /tmp/gatescope-bench-1m.sqlite, 1000000)
// The store is filled with DemoData once and reused.
#include "demodata.h"
#include "logtablemodel.h"
#include "store/logstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>

#include <cstdio>

namespace {

qint64 statusKb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool waitFor(QSignalSpy &spy, int timeoutMs = 60000)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

struct QueryTiming
{
    double firstRowsMs = 0;
    double indexMs = 0;
    int rows = 0;
};

QueryTiming timeQuery(LogTableModel &model, const LogQuery &query)
{
    QSignalSpy first(&model, &LogTableModel::firstRowsReady);
    QSignalSpy index(&model, &LogTableModel::indexLoaded);
    QElapsedTimer timer;
    timer.start();
    model.setQuery(query);
    QueryTiming t;
    waitFor(first);
    t.firstRowsMs = timer.nsecsElapsed() / 1e6;
    waitFor(index);
    t.indexMs = timer.nsecsElapsed() / 1e6;
    t.rows = model.rowCount();
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.value(1, QStringLiteral("/tmp/gatescope-bench-1m.sqlite"));
    const int count = args.value(2, QStringLiteral("1000000")).toInt();

    {
        QString error;
        auto store = LogStore::open(path, &error);
        if (!store) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
            return 1;
        }
        const qint64 existing = store->count(QString(), &error).value_or(0);
        if (existing < count) {
            std::printf("filling %s with %d demo records...\n", qPrintable(path), count);
            std::fflush(stdout);
            QElapsedTimer fill;
            fill.start();
            DemoData demo(1, count);
            demo.next(int(existing));
            for (qint64 done = existing; done < count;) {
                const int n = int(qMin<qint64>(10000, count - done));
                if (!store->insert(demo.next(n), &error)) {
                    std::fprintf(stderr, "insert failed: %s\n", qPrintable(error));
                    return 1;
                }
                done += n;
            }
            store->finishBulkImport(&error);
            std::printf("filled in %.1f s; run again to measure (a fresh process, for memory)\n",
                        fill.elapsed() / 1000.0);
            return 0;
        }
    }
    const qint64 rssBefore = statusKb("VmRSS:");

    // 1. Open: model + view, first rows painted.
    QElapsedTimer timer;
    timer.start();
    LogTableModel model(path);
    QTableView view;
    view.resize(1280, 800);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(26);
    view.setModel(&model);
    view.show();
    QSignalSpy first(&model, &LogTableModel::firstRowsReady);
    QSignalSpy indexed(&model, &LogTableModel::indexLoaded);
    model.setQuery({});
    waitFor(first);
    view.grab(); // paints the visible rows from the cache
    const double firstPaintMs = timer.nsecsElapsed() / 1e6;
    waitFor(indexed);
    const double openIndexMs = timer.nsecsElapsed() / 1e6;
    std::printf("rows: %d\n", model.rowCount());
    std::printf("open: first rows painted %.1f ms, full index (row count known) %.1f ms\n",
                firstPaintMs, openIndexMs);

    // 2. Filters and sorts (indexed fields, then full text).
    const QList<QPair<const char *, LogQuery>> queries = {
        {"filter model:gpt-4o", {QStringLiteral("model:gpt-4o"), SortColumn::Time, true}},
        {"filter status:>=400", {QStringLiteral("status:>=400"), SortColumn::Time, true}},
        {"filter provider:anthropic",
         {QStringLiteral("provider:anthropic"), SortColumn::Time, true}},
        {"sort latency desc", {QString(), SortColumn::Latency, true}},
        {"sort cost asc", {QString(), SortColumn::Cost, false}},
        {"sort model asc", {QString(), SortColumn::Model, false}},
        {"filter model:gpt-4o + sort tokens",
         {QStringLiteral("model:gpt-4o"), SortColumn::Tokens, true}},
        {"full text \"weather\"", {QStringLiteral("weather"), SortColumn::Time, true}},
    };
    for (const auto &[name, query] : queries) {
        const QueryTiming t = timeQuery(model, query);
        std::printf("%-36s first page %7.1f ms, index %8.1f ms, %d rows\n", name, t.firstRowsMs,
                    t.indexMs, t.rows);
    }

    // 3. Scroll top to bottom, a screen at a time, calling data() for every visible cell as
    // the view does; events are processed between screens so blocks arrive as they would.
    timeQuery(model, {});
    const int visible = 30;
    const int rows = model.rowCount();
    int placeholderScreens = 0;
    double worstScreenMs = 0;
    qint64 cells = 0;
    QElapsedTimer scroll;
    scroll.start();
    for (int top = 0; top < rows; top += visible) {
        QElapsedTimer screen;
        screen.start();
        bool placeholder = false;
        for (int row = top; row < qMin(rows, top + visible); ++row) {
            for (int column = 0; column < LogTableModel::ColumnCount; ++column) {
                const QModelIndex index = model.index(row, column);
                index.data(Qt::DisplayRole);
                index.data(Qt::TextAlignmentRole);
                index.data(Qt::ForegroundRole);
                if (column == LogTableModel::Status)
                    index.data(LogTableModel::ChipsRole);
                ++cells;
            }
            placeholder
                = placeholder || !model.index(row, 0).data(LogTableModel::LoadedRole).toBool();
        }
        worstScreenMs = qMax(worstScreenMs, screen.nsecsElapsed() / 1e6);
        placeholderScreens += placeholder;
        QCoreApplication::processEvents();
    }
    const double scrollMs = scroll.nsecsElapsed() / 1e6;
    std::printf("scroll: %d screens of %d rows in %.0f ms; worst screen of data() calls %.2f ms; "
                "%lld cells; %d screens showed placeholders; %d blocks cached\n",
                (rows + visible - 1) / visible, visible, scrollMs, worstScreenMs, cells,
                placeholderScreens, model.cachedBlockCount());

    // A slower scroll (waiting for each block) to count how long a placeholder stays.
    QElapsedTimer jump;
    jump.start();
    const int target = rows / 2;
    model.index(target, 0).data();
    while (!model.index(target, 0).data(LogTableModel::LoadedRole).toBool())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    std::printf("jump to the middle: block loaded after %.1f ms\n", jump.nsecsElapsed() / 1e6);

    // RssFile is SQLite's memory-mapped database pages (shared with the page cache, given back
    // under pressure); RssAnon is what the process itself allocated.
    std::printf("memory: RSS before the model %lld MB, now %lld MB (anonymous %lld MB, "
                "file-mapped %lld MB), peak %lld MB\n",
                rssBefore / 1024, statusKb("VmRSS:") / 1024, statusKb("RssAnon:") / 1024,
                statusKb("RssFile:") / 1024, statusKb("VmHWM:") / 1024);
    return 0;
}
