// SPDX-License-Identifier: GPL-3.0-or-later
// The secret redactor on its own: every form the second hardening round found (issue #15) ends
// as [REDACTED], and every byte that is not a secret stays as it was received.

#include "logrecord.h"
#include "secretredactor.h"

#include <QRandomGenerator>
#include <QTest>

#include <simdjson.h>

#include <functional>
#include <optional>

namespace {

// scanMayFindSecret() of text parsed as JSON; nothing when it is not JSON.
std::optional<bool> parsedVerdict(const QByteArray &text)
{
    simdjson::dom::parser parser;
    simdjson::dom::element parsed;
    const simdjson::padded_string padded(text.constData(), size_t(text.size()));
    if (parser.parse(padded).get(parsed) != simdjson::SUCCESS)
        return std::nullopt;
    return SecretRedactor::scanMayFindSecret(parsed);
}

} // namespace

class TestSecretRedactor : public QObject
{
    Q_OBJECT

private slots:
    void secretKeyNames_data();
    void secretKeyNames();
    void redactsEveryForm_data();
    void redactsEveryForm();
    void keepsEveryOtherByte_data();
    void keepsEveryOtherByte();
    void bodyOver4MbWithUpperCaseKey();
    void metadataColumn();
    void redactStillRefusesInvalidJson();
    void csvRowFieldByField();
    void parsedVerdictOnGeneratedJson();
    void parsedVerdictPassesAPlainRecord();
};

void TestSecretRedactor::secretKeyNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    const char *const secrets[] = {"api_key",
                                   "API_KEY",
                                   "Api-Key",
                                   "apiKey",
                                   "x-api-key",
                                   "openai_key",
                                   "OPENAI_KEY",
                                   "groqKey",
                                   "anthropic_api_key",
                                   "aws_secret_access_key",
                                   "awsSecretAccessKey",
                                   "password",
                                   "token",
                                   "secret",
                                   "client_secret",
                                   "access_token",
                                   "authorization",
                                   "x-portkey-api-key",
                                   "key",
                                   "sessionToken",
                                   "private_key",
                                   "x-goog-api-key",
                                   "adToken",
                                   "auth"};
    for (const char *name : secrets)
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    const char *const plain[] = {"prompt_tokens",
                                 "max_tokens",
                                 "total_tokens",
                                 "monkey",
                                 "keyword",
                                 "virtual_key",
                                 "x-portkey-virtual-key",
                                 "prompt_cache_key",
                                 "extra_key",
                                 "model",
                                 "author",
                                 "metadata.key",
                                 "tokens",
                                 "keys"};
    for (const char *name : plain)
        QTest::newRow(name) << QString::fromLatin1(name) << false;
}

void TestSecretRedactor::secretKeyNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    const QByteArray utf8 = name.toUtf8();
    QCOMPARE(SecretRedactor::isSecretKey(std::string_view(utf8.constData(), size_t(utf8.size()))),
             secret);
}

