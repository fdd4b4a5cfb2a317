// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterparser.h"
#include "logstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// The filter language end to end: parsed, compiled to SQL with bound values, run over a small
// store whose expected answers are worked out by hand.
class TestFilterParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void errors_data();
    void errors();
    void fieldsForCompletion();
    void mostTermsStillRun();
    void valuesAreBoundNotPasted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LogStore> m_store;
};

namespace {

QDateTime at(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

FeedbackEntry feedback(const QString &id, double value, double weight)
{
    FeedbackEntry f;
    f.id = id;
    f.value = value;
    f.weight = weight;
    f.createdAt = at("2026-01-06T00:00:00.000");
    return f;
}

QList<LogRecord> records()
{
    LogRecord a;
    a.id = u"a"_qs;
    a.createdAt = at("2026-01-05T10:00:00.000");
    a.model = u"gpt-4o"_qs;
    a.provider = u"openai"_qs;
    a.statusCode = 200;
    a.requestType = RequestType::Chat;
    a.cache = CacheState::Hit;
    a.retryCount = 0;
    a.fallbackActive = true;
    a.loadbalanceActive = false;
    a.configId = u"pc-abc"_qs;
    a.promptId = u"pp-xyz"_qs;
    a.traceId = u"t-123"_qs;
    a.spanId = u"s-1"_qs;
    a.virtualKey = u"main"_qs;
    a.metadata = {{u"_user"_qs, u"alice"_qs}, {u"env"_qs, u"prod"_qs}};
    a.totalTokens = 1500;
    a.costCents = 1.0;
    a.latencyMs = 2500;
    a.feedback = {feedback(u"fa"_qs, 5, 1)};
    a.endpoint = u"/v1/chat/completions"_qs;
    a.source = u"export.jsonl"_qs;
    a.request = R"({"messages":[{"role":"user","content":"hello world banana"}]})";
    a.response = R"({"choices":[{"message":{"content":"yellow fruit"}}]})";

    LogRecord b;
    b.id = u"b"_qs;
    b.createdAt = at("2026-01-20T00:00:00.000");
    b.model = u"gpt-4o-mini"_qs;
    b.provider = u"openai"_qs;
    b.statusCode = 404;
    b.requestType = RequestType::Chat;
    b.cache = CacheState::Miss;
    b.retryCount = -1;
    b.fallbackActive = false;
    b.loadbalanceActive = true;
    b.traceId = u"t-123"_qs;
    b.metadata = {{u"_user"_qs, u"bob"_qs}, {u"env"_qs, u"dev"_qs}};
    b.totalTokens = 200;
    b.costCents = 0.2;
    b.latencyMs = 300;
    b.feedback = {feedback(u"fb1"_qs, -3, 1), feedback(u"fb2"_qs, 1, 0.5)};
    b.endpoint = u"/v1/chat/completions"_qs;
    b.request = R"({"messages":[{"role":"user","content":"the quick brown fox"}]})";
    b.response = R"({"choices":[{"message":{"content":"jumps"}}]})";

    LogRecord c;
    c.id = u"c"_qs;
    c.createdAt = at("2026-02-01T12:30:00.000");
    c.model = u"claude-3-5-sonnet"_qs;
    c.provider = u"anthropic"_qs;
    c.statusCode = 500;
    c.requestType = RequestType::Messages;
    c.cache = CacheState::SemanticHit;
    c.retryCount = 2;
    c.totalTokens = 50;
    c.costCents = 2.5;
    c.latencyMs = 100;
    c.tracked = false;
    c.endpoint = u"/v1/messages"_qs;
    c.source = u"stream"_qs;

    LogRecord d; // nothing known but its id, time and a request body
    d.id = u"d"_qs;
    d.createdAt = at("2026-01-10T00:00:00.000");
    d.request = R"({"prompt":"banana split"})";

    LogRecord e;
    e.id = u"e"_qs;
    e.createdAt = at("2026-01-01T00:00:00.000");
    e.model = u"GPT-4O"_qs;
    e.provider = u"azure-openai"_qs;
    e.statusCode = 201;
    e.requestType = RequestType::Embedding;
    e.cache = CacheState::Disabled;
    e.retryCount = 0;
    e.metadata = {{u"_user"_qs, u"Alice"_qs}, {u"env"_qs, u"prod"_qs}};
    e.totalTokens = 1000;
    e.costCents = 0.5;
    e.latencyMs = 2000;
    e.request = R"({"input":"quick fox phrase"})";
    return {a, b, c, d, e};
}

} // namespace

void TestFilterParser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = LogStore::open(m_dir.filePath(u"f.sqlite"_qs), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(m_store->insert(records(), &error), qPrintable(error));
}

void TestFilterParser::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("expected"); // ids, sorted, comma-separated

