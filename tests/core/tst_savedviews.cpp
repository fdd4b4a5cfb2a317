// SPDX-License-Identifier: GPL-3.0-or-later
// Saved views in a store's settings (SQLite and a throwaway PostgreSQL): round trip, the errors a
// user sees, two connections saving at once, and views as gatescope://view links both ways.
#include "deeplink.h"
#include "logstore.h"
#include "postgresfixture.h"
#include "savedviews.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data() { addBackends(); }
    void roundTrip();
    void errors_data() { addBackends(); }
    void errors();
    void unreadableViewsAreLeftAlone_data() { addBackends(); }
    void unreadableViewsAreLeftAlone();
    void interleavedSavesKeepBoth_data() { addBackends(); }
    void interleavedSavesKeepBoth();
    void concurrentSavesFromTwoConnections_data() { addBackends(); }
    void concurrentSavesFromTwoConnections();
    void renameDeleteAndRestore_data() { addBackends(); }
    void renameDeleteAndRestore();
    void linkRoundTrip_data();
    void linkRoundTrip();
    void linkReadsLenientInput();
    void linkRejects_data();
    void linkRejects();
    void sortText();

private:
    void addBackends();
    QString location(const QString &name);
    std::unique_ptr<LogStore> open(const QString &location);

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresFixture> m_postgres;
    int m_case = 0;
};

void TestSavedViews::addBackends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestSavedViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_postgres = std::make_unique<PostgresFixture>();
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
}

void TestSavedViews::cleanupTestCase()
{
    m_postgres.reset();
}

QString TestSavedViews::location(const QString &name)
{
    QFETCH(bool, postgres);
    const QString unique = QStringLiteral("%1_%2").arg(name).arg(++m_case);
    if (!postgres)
        return m_dir.filePath(unique + u".sqlite"_qs);
    QString error;
    const QString url = m_postgres->databaseUrl(unique, &error);
    if (url.isEmpty())
        qWarning("%s", qPrintable(error));
    return url;
}

