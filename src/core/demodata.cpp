// SPDX-License-Identifier: GPL-3.0-or-later
// Over 800 lines because most of it is data: the catalogue of models, prompts, answers, configs,
// traces and images a realistic demo store is made of, and the few generators that combine them
// deterministically; the code that writes them to a store is DemoData::fill at the end.
#include "demodata.h"

#include "logstore.h"
#include "pngwriter.h"
#include "store/listcolumns.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>
#include <cmath>
#include <deque>

// Bodies are written as JSON text directly rather than through QJsonDocument: building a
// QJsonObject per record costs more than the rest of a record together, and the generator has to
// make 200k records a second for the benchmarks. Every string that goes into a body is escaped
// once, when the text tables are built.

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kTimelineDays = 30;

// ---------------------------------------------------------------------------------------------
// Static tables

struct ModelSpec
{
    const char *provider;
    const char *model;
    const char *servedModel; // what the provider answers in the response body
    RequestType type;
    double inputPerMTok; // USD per million tokens
    double outputPerMTok;
    int ttftMin, ttftMax; // ms
    int tokensPerSecond;
    bool reasoning;
    bool vision;
    const char *idPrefix; // response id
};

enum Model {
    Gpt4o,
    Gpt4oMini,
    O3Mini,
    Claude35Sonnet,
    Gemini15Pro,
    MistralLarge,
    Llama33,
    Gpt35Instruct,
    Embedding3Small,
    DallE3,
    GptImage1,
    ModelCount
};

// Public list prices of late 2025, USD per million tokens.
const ModelSpec kModels[ModelCount] = {
    {"openai", "gpt-4o", "gpt-4o-2024-08-06", RequestType::Chat, 2.50, 10.00, 300, 900, 85, false,
     true, "chatcmpl-"},
    {"openai", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", RequestType::Chat, 0.15, 0.60, 220, 600,
     110, false, true, "chatcmpl-"},
    {"openai", "o3-mini", "o3-mini-2025-01-31", RequestType::Chat, 1.10, 4.40, 400, 1200, 150, true,
     false, "chatcmpl-"},
    {"anthropic", "claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20241022", RequestType::Chat,
     3.00, 15.00, 550, 1400, 60, false, true, "msg_"},
    {"google", "gemini-1.5-pro", "gemini-1.5-pro-002", RequestType::Chat, 1.25, 5.00, 450, 1200, 80,
     false, true, "portkey-"},
    {"mistral-ai", "mistral-large-latest", "mistral-large-2411", RequestType::Chat, 2.00, 6.00, 300,
     800, 70, false, false, "cmpl-"},
    {"groq", "llama-3.3-70b-versatile", "llama-3.3-70b-versatile", RequestType::Chat, 0.59, 0.79,
     60, 220, 280, false, false, "chatcmpl-"},
    {"openai", "gpt-3.5-turbo-instruct", "gpt-3.5-turbo-instruct", RequestType::Completion, 1.50,
     2.00, 150, 400, 120, false, false, "cmpl-"},
    {"openai", "text-embedding-3-small", "text-embedding-3-small", RequestType::Embedding, 0.02, 0,
     0, 0, 0, false, false, ""},
    {"openai", "dall-e-3", "dall-e-3", RequestType::Image, 0, 0, 0, 0, 0, false, false, ""},
    {"openai", "gpt-image-1", "gpt-image-1", RequestType::Image, 5.00, 40.00, 0, 0, 0, false, false,
     ""},
};

struct WeightedModel
{
    Model model;
    int weight;
};
const WeightedModel kChatModels[]
    = {{Gpt4o, 24},      {Gpt4oMini, 30},   {O3Mini, 8}, {Claude35Sonnet, 14},
       {Gemini15Pro, 7}, {MistralLarge, 5}, {Llama33, 7}};
const WeightedModel kVisionModels[]
    = {{Gpt4o, 40}, {Gpt4oMini, 25}, {Claude35Sonnet, 25}, {Gemini15Pro, 10}};

enum CacheMode { NoCache, SimpleCache, SemanticCache };

struct ConfigSpec
{
    const char *id;
    Strategy strategy;
    CacheMode cache;
    bool retry;
    Model targets[2];
    const char *virtualKeys[2];
    int weight; // how often requests use it
};

const ConfigSpec kConfigs[] = {
    {"pc-support-prod-7f3a91", Strategy::Single, SimpleCache, true, {}, {}, 16},
    {"pc-semantic-faq-2b81d0", Strategy::Single, SemanticCache, true, {}, {}, 10},
    {"pc-retry-only-31c9b8", Strategy::Single, NoCache, true, {}, {}, 8},
    {"pc-fallback-4o-claude-c0de42",
     Strategy::Fallback,
     NoCache,
     true,
     {Gpt4o, Claude35Sonnet},
     {"openai-prod-3f9a2c", "anthropic-prod-b4c2e1"},
     12},
    {"pc-fallback-mini-groq-91aa3e",
     Strategy::Fallback,
     SimpleCache,
     true,
     {Gpt4oMini, Llama33},
     {"openai-prod-3f9a2c", "groq-prod-e91f44"},
     7},
    {"pc-lb-mini-keys-5d2e7b",
     Strategy::Loadbalance,
     SimpleCache,
     true,
     {Gpt4oMini, Gpt4oMini},
     {"openai-prod-3f9a2c", "openai-batch-7d1e08"},
     10},
    {"pc-lb-claude-gemini-e7a410",
     Strategy::Loadbalance,
     NoCache,
     true,
     {Claude35Sonnet, Gemini15Pro},
     {"anthropic-prod-b4c2e1", "gemini-prod-52ad9f"},
     5},
};

const char *virtualKeyFor(const char *provider, bool batch)
{
    const QLatin1String p(provider);
    if (p == QLatin1String("openai"))
        return batch ? "openai-batch-7d1e08" : "openai-prod-3f9a2c";
    if (p == QLatin1String("anthropic"))
        return "anthropic-prod-b4c2e1";
    if (p == QLatin1String("google"))
        return "gemini-prod-52ad9f";
    if (p == QLatin1String("mistral-ai"))
        return "mistral-prod-0c7b3a";
    return "groq-prod-e91f44";
}

const char *const kUsers[] = {
    "alice@acme.dev", "bob@acme.dev",   "carol@acme.dev",   "dmitri@acme.dev",
    "erin@acme.dev",  "farah@acme.dev", "gustavo@acme.dev", "hana@acme.dev",
    "ivan@acme.dev",  "jules@acme.dev", "kenji@acme.dev",   "lena@acme.dev",
};
const char *const kSources[] = {"web", "slack", "cli", "api"};

struct Tool
{
    const char *name;
    const char *description;
    const char *parameter;
    const char *parameterDescription;
};

struct App
{
    const char *name;
    const char *team;
    const char *system;
    const char *spanName; // for single-span traces
    const char *promptId; // Portkey prompt template, used on some requests
    Tool tool; // name null: the app uses no tools
    int weight;
    bool vision;
};

const App kApps[] = {
    {"support-bot",
     "support",
     "You are Acme Cloud's support assistant. Answer briefly and accurately, link to the docs "
     "when it helps, and never promise refunds or credits.",
     "support.reply",
     "pp-support-reply-8c21f0",
     {"lookup_account", "Look up a customer account by e-mail address", "email",
      "The customer's e-mail address"},
     25,
     false},
    {"code-review",
     "platform",
     "You are a senior engineer reviewing a pull request. Point out bugs first, then risky "
     "changes, then style. Quote the line you mean.",
     "review.diff",
     "pp-code-review-1a9e37",
     {},
     18,
     false},
    {"docs-search",
     "devrel",
     "Answer using only the documentation excerpts provided. If the excerpts do not contain the "
     "answer, say so and suggest where to look.",
     "docs.answer",
     nullptr,
     {"search_docs", "Full-text search over docs.acme.dev", "query", "What to search for"},
     18,
     false},
    {"sql-assistant",
     "data",
     "You translate questions about the analytics warehouse into PostgreSQL. Return one query in "
     "a code block and a one-line explanation. Tables: orders(id, customer_id, total_cents, "
     "created_at), customers(id, email, plan, created_at).",
     "sql.generate",
     "pp-sql-gen-44b0d2",
     {"run_query", "Run a read-only SQL query on the warehouse replica", "sql",
      "A single SELECT statement"},
     12,
     false},
    {"incident-summary",
     "sre",
     "Summarise the incident timeline for the status page: impact, cause, fix, follow-ups. Plain "
     "language, no blame, no internal hostnames.",
     "incident.summarise",
     "pp-incident-sum-9e6c15",
     {},
     7,
     false},
    {"release-notes",
     "platform",
     "Turn merged pull request titles into user-facing release notes grouped under Added, "
     "Changed and Fixed. Skip internal refactors.",
     "release.notes",
     "pp-release-notes-7b3f80",
     {},
     8,
     false},
    {"ui-review",
     "design",
     "You review UI screenshots for accessibility and layout problems. List the issues you see, "
     "most serious first, with a concrete fix for each.",
     "ui.review",
     nullptr,
     {},
     2,
     true},
};
constexpr int kAgentApp = 2; // docs-search runs the agent traces
// The spans under an agent run's "plan" span, in the order they run.
const char *const kAgentSteps[] = {"retrieve", "grade_documents", "rewrite_query", "answer"};

