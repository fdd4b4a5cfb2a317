// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmark: bulk-inserts N synthetic ~2 KB records and prints the insert rate, the
// full-text build time, first-page and rowIds times, the file size and peak RSS.
// Usage: bench_store [N=100000] [path=/tmp/bench_store.sqlite]

#include "logstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstdio>
#include <ctime>

namespace {

const char *const kWords[]
    = {"the",      "quick",     "brown",  "fox",      "jumps",     "over",     "lazy",
       "dog",      "model",     "answer", "question", "summarise", "document", "invoice",
       "customer", "refund",    "policy", "weather",  "paris",     "london",   "recipe",
       "banana",   "bread",     "python", "function", "error",     "stack",    "trace",
       "database", "index",     "query",  "latency",  "budget",    "contract", "translate",
       "german",   "french",    "poem",   "about",    "autumn",    "leaves",   "explain",
       "quantum",  "computing", "simply", "please",   "thanks",    "review",   "code",
       "bug",      "fix",       "deploy", "server",   "kubernetes"};

QByteArray sentence(QRandomGenerator &rng, int words)
{
    QByteArray s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += ' ';
        s += kWords[rng.bounded(int(std::size(kWords)))];
    }
    return s;
}

LogRecord makeRecord(QRandomGenerator &rng, qint64 i, qint64 baseMs)
{
    static const QString models[] = {u"gpt-4o"_qs, u"gpt-4o-mini"_qs, u"claude-3-5-sonnet"_qs,
                                     u"gemini-1.5-pro"_qs, u"llama-3-70b"_qs};
    static const QString providers[]
        = {u"openai"_qs, u"openai"_qs, u"anthropic"_qs, u"google"_qs, u"groq"_qs};
    LogRecord r;
    r.id = QStringLiteral("log-%1-%2").arg(i).arg(rng.generate(), 8, 16, QLatin1Char('0'));
    r.createdAt = QDateTime::fromMSecsSinceEpoch(baseMs + i * 37, QTimeZone::utc());
    r.traceId = QStringLiteral("trace-%1").arg(i / 3);
    r.method = u"POST"_qs;
    r.endpoint = u"/v1/chat/completions"_qs;
    r.requestType = RequestType::Chat;
    const int m = rng.bounded(5);
    r.model = models[m];
    r.provider = providers[m];
    r.statusCode = rng.bounded(100) < 95 ? 200 : 429;
    r.latencyMs = 200 + rng.bounded(3000);
    r.promptTokens = 50 + rng.bounded(500);
    r.completionTokens = 20 + rng.bounded(300);
    r.totalTokens = *r.promptTokens + *r.completionTokens;
    r.costCents = (*r.totalTokens) * 0.0013;
    r.currency = u"USD"_qs;
    r.cache = CacheState::Miss;
    r.retryCount = 0;
    r.fallbackActive = false;
    r.loadbalanceActive = false;
    r.configId = u"pc-main-1a2b3c"_qs;
    r.metadata = {{u"_user"_qs, QStringLiteral("user-%1").arg(rng.bounded(50))},
                  {u"_environment"_qs, u"production"_qs}};
    r.stream = false;
    r.source = u"bench.jsonl"_qs;
    const QByteArray question = sentence(rng, 40);
    const QByteArray answer = sentence(rng, 60);
    r.request = "{\"model\":\"" + r.model.toUtf8()
        + "\",\"messages\":[{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"},"
          "{\"role\":\"user\",\"content\":\""
        + question + "\"}],\"temperature\":0.7,\"max_tokens\":512}";
    r.response = "{\"id\":\"chatcmpl-" + QByteArray::number(i)
        + "\",\"object\":\"chat.completion\",\"created\":1767225600,\"model\":\"" + r.model.toUtf8()
        + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + answer
        + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
        + QByteArray::number(*r.promptTokens)
        + ",\"completion_tokens\":" + QByteArray::number(*r.completionTokens) + "}}";
    r.raw = "{\"id\":\"" + r.id.toUtf8() + "\",\"created_at\":\""
        + r.createdAt.toString(Qt::ISODateWithMs).toUtf8()
        + "\",\"ai_org\":\"openai\",\"ai_model\":\"" + r.model.toUtf8()
        + "\",\"status_code\":\"200\",\"request_url\":\"https://api.openai.com/v1/chat/"
          "completions\",\"cost\":\""
        + QByteArray::number(*r.costCents)
        + "\",\"is_success\":1.0,\"metadata\":{\"key\":["
          "\"_user\",\"_environment\"],\"value\":[\"u\",\"production\"]},\"request\":"
        + r.request + ",\"response\":" + r.response + "}";
    r.rawFormat = u"portkey-export"_qs;
    return r;
}