std::unique_ptr<LogStore> TestSavedViews::open(const QString &location)
{
    QString error;
    auto store = LogStore::open(location, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

namespace {

SavedView makeView(const QString &name, const QString &filter)
{
    SavedView view;
    view.name = name;
    view.filter = filter;
    return view;
}

} // namespace

void TestSavedViews::roundTrip()
{
    const QString where = location(u"roundtrip"_qs);
    QString error;
    {
        auto store = open(where);
        QVERIFY(store);
        SavedViews views(*store);
        const auto none = views.list(&error);
        QVERIFY2(none, qPrintable(error));
        QVERIFY(none->isEmpty());

        SavedView costly = makeView(u"Teure Anfragen \u00fcber 1 \u20ac"_qs,
                                    u"cost:>100 \"caf\u00e9 cr\u00e8me\" -model:gpt-3.5*"_qs);
        costly.sort = SortColumn::Cost;
        costly.descending = true;
        costly.columns = {u"time"_qs, u"model"_qs, u"cost"_qs, u"status"_qs};
        QVERIFY2(views.save(costly, &error), qPrintable(error));
        SavedView errors = makeView(u"Errors"_qs, u"status:5xx"_qs);
        errors.sort = SortColumn::Latency;
        errors.descending = false;
        QVERIFY2(views.save(errors, &error), qPrintable(error));
    }
    // Another connection (the CLI, a teammate) reads the same views, in the order saved.
    auto store = open(where);
    QVERIFY(store);
    SavedViews views(*store);
    const auto list = views.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, u"Teure Anfragen \u00fcber 1 \u20ac"_qs);
    QCOMPARE(list->at(0).filter, u"cost:>100 \"caf\u00e9 cr\u00e8me\" -model:gpt-3.5*"_qs);
    QCOMPARE(list->at(0).sort, SortColumn::Cost);
    QVERIFY(list->at(0).descending);
    QCOMPARE(list->at(0).columns,
             (QStringList {u"time"_qs, u"model"_qs, u"cost"_qs, u"status"_qs}));
    QCOMPARE(list->at(1).name, u"Errors"_qs);
    QCOMPARE(list->at(1).sort, SortColumn::Latency);
    QVERIFY(!list->at(1).descending);
    QVERIFY(list->at(1).columns.isEmpty());
    const auto found = views.find(u"errors"_qs, &error); // any case
    QVERIFY(found);
    QCOMPARE(found->filter, u"status:5xx"_qs);
    // Replace keeps the place and changes the content.
    SavedView replaced = makeView(u"Errors"_qs, u"status:>=400"_qs);
    QVERIFY2(views.save(replaced, &error, SavedViews::IfExists::Replace), qPrintable(error));
    QCOMPARE(views.list(&error)->at(1), replaced);
    QCOMPARE(views.list(&error)->size(), 2);
}

void TestSavedViews::errors()
{
    auto store = open(location(u"errors"_qs));
    QVERIFY(store);
    SavedViews views(*store);
    QString error;
    QVERIFY(!views.save(makeView(QString(), u"model:gpt-4o"_qs), &error));
    QCOMPARE(error, u"A view needs a name."_qs);
    QVERIFY(!views.save(makeView(u"   "_qs, u"model:gpt-4o"_qs), &error));
    QCOMPARE(error, u"A view needs a name."_qs);
    QVERIFY(!views.save(makeView(QString(101, u'x'), QString()), &error));
    QVERIFY2(error.contains(u"100"), qPrintable(error));
    QVERIFY(!views.save(makeView(u"tab\there"_qs, QString()), &error));
    QVERIFY2(error.contains(u"control"), qPrintable(error));
    // A filter that does not parse says where.
    QVERIFY(!views.save(makeView(u"Bad"_qs, u"model:gpt-4o status:>>400"_qs), &error));
    QVERIFY2(error.startsWith(u"The filter does not parse at character 14"), qPrintable(error));
    SavedView columns = makeView(u"Columns"_qs, QString());
    columns.columns = {u"time"_qs, u"Model; DROP"_qs};
    QVERIFY(!views.save(columns, &error));
    QVERIFY2(error.contains(u"not a column name"), qPrintable(error));
    columns.columns = {u"time"_qs, u"time"_qs};
    QVERIFY(!views.save(columns, &error));
    QVERIFY2(error.contains(u"twice"), qPrintable(error));
    // Nothing of the above was stored.
    QVERIFY(views.list(&error)->isEmpty());

    QVERIFY2(views.save(makeView(u"Errors"_qs, u"status:5xx"_qs), &error), qPrintable(error));
    QVERIFY(!views.save(makeView(u"errors"_qs, u"status:4xx"_qs), &error));
    QCOMPARE(error, u"A view named \"Errors\" exists already."_qs);
    QVERIFY(!views.save(makeView(u" Errors "_qs, u"status:4xx"_qs), &error));
    QVERIFY(!views.rename(u"Missing"_qs, u"New"_qs, &error));
    QCOMPARE(error, u"There is no view named \"Missing\"."_qs);
    QVERIFY(views.save(makeView(u"Slow"_qs, u"latency:>2000"_qs), &error));
    QVERIFY(!views.rename(u"Slow"_qs, u"ERRORS"_qs, &error));
    QCOMPARE(error, u"A view named \"Errors\" exists already."_qs);
    QVERIFY(!views.rename(u"Slow"_qs, QString(), &error));
    QCOMPARE(error, u"A view needs a name."_qs);
    QCOMPARE(views.remove(u"Missing"_qs, &error), -1);
    QCOMPARE(error, u"There is no view named \"Missing\"."_qs);
    QCOMPARE(views.list(&error)->size(), 2);
}

void TestSavedViews::unreadableViewsAreLeftAlone()
{
    auto store = open(location(u"unreadable"_qs));
    QVERIFY(store);
    QString error;
    const QString garbage = u"{\"views\": [not json"_qs;
    QVERIFY(store->setStoreSetting(u"views"_qs, garbage, &error));
    SavedViews views(*store);
    QVERIFY(!views.list(&error));
    QVERIFY2(error.contains(u"not readable"), qPrintable(error));
    QVERIFY(!views.save(makeView(u"New"_qs, QString()), &error));
    QVERIFY2(error.contains(u"not readable"), qPrintable(error));
    QCOMPARE(store->storeSetting(u"views"_qs, &error), std::optional<QString>(garbage));
    // An entry this version cannot read is skipped; the others still list and survive a save.
    const QString mixed = u"[{\"name\":\"Ok\",\"filter\":\"model:a\"},"
                          "{\"name\":\"Future\",\"sort\":\"sentiment\"},"
                          "{\"name\":\"Keeps\",\"filter\":\"\",\"pinned\":true}]"_qs;
    QVERIFY(store->setStoreSetting(u"views"_qs, mixed, &error));
    const auto list = views.list(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 2);
    QVERIFY(views.save(makeView(u"Added"_qs, QString()), &error));
    const QString after = *store->storeSetting(u"views"_qs, &error);
    QVERIFY2(after.contains(u"\"sentiment\"") && after.contains(u"\"pinned\":true"),
             qPrintable(after));
}

void TestSavedViews::interleavedSavesKeepBoth()
{
    // Two windows on one store, each opened before the other saved: neither loses the other's.
    const QString where = location(u"interleaved"_qs);
    auto first = open(where);
    auto second = open(where);
    QVERIFY(first && second);
    SavedViews a(*first), b(*second);
    QString error;
    QVERIFY(a.list(&error)->isEmpty());
    QVERIFY(b.list(&error)->isEmpty());
    QVERIFY2(a.save(makeView(u"From A"_qs, u"model:a"_qs), &error), qPrintable(error));
    QVERIFY2(b.save(makeView(u"From B"_qs, u"model:b"_qs), &error), qPrintable(error));
    QCOMPARE(a.remove(u"From B"_qs, &error), 1);
    QVERIFY2(b.save(makeView(u"From B again"_qs, u"model:b"_qs), &error), qPrintable(error));
    QStringList names;
    const auto list = a.list(&error);
    QVERIFY2(list, qPrintable(error));
    for (const SavedView &view : *list)
        names << view.name;
    QCOMPARE(names, (QStringList {u"From A"_qs, u"From B again"_qs}));
}

namespace {

class Saver : public QThread
{
public:
    Saver(const QString &location, const QString &prefix, int count)
        : m_location(location)
        , m_prefix(prefix)
        , m_count(count)
    { }
    QStringList failures;

protected:
    void run() override
    {
        QString error;
        auto store = LogStore::open(m_location, &error);
        if (!store) {
            failures << error;
            return;
        }
        SavedViews views(*store);
        for (int i = 0; i < m_count; ++i) {
            if (!views.save(makeView(QStringLiteral("%1 %2").arg(m_prefix).arg(i),
                                     QStringLiteral("tokens:>%1").arg(i)),
                            &error))
                failures << error;
        }
    }

private:
    QString m_location, m_prefix;
    int m_count;
};

} // namespace

void TestSavedViews::concurrentSavesFromTwoConnections()
{
    // Two writers saving at the same time, each on its own connection: every view is kept.
    const QString where = location(u"concurrent"_qs);
    QVERIFY(open(where)); // created and migrated once, as MainWindow does
    constexpr int PerWriter = 15;
    Saver one(where, u"one"_qs, PerWriter), two(where, u"two"_qs, PerWriter);
    one.start();
    two.start();
    QVERIFY(one.wait(120000) && two.wait(120000));
    QVERIFY2(one.failures.isEmpty(), qPrintable(one.failures.join(u'\n')));
    QVERIFY2(two.failures.isEmpty(), qPrintable(two.failures.join(u'\n')));
    auto store = open(where);
    QString error;
    const auto list = SavedViews(*store).list(&error);
    QVERIFY2(list, qPrintable(error));
    QStringList names;
    for (const SavedView &view : *list)
        names << view.name;
    QCOMPARE(names.size(), 2 * PerWriter);
    for (int i = 0; i < PerWriter; ++i) {
        QVERIFY2(names.contains(QStringLiteral("one %1").arg(i)), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("two %1").arg(i)), qPrintable(names.join(u',')));
    }
}

