// SPDX-License-Identifier: GPL-3.0-or-later
// gatescope-cli config, prompt and virtual-key: a control plane's saved configs, prompt templates
// and virtual keys, fresh or (offline) the cached copy with its age.
#include "controlplanecommands.h"

#include "clisupport.h"

#include "controlplaneclient.h"
#include "resourcecache.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <memory>

namespace CliCommands {

// --- configs, prompts and virtual keys -------------------------------------------------------

namespace {

using CliSupport::clientFor;
using CliSupport::connectionOption;
using CliSupport::iso;
using CliSupport::kUsageError;
using CliSupport::parse;
using CliSupport::printError;
using CliSupport::printJson;
using CliSupport::printText;

// What `config`, `prompt` and `virtual-key` share: the connection, its client and its cache.
struct ResourceSession
{
    QString connection;
    bool json = false;
    bool offline = false;
    std::unique_ptr<ControlPlaneClient> client;
    std::unique_ptr<ResourceCache> cache;
    std::unique_ptr<ControlPlaneResources> resources;
};

void addResourceOptions(QCommandLineParser &parser)
{
    parser.addOption(connectionOption());
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("One JSON object on stdout.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("offline"),
        QStringLiteral("Only the cached copy (kept from the last time the control plane was "
                       "reached), with its age; the network is not used.")));
}

// The connection from --connection, or a printed reason (and false).
bool openSession(const QCommandLineParser &parser, const QString &command, ResourceSession *s)
{
    s->connection = parser.value(QStringLiteral("connection"));
    s->json = parser.isSet(QStringLiteral("json"));
    s->offline = parser.isSet(QStringLiteral("offline"));
    if (s->connection.isEmpty()) {
        printError(QStringLiteral("%1: --connection NAME is required").arg(command));
        return false;
    }
    s->client = clientFor(s->connection);
    if (!s->client)
        return false;
    s->cache = std::make_unique<ResourceCache>(ResourceCache::defaultDir(s->connection));
    s->resources = std::make_unique<ControlPlaneResources>(*s->client, *s->cache);
    s->resources->setTimeToLive(0, 0, 0); // asked each time; the cache is for when offline
    s->resources->setOffline(s->offline);
    return true;
}

// The sentence for a resource that could not be shown: the same with and without --json.
QString resourceProblem(const CachedResource &r, const QString &what, const QString &scope,
                        const ResourceSession &s)
{
    if (r.errorKind == ControlPlaneErrorKind::NotFound)
        return QStringLiteral("%1 was not found on connection '%2' (the control plane answered "
                              "404%3).")
            .arg(what, s.connection,
                 r.errorCode.isEmpty() ? QString() : QStringLiteral(" ") + r.errorCode);
    if (r.errorKind == ControlPlaneErrorKind::Forbidden
        && (r.errorCode == u"AB03" || r.errorCode.isEmpty()))
        // portkey-api.md 1.4: "Many endpoints return AB03 when a resource ... doesn't exist in
        // the workspace."
        return QStringLiteral("%1 was not found on connection '%2' (the control plane answered "
                              "403 AB03, which Portkey sends for a resource that does not exist "
                              "in the workspace; if it does exist, the API key lacks the scope "
                              "%3).")
            .arg(what, s.connection, scope);
    if (s.offline)
        return QStringLiteral("%1 is not in the cache of connection '%2' (--offline reads only "
                              "the cache, filled when the control plane is reached; run the "
                              "command once without --offline).")
            .arg(what, s.connection);
    if (r.errorKind == ControlPlaneErrorKind::Unreachable
        || r.errorKind == ControlPlaneErrorKind::Timeout)
        return QStringLiteral("%1 No cached copy of %2 to show.").arg(r.error, what);
    return r.error;
}

// Prints the failure (stderr; with --json also a JSON object on stdout) and returns 1.
int resourceFailed(const QString &sentence, const ResourceSession &s)
{
    if (s.json)
        printJson({{QStringLiteral("connection"), s.connection},
                   {QStringLiteral("ok"), false},
                   {QStringLiteral("error"), sentence}});
    printError(sentence);
    return 1;
}

// Where a shown resource came from, for --json, and a line on stderr when it is the cached
// copy: its age and why the server was not asked.
QJsonObject provenance(const CachedResource &r, const ResourceSession &s)
{
    const bool cached = r.fromCache || r.stale;
    if (cached)
        std::fprintf(
            stderr, "gatescope-cli: the cached copy, %s (%s)\n", qPrintable(r.ageText()),
            qPrintable(
                s.offline
                    ? QStringLiteral("--offline")
                    : QStringLiteral("the control plane could not be asked: %1").arg(r.error)));
    return {{QStringLiteral("connection"), s.connection},
            {QStringLiteral("ok"), true},
            {QStringLiteral("source"), cached ? QStringLiteral("cache") : QStringLiteral("server")},
            {QStringLiteral("fetched_at"),
             r.fetchedAt.isValid() ? QJsonValue(iso(r.fetchedAt)) : QJsonValue()},
            {QStringLiteral("age_seconds"),
             r.fetchedAt.isValid() ? QJsonValue(r.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()))
                                   : QJsonValue()}};
}