qint64 peakRssKb()
{
    QFile f(u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time of the whole process (all threads): the wall clock on a shared machine lies.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"/tmp/bench_store.sqlite"_qs;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));

    QString error;
    auto store = LogStore::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator rng(42);
    const qint64 base
        = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    constexpr int kBatch = 10000;
    double insertMs = 0, genMs = 0, insertCpuMs = 0;
    qint64 bytes = 0, inserted = 0;
    store->beginBulkImport(&error);
    for (qint64 done = 0; done < n; done += kBatch) {
        QElapsedTimer g;
        g.start();
        QList<LogRecord> batch;
        batch.reserve(kBatch);
        for (qint64 i = done; i < std::min(n, done + kBatch); ++i) {
            batch.append(makeRecord(rng, i, base));
            bytes += batch.last().raw.size();
        }
        genMs += msSince(g);
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuMs();
        const auto result = store->insert(batch, &error);
        insertMs += msSince(t);
        insertCpuMs += cpuMs() - cpu0;
        if (!result) {
            std::fprintf(stderr, "insert: %s\n", qPrintable(error));
            return 1;
        }
        inserted += result->inserted;
    }
    QElapsedTimer t;
    t.start();
    const double ftsCpu0 = cpuMs();
    if (!store->finishBulkImport(&error)) {
        std::fprintf(stderr, "fts: %s\n", qPrintable(error));
        return 1;
    }
    const double ftsMs = msSince(t);
    const double ftsCpuMs = cpuMs() - ftsCpu0;
    std::printf("records           %lld (raw %.0f MB, %.0f B/record; generating took %.0f ms)\n",
                (long long)inserted, bytes / 1e6, double(bytes) / n, genMs);
    std::printf("hot insert        %.0f ms wall, %.0f ms CPU (%.0f rows/s wall; incl. "
                "compression + text extraction)\n",
                insertMs, insertCpuMs, n / (insertMs / 1000));
    std::printf("deferred indexes + full-text build  %.0f ms wall, %.0f ms CPU (list usable + "
                "FTS done: %.0f ms)\n",
                ftsMs, ftsCpuMs, insertMs + ftsMs);
    std::printf("load average      %s\n",
                [] {
                    QFile f(u"/proc/loadavg"_qs);
                    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
                }()
                    .constData());

    store.reset(); // measure a cold-ish reopen like the app does
    t.start();
    store = LogStore::open(path, &error);
    std::printf("reopen            %.1f ms\n", msSince(t));

    auto timePage = [&](const char *label, LogQuery q) {
        QElapsedTimer pt;
        pt.start();
        const auto page = store->page(q, std::nullopt, 100, &error);
        const double first = msSince(pt);
        pt.start();
        const auto next
            = page && page->next ? store->page(q, page->next, 100, &error) : std::optional<Page>();
        std::printf("page   %-28s first %.2f ms, next %.2f ms (%lld rows)\n", label, first,
                    msSince(pt), page ? (long long)page->rows.size() : -1LL);
    };
    auto timeIds = [&](const char *label, LogQuery q) {
        QElapsedTimer pt;
        pt.start();
        const auto ids = store->rowIds(q, &error);
        std::printf("rowIds %-28s %.1f ms (%lld ids)\n", label, msSince(pt),
                    ids ? (long long)ids->size() : -1LL);
    };
    LogQuery q;
    timePage("time desc", q);
    timeIds("time desc", q);
    q.sort = SortColumn::Cost;
    timePage("cost desc", q);
    timeIds("cost desc", q);
    q.sort = SortColumn::Model;
    q.descending = false;
    timePage("model asc", q);
    timeIds("model asc", q);
    q = LogQuery();
    q.filter = u"model:gpt-4o"_qs;
    timePage("model:gpt-4o", q);
    timeIds("model:gpt-4o", q);
    q.filter = u"status:>=400"_qs;
    timePage("status:>=400", q);
    timeIds("status:>=400", q);
    q.filter = u"banana bread"_qs;
    timePage("banana bread (fts)", q);
    timeIds("banana bread (fts)", q);
    q.filter = u"\"quantum computing\""_qs;
    timeIds("\"quantum computing\" (fts)", q);
    t.start();
    const auto c = store->count({}, &error);
    std::printf("count(*)          %.1f ms (%lld)\n", msSince(t), c ? (long long)*c : -1LL);
    t.start();
    const auto rec = store->record(u"log-7-"_qs, &error);
    Q_UNUSED(rec);
    const auto ids = store->rowIds(LogQuery(), &error);
    t.start();
    const auto one = store->recordByRowId(ids->at(ids->size() / 2), &error);
    std::printf("recordByRowId     %.3f ms (%lld body bytes)\n", msSince(t),
                one ? (long long)(one->request.size() + one->response.size()) : -1LL);

    qint64 fileSize = 0;
    for (const char *suffix : {"", "-wal"})
        fileSize += QFileInfo(path + QLatin1String(suffix)).size();
    std::printf("file size         %.1f MB (%.0f B/record)\n", fileSize / 1e6,
                double(fileSize) / n);
    std::printf("peak RSS          %.1f MB\n", peakRssKb() / 1024.0);
    return 0;
}