    auto row = [](const char *filter, const char *expected) {
        QTest::newRow(filter) << QString::fromUtf8(filter) << QString::fromLatin1(expected);
    };
    row("", "a,b,c,d,e");
    // Text fields: whole value, case-insensitive; '*' for a prefix.
    row("model:gpt-4o", "a,e");
    row("model:GPT-4o", "a,e");
    row("model:gpt-4o*", "a,b,e");
    row("model:gpt", "");
    row("model:*", "a,b,c,e");
    // Negation: "not (matches)"; an unknown model does not match, so -model:x keeps it.
    row("-model:gpt-4o", "b,c,d");
    row("provider:openai", "a,b");
    row("provider:OPENAI", "a,b");
    // Numbers and classes; unknown (NULL) never matches a comparison.
    row("status:200", "a");
    row("status:>=400", "b,c");
    row("status:5xx", "c");
    row("status:2xx", "a,e");
    row("status:<300", "a,e");
    row("-status:>=400", "a,d,e");
    row("type:chat", "a,b");
    row("type:embedding", "e");
    row("cache:hit", "a");
    row("cache:semantic_hit", "c");
    row("cache:disabled", "e");
    row("cache:miss", "b");
    row("retry:failed", "b");
    row("retry:none", "a,e");
    row("retry:not_triggered", "a,e");
    row("retry:>0", "c");
    row("retry:2", "c");
    row("fallback:active", "a");
    row("fallback:disabled", "b");
    row("lb:active", "b");
    row("lb:disabled", "a");
    row("config:pc-abc", "a");
    row("config:PC-ABC", "a");
    row("prompt:pp-xyz", "a");
    row("trace:t-123", "a,b");
    row("vkey:main", "a");
    row("user:alice", "a,e");
    row("meta._user:bob", "b");
    row("meta.env:prod", "a,e");
    row("meta.env:dev", "b");
    row("meta.env:pr*", "a,e");
    row("meta.missing:x", "");
    row("-meta.env:prod", "b,c,d");
    row("tokens:>1000", "a");
    row("tokens:>=1000", "a,e");
    row("tokens:100..1000", "b,e");
    row("tokens:1000..100", "b,e");
    row("tokens:..100", "c");
    row("tokens:1000..", "a,e");
    row("-tokens:>100", "c,d");
    row("cost:0.5..2", "a,e");
    row("cost:>2", "c");
    row("cost:<0.5", "b");
    row("cost:0.2", "b");
    row("latency:>2000", "a");
    row("latency:<=2000", "b,c,e");
    row("feedback:any", "a,b");
    row("feedback:none", "c,d,e");
    row("feedback:<0", "b");
    row("feedback:>=5", "a");
    row("tracked:false", "c");
    row("tracked:true", "a,b,d,e");
    row("after:2026-01-10", "b,c,d");
    row("before:2026-01-10", "a,e");
    row("after:2026-01-05T10:00", "a,b,c,d");
    row("before:2026-01-05T10:00", "e");
    row("after:2026-01-05T10:00:00.001Z", "b,c,d");
    row("id:a", "a");
    row("span:s-1", "a");
    row("endpoint:/v1/messages", "c");
    row("endpoint:/v1/chat*", "a,b");
    row("source:stream", "c");
    row("source:export.jsonl", "a");
    // Full text: words, phrases, prefixes; keys and roles are not indexed.
    row("banana", "a,d");
    row("BANANA", "a,d");
    row("\"quick brown\"", "b");
    row("\"brown quick\"", "");
    row("quick", "b,e");
    row("fox*", "b,e");
    row("ban*", "a,d");
    row("-banana", "b,c,e");
    row("yellow", "a");
    row("role", "");
    row("user", "");
    // AND, OR.
    row("model:gpt-4o OR provider:anthropic", "a,c,e");
    row("model:gpt-4o OR provider:anthropic status:500", "c");
    row("provider:openai status:404", "b");
    row("quick -model:gpt-4o", "b");
    row("cache:hit OR cache:miss OR cache:disabled", "a,b,e");
}