void TestSavedViews::renameDeleteAndRestore()
{
    auto store = open(location(u"rename"_qs));
    QVERIFY(store);
    SavedViews views(*store);
    QString error;
    for (const QString &name : {u"A"_qs, u"B"_qs, u"C"_qs})
        QVERIFY(views.save(makeView(name, u"model:"_qs + name.toLower()), &error));
    QVERIFY2(views.rename(u"B"_qs, u"Bee \u00e9"_qs, &error), qPrintable(error));
    QVERIFY2(views.rename(u"C"_qs, u"c"_qs, &error), qPrintable(error)); // a change of case
    auto names = [&] {
        QStringList out;
        const auto list = views.list(&error);
        for (const SavedView &view : list.value_or(QList<SavedView>()))
            out << view.name;
        return out;
    };
    QCOMPARE(names(), (QStringList {u"A"_qs, u"Bee \u00e9"_qs, u"c"_qs}));
    const SavedView bee = *views.find(u"Bee \u00e9"_qs, &error);
    QCOMPARE(bee.filter, u"model:b"_qs);
    // Delete and undo: back where it was.
    const int position = views.remove(u"Bee \u00e9"_qs, &error);
    QCOMPARE(position, 1);
    QCOMPARE(names(), (QStringList {u"A"_qs, u"c"_qs}));
    QVERIFY(views.save(bee, &error, SavedViews::IfExists::Refuse, position));
    QCOMPARE(names(), (QStringList {u"A"_qs, u"Bee \u00e9"_qs, u"c"_qs}));
}