// Columns padded to the widest cell, a header line first.
void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        printText(text + u'\n');
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

// A config's children: targets, or options in the earlier config form.
QJsonArray childTargets(const QJsonObject &node)
{
    return node.contains(u"targets") ? node.value(u"targets").toArray()
                                     : node.value(u"options").toArray();
}

// A served-target path in any of its spellings: config.targets[1].targets[0] (the gateway's),
// $.config.options[0] (the spec's example, 16.11), targets[1]. The target indexes, or nullopt.
std::optional<QList<int>> targetPath(const QString &text)
{
    QString rest = text.trimmed();
    if (rest.startsWith(u"$"))
        rest = rest.mid(1);
    if (rest.startsWith(u"."))
        rest = rest.mid(1);
    if (rest.startsWith(u"config"))
        rest = rest.mid(6);
    static const QRegularExpression step(QStringLiteral("^\\.?(?:targets|options)\\[(\\d+)\\]"));
    QList<int> indexes;
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch m = step.match(rest);
        if (!m.hasMatch())
            return std::nullopt;
        indexes << m.captured(1).toInt();
        rest = rest.mid(m.capturedLength());
    }
    return indexes;
}

QString canonicalPath(const QList<int> &indexes)
{
    QString path = QStringLiteral("config");
    for (int i : indexes)
        path += QStringLiteral(".targets[%1]").arg(i);
    return path;
}

// One line for a config node: its strategy and where it sends requests.
QString nodeSummary(const QJsonObject &node)
{
    QStringList parts;
    if (node.contains(u"name"))
        parts << QStringLiteral("name %1").arg(node.value(u"name").toString());
    const QString mode = node.value(u"strategy")
                             .toObject()
                             .value(u"mode")
                             .toString(node.value(u"mode").toString());
    if (!mode.isEmpty())
        parts << QStringLiteral("strategy %1").arg(mode);
    const QJsonArray codes = node.value(u"strategy").toObject().value(u"on_status_codes").toArray();
    if (!codes.isEmpty())
        parts << QStringLiteral("on %1").arg(ControlPlaneJson::compactText(codes));
    for (const char *key : {"provider", "virtual_key", "prompt_id", "custom_host", "weight"}) {
        const QString k = QString::fromLatin1(key);
        if (node.contains(k))
            parts << QStringLiteral("%1 %2").arg(QString(k).replace(u'_', u' '),
                                                 ControlPlaneJson::compactText(node.value(k)));
    }
    const QString model = node.value(u"override_params").toObject().value(u"model").toString();
    if (!model.isEmpty())
        parts << QStringLiteral("model %1").arg(model);
    const QJsonObject retry = node.value(u"retry").toObject();
    if (!retry.isEmpty())
        parts << QStringLiteral("retry %1 attempts%2")
                     .arg(ControlPlaneJson::toInteger(retry.value(u"attempts"), 0))
                     .arg(retry.contains(u"on_status_codes") ? QStringLiteral(" on %1").arg(
                              ControlPlaneJson::compactText(retry.value(u"on_status_codes")))
                                                             : QString());
    const QJsonObject cache = node.value(u"cache").toObject();
    if (!cache.isEmpty())
        parts << QStringLiteral("cache %1%2")
                     .arg(cache.value(u"mode").toString(),
                          cache.contains(u"max_age")
                              ? QStringLiteral(" max age %1 s")
                                    .arg(ControlPlaneJson::toInteger(cache.value(u"max_age")))
                              : QString());
    return parts.join(QStringLiteral(", "));
}

