// SPDX-License-Identifier: GPL-3.0-or-later
// DeepLink: the gatescope:// links it accepts, the hostile ones it rejects, and Portkey app URLs.
#include "deeplink.h"

#include <QTest>

class TestDeepLink : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void roundTrip();
    void portkey_data();
    void portkey();
    void customTemplate();
    void checkTemplate();
    void storeNames();
};

void TestDeepLink::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("store");
    const int log = int(DeepLink::Kind::Log);
    const int trace = int(DeepLink::Kind::Trace);
    QTest::newRow("log") << "gatescope://log/abc-123" << log << "abc-123"
                         << "";
    QTest::newRow("uuid") << "gatescope://log/0f6c1a9e-5d2b-4c1e-9f0a-1b2c3d4e5f60" << log
                          << "0f6c1a9e-5d2b-4c1e-9f0a-1b2c3d4e5f60"
                          << "";
    QTest::newRow("trace") << "gatescope://trace/trace-abc" << trace << "trace-abc"
                           << "";
    QTest::newRow("store") << "gatescope://log/x1?store=work" << log << "x1"
                           << "work";
    QTest::newRow("colon and dot") << "gatescope://log/req:1.2_3" << log << "req:1.2_3"
                                   << "";
    QTest::newRow("encoded once") << "gatescope://log/a%2Db" << log << "a-b"
                                  << "";
    QTest::newRow("whitespace around") << "  gatescope://log/abc\n"
                                       << log << "abc"
                                       << "";
    QTest::newRow("scheme case") << "GateScope://log/abc" << log << "abc"
                                 << "";
    QTest::newRow("200 chars") << "gatescope://log/" + QString(200, u'a') << log
                               << QString(200, u'a') << "";
}

void TestDeepLink::accepts()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(QString, store);
    QString error;
    const auto link = DeepLink::parse(text, &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(int(link->kind), kind);
    QCOMPARE(link->id, id);
    QCOMPARE(link->store, store);
}

void TestDeepLink::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("no id") << "gatescope://log/";
    QTest::newRow("no slash") << "gatescope://log";
    QTest::newRow("other kind") << "gatescope://config/abc";
    QTest::newRow("traversal") << "gatescope://log/../../etc/passwd";
    QTest::newRow("dotdot") << "gatescope://log/..";
    QTest::newRow("dot") << "gatescope://log/.";
    QTest::newRow("dotdot inside") << "gatescope://log/a..b";
    QTest::newRow("encoded traversal") << "gatescope://log/%2E%2E%2Fetc%2Fpasswd";
    QTest::newRow("encoded dotdot") << "gatescope://log/%2e%2e";
    QTest::newRow("encoded slash") << "gatescope://log/a%2Fb";
    QTest::newRow("double encoded slash") << "gatescope://log/a%252Fb";
    QTest::newRow("double encoded dots") << "gatescope://log/%252e%252e";
    QTest::newRow("encoded nul") << "gatescope://log/a%00b";
    QTest::newRow("encoded newline") << "gatescope://log/a%0Ab";
    QTest::newRow("bad escape") << "gatescope://log/a%zz";
    QTest::newRow("truncated escape") << "gatescope://log/a%4";
    QTest::newRow("overlong utf8") << "gatescope://log/%C0%AE%C0%AE";
    QTest::newRow("non-ascii") << "gatescope://log/caf\u00e9";
    QTest::newRow("fullwidth dots") << "gatescope://log/\uff0e\uff0e";
    QTest::newRow("space") << "gatescope://log/a b";
    QTest::newRow("encoded space") << "gatescope://log/a%20b";
    QTest::newRow("backslash") << "gatescope://log/..\\..\\x";
    QTest::newRow("trailing slash") << "gatescope://log/abc/";
    QTest::newRow("nested") << "gatescope://log/abc/def";
    QTest::newRow("too long id") << "gatescope://log/" + QString(201, u'a');
    QTest::newRow("very long") << "gatescope://log/" + QString(100000, u'a');
    QTest::newRow("userinfo") << "gatescope://evil@log/abc";
    QTest::newRow("port") << "gatescope://log:80/abc";
    QTest::newRow("three slashes") << "gatescope:///log/abc";
    QTest::newRow("fragment") << "gatescope://log/abc#x";
    QTest::newRow("unknown option") << "gatescope://log/abc?file=/etc/passwd";
    QTest::newRow("two stores") << "gatescope://log/abc?store=a&store=b";
    QTest::newRow("store traversal") << "gatescope://log/abc?store=../x";
    QTest::newRow("store slash") << "gatescope://log/abc?store=a%2Fb";
    QTest::newRow("store hidden") << "gatescope://log/abc?store=.config";
    QTest::newRow("http") << "http://example.com/log/abc";
    QTest::newRow("javascript") << "javascript:alert(1)";
    QTest::newRow("javascript in id") << "gatescope://log/javascript:alert(1)";
    QTest::newRow("file") << "file:///etc/passwd";
    QTest::newRow("file in id") << "gatescope://log/file:%2F%2F%2Fetc%2Fpasswd";
    QTest::newRow("data") << "data:text/html,<script>alert(1)</script>";
    QTest::newRow("other scheme") << "gatescopex://log/abc";
    QTest::newRow("shell") << "gatescope://log/$(rm%20-rf%20~)";
    QTest::newRow("semicolon") << "gatescope://log/a;b";
    QTest::newRow("quote") << "gatescope://log/a\"b";
    QTest::newRow("percent in id") << "gatescope://log/100%25";
}