struct Topic
{
    int app;
    const char *question;
    const char *answer;
    const char *followUp;
    const char *followAnswer;
    const char *toolArguments; // JSON text of the tool call's arguments
    const char *toolResult;
};

const Topic kTopics[] = {
    {0, "How do I rotate the API key for my production project without downtime?",
     "Create a second key in Settings > API Keys, deploy it to your services, confirm traffic "
     "uses it in the usage graph, then revoke the old key. Both keys work in parallel until you "
     "revoke one.",
     "Will revoking the old key break running jobs?",
     "Jobs that already authenticated keep running until their next request; any request made "
     "with the revoked key gets a 401, so redeploy batch workers first.",
     "{\"email\":\"ops@northwind.io\"}",
     "{\"plan\":\"team\",\"keys\":2,\"last_rotation\":\"2026-08-14\"}"},
    {0, "Why was I charged twice this month?",
     "You were not charged twice: the first line is the prorated upgrade from Starter to Team on "
     "the 3rd, the second is the regular monthly invoice. Both are listed under Billing > "
     "Invoices.",
     "Can I get the upgrade invoice as a PDF?",
     "Yes: open Billing > Invoices, pick the invoice and use Download PDF. Invoices include your "
     "VAT number if you added one before the invoice date.",
     "{\"email\":\"finance@brightpath.co\"}",
     "{\"plan\":\"team\",\"invoices\":[\"INV-20931\",\"INV-20977\"]}"},
    {0, "Our webhook endpoint keeps getting 429s from you. What is the limit?",
     "Webhooks are delivered at up to 50 requests per second per endpoint, with exponential "
     "backoff on failures. A 429 means your endpoint asked us to slow down; we retry for 24 "
     "hours.",
     "Can we batch the events instead?",
     "Yes: set delivery_mode to batch in the webhook settings and we send up to 100 events per "
     "request every 5 seconds.",
     "{\"email\":\"dev@quillstack.app\"}", "{\"plan\":\"business\",\"webhooks\":3}"},
    {1,
     "Review this change:\n```go\nfunc (c *Cache) Get(k string) (v []byte, ok bool) "
     "{\n\tc.mu.Lock()"
     "\n\tv, ok = c.items[k]\n\treturn\n}\n```",
     "Bug: the mutex is never unlocked, so the second Get deadlocks. Add `defer c.mu.Unlock()` "
     "after Lock. Since Get only reads, an RWMutex with RLock would also let readers run in "
     "parallel.",
     "Is returning the slice directly safe?",
     "Only if callers never modify it: the slice aliases the cached bytes. Return a copy "
     "(`append([]byte(nil), v...)`) or document that the result is read-only.",
     nullptr, nullptr},
    {1,
     "Any problems here?\n```python\ndef load(path):\n    f = open(path)\n    return "
     "json.load(f)\n```",
     "The file is never closed; under load this leaks descriptors. Use `with open(path, "
     "encoding=\"utf-8\") as f:` so it closes on errors too, and pass the encoding explicitly.",
     "Should it catch JSONDecodeError?",
     "Let it propagate unless the caller can do something useful; if you catch it, re-raise with "
     "the path in the message so the log says which file was bad.",
     nullptr, nullptr},
    {1, "Review: `for (int i = 0; i <= items.size(); ++i) total += items[i].price;`",
     "Off-by-one: `<=` reads one past the end. Use `<`, or better a range-for: `for (const auto "
     "&item : items) total += item.price;`. Also consider integer cents instead of a float "
     "price.",
     "Why integer cents?",
     "Binary floating point cannot represent most decimal amounts exactly, so sums drift by "
     "fractions of a cent; integers add exactly and round once, at display time.",
     nullptr, nullptr},
    {2, "How do I configure a fallback from OpenAI to Anthropic?",
     "Create a config with strategy mode \"fallback\" and two targets, OpenAI first and "
     "Anthropic second. Requests go to the second target when the first returns an error "
     "listed in on_status_codes.",
     "Does the fallback keep my system prompt?",
     "Yes. The gateway translates the OpenAI-style request, system prompt included, into "
     "Anthropic's messages format before sending it.",
     "{\"query\":\"fallback config anthropic\"}",
     "[{\"title\":\"Fallbacks\",\"url\":\"https://docs.acme.dev/gateway/fallbacks\"}]"},
    {2, "What does semantic caching match on?",
     "The embedding of the last user message, compared with earlier requests to the same config; "
     "a cosine similarity above the threshold counts as a hit. System prompts and parameters "
     "must match exactly.",
     "Can I force a fresh answer?",
     "Send the header x-portkey-cache-force-refresh: true. The response is fetched again and the "
     "cache entry replaced; the log shows Cache Refreshed.",
     "{\"query\":\"semantic cache similarity threshold\"}",
     "[{\"title\":\"Caching\",\"url\":\"https://docs.acme.dev/gateway/cache\"}]"},
    {2, "How long are request logs kept?",
     "30 days on the Team plan and 90 days on Business. Export older logs with the log export "
     "API before they expire.",
     "Can I turn logging off for some requests?",
     "Yes: send x-portkey-debug: false and the request is logged without its bodies; metrics "
     "such as tokens, cost and latency are still recorded.",
     "{\"query\":\"log retention days\"}",
     "[{\"title\":\"Log retention\",\"url\":\"https://docs.acme.dev/observability/retention\"}]"},
    {3, "Which customers on the team plan spent the most last month?",
     "```sql\nSELECT c.email, sum(o.total_cents) / 100.0 AS spent\nFROM orders o JOIN customers c "
     "ON c.id = o.customer_id\nWHERE c.plan = 'team' AND o.created_at >= date_trunc('month', "
     "now()) "
     "- interval '1 month'\n  AND o.created_at < date_trunc('month', now())\nGROUP BY c.email "
     "ORDER BY spent DESC LIMIT 10;\n```\nTop ten team-plan customers by spend in the previous "
     "calendar month.",
     "Now per week instead of the whole month.",
     "```sql\nSELECT date_trunc('week', o.created_at) AS week, c.email, sum(o.total_cents) / 100.0 "
     "AS spent\nFROM orders o JOIN customers c ON c.id = o.customer_id\nWHERE c.plan = 'team'\n"
     "GROUP BY 1, 2 ORDER BY 1, 3 DESC;\n```\nSpend per customer and week.",
     "{\"sql\":\"SELECT count(*) FROM customers WHERE plan = 'team'\"}", "[{\"count\":412}]"},
    {3, "How many new customers signed up each day this week?",
     "```sql\nSELECT created_at::date AS day, count(*)\nFROM customers\nWHERE created_at >= "
     "date_trunc('week', now())\nGROUP BY 1 ORDER BY 1;\n```\nSign-ups per day since Monday.",
     "Split that by plan.",
     "```sql\nSELECT created_at::date AS day, plan, count(*)\nFROM customers\nWHERE created_at >= "
     "date_trunc('week', now())\nGROUP BY 1, 2 ORDER BY 1, 2;\n```\nSign-ups per day and plan.",
     "{\"sql\":\"SELECT min(created_at) FROM customers\"}", "[{\"min\":\"2023-02-01\"}]"},
    {4,
     "Timeline: 14:02 p99 latency alert on api-gw. 14:06 error rate 12%. 14:11 rolled back "
     "deploy 2026.11.3. 14:18 errors back to baseline. Cause: connection pool size halved by a "
     "config typo.",
     "Between 14:02 and 14:18 UTC about one in eight API requests failed or were slow. A "
     "configuration change released at 13:55 reduced the number of database connections "
     "available; we rolled it back at 14:11 and service recovered by 14:18. We are adding a "
     "check that blocks this kind of change.",
     "Make it shorter for the status page banner.",
     "Resolved: between 14:02 and 14:18 UTC some API requests failed because of a configuration "
     "change, since rolled back.",
     nullptr, nullptr},
    {4,
     "Timeline: 09:40 EU region object storage 503s. 09:52 provider confirms incident. 10:35 "
     "provider recovers. Impact: uploads failed, downloads served from cache.",
     "From 09:40 to 10:35 UTC, file uploads in the EU region failed because our storage provider "
     "had an outage. Downloads kept working from our cache. No data was lost; failed uploads can "
     "simply be retried.",
     "Add a follow-up item.",
     "Follow-up: queue uploads during storage outages and retry them automatically, so users do "
     "not have to.",
     nullptr, nullptr},
    {5,
     "PR titles: Add CSV export to usage page; Fix timezone in weekly report; Bump lodash; "
     "Refactor auth middleware; Show cost per model in dashboard",
     "Added\n- Export usage as CSV from the Usage page.\n- See cost per model on the "
     "dashboard.\n\nFixed\n- Weekly reports now use your account's time zone.",
     "Make it sound friendlier.",
     "New this week: you can download your usage as CSV and see what each model costs you right "
     "on the dashboard. We also fixed weekly reports so they follow your time zone.",
     nullptr, nullptr},
    {5,
     "PR titles: Support SSO with Okta; Fix crash when log list is empty; Remove dead feature "
     "flag; Faster search on large projects",
     "Added\n- Single sign-on with Okta.\n\nChanged\n- Search is faster on large projects.\n\n"
     "Fixed\n- The log list no longer crashes when it is empty.",
     "Translate the Added section to German.", "Neu\n- Single Sign-on mit Okta.", nullptr, nullptr},
    {6, "Does this colour palette have enough contrast for body text?",
     "The light teal on white is about 2.9:1, below the 4.5:1 WCAG AA needs for body text. Darken "
     "the teal to #0f766e or use it only for large headings and icons.",
     "And the orange button?",
     "White on that orange is roughly 3.1:1: fine for large bold text, not for the 14 px label. "
     "Use #c2410c for the button background.",
     nullptr, nullptr},
    {6, "What is off about the layout in this mockup?",
     "The card grid has uneven gutters (16 px left, 24 px right), the primary button is below the "
     "fold at 1280x720, and the error text sits outside the field it belongs to.",
     "Which one should we fix first?",
     "The error text placement: screen readers announce it without context, so forms become hard "
     "to use. The gutters are cosmetic.",
     nullptr, nullptr},
    {6, "Write alt text for this chart.",
     "Bar chart of weekly active users from January to June, rising from about 1,200 to 4,800, "
     "with a dip in April.",
     "Shorter, please.", "Weekly active users, January to June: up from 1,200 to 4,800.", nullptr,
     nullptr},
};