// The tree as text, and every target flattened (with its canonical path) for --json.
void walkConfig(const QJsonObject &node, const QList<int> &at,
                const std::optional<QList<int>> &served, int depth, QString *text,
                QJsonArray *targets)
{
    const bool isServed = served && *served == at && !at.isEmpty();
    const QString label = at.isEmpty() ? QString() : QStringLiteral("[%1]  ").arg(at.constLast());
    *text += QString(depth * 2, u' ') + label + nodeSummary(node)
        + (isServed ? QStringLiteral("  <- served this request") : QString()) + u'\n';
    if (!at.isEmpty()) {
        QJsonObject target = node;
        target.remove(QStringLiteral("targets"));
        target.remove(QStringLiteral("options"));
        targets->append(QJsonObject {{QStringLiteral("path"), canonicalPath(at)},
                                     {QStringLiteral("served"), isServed},
                                     {QStringLiteral("target"), target}});
    }
    const QJsonArray children = childTargets(node);
    for (int i = 0; i < children.size(); ++i)
        walkConfig(children.at(i).toObject(), QList<int>(at) << i, served, depth + 1, text,
                   targets);
}

int configShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("show"), QString());
    parser.addPositionalArgument(QStringLiteral("SLUG"),
                                 QStringLiteral("The config's slug (pc-...)."));
    addResourceOptions(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("served"),
        QStringLiteral("Mark the target that served a request: config.targets[1] (the "
                       "gateway's form) or $.config.options[1]."),
        QStringLiteral("PATH")));
    if (const int status = parse(parser, QStringLiteral("config show"), arguments); status >= 0)
        return status;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        printError(QStringLiteral("config show: give one SLUG"));
        return kUsageError;
    }
    std::optional<QList<int>> served;
    if (parser.isSet(QStringLiteral("served"))) {
        served = targetPath(parser.value(QStringLiteral("served")));
        if (!served) {
            printError(QStringLiteral("config show: --served %1 is not a target path (such as "
                                      "config.targets[1] or $.config.options[1])")
                           .arg(parser.value(QStringLiteral("served"))));
            return kUsageError;
        }
    }
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("config show"), &s))
        return 1;
    const QString slug = positional.first();
    const CachedResource r = s.resources->config(slug);
    const QString what = QStringLiteral("config '%1'").arg(slug);
    if (!r.ok)
        return resourceFailed(resourceProblem(r, what, QStringLiteral("configs.read"), s), s);
    const QJsonObject config = r.value.toObject();
    QString text;
    QJsonArray targets;
    walkConfig(config, {}, served, 0, &text, &targets);
    bool servedFound = !served || served->isEmpty();
    for (const QJsonValue &t : std::as_const(targets))
        servedFound = servedFound || t.toObject().value(u"served").toBool();
    QJsonObject out = provenance(r, s);
    if (s.json) {
        out.insert(QStringLiteral("slug"), slug);
        out.insert(QStringLiteral("config"), config);
        out.insert(QStringLiteral("targets"), targets);
        out.insert(QStringLiteral("served_path"),
                   served && servedFound ? QJsonValue(canonicalPath(*served)) : QJsonValue());
        printJson(out);
    } else {
        printText(QStringLiteral("config %1\n").arg(slug) + text);
    }
    if (!servedFound)
        printError(QStringLiteral("config %1 has no target %2").arg(slug, canonicalPath(*served)));
    return 0;
}