void TestSavedViews::linkRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("expected"); // the link, or empty to check the round trip only
    QTest::newRow("plain") << u"Errors"_qs << u"status:5xx"_qs
                           << u"gatescope://view?filter=status:5xx&sort=cost:desc&columns=time,"
                              "model,cost&name=Errors"_qs;
    QTest::newRow("quotes and spaces")
        << u"Say \"hi\""_qs << u"\"exact phrase\" model:gpt-4o"_qs
        << u"gatescope://view?filter=%22exact%20phrase%22%20model:gpt-4o&sort=cost:desc&"
           "columns=time,model,cost&name=Say%20%22hi%22"_qs;
    QTest::newRow("non-ASCII") << u"\u00dcbersicht \u65e5\u672c \U0001F600"_qs
                               << u"\"caf\u00e9\" user:j\u00fcrgen"_qs << QString();
    QTest::newRow("URL characters")
        << u"a&b=c?d#e%f+g/h"_qs << u"meta.q:\"a&b=c#d%25+e\" -word"_qs << QString();
    QTest::newRow("no name, no filter") << QString() << QString()
                                        << u"gatescope://view?filter=&sort=cost:desc&columns="
                                           "time,model,cost"_qs;
}

void TestSavedViews::linkRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, filter);
    QFETCH(QString, expected);
    SavedView view = makeView(name, filter);
    view.sort = SortColumn::Cost;
    view.columns = {u"time"_qs, u"model"_qs, u"cost"_qs};
    const QString link = view.toLink();
    if (!expected.isEmpty())
        QCOMPARE(link, expected);
    // Only characters a URL may carry as they are.
    for (const QChar c : link)
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'#',
                 qPrintable(link));
    QString error;
    const auto parsed = DeepLink::parse(link, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->kind, DeepLink::Kind::View);
    QCOMPARE(parsed->view, view);
    QVERIFY(parsed->store.isEmpty());
    // With a store, through Open Link's parser too.
    const QString withStore = view.toLink(u"team-logs"_qs);
    QVERIFY(withStore.endsWith(u"&store=team-logs"));
    const auto any = DeepLink::parseAny(withStore, DeepLink::defaultPortkeyTemplates(), &error);
    QVERIFY2(any, qPrintable(error));
    QCOMPARE(any->view, view);
    QCOMPARE(any->store, u"team-logs"_qs);
    QCOMPARE(any->toUrl(), withStore);
}

