// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportgenerator.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

namespace ExportGenerator {

namespace {

const char *const kModels[]
    = {"gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "gemini-1.5-pro", "mistral-large"};
const char *const kProviders[] = {"openai", "openai", "anthropic", "google", "mistral-ai"};
const char *const kWords[]
    = {"gateway", "latency", "retry",  "fallback", "cache",   "token",  "stream",  "model",
       "prompt",  "config",  "trace",  "request",  "answer",  "deploy", "cluster", "invoice",
       "refund",  "summary", "search", "customer", "support", "vector", "report",  "weather"};

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

} // namespace

qint64 write(const QString &path, qint64 records)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QRandomGenerator rng(42);
    const QDateTime start(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    QByteArray line;
    qint64 bytes = 0;
    for (qint64 i = 0; i < records; ++i) {
        const int m = rng.bounded(int(std::size(kModels)));
        const int prompt = 20 + rng.bounded(400);
        const int completion = 5 + rng.bounded(300);
        const bool ok = rng.bounded(20) != 0;
        const QByteArray created
            = start.addMSecs(i * 250).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_qs).toLatin1();
        const QByteArray id = QByteArray::number(0x10000000 + i, 16);
        const QByteArray trace = "trace-" + QByteArray::number(i / 3, 16);
        const QByteArray question = sentence(rng, 60);
        const QByteArray answer = sentence(rng, 90);
        line.clear();
        line += R"({"id":"6c1f)" + id + R"(-0000-4000-8000-000000000000","trace_id":")" + trace
            + R"(","created_at":")" + created
            + R"(","request":{"url":"https://api.openai.com/v1/chat/completions","method":"POST","headers":{"content-type":"application/json"},"body":{"model":")"
            + kModels[m]
            + R"(","messages":[{"role":"system","content":"You are a helpful assistant for the operations team."},{"role":"user","content":")"
            + question
            + R"("}],"temperature":0.2,"max_tokens":512},"portkeyHeaders":{"x-portkey-trace-id":")"
            + trace + R"(","x-portkey-metadata":"{\"_user\":\"user)" + QByteArray::number(i % 17)
            + R"(@acme.dev\"}"}},"response":{"status":)" + (ok ? "200" : "500")
            + R"(,"headers":{"content-type":"application/json","x-portkey-cache-status":"DISABLED","x-portkey-retry-attempt-count":"0"},"body":{"id":"chatcmpl-)"
            + id + R"(","object":"chat.completion","model":")" + kModels[m]
            + R"(","choices":[{"index":0,"message":{"role":"assistant","content":")" + answer
            + R"("},"finish_reason":"stop"}],"usage":{"prompt_tokens":)"
            + QByteArray::number(prompt) + R"(,"completion_tokens":)"
            + QByteArray::number(completion) + R"(,"total_tokens":)"
            + QByteArray::number(prompt + completion) + R"(}},"responseTime":)"
            + QByteArray::number(200 + rng.bounded(3000)) + R"(},"is_success":)"
            + (ok ? "1.0" : "0.0") + R"(,"ai_org":")" + kProviders[m] + R"(","ai_model":")"
            + kModels[m] + R"(","req_units":)" + QByteArray::number(prompt) + R"(.0,"res_units":)"
            + QByteArray::number(completion) + R"(.0,"total_units":)"
            + QByteArray::number(prompt + completion)
            + R"(.0,"request_url":"https://api.openai.com/v1/chat/completions","cost":)"
            + QByteArray::number((prompt * 0.00025 + completion * 0.001), 'f', 5)
            + R"(,"cost_currency":"USD","response_time":")"
            + QByteArray::number(200 + rng.bounded(3000)) + R"(","response_status_code":)"
            + (ok ? "200.0" : "500.0") + R"(,"mode":"SINGLE","config":"pc-bench-)"
            + QByteArray::number(m)
            + R"(","prompt_slug":null,"metadata":{"key":["_user","env"],"value":["user)"
            + QByteArray::number(i % 17) + R"(@acme.dev","production"]}})" + '\n';
        if (out.write(line) != line.size())
            return -1;
        bytes += line.size();
    }
    return bytes;
}

} // namespace ExportGenerator