int configList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("list"), QString());
    addResourceOptions(parser);
    if (const int status = parse(parser, QStringLiteral("config list"), arguments); status >= 0)
        return status;
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("config list"), &s))
        return 1;
    const CachedResource r = s.resources->configList();
    if (!r.ok)
        return resourceFailed(resourceProblem(r, QStringLiteral("the list of configs"),
                                              QStringLiteral("configs.list"), s),
                              s);
    QJsonObject out = provenance(r, s);
    QJsonArray configs;
    QList<QStringList> rows;
    for (const QJsonValue &v : r.value.toArray()) {
        const QJsonObject c = v.toObject();
        const bool isDefault = ControlPlaneJson::toInteger(c.value(u"is_default"), 0) != 0
            || c.value(u"is_default").toBool();
        configs.append(QJsonObject {
            {QStringLiteral("slug"), c.value(u"slug").toString()},
            {QStringLiteral("name"), c.value(u"name").toString()},
            {QStringLiteral("status"), c.value(u"status").toString()},
            {QStringLiteral("default"), isDefault},
            {QStringLiteral("last_updated_at"), c.value(u"last_updated_at").toString()}});
        rows << QStringList {c.value(u"slug").toString(), c.value(u"name").toString(),
                             c.value(u"status").toString(),
                             isDefault ? QStringLiteral("yes") : QString()};
    }
    if (s.json) {
        out.insert(QStringLiteral("configs"), configs);
        printJson(out);
    } else {
        printTable({QStringLiteral("SLUG"), QStringLiteral("NAME"), QStringLiteral("STATUS"),
                    QStringLiteral("DEFAULT")},
                   rows);
    }
    return 0;
}

// {{name}} in a prompt template; {{#section}}, {{/section}}, {{^x}} and {{!comment}} are not.
QStringList templateVariables(const QString &text)
{
    static const QRegularExpression variable(
        QStringLiteral("\\{\\{\\s*([^#/^!>{}\\s][^{}]*?)\\s*\\}\\}"));
    QStringList names;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

// The prompt's messages with the variables filled in, from the template alone: what the
// server's render gives, for when it cannot be asked. {{#system}}..{{/system}} and the like
// are messages; a template without them is one user message.
QJsonArray renderLocally(const QString &text, const QJsonObject &variables)
{
    static const QRegularExpression variable(
        QStringLiteral("\\{\\{\\s*([^#/^!>{}\\s][^{}]*?)\\s*\\}\\}"));
    const auto fill = [&](const QString &part) -> QString {
        QString out;
        qsizetype last = 0;
        for (auto it = variable.globalMatch(part); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += part.mid(last, m.capturedStart() - last)
                + variables.value(m.captured(1)).toString();
            last = m.capturedEnd();
        }
        return out + part.mid(last);
    };
    static const QRegularExpression block(
        QStringLiteral("\\{\\{#(system|user|assistant)\\}\\}(.*?)\\{\\{/\\1\\}\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    QJsonArray messages;
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        messages.append(QJsonObject {{QStringLiteral("role"), m.captured(1)},
                                     {QStringLiteral("content"), fill(m.captured(2).trimmed())}});
    }
    if (messages.isEmpty())
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                     {QStringLiteral("content"), fill(text.trimmed())}});
    return messages;
}

// ID, or ID@N with --version N (portkey-api.md 9: {promptId}@12 is version 12).
std::optional<QString> promptKey(const QCommandLineParser &parser, const QString &command)
{
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        printError(QStringLiteral("%1: give one prompt ID").arg(command));
        return std::nullopt;
    }
    QString key = positional.first();
    if (parser.isSet(QStringLiteral("version"))) {
        bool ok = false;
        const int version = parser.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1 || key.contains(u'@')) {
            printError(QStringLiteral("%1: --version takes a version number (1, 2, ...), and "
                                      "the ID then has no @")
                           .arg(command));
            return std::nullopt;
        }
        key += QStringLiteral("@%1").arg(version);
    }
    return key;
}

QCommandLineOption versionOption()
{
    return QCommandLineOption(QStringLiteral("version"),
                              QStringLiteral("That version of the prompt (default: the "
                                             "published one)."),
                              QStringLiteral("N"));
}

int promptShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("show"), QString());
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The prompt's id (pp-...)."));
    addResourceOptions(parser);
    parser.addOption(versionOption());
    if (const int status = parse(parser, QStringLiteral("prompt show"), arguments); status >= 0)
        return status;
    const std::optional<QString> key = promptKey(parser, QStringLiteral("prompt show"));
    if (!key)
        return kUsageError;
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("prompt show"), &s))
        return 1;
    const CachedResource r = s.resources->prompt(*key);
    if (!r.ok)
        return resourceFailed(resourceProblem(r, QStringLiteral("prompt '%1'").arg(*key),
                                              QStringLiteral("prompts.read"), s),
                              s);
    const QJsonObject prompt = r.value.toObject();
    const QString text = prompt.value(u"string").toString();
    const QStringList variables = templateVariables(text);
    QJsonObject out = provenance(r, s);
    if (s.json) {
        out.insert(QStringLiteral("id"), *key);
        out.insert(QStringLiteral("prompt"), prompt);
        out.insert(QStringLiteral("variables"), QJsonArray::fromStringList(variables));
        printJson(out);
        return 0;
    }
    QString lines = QStringLiteral("prompt %1").arg(prompt.value(u"slug").toString(*key));
    if (prompt.contains(u"name"))
        lines += QStringLiteral(" \"%1\"").arg(prompt.value(u"name").toString());
    lines += u'\n';
    if (prompt.contains(u"prompt_version"))
        lines += QStringLiteral("version %1 (%2)\n")
                     .arg(ControlPlaneJson::toInteger(prompt.value(u"prompt_version")))
                     .arg(prompt.value(u"prompt_version_status").toString());
    for (const char *key : {"model", "virtual_key", "status"}) {
        const QString k = QString::fromLatin1(key);
        if (prompt.contains(k))
            lines += QStringLiteral("%1: %2\n")
                         .arg(QString(k).replace(u'_', u' '),
                              ControlPlaneJson::compactText(prompt.value(k)));
    }
    if (prompt.contains(u"parameters"))
        lines += QStringLiteral("parameters: %1\n")
                     .arg(ControlPlaneJson::compactText(prompt.value(u"parameters")));
    lines += QStringLiteral("variables: %1\n")
                 .arg(variables.isEmpty() ? QStringLiteral("none") : variables.join(u", "));
    lines += QStringLiteral("template:\n%1\n").arg(text);
    printText(lines);
    return 0;
}

int promptRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("render"), QString());
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The prompt's id (pp-...)."));
    addResourceOptions(parser);
    parser.addOption(versionOption());
    parser.addOption(QCommandLineOption(QStringLiteral("var"),
                                        QStringLiteral("A variable's value; repeatable."),
                                        QStringLiteral("NAME=VALUE")));
    if (const int status = parse(parser, QStringLiteral("prompt render"), arguments); status >= 0)
        return status;
    const std::optional<QString> key = promptKey(parser, QStringLiteral("prompt render"));
    if (!key)
        return kUsageError;
    QJsonObject variables;
    for (const QString &v : parser.values(QStringLiteral("var"))) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq <= 0) {
            printError(QStringLiteral("prompt render: --var %1 is not NAME=VALUE").arg(v));
            return kUsageError;
        }
        variables.insert(v.left(eq), v.mid(eq + 1));
    }
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("prompt render"), &s))
        return 1;
    const QString what = QStringLiteral("prompt '%1'").arg(*key);
    QJsonObject request;
    QJsonObject out;
    bool rendered = false;
    if (!s.offline) {
        const ControlPlaneResponse r = s.client->renderPrompt(*key, variables, &request);
        if (r.ok()) {
            rendered = true;
            out = {{QStringLiteral("connection"), s.connection},
                   {QStringLiteral("ok"), true},
                   {QStringLiteral("source"), QStringLiteral("server")}};
        } else if (!r.error.transient() && r.error.kind != ControlPlaneErrorKind::Tls) {
            CachedResource failed;
            failed.error = r.error.message;
            failed.errorKind = r.error.kind;
            failed.httpStatus = r.error.httpStatus;
            failed.errorCode = r.error.code;
            return resourceFailed(
                resourceProblem(failed, what, QStringLiteral("prompts.render"), s), s);
        }
    }
    if (!rendered) {
        // Offline: from the cached template, as the server would fill it.
        const CachedResource cached = s.resources->prompt(*key);
        if (!cached.ok)
            return resourceFailed(
                resourceProblem(cached, what, QStringLiteral("prompts.render"), s), s);
        out = provenance(cached, s);
        out.insert(QStringLiteral("rendered_locally"), true);
        const QJsonObject prompt = cached.value.toObject();
        request = prompt.value(u"parameters").toObject();
        if (prompt.contains(u"model"))
            request.insert(QStringLiteral("model"), prompt.value(u"model"));
        request.insert(QStringLiteral("messages"),
                       renderLocally(prompt.value(u"string").toString(), variables));
        const QStringList missing = [&] {
            QStringList names;
            for (const QString &name : templateVariables(prompt.value(u"string").toString()))
                if (!variables.contains(name))
                    names << name;
            return names;
        }();
        if (!missing.isEmpty())
            printError(QStringLiteral("no value for %1 (--var NAME=VALUE); left empty")
                           .arg(missing.join(u", ")));
    }
    if (s.json) {
        out.insert(QStringLiteral("id"), *key);
        out.insert(QStringLiteral("request"), request);
        printJson(out);
        return 0;
    }
    QString lines;
    for (const QJsonValue &m : request.value(u"messages").toArray()) {
        const QJsonObject message = m.toObject();
        const QJsonValue content = message.value(u"content");
        lines += QStringLiteral("%1: %2\n")
                     .arg(message.value(u"role").toString(),
                          content.isString() ? content.toString()
                                             : ControlPlaneJson::compactText(content));
    }
    if (request.contains(u"prompt"))
        lines += request.value(u"prompt").toString() + u'\n';
    QJsonObject parameters = request;
    parameters.remove(QStringLiteral("messages"));
    parameters.remove(QStringLiteral("prompt"));
    if (!parameters.isEmpty())
        lines += QStringLiteral("parameters: %1\n").arg(ControlPlaneJson::compactText(parameters));
    printText(lines);
    return 0;
}