void TestSecretRedactor::redactsEveryForm_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("upper case key")
        << QByteArray(R"({"API_KEY":"sk-UPPER-1"})") << QByteArray("sk-UPPER-1");
    QTest::newRow("dashed key") << QByteArray(R"({"Api-Key": "sk-DASH-2"})")
                                << QByteArray("sk-DASH-2");
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"text\":\"caf\xe9\",\"api_key\":\"sk-UTF-3\"}") << QByteArray("sk-UTF-3");
    for (const char *name : {"openai_key", "anthropic_api_key", "aws_secret_access_key", "password",
                             "token", "secret", "client_secret"})
        QTest::newRow(name) << QByteArray("{\"providerOptions\":{\"") + name + "\":\"SEKRIT-" + name
                + "\"}}" << QByteArray("SEKRIT-") + name;
    QTest::newRow("url over 8 KB") << QByteArray("{\"url\":\"https://x.example/p?pad=")
            + QByteArray(9000, 'a') + "&key=AIza-LONG-URL-4\"}"
                                   << QByteArray("AIza-LONG-URL-4");
    QTest::newRow("percent-encoded name")
        << QByteArray(R"({"url":"https://x.example/v1?ke%79=AIza-PCT-5&alt=sse"})")
        << QByteArray("AIza-PCT-5");
    QTest::newRow("config not json")
        << QByteArray(R"({"x-portkey-config":"{provider: 'openai', api_key: 'sk-BAD-CONFIG-6',}"})")
        << QByteArray("sk-BAD-CONFIG-6");
    QTest::newRow("json in json in json")
        << QByteArray(R"({"a":"{\"b\":\"{\\\"api_key\\\":\\\"sk-NESTED-7\\\"}\"}"})")
        << QByteArray("sk-NESTED-7");
    QTest::newRow("user info") << QByteArray(
        R"({"x-portkey-custom-host":"https://user:SECRET-USERINFO-8@host.example/v1"})")
                               << QByteArray("SECRET-USERINFO-8");
    QTest::newRow("url echoed in an error message") << QByteArray(
        R"x({"error":{"message":"Request to https://generativelanguage.googleapis.com/v1beta/models/g:generateContent?key=AIza-ECHO-9 failed (404)"}})x")
                                                    << QByteArray("AIza-ECHO-9");
    QTest::newRow("escaped ampersand")
        << QByteArray(R"({"u":"https://h.example/p?alt=sse\u0026key=AIza-ESC-10"})")
        << QByteArray("AIza-ESC-10");
    QTest::newRow("escaped key name")
        << QByteArray(R"({"api_\u006bey":"sk-ESCKEY-11"})") << QByteArray("sk-ESCKEY-11");
    // Nothing but the escape tells this one (no "key", "pass", "%", "@"...), and it is longer
    // than 16 bytes: the filter's SSE2 path must see the escape too.
    QTest::newRow("escaped key name, no other sign")
        << QByteArray(R"({"\u0070assword":"hunter2-ESC-18"})") << QByteArray("hunter2-ESC-18");
    QTest::newRow("plain text url")
        << QByteArray("GET /v1/x?api_key=sk-TEXT-12 failed") << QByteArray("sk-TEXT-12");
    QTest::newRow("form body") << QByteArray("client_secret=sk-FORM-13&grant_type=x")
                               << QByteArray("sk-FORM-13");
    QTest::newRow("truncated json")
        << QByteArray(R"({"messages":[{"role":"user"}],"api_key":"sk-TRUNC-14)")
        << QByteArray("sk-TRUNC-14");
    QTest::newRow("metadata header")
        << QByteArray(R"({"_user":"alice","api_key":"sk-META-15"})") << QByteArray("sk-META-15");
    QTest::newRow("bearer") << QByteArray(R"({"h":"Bearer sk-BEARER-16"})")
                            << QByteArray("sk-BEARER-16");
    QTest::newRow("escaped slashes and user info")
        << QByteArray(R"({"h":"https:\/\/u:SECRET-SLASH-17@h.example"})")
        << QByteArray("SECRET-SLASH-17");
}

void TestSecretRedactor::redactsEveryForm()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, secret);
    const QByteArray out = SecretRedactor::redactedBytes(input);
    QVERIFY2(!out.contains(secret), out.left(400).constData());
    QVERIFY2(out.contains("[REDACTED]"), out.left(400).constData());
    // The import skips the scan of a parsed record when scanMayFindSecret() says no.
    QVERIFY(parsedVerdict(input).value_or(true));
    // Idempotent: redacting again changes nothing.
    std::string again;
    QVERIFY(
        !SecretRedactor::redactText(std::string_view(out.constData(), size_t(out.size())), again));
}

void TestSecretRedactor::keepsEveryOtherByte_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("whitespace and order")
        << QByteArray("{ \"model\" : \"gpt-4o\",\n  \"api_key\" :  \"sk-1\" , \"n\": 1.0 }")
        << QByteArray("{ \"model\" : \"gpt-4o\",\n  \"api_key\" :  \"[REDACTED]\" , \"n\": 1.0 }");
    QTest::newRow("invalid byte kept")
        << QByteArray("{\"t\":\"caf\xe9 \\u00e9\",\"token\":\"x\"}")
        << QByteArray("{\"t\":\"caf\xe9 \\u00e9\",\"token\":\"[REDACTED]\"}");
    QTest::newRow("only the parameter value")
        << QByteArray(R"({"u":"https://h/p?alt=sse&KEY=abc#frag"})")
        << QByteArray(R"({"u":"https://h/p?alt=sse&KEY=[REDACTED]#frag"})");
    QTest::newRow("nested keeps its escapes")
        << QByteArray(R"({"c":"{\"provider\":\"openai\",\"api_key\":\"sk-2\"}"})")
        << QByteArray(R"({"c":"{\"provider\":\"openai\",\"api_key\":\"[REDACTED]\"}"})");
    QTest::newRow("user info password only")
        << QByteArray("https://user:pw@host/x") << QByteArray("https://user:[REDACTED]@host/x");
    QTest::newRow("logprobs token") << QByteArray(R"({"token":"Hi","logprob":-0.1,"bytes":[72]})")
                                    << QByteArray(R"({"token":"Hi","logprob":-0.1,"bytes":[72]})");
    QTest::newRow("usage and metadata key list")
        << QByteArray(R"({"usage":{"prompt_tokens":3},"metadata":{"key":["_user"]},"key":7})")
        << QByteArray(R"({"usage":{"prompt_tokens":3},"metadata":{"key":["_user"]},"key":7})");
    QTest::newRow("virtual key") << QByteArray(R"({"virtual_key":"openai-main"})")
                                 << QByteArray(R"({"virtual_key":"openai-main"})");
    QTest::newRow("object under a secret name")
        << QByteArray(R"({"credentials":{"a":"b"},"x":1})")
        << QByteArray(R"({"credentials":"[REDACTED]","x":1})");
    QTest::newRow("number under a password")
        << QByteArray(R"({"password":1234})") << QByteArray(R"({"password":"[REDACTED]"})");
}

void TestSecretRedactor::keepsEveryOtherByte()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(SecretRedactor::redactedBytes(input), expected);
    if (expected != input)
        QVERIFY(parsedVerdict(input).value_or(true));
}

void TestSecretRedactor::bodyOver4MbWithUpperCaseKey()
{
    QByteArray body = R"({"messages":[{"role":"user","content":")";
    body += QByteArray(5 * 1024 * 1024, 'x');
    body += R"("}],"API_KEY":"sk-BIG-UPPER-1"})";
    const QByteArray out = SecretRedactor::redactedBytes(body);
    QVERIFY(!out.contains("sk-BIG-UPPER-1"));
    QCOMPARE(out.size(), body.size() - qsizetype(strlen("sk-BIG-UPPER-1")) + 10);
}