struct CompletionPrompt
{
    const char *prompt;
    const char *text;
};
const CompletionPrompt kCompletionPrompts[] = {
    {"Write a one-line git commit message for this change:\n- retry uploads on 503\n- log the "
     "attempt number\n\nCommit message:",
     " Retry uploads on 503 and log each attempt number"},
    {"Classify the sentiment of this review as positive, negative or neutral.\nReview: The setup "
     "took five minutes and the dashboard is great.\nSentiment:",
     " positive"},
    {"Extract the city from the address.\nAddress: 221B Baker Street, London NW1 6XE, United "
     "Kingdom\nCity:",
     " London"},
    {"Complete the docstring.\ndef parse_duration(text: str) -> int:\n    \"\"\"",
     "Parse a "
     "duration such as '1h30m' and return it in seconds.\"\"\""},
};

const char *const kEmbeddingInputs[] = {
    "Rotating API keys: create the new key, deploy it, then revoke the old one.",
    "Fallback configs send a request to the next target when the first one fails.",
    "Semantic cache hits are matched on the embedding of the last user message.",
    "Webhooks retry with exponential backoff for up to 24 hours.",
    "Invoices are available under Billing > Invoices as PDF.",
    "Logs are retained for 30 days on the Team plan and 90 days on Business.",
    "Virtual keys keep provider API keys out of application code.",
    "Load balancing spreads requests over targets by weight.",
    "Set x-portkey-debug: false to keep request bodies out of the logs.",
    "Single sign-on supports Okta, Azure AD and Google Workspace.",
};

struct ImagePrompt
{
    const char *prompt;
    const char *revised;
};
const ImagePrompt kImagePrompts[] = {
    {"A flat illustration of a lighthouse made of circuit boards, teal and orange",
     "A flat vector illustration of a lighthouse built from green circuit boards, its beam in "
     "teal, against an orange dusk sky."},
    {"Isometric icon of a tiny data centre with plants on the roof",
     "An isometric icon of a small data centre with server racks visible through glass walls and "
     "green plants growing on the roof, soft pastel colours."},
    {"Abstract gradient background for a developer conference banner",
     "An abstract background of flowing purple and blue gradients with subtle grid lines, suited "
     "to a developer conference banner."},
    {"A friendly robot mascot holding a magnifying glass over log lines",
     "A friendly rounded robot mascot holding a magnifying glass over glowing lines of log text, "
     "cartoon style."},
    {"Empty-state illustration: a paper plane over clouds, minimal",
     "A minimal illustration of a white paper plane gliding over soft grey clouds, for an empty "
     "state screen."},
};

struct ErrorSpec
{
    int status;
    const char *body; // %P is replaced by the provider, %M by the model
};
const ErrorSpec kErrors[] = {
    {400,
     "{\"error\":{\"message\":\"This model's maximum context length is 128000 tokens. "
     "However, your messages resulted in 131562 tokens. Please reduce the length of the "
     "messages.\",\"type\":\"invalid_request_error\",\"param\":\"messages\",\"code\":"
     "\"context_length_exceeded\"},\"provider\":\"%P\"}"},
    {400,
     "{\"error\":{\"message\":\"%P error: 'messages' must contain at least one message with "
     "role 'user'\",\"type\":\"invalid_request_error\",\"param\":\"messages\",\"code\":"
     "null},\"provider\":\"%P\"}"},
    {401,
     "{\"error\":{\"message\":\"Incorrect API key provided: sk-proj-****9f2e. You can find "
     "your API key in your provider's dashboard.\",\"type\":\"invalid_request_error\","
     "\"param\":null,\"code\":\"invalid_api_key\"},\"provider\":\"%P\"}"},
    {401,
     "{\"status\":\"failure\",\"message\":\"Invalid API Key. Check the x-portkey-api-key "
     "header.\"}"},
    {404,
     "{\"error\":{\"message\":\"The model `%M-preview` does not exist or you do not have "
     "access to it.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":"
     "\"model_not_found\"},\"provider\":\"%P\"}"},
    {429,
     "{\"error\":{\"message\":\"Rate limit reached for %M on tokens per min (TPM): Limit "
     "30000, Used 29412, Requested 1873. Please try again in 2.57s.\",\"type\":\"tokens\","
     "\"param\":null,\"code\":\"rate_limit_exceeded\"},\"provider\":\"%P\"}"},
    {500,
     "{\"error\":{\"message\":\"The server had an error while processing your request. "
     "Sorry about that!\",\"type\":\"server_error\",\"param\":null,\"code\":null},"
     "\"provider\":\"%P\"}"},
    {502,
     "{\"status\":\"failure\",\"message\":\"%P error: upstream connect error or disconnect/"
     "reset before headers. reset reason: connection termination\"}"},
    {503,
     "{\"error\":{\"message\":\"%P error: Overloaded\",\"type\":\"overloaded_error\","
     "\"param\":null,\"code\":null},\"provider\":\"%P\"}"},
};

// Hour-of-day activity (UTC, teams in Europe and the Americas) and a quieter weekend.
const double kHourActivity[24] = {0.25, 0.2, 0.2, 0.2, 0.25, 0.35, 0.5, 0.8, 1.2, 1.5, 1.6,  1.6,
                                  1.5,  1.6, 1.8, 1.9, 1.8,  1.6,  1.3, 1.0, 0.8, 0.6, 0.45, 0.3};
constexpr double kWeekendActivity = 0.35;

// ---------------------------------------------------------------------------------------------
// Escaped text, built once

QByteArray jsonString(const char *text)
{
    QByteArray out;
    ListColumns::appendJsonString(out, QString::fromUtf8(text));
    return out;
}

QByteArray withNames(const char *templ, const ModelSpec &m)
{
    QByteArray out(templ);
    out.replace("%P", m.provider);
    out.replace("%M", m.model);
    return out;
}

struct EscapedTopic
{
    QByteArray question, answer, followUp, followAnswer, toolArguments, toolResult;
};

struct Texts
{
    QList<QByteArray> systems; // per app
    QList<QByteArray> tools; // per app: the "tools" array, empty when none
    QList<EscapedTopic> topics;
    QList<QList<int>> topicsByApp;
    QList<QByteArray> completionPrompts, completionTexts;
    QList<QByteArray> embeddingInputs;
    QList<QByteArray> imagePrompts, imageRevised;
    // Shared QStrings, so records only take a reference.
    QList<QString> providers, models, users, sources, appNames, teams, spanNames, promptIds;
    QList<QString> configIds;
    QList<QString> agentSpanNames;
    QString planSpan;
    QString modelKeys[ModelCount][2]; // virtual key per model: production, batch
    QString vk[2][std::size(kConfigs)];
    QString post, chatEndpoint, completionEndpoint, embeddingEndpoint, imageEndpoint, usd, demo,
        production, staging, keyUser, keyEnvironment, keyApp, keyTeam, keySource, target0, target1,
        pngMime, indexer, indexerApp, ciUser;