void TestDeepLink::rejects()
{
    QFETCH(QString, text);
    QString error;
    const auto link = DeepLink::parseAny(text, DeepLink::defaultPortkeyTemplates(), &error);
    QVERIFY2(!link, qPrintable(link ? link->id : QString()));
    QVERIFY(!error.isEmpty());
    QVERIFY(error.size() < 300); // a message, not an echo of the input
}

void TestDeepLink::roundTrip()
{
    DeepLink link;
    link.kind = DeepLink::Kind::Trace;
    link.id = QStringLiteral("trace:1.a_b-c");
    link.store = QStringLiteral("team-store");
    QCOMPARE(link.toUrl(), QStringLiteral("gatescope://trace/trace:1.a_b-c?store=team-store"));
    const auto parsed = DeepLink::parse(link.toUrl(), nullptr);
    QVERIFY(parsed);
    QVERIFY(*parsed == link);
}

void TestDeepLink::portkey_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    const int log = int(DeepLink::Kind::Log);
    const int trace = int(DeepLink::Kind::Trace);
    QTest::newRow("selectedTraceId")
        << "https://app.portkey.ai/organisation/8f1c-org/logs?workspaceId=ws-1&traceView=true"
           "&selectedTraceId=trace-77&logLogStoreFilePathFormat=v1"
           "&logCreatedAt=2026-01-02T03:04:05.000Z"
        << trace << "trace-77";
    QTest::newRow("trace_id") << "https://app.portkey.ai/logs?trace_id=abc.1" << trace << "abc.1";
    QTest::newRow("logId") << "https://app.portkey.ai/organisation/o1/logs?logId=log-9" << log
                           << "log-9";
    QTest::newRow("log_id") << "https://app.portkey.ai/logs?x=1&log_id=log-10" << log << "log-10";
    QTest::newRow("path") << "https://app.portkey.ai/organisation/o1/logs/log-11/" << log
                          << "log-11";
    QTest::newRow("log wins over trace")
        << "https://app.portkey.ai/organisation/o1/logs?selectedTraceId=t1&logId=l1" << log << "l1";
}

void TestDeepLink::portkey()
{
    QFETCH(QString, url);
    QFETCH(int, kind);
    QFETCH(QString, id);
    QString error;
    const auto link = DeepLink::parseAny(url, DeepLink::defaultPortkeyTemplates(), &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(int(link->kind), kind);
    QCOMPARE(link->id, id);
}

void TestDeepLink::customTemplate()
{
    const QStringList templates {
        QStringLiteral("https://portkey.example.com/o/{orgId}/requests/{logId}")};
    QString error;
    auto link = DeepLink::parseAny(
        QStringLiteral("https://portkey.example.com/o/acme/requests/r-1"), templates, &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(link->id, QStringLiteral("r-1"));
    // Not the defaults any more, and other hosts never match.
    QVERIFY(!DeepLink::parseAny(QStringLiteral("https://app.portkey.ai/logs?log_id=a"), templates,
                                &error));
    QVERIFY(!DeepLink::parseAny(QStringLiteral("https://evil.example.com/o/acme/requests/r-1"),
                                templates, &error));
    QVERIFY(!DeepLink::parseAny(
        QStringLiteral("https://portkey.example.com@evil.example.com/o/acme/requests/r-1"),
        templates, &error));
    // Hostile ids through a Portkey URL are rejected the same way.
    for (const char *bad :
         {"https://app.portkey.ai/logs?log_id=..%2F..%2Fetc",
          "https://app.portkey.ai/logs?log_id=%252e%252e", "https://app.portkey.ai/logs/..",
          "https://app.portkey.ai/logs?trace_id=javascript:alert(1)%3B",
          "https://app.portkey.ai/logs?trace_id=", "https://app.portkey.ai/configs/abc"}) {
        QVERIFY2(!DeepLink::parseAny(QString::fromLatin1(bad), DeepLink::defaultPortkeyTemplates(),
                                     &error),
                 bad);
        QVERIFY(!error.isEmpty());
    }
}

void TestDeepLink::checkTemplate()
{
    for (const QString &t : DeepLink::defaultPortkeyTemplates())
        QVERIFY2(DeepLink::checkTemplate(t).isEmpty(), qPrintable(t));
    QVERIFY(!DeepLink::checkTemplate(QStringLiteral("https://app.portkey.ai/logs")).isEmpty());
    QVERIFY(!DeepLink::checkTemplate(QStringLiteral("file:///{logId}")).isEmpty());
    QVERIFY(!DeepLink::checkTemplate(QStringLiteral("https://x/{logId}/{traceId}")).isEmpty());
}

void TestDeepLink::storeNames()
{
    // ?store=work names ~/logs/work.sqlite or a PostgreSQL database called work.
    QCOMPARE(DeepLink::storeNameOf(QStringLiteral("/home/a/logs/work.sqlite")),
             QStringLiteral("work"));
    QCOMPARE(DeepLink::storeNameOf(QStringLiteral("postgresql://gs@db.example.com:5432/team")),
             QStringLiteral("team"));
    const QStringList recent {QStringLiteral("/tmp/a/gatescope.sqlite"),
                              QStringLiteral("postgresql://gs@db/team?sslmode=require"),
                              QStringLiteral("/tmp/b/work.sqlite")};
    QCOMPARE(DeepLink::findStore(QStringLiteral("work"), recent), recent.at(2));
    QCOMPARE(DeepLink::findStore(QStringLiteral("team"), recent), recent.at(1));
    QCOMPARE(DeepLink::findStore(QStringLiteral("other"), recent), QString());
}

QTEST_GUILESS_MAIN(TestDeepLink)
#include "tst_deeplink.moc"