int virtualKeyList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("list"), QString());
    addResourceOptions(parser);
    if (const int status = parse(parser, QStringLiteral("virtual-key list"), arguments);
        status >= 0)
        return status;
    ResourceSession s;
    if (!openSession(parser, QStringLiteral("virtual-key list"), &s))
        return 1;
    const CachedResource r = s.resources->virtualKeyList();
    if (!r.ok)
        return resourceFailed(resourceProblem(r, QStringLiteral("the list of virtual keys"),
                                              QStringLiteral("virtual_keys.list"), s),
                              s);
    QJsonObject out = provenance(r, s);
    QJsonArray keys;
    QList<QStringList> rows;
    for (const QJsonValue &v : r.value.toArray()) {
        const QJsonObject k = v.toObject();
        const QString status = k.value(u"status").toString();
        // "archived" is the docs' word, not in the spec's enum (portkey-api.md 10, 16.15).
        const bool archived = status == u"archived" || k.value(u"archived").toBool()
            || k.value(u"is_archived").toBool();
        keys.append(QJsonObject {{QStringLiteral("name"), k.value(u"name").toString()},
                                 {QStringLiteral("slug"), k.value(u"slug").toString()},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("archived"), archived}});
        rows << QStringList {k.value(u"name").toString(), k.value(u"slug").toString(), status,
                             archived ? QStringLiteral("yes") : QStringLiteral("no")};
    }
    if (s.json) {
        out.insert(QStringLiteral("virtual_keys"), keys);
        printJson(out);
    } else {
        printTable({QStringLiteral("NAME"), QStringLiteral("SLUG"), QStringLiteral("STATUS"),
                    QStringLiteral("ARCHIVED")},
                   rows);
    }
    return 0;
}

} // namespace

int config(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"show")
        return configShow(arguments);
    if (sub == u"list")
        return configList(arguments);
    printError(QStringLiteral("config: show or list ('config show --help')"));
    return kUsageError;
}

int prompt(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"show")
        return promptShow(arguments);
    if (sub == u"render")
        return promptRender(arguments);
    printError(QStringLiteral("prompt: show or render ('prompt show --help')"));
    return kUsageError;
}

int virtualKey(const QStringList &arguments)
{
    if (arguments.value(0) == u"list")
        return virtualKeyList(arguments);
    printError(QStringLiteral("virtual-key: list ('virtual-key list --help')"));
    return kUsageError;
}

} // namespace CliCommands