    Texts()
    {
        for (const App &app : kApps) {
            systems.append(jsonString(app.system));
            QByteArray tool;
            if (app.tool.name) {
                tool = "[{\"type\":\"function\",\"function\":{\"name\":\""
                    + QByteArray(app.tool.name)
                    + "\",\"description\":" + jsonString(app.tool.description)
                    + ",\"parameters\":{\"type\":\"object\",\"properties\":{\"" + app.tool.parameter
                    + "\":{\"type\":\"string\",\"description\":"
                    + jsonString(app.tool.parameterDescription) + "}},\"required\":[\""
                    + app.tool.parameter + "\"]}}}]";
            }
            tools.append(tool);
            appNames.append(QString::fromLatin1(app.name));
            teams.append(QString::fromLatin1(app.team));
            spanNames.append(QString::fromLatin1(app.spanName));
            promptIds.append(app.promptId ? QString::fromLatin1(app.promptId) : QString());
        }
        topicsByApp.resize(qsizetype(std::size(kApps)));
        for (const Topic &t : kTopics) {
            topicsByApp[t.app].append(int(topics.size()));
            topics.append({jsonString(t.question), jsonString(t.answer), jsonString(t.followUp),
                           jsonString(t.followAnswer),
                           t.toolArguments ? jsonString(t.toolArguments) : QByteArray(),
                           t.toolResult ? jsonString(t.toolResult) : QByteArray()});
        }
        for (const CompletionPrompt &c : kCompletionPrompts) {
            completionPrompts.append(jsonString(c.prompt));
            completionTexts.append(jsonString(c.text));
        }
        for (const char *input : kEmbeddingInputs)
            embeddingInputs.append(jsonString(input));
        for (const ImagePrompt &p : kImagePrompts) {
            imagePrompts.append(jsonString(p.prompt));
            imageRevised.append(jsonString(p.revised));
        }
        for (const ModelSpec &m : kModels) {
            providers.append(QString::fromLatin1(m.provider));
            models.append(QString::fromLatin1(m.model));
        }
        for (const char *u : kUsers)
            users.append(QString::fromLatin1(u));
        for (const char *s : kSources)
            sources.append(QString::fromLatin1(s));
        for (size_t i = 0; i < std::size(kConfigs); ++i) {
            configIds.append(QString::fromLatin1(kConfigs[i].id));
            for (int t = 0; t < 2; ++t) {
                if (kConfigs[i].virtualKeys[t])
                    vk[t][i] = QString::fromLatin1(kConfigs[i].virtualKeys[t]);
            }
        }
        for (const char *name : kAgentSteps)
            agentSpanNames.append(QString::fromLatin1(name));
        planSpan = QStringLiteral("plan");
        for (int m = 0; m < ModelCount; ++m) {
            for (int batch = 0; batch < 2; ++batch)
                modelKeys[m][batch]
                    = QString::fromLatin1(virtualKeyFor(kModels[m].provider, batch));
        }
        post = QStringLiteral("POST");
        chatEndpoint = QStringLiteral("/v1/chat/completions");
        completionEndpoint = QStringLiteral("/v1/completions");
        embeddingEndpoint = QStringLiteral("/v1/embeddings");
        imageEndpoint = QStringLiteral("/v1/images/generations");
        usd = QStringLiteral("USD");
        demo = QStringLiteral("demo");
        production = QStringLiteral("production");
        staging = QStringLiteral("staging");
        keyUser = QStringLiteral("_user");
        keyEnvironment = QStringLiteral("_environment");
        keyApp = QStringLiteral("app");
        keyTeam = QStringLiteral("team");
        keySource = QStringLiteral("request_source");
        target0 = QStringLiteral("config.targets[0]");
        target1 = QStringLiteral("config.targets[1]");
        pngMime = QStringLiteral("image/png");
        indexer = QStringLiteral("indexer@acme.dev");
        indexerApp = QStringLiteral("docs-indexer");
        ciUser = QStringLiteral("ci-bot@acme.dev");
    }
};