void TestFilterParser::matches()
{
    QFETCH(QString, filter);
    QFETCH(QString, expected);
    QVERIFY(!m_store->checkFilter(filter));
    QString error;
    LogQuery query;
    query.filter = filter;
    const auto ids = m_store->rowIds(query, &error);
    QVERIFY2(ids, qPrintable(error));
    QStringList got;
    for (const LogRecord &r : m_store->rowsByIds(*ids, &error))
        got.append(r.id);
    got.sort();
    QCOMPARE(got.join(u','), expected);
    const auto n = m_store->count(filter, &error);
    QVERIFY2(n, qPrintable(error));
    QCOMPARE(*n, qint64(got.size()));
}

void TestFilterParser::errors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown field")
        << u"modle:gpt"_qs << 0 << 9 << u"unknown field 'modle' (did you mean 'model'?)"_qs;
    QTest::newRow("not a number") << u"model:gpt cost:abc"_qs << 10 << 8
                                  << u"'cost' takes a number, got 'abc'"_qs;
    QTest::newRow("bad range") << u"tokens:1..x"_qs << 0 << 11
                               << u"'tokens' takes a number, got '1..x'"_qs;
    QTest::newRow("unclosed quote") << u"foo \"bar baz"_qs << 4 << 8 << u"unclosed quote"_qs;
    QTest::newRow("unclosed value quote") << u"model:\"gpt"_qs << 6 << 4 << u"unclosed quote"_qs;
    QTest::newRow("OR first") << u"OR model:x"_qs << 0 << 2 << u"OR needs a term on both sides"_qs;
    QTest::newRow("OR last") << u"model:x OR"_qs << 8 << 2 << u"OR needs a term on both sides"_qs;
    QTest::newRow("OR OR") << u"model:x OR OR y"_qs << 11 << 2
                           << u"OR needs a term on both sides"_qs;
    QTest::newRow("bad cache") << u"cache:hitt"_qs << 0 << 10
                               << u"'cache' takes one of disabled, miss, semantic_miss, "
                                  "refreshed, hit, semantic_hit, got 'hitt'"_qs;
    QTest::newRow("bad date") << u"after:yesterday"_qs << 0 << 15
                              << u"'after' takes a date like 2026-01-01 or 2026-01-01T12:00, "
                                 "got 'yesterday'"_qs;
    QTest::newRow("bad status") << u"status:abc"_qs << 0 << 10
                                << u"'status' takes a number or one of 1xx, 2xx, 3xx, 4xx, "
                                   "5xx, got 'abc'"_qs;
    QTest::newRow("lone minus") << u"a - b"_qs << 2 << 1 << u"'-' needs a term after it"_qs;
    QTest::newRow("empty value") << u"x model:"_qs << 2 << 6 << u"'model' needs a value"_qs;
    QTest::newRow("negated bad") << u"-costs:1"_qs << 0 << 8
                                 << u"unknown field 'costs' (did you mean 'cost'?)"_qs;
    QTest::newRow("meta without key")
        << u"meta.:x"_qs << 0 << 7 << u"'meta.' needs a key: meta.KEY:value"_qs;
    // nan and inf are not numbers a field can hold (QString::toDouble reads them).
    QTest::newRow("nan") << u"cost:nan"_qs << 0 << 8 << u"'cost' takes a number, got 'nan'"_qs;
    QTest::newRow("inf") << u"tokens:>inf"_qs << 0 << 11
                         << u"'tokens' takes a number, got '>inf'"_qs;
    QTest::newRow("-infinity range") << u"latency:-infinity..5"_qs << 0 << 20
                                     << u"'latency' takes a number, got '-infinity..5'"_qs;
    QTest::newRow("1e999") << u"cost:1e999"_qs << 0 << 10
                           << u"'cost' takes a number, got '1e999'"_qs;
    {
        // 997 terms reached SQLite's "Expression tree is too large" without a position.
        QString many;
        for (int i = 0; i < 1000; ++i)
            many += u"model:m"_qs + QString::number(i % 10) + u' ';
        const int position = FilterParser::kMaxTerms * 9; // "model:mN " is 9 characters
        QTest::newRow("too many terms")
            << many << position << 8
            << u"too many terms: a filter may have at most %1"_qs.arg(FilterParser::kMaxTerms);
    }
    QTest::newRow("url") << u"https://example.com"_qs << 0 << 19
                         << u"unknown field 'https' (put text containing ':' in quotes to "
                            "search for it)"_qs;
}