void TestSecretRedactor::metadataColumn()
{
    LogRecord r;
    r.metadata.insert(QStringLiteral("api_key"), QStringLiteral("sk-META-COLUMN-1"));
    r.metadata.insert(QStringLiteral("_user"), QStringLiteral("alice"));
    r.metadata.insert(QStringLiteral("link"), QStringLiteral("https://h/x?token=sk-META-URL-2"));
    r.configId = QStringLiteral("provider=openai&api_key=sk-CONFIG-ID-3");
    // Portkey's parallel lists: the value sits apart from its key in the raw record.
    r.raw = R"({"metadata.key":["_user","api_key"],"metadata.value":["alice","sk-META-COLUMN-1"]})";
    SecretRedactor::redactRecord(r);
    QCOMPARE(
        r.raw,
        QByteArray(
            R"({"metadata.key":["_user","api_key"],"metadata.value":["alice","[REDACTED]"]})"));
    QCOMPARE(r.metadata.value(QStringLiteral("api_key")), QStringLiteral("[REDACTED]"));
    QCOMPARE(r.metadata.value(QStringLiteral("_user")), QStringLiteral("alice"));
    QCOMPARE(r.metadata.value(QStringLiteral("link")),
             QStringLiteral("https://h/x?token=[REDACTED]"));
    QVERIFY(!r.configId.contains(u"sk-CONFIG-ID-3"));
}

void TestSecretRedactor::redactStillRefusesInvalidJson()
{
    // The gateway stream reader repairs invalid UTF-8 when redact() refuses it.
    SecretRedactor redactor;
    std::string out;
    QVERIFY(!redactor.redact("{\"a\":\"\xe9\"}", out));
    QVERIFY(redactor.redact(R"({"a":1,"password":"x"})", out));
    QCOMPARE(QByteArray::fromStdString(out), QByteArray(R"({"a":1,"password":"[REDACTED]"})"));
}

void TestSecretRedactor::csvRowFieldByField()
{
    // A JSON body in a quoted CSV field has its quotes doubled; only the values change.
    const QByteArray row = R"x(2024-10-21,"{""model"":""gpt-4o"",""API_KEY"":""sk-CSV-1""}",)x"
                           R"x(https://h/v1?key=AIza-2,"a ""quoted"" word",)x";
    QCOMPARE(SecretRedactor::redactedCsvRow(row),
             QByteArray(R"x(2024-10-21,"{""model"":""gpt-4o"",""API_KEY"":""[REDACTED]""}",)x"
                        R"x(https://h/v1?key=[REDACTED],"a ""quoted"" word",)x"));
    const QByteArray plain = "a,b,\"c,d\",e";
    QCOMPARE(SecretRedactor::redactedCsvRow(plain), plain);
}