const Texts &texts()
{
    static const Texts t;
    return t;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

void appendHex(QByteArray &out, quint32 value, int digits)
{
    static const char hex[] = "0123456789abcdef";
    char buffer[8];
    for (int i = digits - 1; i >= 0; --i, value >>= 4)
        buffer[i] = hex[value & 0xf];
    out.append(buffer, digits);
}

void appendNumber(QByteArray &out, qint64 value)
{
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    const bool negative = value < 0;
    quint64 v = negative ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

// A fixed-precision decimal, written without going through the locale or printf.
void appendDecimal(QByteArray &out, qint64 millionths)
{
    if (millionths < 0) {
        out.append('-');
        millionths = -millionths;
    }
    appendNumber(out, millionths / 1000000);
    out.append('.');
    char frac[7] = "000000";
    qint64 rest = millionths % 1000000;
    for (int i = 5; i >= 0; --i, rest /= 10)
        frac[i] = char('0' + rest % 10);
    out.append(frac, 6);
}

struct Context
{
    QString user, environment;
    int app = 0;
    QString source;
};

struct Shape
{
    RequestType type = RequestType::Chat;
    int model = -1; // -1: pick one for the type
    Context ctx;
    bool routing = true; // may use fallback/loadbalance configs
    bool agentPlan = false; // a plan span: tools on, answers with a tool call
    int forcedStatus = 0;
    bool noCache = false;
    QString traceId, spanId, parentSpanId, spanName;
};

// Both halves of the seed matter; QRandomGenerator seeds its mt19937 through std::seed_seq.
QRandomGenerator seeded(quint64 seed)
{
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator(std::begin(words), std::end(words));
}

// A stable per-model "fp_..." like OpenAI's system_fingerprint (FNV-1a of the model name).
quint32 fingerprint(const char *text)
{
    quint32 h = 2166136261u;
    for (const char *p = text; *p; ++p)
        h = (h ^ quint8(*p)) * 16777619u;
    return h;
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct DemoData::Private
{
    quint64 seed;
    qint64 expectedCount;
    QRandomGenerator rng;
    std::array<quint32, 512> randomWords;
    size_t randomAt = randomWords.size();
    QByteArray requestBuffer, responseBuffer; // reused; records get exact-size copies
    double baseGapMs;
    qint64 clockMs; // the activity clock: where the next event starts at the earliest
    qint64 lastMs; // created_at of the last record made
    std::deque<LogRecord> pending;
    qint64 produced = 0;
    double hourWeight[7 * 24];
    const Texts &t = texts();

    Private(quint64 s, qint64 expected)
        : seed(s)
        , expectedCount(qMax<qint64>(1, expected))
        , rng(seeded(s))
    {
        const qint64 end = DemoData::anchor().toMSecsSinceEpoch();
        clockMs = end - kTimelineDays * kDayMs;
        lastMs = clockMs;
        baseGapMs = double(kTimelineDays * kDayMs) / double(expectedCount);
        double sum = 0;
        for (int day = 0; day < 7; ++day) {
            for (int h = 0; h < 24; ++h) {
                const double w = kHourActivity[h] * (day >= 5 ? kWeekendActivity : 1.0);
                hourWeight[day * 24 + h] = w;
                sum += w;
            }
        }
        for (double &w : hourWeight)
            w *= (7 * 24) / sum; // mean 1, so expectedCount records span the timeline
    }

    // ---- random draws
    // Taken from the generator in blocks: one QRandomGenerator call per word is a good part of
    // the cost of a record otherwise.
    quint32 next32()
    {
        if (randomAt == randomWords.size()) {
            rng.fillRange(randomWords.data(), randomWords.size());
            randomAt = 0;
        }
        return randomWords[randomAt++];
    }
    // lo..hi inclusive, by multiply-and-shift like QRandomGenerator::bounded().
    int between(int lo, int hi)
    {
        return lo + int((quint64(next32()) * quint32(hi - lo + 1)) >> 32);
    }
    // [0, 1) from 53 random bits.
    double unit()
    {
        const quint64 high = next32();
        const quint64 low = next32();
        return double(((high << 32) | low) >> 11) * (1.0 / 9007199254740992.0);
    }
    bool chance(double p) { return unit() < p; }
    double exponential() { return -std::log(1.0 - unit()); }
    template<typename T, size_t N> int weighted(const T (&items)[N])
    {
        int total = 0;
        for (const T &i : items)
            total += i.weight;
        int r = between(0, total - 1);
        for (size_t i = 0; i < N; ++i) {
            r -= items[i].weight;
            if (r < 0)
                return int(i);
        }
        return int(N) - 1;
    }

    QString uuid()
    {
        quint32 w[4];
        for (quint32 &word : w)
            word = next32();
        w[1] = (w[1] & 0xffff0fffu) | 0x00004000u; // version 4
        w[2] = (w[2] & 0x3fffffffu) | 0x80000000u; // RFC 4122 variant
        QByteArray s;
        s.reserve(36);
        appendHex(s, w[0], 8);
        s.append('-');
        appendHex(s, w[1] >> 16, 4);
        s.append('-');
        appendHex(s, w[1] & 0xffff, 4);
        s.append('-');
        appendHex(s, w[2] >> 16, 4);
        s.append('-');
        appendHex(s, w[2] & 0xffff, 4);
        appendHex(s, w[3], 8);
        return QString::fromLatin1(s);
    }

    QString spanId()
    {
        QByteArray s;
        s.reserve(16);
        appendHex(s, next32(), 8);
        appendHex(s, next32(), 8);
        return QString::fromLatin1(s);
    }

    // ---- the timeline

    // Moves the activity clock on by `activity` ms of average traffic: busy hours pass faster.
    void advance(double activity)
    {
        for (;;) {
            const qint64 hourStart = clockMs - clockMs % kHourMs;
            const qint64 dayIndex = clockMs / kDayMs;
            const int weekday = int((dayIndex + 3) % 7); // 1970-01-01 was a Thursday; 0 = Monday
            const double w
                = hourWeight[weekday * 24 + int((clockMs - dayIndex * kDayMs) / kHourMs)];
            const double capacity = double(hourStart + kHourMs - clockMs) * w;
            if (activity <= capacity) {
                clockMs += qint64(activity / w);
                return;
            }
            activity -= capacity;
            clockMs = hourStart + kHourMs;
        }
    }

    qint64 startTime()
    {
        advance(exponential() * baseGapMs);
        return qMax(clockMs, lastMs);
    }

    void push(LogRecord &&r)
    {
        lastMs = r.createdAt.toMSecsSinceEpoch();
        pending.push_back(std::move(r));
    }

    // ---- events

    Context randomContext()
    {
        Context c;
        c.user = t.users[between(0, int(t.users.size()) - 1)];
        c.environment = chance(0.75) ? t.production : t.staging;
        c.app = weighted(kApps);
        c.source = t.sources[between(0, int(t.sources.size()) - 1)];
        return c;
    }

    void makeEvent()
    {
        const double roll = unit();
        if (roll < 0.07)
            makeAgentRun();
        else if (roll < 0.074)
            makeReindexBurst();
        else if (roll < 0.077)
            makeRateLimitStorm();
        else
            makeSingle();
    }

    void makeSingle()
    {
        Shape s;
        s.ctx = randomContext();
        const double roll = unit();
        if (roll < 0.81) {
            s.type = RequestType::Chat;
        } else if (roll < 0.93) {
            s.type = RequestType::Embedding;
            s.model = Embedding3Small;
        } else if (roll < 0.98) {
            s.type = RequestType::Completion;
            s.model = Gpt35Instruct;
        } else {
            s.type = RequestType::Image;
            s.model = chance(0.5) ? DallE3 : GptImage1;
        }
        if (chance(0.35)) { // an app that names its spans
            s.spanId = spanId();
            s.spanName = t.spanNames[s.ctx.app];
        }
        push(makeRecord(s, startTime()));
    }

    // An agent answering a docs question: plan (tool call), retrieve, grade, answer, each a span
    // under the plan span, one after the other.
    void makeAgentRun()
    {
        Context ctx = randomContext();
        ctx.app = kAgentApp;
        const QString traceId = uuid();
        const QString rootSpan = spanId();
        qint64 at = startTime();

        Shape plan;
        plan.ctx = ctx;
        plan.model = chance(0.5) ? O3Mini : Gpt4o;
        plan.routing = false;
        plan.agentPlan = true;
        plan.traceId = traceId;
        plan.spanId = rootSpan;
        plan.spanName = t.planSpan;
        LogRecord first = makeRecord(plan, at);
        at += first.latencyMs.value_or(0) + between(3, 40);
        push(std::move(first));

        struct Step
        {
            RequestType type;
            int model;
            double p;
        };
        static const Step steps[] = {
            {RequestType::Embedding, Embedding3Small, 0.85},
            {RequestType::Chat, Gpt4oMini, 0.45},
            {RequestType::Chat, Gpt4oMini, 0.25},
            {RequestType::Chat, -1, 1.0},
        };
        static_assert(std::size(steps) == std::size(kAgentSteps));
        for (const Step &step : steps) {
            if (!chance(step.p))
                continue;
            Shape s;
            s.ctx = ctx;
            s.type = step.type;
            s.model = step.model >= 0 ? step.model : (chance(0.6) ? Gpt4o : Claude35Sonnet);
            s.routing = false;
            s.traceId = traceId;
            s.spanId = spanId();
            s.parentSpanId = rootSpan;
            s.spanName = t.agentSpanNames[&step - steps];
            LogRecord r = makeRecord(s, at);
            at += r.latencyMs.value_or(0) + between(3, 40);
            push(std::move(r));
        }
        advance(exponential() * baseGapMs * 2); // the agent's records count as traffic too
    }

    // The docs indexer embedding a batch of chunks as fast as it may.
    void makeReindexBurst()
    {
        const int n = between(15, 40);
        Context ctx;
        ctx.user = t.indexer;
        ctx.environment = t.production;
        ctx.app = kAgentApp;
        ctx.source = t.sources[3];
        qint64 at = startTime();
        for (int i = 0; i < n; ++i) {
            Shape s;
            s.ctx = ctx;
            s.type = RequestType::Embedding;
            s.model = Embedding3Small;
            s.routing = false;
            s.noCache = true;
            LogRecord r = makeRecord(s, at);
            r.metadata.insert(t.keyApp, t.indexerApp);
            at += between(30, 250);
            push(std::move(r));
        }
        double activity = 0;
        for (int i = 1; i < n; ++i)
            activity += exponential() * baseGapMs;
        advance(activity);
    }

    // A test loop in staging hammering one model until the provider rate-limits it.
    void makeRateLimitStorm()
    {
        const int n = between(8, 20);
        Context ctx = randomContext();
        ctx.user = t.ciUser;
        ctx.environment = t.staging;
        const int model = chance(0.5) ? Gpt4o : Claude35Sonnet;
        qint64 at = startTime();
        for (int i = 0; i < n; ++i) {
            Shape s;
            s.ctx = ctx;
            s.model = model;
            s.routing = false;
            s.noCache = true;
            if (i > 2 && chance(0.6))
                s.forcedStatus = 429;
            LogRecord r = makeRecord(s, at);
            at = qMax(at + between(80, 700), at + r.latencyMs.value_or(0) / 4);
            push(std::move(r));
        }
        double activity = 0;
        for (int i = 1; i < n; ++i)
            activity += exponential() * baseGapMs;
        advance(activity);
    }

    // ---- one record

    LogRecord makeRecord(const Shape &s, qint64 atMs);
    void writeChatBodies(LogRecord &r, const Shape &s, const ModelSpec &m, bool vision, bool stream,
                         qint64 createdSecs, bool error, const QByteArray &errorBody);
    QByteArray makePng(int width, int height);
    ImageInfo imageInfo(ImageInfo::Direction direction, int size, QByteArray *base64);
};

QByteArray DemoData::Private::makePng(int width, int height)
{
    // Two or three colours laid out as one of a few patterns: different for every image, cheap,
    // integer-only (so the bytes do not depend on the platform's libm).
    const int c[3][3] = {{between(0, 255), between(0, 255), between(0, 255)},
                         {between(0, 255), between(0, 255), between(0, 255)},
                         {between(0, 255), between(0, 255), between(0, 255)}};
    const int pattern = between(0, 5);
    const int cx = between(0, width - 1), cy = between(0, height - 1);
    const int cell = between(4, 12);
    const int radiusSq = qMax(1, (width * width + height * height) / between(2, 6));
    const int ringSq = cell * cell * 2;

    // Mix tables: colour 0 -> 1 by a, then towards colour 2 by b (half strength), per channel.
    std::array<std::array<quint8, 256>, 3> mixA;
    for (int k = 0; k < 3; ++k) {
        for (int a = 0; a < 256; ++a)
            mixA[k][a] = quint8(c[0][k] + ((c[1][k] - c[0][k]) * a) / 255);
    }
    QByteArray rgb(qsizetype(width) * height * 3, Qt::Uninitialized);
    char *p = rgb.data();
    const int w1 = qMax(1, width - 1), h1 = qMax(1, height - 1), wh2 = qMax(1, width + height - 2);
    for (int y = 0; y < height; ++y) {
        const int dy = y - cy;
        const int rowB = (y * 255) / h1;
        for (int x = 0; x < width; ++x) {
            const int dx = x - cx;
            const int distSq = dx * dx + dy * dy;
            int a = 0; // 0..255
            int b = rowB; // 0..255
            switch (pattern) {
            case 0:
                a = (x * 255) / w1;
                break;
            case 1:
                a = ((x + y) * 255) / wh2;
                b = 0;
                break;
            case 2:
                a = qMin(255, distSq * 255 / radiusSq);
                break;
            case 3:
                a = ((x / cell + y / cell) & 1) ? 255 : 0;
                b = (x * 160) / w1;
                break;
            case 4:
                a = (((x + 2 * y) / cell) & 1) ? 230 : 25;
                break;
            default:
                a = ((distSq / ringSq) & 1) ? 255 : 0;
                b = qMin(255, distSq * 255 / radiusSq);
                break;
            }
            for (int k = 0; k < 3; ++k) {
                const int ab = mixA[k][a];
                *p++ = char(ab + ((c[2][k] - ab) * b) / 510);
            }
        }
    }
    return PngWriter::encodeRgb(width, height, rgb);
}

ImageInfo DemoData::Private::imageInfo(ImageInfo::Direction direction, int size, QByteArray *base64)
{
    const QByteArray png = makePng(size, size);
    ImageInfo info;
    info.direction = direction;
    info.mime = t.pngMime;
    info.width = size;
    info.height = size;
    info.bytes = png.size();
    info.hash
        = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex());
    *base64 = png.toBase64();
    return info;
}

void DemoData::Private::writeChatBodies(LogRecord &r, const Shape &s, const ModelSpec &m,
                                        bool vision, bool stream, qint64 createdSecs, bool error,
                                        const QByteArray &errorBody)
{
    const App &app = kApps[s.ctx.app];
    const QList<int> &appTopics = t.topicsByApp[s.ctx.app];
    const EscapedTopic &topic = t.topics[appTopics[between(0, int(appTopics.size()) - 1)]];
    const bool hasTool = !t.tools[s.ctx.app].isEmpty() && !topic.toolArguments.isEmpty();
    const bool useTools = hasTool && (s.agentPlan || chance(0.25));
    // With tools: either the model calls the tool now, or the request already carries the call
    // and its result and the model answers.
    const bool callsTool = useTools && (s.agentPlan || chance(0.5));
    const bool followUp = !useTools && chance(0.3);

    QByteArray &q = requestBuffer;
    q.append("{\"model\":\"");
    q.append(m.model);
    q.append("\",\"messages\":[{\"role\":\"system\",\"content\":");
    q.append(t.systems[s.ctx.app]);
    q.append("},{\"role\":\"user\",\"content\":");
    if (vision) {
        QByteArray base64;
        r.images.append(imageInfo(ImageInfo::Direction::Input, 8 * between(4, 6), &base64));
        q.append("[{\"type\":\"text\",\"text\":");
        q.append(topic.question);
        q.append("},{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,");
        q.append(base64);
        q.append("\",\"detail\":\"low\"}}]}");
    } else {
        q.append(topic.question);
        q.append('}');
    }
    QByteArray callId;
    if (useTools || followUp) {
        callId = "call_";
        appendHex(callId, next32(), 8);
        appendHex(callId, next32(), 8);
    }
    if (followUp) {
        q.append(",{\"role\":\"assistant\",\"content\":");
        q.append(topic.answer);
        q.append("},{\"role\":\"user\",\"content\":");
        q.append(topic.followUp);
        q.append('}');
    } else if (useTools && !callsTool) {
        q.append(",{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"");
        q.append(callId);
        q.append("\",\"type\":\"function\",\"function\":{\"name\":\"");
        q.append(app.tool.name);
        q.append("\",\"arguments\":");
        q.append(topic.toolArguments);
        q.append("}}]},{\"role\":\"tool\",\"tool_call_id\":\"");
        q.append(callId);
        q.append("\",\"content\":");
        q.append(topic.toolResult);
        q.append('}');
    }
    q.append(']');
    if (m.reasoning) {
        q.append(",\"reasoning_effort\":\"");
        q.append(chance(0.6) ? "medium" : "high");
        q.append("\",\"max_completion_tokens\":8192");
    } else {
        q.append(",\"temperature\":");
        q.append(chance(0.5) ? "0.2" : "0.7");
        q.append(",\"max_tokens\":1024");
    }
    if (useTools) {
        q.append(",\"tools\":");
        q.append(t.tools[s.ctx.app]);
        q.append(",\"tool_choice\":\"auto\"");
    }
    if (stream)
        q.append(",\"stream\":true,\"stream_options\":{\"include_usage\":true}");
    q.append('}');

    if (error) {
        responseBuffer.append(errorBody);
        return;
    }
    QByteArray &a = responseBuffer;
    a.append("{\"id\":\"");
    a.append(m.idPrefix);
    appendHex(a, next32(), 8);
    appendHex(a, next32(), 8);
    appendHex(a, next32(), 8);
    a.append("\",\"object\":\"chat.completion\",\"created\":");
    appendNumber(a, createdSecs);
    a.append(",\"model\":\"");
    a.append(m.servedModel);
    a.append("\",\"provider\":\"");
    a.append(m.provider);
    a.append("\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":");
    if (callsTool) {
        a.append("null,\"tool_calls\":[{\"id\":\"");
        a.append(callId);
        a.append("\",\"type\":\"function\",\"function\":{\"name\":\"");
        a.append(app.tool.name);
        a.append("\",\"arguments\":");
        a.append(topic.toolArguments);
        a.append("}}]},\"logprobs\":null,\"finish_reason\":\"tool_calls\"}]");
    } else {
        a.append(followUp ? topic.followAnswer : topic.answer);
        a.append("},\"logprobs\":null,\"finish_reason\":\"stop\"}]");
    }
    a.append(",\"usage\":{\"prompt_tokens\":");
    appendNumber(a, r.promptTokens.value_or(0));
    a.append(",\"completion_tokens\":");
    appendNumber(a, r.completionTokens.value_or(0));
    a.append(",\"total_tokens\":");
    appendNumber(a, r.totalTokens.value_or(0));
    if (m.reasoning) {
        a.append(",\"completion_tokens_details\":{\"reasoning_tokens\":");
        appendNumber(a, r.reasoningTokens.value_or(0));
        a.append('}');
    }
    // As OpenAI and the gateway's Anthropic transform write them.
    if (r.cacheReadTokens) {
        a.append(",\"prompt_tokens_details\":{\"cached_tokens\":");
        appendNumber(a, *r.cacheReadTokens);
        a.append('}');
    }
    if (r.cacheWriteTokens) {
        a.append(",\"cache_read_input_tokens\":");
        appendNumber(a, r.cacheReadTokens.value_or(0));
        a.append(",\"cache_creation_input_tokens\":");
        appendNumber(a, *r.cacheWriteTokens);
    }
    a.append('}');
    if (QLatin1String(m.provider) == QLatin1String("openai")) {
        a.append(",\"system_fingerprint\":\"fp_");
        appendHex(a, fingerprint(m.servedModel), 8);
        a.append("\"");
    }
    a.append('}');
}

LogRecord DemoData::Private::makeRecord(const Shape &s, qint64 atMs)
{
    LogRecord r;
    r.id = uuid();
    r.traceId = s.traceId.isEmpty() ? uuid() : s.traceId;
    r.spanId = s.spanId;
    r.parentSpanId = s.parentSpanId;
    r.spanName = s.spanName;
    r.createdAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    r.method = t.post;
    r.requestType = s.type;
    r.source = t.demo;
    r.currency = t.usd;
    r.costEstimated = false;

    const bool chat = s.type == RequestType::Chat;
    bool vision = chat && kApps[s.ctx.app].vision;
    int model = s.model;
    if (model < 0)
        model = vision ? kVisionModels[weighted(kVisionModels)].model
                       : kChatModels[weighted(kChatModels)].model;
    if (vision && !kModels[model].vision)
        vision = false;

    // Routing: no config, or one of the team's configs.
    int config = -1;
    if (s.type != RequestType::Image && chance(0.6)) {
        config = weighted(kConfigs);
        const Strategy st = kConfigs[config].strategy;
        if (st != Strategy::Single && (!chat || !s.routing || vision))
            config = between(0, 2); // the single-target configs
    }
    const ConfigSpec *cfg = config >= 0 ? &kConfigs[config] : nullptr;
    r.strategy = cfg ? cfg->strategy : Strategy::Single;
    r.configId = cfg ? t.configIds[config] : QString();
    r.fallbackActive = false;
    r.loadbalanceActive = false;

    // Cache, before routing: a hit never reaches a target, so it never falls back.
    const CacheMode cacheMode = (cfg && !s.noCache) ? cfg->cache : NoCache;
    if (cacheMode == NoCache) {
        r.cache = CacheState::Disabled;
    } else if (cacheMode == SimpleCache) {
        const double c = unit();
        r.cache
            = c < 0.62 ? CacheState::Miss : (c < 0.92 ? CacheState::Hit : CacheState::Refreshed);
    } else {
        const double c = unit();
        r.cache = c < 0.45 ? CacheState::SemanticMiss
            : c < 0.75     ? CacheState::SemanticHit
            : c < 0.9      ? CacheState::Hit
            : c < 0.95     ? CacheState::Miss
                           : CacheState::Refreshed;
    }
    const bool cacheHit = r.cache == CacheState::Hit || r.cache == CacheState::SemanticHit;

    int served = 0; // target index for fallback/loadbalance
    bool fallbackTriggered = false;
    if (cfg && cfg->strategy == Strategy::Loadbalance) {
        served = chance(0.65) ? 0 : 1;
        model = cfg->targets[served];
        r.loadbalanceActive = true;
        r.servedTarget = served ? t.target1 : t.target0;
        r.virtualKey = t.vk[served][config];
    } else if (cfg && cfg->strategy == Strategy::Fallback) {
        fallbackTriggered = !cacheHit && chance(0.2);
        served = fallbackTriggered ? 1 : 0;
        model = cfg->targets[served];
        r.fallbackActive = fallbackTriggered;
        r.servedTarget = served ? t.target1 : t.target0;
        r.virtualKey = t.vk[served][config];
    } else {
        r.virtualKey = t.modelKeys[model][chance(0.15) ? 1 : 0];
    }
    const ModelSpec &m = kModels[model];
    r.provider = t.providers[model];
    r.model = t.models[model];

    switch (s.type) {
    case RequestType::Completion:
        r.endpoint = t.completionEndpoint;
        break;
    case RequestType::Embedding:
        r.endpoint = t.embeddingEndpoint;
        break;
    case RequestType::Image:
        r.endpoint = t.imageEndpoint;
        break;
    default:
        r.endpoint = t.chatEndpoint;
    }
    if (chat && kApps[s.ctx.app].promptId && chance(0.3))
        r.promptId = t.promptIds[s.ctx.app];

    // Outcome: success, a plain error, retries that helped, or retries that all failed.
    int status = 200;
    const ErrorSpec *errorSpec = nullptr;
    int retries = 0;
    if (!cacheHit) {
        if (s.forcedStatus) {
            status = s.forcedStatus;
        } else if (chance(0.04)) {
            static const int kStatusWeights[][2]
                = {{400, 30}, {401, 12}, {404, 8}, {429, 22}, {500, 12}, {502, 8}, {503, 8}};
            int roll = between(0, 99);
            for (const auto &sw : kStatusWeights) {
                roll -= sw[1];
                if (roll < 0) {
                    status = sw[0];
                    break;
                }
            }
        }
        const bool retryable = status == 429 || status >= 500;
        if (status >= 400 && retryable && cfg && cfg->retry)
            retries = -1;
        else if (status < 400 && cfg && cfg->retry && chance(0.08))
            retries = between(1, 3);
        if (status >= 400) {
            QList<int> candidates;
            for (int i = 0; i < int(std::size(kErrors)); ++i) {
                if (kErrors[i].status == status)
                    candidates.append(i);
            }
            errorSpec = &kErrors[candidates[between(0, int(candidates.size()) - 1)]];
        }
    }
    const bool error = status >= 400;
    r.statusCode = status;
    r.retryCount = retries;
    const bool tracked = !chance(0.03);
    r.tracked = tracked;

    // Tokens.
    const bool streamable = chat || s.type == RequestType::Completion;
    const bool stream = streamable && chance(m.reasoning ? 0.2 : 0.35);
    r.stream = stream;
    qint64 prompt = 0, completion = 0, reasoning = 0;
    const bool usesTokens = s.type != RequestType::Image || model == GptImage1;
    if (!error && usesTokens) {
        switch (s.type) {
        case RequestType::Chat:
            // One draw per statement: the order of operands of + is unspecified, and the
            // sequence must not depend on the compiler.
            prompt = between(60, 400);
            if (s.ctx.app == kAgentApp)
                prompt += between(200, 2500); // retrieved documents
            if (vision)
                prompt += between(85, 765);
            completion = between(20, 700);
            if (m.reasoning) {
                reasoning = between(128, 3200);
                completion += reasoning;
            }
            break;
        case RequestType::Completion:
            prompt = between(20, 120);
            completion = between(2, 60);
            break;
        case RequestType::Embedding:
            prompt = between(8, 600);
            break;
        case RequestType::Image:
            prompt = between(15, 60);
            completion = chance(0.6) ? 272 : 1056; // low / medium quality output tokens
            break;
        default:
            break;
        }
        r.promptTokens = prompt;
        r.completionTokens = completion;
        r.totalTokens = prompt + completion;
        if (m.reasoning)
            r.reasoningTokens = reasoning;
    }

    // Prompt caching of long chat prompts, decided by the trace id's hash rather than a draw
    // of its own so that every other value of a seed stays as it was: two in three read a
    // cached prefix, and on Claude one in three writes it.
    qint64 cacheRead = 0, cacheWrite = 0;
    const bool openAiCache = model == Gpt4o || model == Gpt4oMini || model == O3Mini;
    if (!error && chat && prompt >= 1024 && (openAiCache || model == Claude35Sonnet)) {
        const quint32 h = fingerprint(r.traceId.toLatin1().constData()) % 3;
        if (openAiCache && h != 0) {
            // OpenAI caches in 128-token steps and counts them inside prompt_tokens.
            cacheRead = prompt * 3 / 4 / 128 * 128;
            r.cacheReadTokens = cacheRead;
        } else if (model == Claude35Sonnet) {
            // Anthropic (also through the gateway) counts them beside input_tokens; the total
            // holds them.
            (h == 1 ? cacheWrite : cacheRead) = prompt * 3 / 4;
            prompt -= cacheRead + cacheWrite;
            r.promptTokens = prompt;
            r.cacheReadTokens = cacheRead;
            r.cacheWriteTokens = cacheWrite;
        }
    }

    // Cost in cents: price per million tokens in USD * tokens / 1e6 * 100.
    double cents = 0;
    if (!error && !cacheHit) {
        if (model == DallE3)
            cents = chance(0.8) ? 4.0 : 8.0; // standard / hd 1024x1024, per image
        else
            cents = (double(prompt) * m.inputPerMTok + double(completion) * m.outputPerMTok) / 1e4;
        // Cached input at the providers' list prices: OpenAI half the input price (inside the
        // prompt count), Anthropic 0.1x to read and 1.25x to write (beside it).
        if (openAiCache)
            cents -= double(cacheRead) * m.inputPerMTok * 0.5 / 1e4;
        else
            cents += double(cacheRead) * m.inputPerMTok * 0.1 / 1e4
                + double(cacheWrite) * m.inputPerMTok * 1.25 / 1e4;
    }
    r.costCents = std::round(cents * 1e6) / 1e6;

    // Latency.
    qint64 latency = 0;
    qint64 ttft = 0;
    if (cacheHit) {
        latency = between(3, 45);
        ttft = qMax<qint64>(1, latency - between(0, 2));
    } else if (error && !retries) {
        latency = status >= 500 ? between(150, 9000) : between(25, 450);
        ttft = latency;
    } else {
        switch (s.type) {
        case RequestType::Chat:
        case RequestType::Completion: {
            ttft = between(m.ttftMin, m.ttftMax) + prompt / 20;
            if (m.reasoning)
                ttft += reasoning * 1000 / m.tokensPerSecond;
            const qint64 visible = completion - reasoning;
            latency = ttft + visible * 1000 / m.tokensPerSecond * between(80, 130) / 100;
            latency += between(5, 40); // the gateway's own time
            break;
        }
        case RequestType::Embedding:
            latency = between(60, 320) + prompt / 10;
            break;
        case RequestType::Image:
            latency = model == DallE3 ? between(8000, 22000) : between(12000, 45000);
            break;
        default:
            latency = between(100, 1000);
        }
        if (error) // every retry failed: the last attempt's time
            latency = between(150, 4000);
    }
    const int failedAttempts = retries < 0 ? 3 : retries;
    for (int i = 0; i < failedAttempts; ++i) // failed attempts plus Portkey's backoff
        latency += between(80, 2500) + (1000 << i);

    // Routing attempts, per target tried.
    if (cfg && cfg->strategy == Strategy::Fallback) {
        const qint64 servedLatency = latency;
        if (fallbackTriggered) {
            const int first = cfg->targets[0];
            const qint64 failedLatency = between(200, 6000);
            r.attempts.append(
                {t.target0, t.providers[first], t.models[first], failedLatency, false});
            latency += failedLatency; // the client waited for both
            ttft += failedLatency;
        }
        r.attempts.append({r.servedTarget, r.provider, r.model, servedLatency, !error});
    } else if (cfg && cfg->strategy == Strategy::Loadbalance) {
        r.attempts.append({r.servedTarget, r.provider, r.model, latency, !error});
    }
    r.latencyMs = latency;
    if (stream && !error) // an error answer is not a stream
        r.ttftMs = qMin(ttft, latency);

    // Metadata.
    r.metadata.insert(t.keyUser, s.ctx.user);
    r.metadata.insert(t.keyEnvironment, s.ctx.environment);
    r.metadata.insert(t.keyApp, t.appNames[s.ctx.app]);
    if (chance(0.6))
        r.metadata.insert(t.keyTeam, t.teams[s.ctx.app]);
    if (chance(0.4))
        r.metadata.insert(t.keySource, s.ctx.source);

    // Bodies (and the images in them). Do-Not-Track keeps the numbers only.
    const qint64 createdSecs = (atMs + latency) / 1000;
    QByteArray errorBody;
    if (errorSpec)
        errorBody = withNames(errorSpec->body, m);
    if (tracked) {
        requestBuffer.truncate(0); // keeps the capacity
        responseBuffer.truncate(0);
        if (chat) {
            writeChatBodies(r, s, m, vision, stream, createdSecs, error, errorBody);
        } else if (s.type == RequestType::Completion) {
            const int i = between(0, int(t.completionPrompts.size()) - 1);
            QByteArray &q = requestBuffer;
            q.append("{\"model\":\"");
            q.append(m.model);
            q.append("\",\"prompt\":");
            q.append(t.completionPrompts[i]);
            q.append(",\"max_tokens\":64,\"temperature\":0");
            if (stream)
                q.append(",\"stream\":true");
            q.append('}');
            if (error) {
                responseBuffer.append(errorBody);
            } else {
                QByteArray &a = responseBuffer;
                a.append("{\"id\":\"cmpl-");
                appendHex(a, next32(), 8);
                appendHex(a, next32(), 8);
                a.append("\",\"object\":\"text_completion\",\"created\":");
                appendNumber(a, createdSecs);
                a.append(",\"model\":\"");
                a.append(m.servedModel);
                a.append("\",\"choices\":[{\"text\":");
                a.append(t.completionTexts[i]);
                a.append(",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                         "\"usage\":{\"prompt_tokens\":");
                appendNumber(a, prompt);
                a.append(",\"completion_tokens\":");
                appendNumber(a, completion);
                a.append(",\"total_tokens\":");
                appendNumber(a, prompt + completion);
                a.append("}}");
            }
        } else if (s.type == RequestType::Embedding) {
            const int inputs = chance(0.3) ? between(2, 3) : 1;
            QByteArray &q = requestBuffer;
            q.append("{\"model\":\"");
            q.append(m.model);
            q.append("\",\"input\":");
            if (inputs > 1)
                q.append('[');
            for (int i = 0; i < inputs; ++i) {
                if (i)
                    q.append(',');
                q.append(t.embeddingInputs[between(0, int(t.embeddingInputs.size()) - 1)]);
            }
            if (inputs > 1)
                q.append(']');
            q.append(",\"encoding_format\":\"float\",\"dimensions\":8}");
            if (error) {
                responseBuffer.append(errorBody);
            } else {
                QByteArray &a = responseBuffer;
                a.append("{\"object\":\"list\",\"data\":[");
                for (int i = 0; i < inputs; ++i) {
                    if (i)
                        a.append(',');
                    a.append("{\"object\":\"embedding\",\"index\":");
                    appendNumber(a, i);
                    a.append(",\"embedding\":[");
                    for (int k = 0; k < 8; ++k) {
                        if (k)
                            a.append(',');
                        appendDecimal(a, between(-350000, 350000));
                    }
                    a.append("]}");
                }
                a.append("],\"model\":\"");
                a.append(m.servedModel);
                a.append("\",\"usage\":{\"prompt_tokens\":");
                appendNumber(a, prompt);
                a.append(",\"total_tokens\":");
                appendNumber(a, prompt);
                a.append("}}");
            }
        } else if (s.type == RequestType::Image) {
            const int i = between(0, int(t.imagePrompts.size()) - 1);
            const int n = (model == GptImage1 && chance(0.3)) ? 2 : 1;
            QByteArray &q = requestBuffer;
            q.append("{\"model\":\"");
            q.append(m.model);
            q.append("\",\"prompt\":");
            q.append(t.imagePrompts[i]);
            q.append(",\"n\":");
            appendNumber(q, n);
            q.append(",\"size\":\"1024x1024\"");
            if (model == DallE3)
                q.append(",\"response_format\":\"b64_json\"");
            else
                q.append(completion > 272 ? ",\"quality\":\"medium\"" : ",\"quality\":\"low\"");
            q.append('}');
            if (error) {
                responseBuffer.append(errorBody);
            } else {
                QByteArray &a = responseBuffer;
                a.append("{\"created\":");
                appendNumber(a, createdSecs);
                a.append(",\"data\":[");
                for (int k = 0; k < n; ++k) {
                    QByteArray base64;
                    r.images.append(imageInfo(ImageInfo::Direction::Output, 48, &base64));
                    if (k)
                        a.append(',');
                    a.append("{\"b64_json\":\"");
                    a.append(base64);
                    a.append('"');
                    if (model == DallE3) {
                        a.append(",\"revised_prompt\":");
                        a.append(t.imageRevised[i]);
                    }
                    a.append('}');
                }
                a.append(']');
                if (model == GptImage1) {
                    a.append(",\"usage\":{\"input_tokens\":");
                    appendNumber(a, prompt);
                    a.append(",\"output_tokens\":");
                    appendNumber(a, completion);
                    a.append(",\"total_tokens\":");
                    appendNumber(a, prompt + completion);
                    a.append(",\"input_tokens_details\":{\"text_tokens\":");
                    appendNumber(a, prompt);
                    a.append(",\"image_tokens\":0}}");
                }
                a.append('}');
            }
        }
        // Exact-size copies: the buffers' capacity stays here for the next record.
        r.request = QByteArray(requestBuffer.constData(), requestBuffer.size());
        r.response = QByteArray(responseBuffer.constData(), responseBuffer.size());
    }

    // Feedback from the user who made the request, some time after it.
    if (!error && chance(0.06)) {
        const int entries = chance(0.85) ? 1 : 2;
        for (int i = 0; i < entries; ++i) {
            FeedbackEntry f;
            f.id = uuid();
            if (chance(0.75))
                f.value = chance(0.7) ? 1 : -1;
            else
                f.value = between(-10, 10);
            f.weight = chance(0.6) ? 1.0 : between(0, 100) / 100.0;
            f.metadata.insert(t.keyUser, s.ctx.user);
            const qint64 afterSeconds = between(5, 3 * 3600);
            const qint64 afterMs = afterSeconds * 1000 + between(0, 999);
            f.createdAt = QDateTime::fromMSecsSinceEpoch(atMs + latency + afterMs, Qt::UTC);
            f.synced = chance(0.85);
            r.feedback.append(f);
        }
    }
    return r;
}

// ---------------------------------------------------------------------------------------------

DemoData::DemoData(quint64 seed, qint64 expectedCount)
    : d(std::make_unique<Private>(seed, expectedCount))
{ }

DemoData::~DemoData() = default;
DemoData::DemoData(DemoData &&) noexcept = default;
DemoData &DemoData::operator=(DemoData &&) noexcept = default;

QList<LogRecord> DemoData::next(int n)
{
    QList<LogRecord> out;
    out.reserve(qMax(0, n));
    while (out.size() < n) {
        if (d->pending.empty())
            d->makeEvent();
        out.append(std::move(d->pending.front()));
        d->pending.pop_front();
    }
    d->produced += out.size();
    return out;
}

QList<LogRecord> DemoData::generate(int count) const
{
    return DemoData(d->seed, d->expectedCount).next(count);
}

DemoData::FillResult DemoData::fill(LogStore &store, qint64 count, int batchSize,
                                    const std::function<bool(qint64 written)> &progress)
{
    FillResult result;
    if (!store.beginBulkImport(&result.error))
        return result;
    while (result.written < count) {
        const int n = int(qMin<qint64>(qMax(1, batchSize), count - result.written));
        const std::optional<WriteResult> written = store.insert(next(n), &result.error);
        if (!written)
            break;
        result.inserted += written->inserted;
        result.duplicates += written->duplicates;
        result.written += n;
        if (progress && !progress(result.written))
            break;
    }
    // The first error is the one to tell; the index is built in any case.
    QString finishError;
    if (!store.finishBulkImport(&finishError) && result.error.isEmpty())
        result.error = finishError;
    return result;
}

qint64 DemoData::producedCount() const
{
    return d->produced;
}

QDateTime DemoData::anchor()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}