void TestFilterParser::errors()
{
    QFETCH(QString, filter);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, message);
    const auto error = m_store->checkFilter(filter);
    QVERIFY(error);
    QCOMPARE(error->message, message);
    QCOMPARE(error->position, position);
    QCOMPARE(error->length, length);
    // Running a malformed filter reports the same problem instead of returning rows.
    QString why;
    LogQuery query;
    query.filter = filter;
    QVERIFY(!m_store->rowIds(query, &why));
    QVERIFY(why.contains(message));
}

void TestFilterParser::fieldsForCompletion()
{
    const QList<FilterFieldInfo> fields = FilterParser::fields();
    QStringList names;
    for (const FilterFieldInfo &f : fields)
        names.append(f.name);
    for (const char *name :
         {"model",  "provider", "status",   "type",     "cache",   "retry", "fallback",
          "lb",     "config",   "prompt",   "trace",    "vkey",    "user",  "meta.",
          "tokens", "cost",     "latency",  "feedback", "tracked", "after", "before",
          "id",     "span",     "endpoint", "source"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QCOMPARE(FilterParser::field(u"cost"_qs)->kind, FilterValueKind::Number);
    QCOMPARE(FilterParser::field(u"cache"_qs)->kind, FilterValueKind::Enum);
    QVERIFY(FilterParser::field(u"cache"_qs)->values.contains(u"semantic_hit"_qs));
    QCOMPARE(FilterParser::field(u"meta.env"_qs)->kind, FilterValueKind::Text);
    QCOMPARE(FilterParser::field(u"after"_qs)->kind, FilterValueKind::Date);
}

void TestFilterParser::mostTermsStillRun()
{
    // As many terms as allowed, of the kinds that compile deepest, in OR groups and not: the
    // store runs it (on SQLite and PostgreSQL) instead of failing on the expression's depth.
    const QStringList kinds {u"-tokens:1..2"_qs, u"before:2030-01-01"_qs,
                             u"-\"no such\""_qs, u"meta.env:prod*"_qs,
                             u"-status:5xx"_qs,  u"fox"_qs,
                             u"cost:>=0"_qs,     u"OR"_qs};
    QStringList terms;
    int count = 0;
    for (int i = 0; count < FilterParser::kMaxTerms; ++i) {
        const QString &kind = kinds.at(i % kinds.size());
        if (kind == u"OR" && (terms.isEmpty() || terms.last() == u"OR"))
            continue;
        terms.append(kind);
        count += kind != u"OR";
    }
    if (terms.last() == u"OR")
        terms.removeLast();
    const QString filter = terms.join(u' ');
    QVERIFY(!m_store->checkFilter(filter));
    QString error;
    QVERIFY2(m_store->count(filter, &error), qPrintable(error));
    LogQuery query;
    query.filter = filter;
    QVERIFY2(m_store->rowIds(query, &error), qPrintable(error));
    QVERIFY2(m_store->totals(filter, &error), qPrintable(error));
}

void TestFilterParser::valuesAreBoundNotPasted()
{
    QString error;
    LogQuery query;
    for (const QString &filter : {u"model:\"x' OR 1=1 --\""_qs, u"\"' OR 1=1 --\""_qs,
                                  u"meta.a'b]$:x"_qs, u"user:%"_qs, u"model:_*"_qs}) {
        query.filter = filter;
        const auto ids = m_store->rowIds(query, &error);
        QVERIFY2(ids, qPrintable(filter + u": " + error));
        QVERIFY2(ids->isEmpty(), qPrintable(filter));
    }
}

QTEST_GUILESS_MAIN(TestFilterParser)
#include "tst_filterparser.moc"