void TestSecretRedactor::parsedVerdictOnGeneratedJson()
{
    // Random documents from the pieces every rule reacts to (secret and harmless key names,
    // escapes, URLs with parameters and user info, credentials, JSON inside strings, logprobs):
    // wherever the scan replaces something, scanMayFindSecret() must have said it may, or the
    // import would store the secret. Both answers must occur, or the test proves nothing.
    static const char *const keys[] = {
        "model",
        "content",
        "role",
        "api_key",
        "token",
        "key",
        "prompt_tokens",
        "virtual_key",
        "Authorization",
        "x-portkey-metadata",
        "url",
        "logprob",
        "bytes",
        "credentials",
        "password",
        "monkey",
        "keyword",
        R"(api_\u006bey)",
        R"(\u0070assword)",
        "metadata.key",
        "top_logprobs",
        "cache_key",
        "groqKey",
        "auth",
        "text",
    };
    // The raw JSON content of string values (escapes as they are written in the document).
    static const char *const strings[] = {
        "hello",
        "Bearer sk-1",
        "basic idea",
        "  bearer x",
        "https://u:pw@h.example/x",
        "https://h.example/p?alt=sse&key=abc",
        "user@acme.dev",
        "a=b",
        R"(x\u003dy)",
        R"({\"api_key\":\"sk-n\"})",
        R"({\"model\":\"m\"})",
        " [1,2]",
        R"(say \"key\": \"v\")",
        R"(\u0062earer x)",
        R"(https:\/\/u:SECRET@h.example)",
        "?ke%79=AIza",
        "token count",
        "it's a key",
        "https://averyveryverylonguser@h.example",
        "{provider: 'openai', api_key: 'sk-c'}",
        "mail me at a@b",
        "x&password=y",
        "[REDACTED]",
        R"(\u0041uthorization)",
        "code=1234",
        "sig=abc",
        R"(\n{\"token\":\"t\"})",
        "",
    };
    QRandomGenerator random(20261208);
    std::function<QByteArray(int)> value = [&](int depth) -> QByteArray {
        const int kind = int(random.bounded(depth > 3 ? 4 : 6));
        switch (kind) {
        case 0:
            return QByteArray::number(random.bounded(1000));
        case 1:
            return random.bounded(2) ? "true" : "null";
        case 2:
        case 3:
            return QByteArray("\"") + strings[random.bounded(int(std::size(strings)))] + '"';
        case 4: {
            QByteArray out = "[";
            for (int i = int(random.bounded(4)); i > 0; --i)
                out += value(depth + 1) + (i > 1 ? "," : "");
            return out + ']';
        }
        default: {
            QByteArray out = "{";
            for (int i = int(random.bounded(5)); i > 0; --i)
                out += QByteArray("\"") + keys[random.bounded(int(std::size(keys)))]
                    + "\":" + value(depth + 1) + (i > 1 ? "," : "");
            return out + '}';
        }
        }
    };
    int parsedClean = 0, replaced = 0;
    for (int n = 0; n < 20000; ++n) {
        QByteArray document = "{";
        for (int i = int(random.bounded(1, 6)); i > 0; --i)
            document += QByteArray("\"") + keys[random.bounded(int(std::size(keys)))]
                + "\":" + value(1) + (i > 1 ? "," : "");
        document += '}';
        const std::optional<bool> verdict = parsedVerdict(document);
        QVERIFY2(verdict.has_value(), document.constData());
        const bool changed = SecretRedactor::redactedBytes(document) != document;
        QVERIFY2(!changed || *verdict, document.constData());
        parsedClean += *verdict ? 0 : 1;
        replaced += changed ? 1 : 0;
    }
    QVERIFY(parsedClean > 1000);
    QVERIFY(replaced > 1000);
}

void TestSecretRedactor::parsedVerdictPassesAPlainRecord()
{
    // A record without secrets is decided on its parsed values, without the scan: its usage
    // counts (*_tokens), metadata key list, a JSON metadata header, an e-mail address and a URL
    // do not count as signs. (The import's reading thread spends a third less for it.)
    const QByteArray row
        = R"({"id":"r1","created_at":"2026-10-01T00:00:00.000","request":{)"
          R"("url":"https://api.openai.com/v1/chat/completions","method":"POST","headers":)"
          R"({"content-type":"application/json"},"body":{"model":"gpt-4o","messages":[{"role":)"
          R"("user","content":"summarise the refund report"}],"max_tokens":512},"portkeyHeaders":)"
          R"({"x-portkey-metadata":"{\"_user\":\"user0@acme.dev\"}"}},"response":{"status":200,)"
          R"("body":{"usage":{"prompt_tokens":247,"completion_tokens":229}}},"config":"pc-1",)"
          R"("metadata":{"key":["_user","env"],"value":["user0@acme.dev","production"]}})";
    QCOMPARE(parsedVerdict(row), std::optional<bool>(false));
    // One secret anywhere in it, and the answer changes.
    QByteArray withKey = row;
    withKey.replace(R"("config":"pc-1")", R"("config":"pc-1","openai_key":"sk-x")");
    QCOMPARE(parsedVerdict(withKey), std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