void TestSavedViews::linkReadsLenientInput()
{
    // Typed or pasted from a page that decoded it: spaces and non-ASCII as they are, a trailing
    // slash after "view", no sort (newest first) and no columns (the window's).
    QString error;
    const auto link = DeepLink::parse(
        u"  gatescope://view/?filter=model:gpt-4o \"caf\u00e9\"&name=Caf\u00e9 view  "_qs, &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(link->view.filter, u"model:gpt-4o \"caf\u00e9\""_qs);
    QCOMPARE(link->view.name, u"Caf\u00e9 view"_qs);
    QCOMPARE(link->view.sort, SortColumn::Time);
    QVERIFY(link->view.descending);
    QVERIFY(link->view.columns.isEmpty());
    const auto bare = DeepLink::parse(u"gatescope://view"_qs, &error);
    QVERIFY2(bare, qPrintable(error));
    QVERIFY(bare->view.filter.isEmpty());
    // A plus sign is a plus sign.
    QCOMPARE(DeepLink::parse(u"gatescope://view?filter=a+b"_qs, &error)->view.filter, u"a+b"_qs);
    // Log links are as they were.
    const auto log = DeepLink::parse(u"gatescope://log/abc-1?store=work"_qs, &error);
    QVERIFY2(log, qPrintable(error));
    QCOMPARE(log->kind, DeepLink::Kind::Log);
    QCOMPARE(log->id, u"abc-1"_qs);
}

void TestSavedViews::linkRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("bad filter") << u"gatescope://view?filter=status:>>400"_qs
                                << u"does not parse at character 1:"_qs;
    QTest::newRow("bad sort") << u"gatescope://view?sort=sentiment:desc"_qs << u"sort"_qs;
    QTest::newRow("bad order") << u"gatescope://view?sort=cost:up"_qs << u"sort"_qs;
    QTest::newRow("unknown key") << u"gatescope://view?filter=a&open=/etc/passwd"_qs
                                 << u"not \"open\""_qs;
    QTest::newRow("twice") << u"gatescope://view?filter=a&filter=b"_qs << u"twice"_qs;
    QTest::newRow("bad escape") << u"gatescope://view?filter=%zz"_qs << u"malformed"_qs;
    QTest::newRow("cut escape") << u"gatescope://view?filter=abc%2"_qs << u"malformed"_qs;
    QTest::newRow("control character") << u"gatescope://view?filter=a%0Ab"_qs << u"control"_qs;
    QTest::newRow("bad UTF-8") << u"gatescope://view?filter=%C3%28"_qs << u"malformed"_qs;
    QTest::newRow("bad column") << u"gatescope://view?columns=time,Model%3B"_qs << u"columns"_qs;
    QTest::newRow("column twice") << u"gatescope://view?columns=time,time"_qs << u"columns"_qs;
    QTest::newRow("bad store") << u"gatescope://view?store=../x"_qs << u"store"_qs;
    QTest::newRow("fragment") << u"gatescope://view?filter=a#b"_qs << u"fragment"_qs;
    QTest::newRow("path") << u"gatescope://view/other?filter=a"_qs << u"gatescope://view?"_qs;
    QTest::newRow("too long") << u"gatescope://view?filter="_qs + QString(40000, u'a')
                              << u"too long"_qs;
}

void TestSavedViews::linkRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString error;
    const auto link = DeepLink::parseAny(text, DeepLink::defaultPortkeyTemplates(), &error);
    QVERIFY(!link);
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(error.size() < 300);
}

void TestSavedViews::sortText()
{
    SortColumn sort = SortColumn::Time;
    bool descending = true;
    QVERIFY(SavedView::parseSort(u"cost"_qs, &sort, &descending));
    QCOMPARE(sort, SortColumn::Cost);
    QVERIFY(!descending); // smallest first unless :desc
    QVERIFY(SavedView::parseSort(u"time"_qs, &sort, &descending));
    QVERIFY(descending); // newest first
    QVERIFY(SavedView::parseSort(u"Latency:DESC"_qs, &sort, &descending));
    QCOMPARE(sort, SortColumn::Latency);
    QVERIFY(descending);
    QVERIFY(!SavedView::parseSort(u"cost:desc:x"_qs, &sort, &descending));
    QVERIFY(!SavedView::parseSort(QString(), &sort, &descending));
    for (const QString &name : SavedView::sortNames())
        QCOMPARE(SavedView::sortName(*SavedView::sortFromName(name)), name);
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
