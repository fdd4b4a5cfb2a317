// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaypolicy.h"

#include "logrecord.h"
#include "resourcecache.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace {

QString pathOf(const QString &endpoint)
{
    QString path = endpoint.trimmed();
    if (path.contains(u"://"))
        path = QUrl(path).path();
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path.truncate(query);
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

// Finds a header by name anywhere in a JSON tree: {"x-portkey-config": "..."} objects and
// [["name","value"]] pairs both occur in the sources' raw forms.
QJsonValue findKey(const QJsonValue &value, const QString &name, int depth = 0)
{
    if (depth > 8)
        return {};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value();
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue found = findKey(it.value(), name, depth + 1);
            if (!found.isUndefined())
                return found;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QJsonArray pair = item.toArray();
            if (pair.size() == 2 && pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
                return pair.at(1);
            const QJsonValue found = findKey(item, name, depth + 1);
            if (!found.isUndefined())
                return found;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool anyTargetHasPrompt(const QJsonObject &node)
{
    if (node.contains(u"prompt_id"))
        return true;
    for (const QJsonValue &target : node.value(u"targets").toArray()) {
        if (anyTargetHasPrompt(target.toObject()))
            return true;
    }
    return false;
}

} // namespace

bool ReplayPolicy::endpointReplayable(const QString &endpoint)
{
    const QString path = pathOf(endpoint);
    // POST /prompts/{id}/completions sends variables, not a request: the prompt playground's.
    if (path.contains(u"/prompts/"))
        return false;
    return path.endsWith(u"/chat/completions") || path.endsWith(u"/completions")
        || path.endsWith(u"/embeddings") || path == u"chat/completions" || path == u"completions"
        || path == u"embeddings";
}

QString ReplayPolicy::replayPath(const LogRecord &record)
{
    const QString path = pathOf(record.endpoint);
    if (path.isEmpty()) {
        // Some sources know the kind of request but not the path.
        switch (record.requestType) {
        case RequestType::Chat:
            return QStringLiteral("/chat/completions");
        case RequestType::Completion:
            return QStringLiteral("/completions");
        case RequestType::Embedding:
            return QStringLiteral("/embeddings");
        default:
            return {};
        }
    }
    if (!endpointReplayable(path))
        return {};
    if (path.endsWith(u"chat/completions"))
        return QStringLiteral("/chat/completions");
    if (path.endsWith(u"completions"))
        return QStringLiteral("/completions");
    if (path.endsWith(u"embeddings"))
        return QStringLiteral("/embeddings");
    return {};
}

QString ReplayPolicy::rawHeader(const LogRecord &record, const QString &name)
{
    if (record.raw.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(record.raw);
    const QJsonValue found
        = findKey(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), name);
    if (found.isString())
        return found.toString();
    if (found.isObject())
        return QString::fromUtf8(QJsonDocument(found.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString ReplayPolicy::keySlug(const LogRecord &record)
{
    if (!record.virtualKey.isEmpty())
        return record.virtualKey;
    const QString key = rawHeader(record, QStringLiteral("x-portkey-virtual-key"));
    if (!key.isEmpty())
        return key;
    // Model Catalog providers are named "@slug" in x-portkey-provider; a bare provider name
    // ("openai") is not a resource on the control plane.
    const QString provider = rawHeader(record, QStringLiteral("x-portkey-provider"));
    if (provider.startsWith(u'@'))
        return provider.mid(1).section(u'/', 0, 0);
    return {};
}

std::optional<QJsonObject> ReplayPolicy::inlineConfig(const LogRecord &record)
{
    QString text = rawHeader(record, QStringLiteral("x-portkey-config"));
    if (text.isEmpty() && record.configId.startsWith(u'{'))
        text = record.configId;
    if (!text.startsWith(u'{'))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<QJsonObject> ReplayPolicy::targetAt(const QJsonObject &config, const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    static const QRegularExpression step(QStringLiteral("^\\.targets\\[(\\d+)\\]"));
    QString rest = path;
    if (!rest.startsWith(u"config"))
        return std::nullopt;
    rest = rest.mid(6);
    QJsonObject node = config;
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch match = step.match(rest);
        if (!match.hasMatch())
            return std::nullopt;
        const QJsonArray targets = node.value(u"targets").toArray();
        const int index = match.captured(1).toInt();
        if (index < 0 || index >= targets.size())
            return std::nullopt;
        node = targets.at(index).toObject();
        rest = rest.mid(match.capturedLength());
    }
    return node;
}

VirtualKeyStatusLookup ReplayPolicy::lookupFor(ControlPlaneResources *resources)
{
    return [resources](const QString &slug, QString *reason) {
        if (!resources) {
            if (reason)
                *reason = tr("no control-plane connection to ask");
            return KeyAvailability::Unknown;
        }
        switch (resources->virtualKeyAvailability(slug, reason)) {
        case ControlPlaneResources::Availability::Available:
            return KeyAvailability::Available;
        case ControlPlaneResources::Availability::Unavailable:
            return KeyAvailability::Unavailable;
        case ControlPlaneResources::Availability::Unknown:
            break;
        }
        return KeyAvailability::Unknown;
    };
}

VirtualKeyStatusLookup ReplayPolicy::cachedLookup(const QString &root)
{
    const QString dir = !root.isEmpty()
        ? root
        : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
              .filePath(QStringLiteral("controlplane-cache"));
    return [dir](const QString &slug, QString *reason) {
        const QDir cacheRoot(dir);
        for (const QString &connection : cacheRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const std::optional<CachedResource> cached
                = ResourceCache(cacheRoot.filePath(connection))
                      .get(QStringLiteral("virtual-keys"), slug);
            if (!cached)
                continue;
            const QString status
                = ControlPlaneJson::unwrapObject(cached->value).value(u"status").toString();
            // Anything but active cannot serve a replay (portkey-api.md 16.15).
            if (!status.isEmpty() && status != u"active") {
                if (reason)
                    *reason = tr("%1 on %2, %3").arg(status, connection, cached->ageText());
                return KeyAvailability::Unavailable;
            }
            return KeyAvailability::Available;
        }
        if (reason)
            *reason = tr("it is not in the control-plane cache");
        return KeyAvailability::Unknown;
    };
}

ReplayEligibility ReplayPolicy::eligibility(const LogRecord &record,
                                            const VirtualKeyStatusLookup &lookup,
                                            const std::optional<QJsonObject> &config)
{
    ReplayEligibility result;
    auto block = [&result](ReplayEligibility::Rule rule, const QString &reason) {
        result.allowed = false;
        result.rule = rule;
        result.reason = reason;
        return result;
    };

    // Rule 4: without the request body there is nothing to send again.
    if (record.forgottenAt.isValid())
        return block(ReplayEligibility::Rule::DoNotTrack,
                     tr("The content of this log was removed on %1 (forgotten on request), so "
                        "there is nothing to replay.")
                         .arg(record.forgottenAt.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!record.tracked)
        return block(ReplayEligibility::Rule::DoNotTrack,
                     tr("This log is Do-Not-Track: its request body was never stored, so there "
                        "is nothing to replay."));
    if (record.request.isEmpty())
        return block(ReplayEligibility::Rule::DoNotTrack,
                     tr("This log has no request body, so there is nothing to replay."));

    // Rule 1: only the three endpoints the playground knows.
    const bool knownPath = !pathOf(record.endpoint).isEmpty();
    if ((knownPath && !endpointReplayable(record.endpoint))
        || (!knownPath && replayPath(record).isEmpty())) {
        const QString endpoint = knownPath ? pathOf(record.endpoint) : tr("an unknown endpoint");
        return block(ReplayEligibility::Rule::Endpoint,
                     tr("Only /chat/completions, /completions and /embeddings requests can be "
                        "replayed; this log was sent to %1.")
                         .arg(endpoint));
    }

    // Rule 3: a prompt template called from a config target. The body the log holds is the
    // rendered template, not what the client sent.
    if (!record.promptId.isEmpty()) {
        const std::optional<QJsonObject> cfg = config ? config : inlineConfig(record);
        if (cfg) {
            const std::optional<QJsonObject> served = targetAt(*cfg, record.servedTarget);
            const bool fromTarget
                = served ? served->contains(u"prompt_id") : anyTargetHasPrompt(*cfg);
            if (fromTarget)
                return block(ReplayEligibility::Rule::PromptInConfigTarget,
                             tr("This request came from prompt template %1 called from inside a "
                                "config target; replay it from the prompt playground instead.")
                                 .arg(record.promptId));
        } else if (!record.configId.isEmpty()) {
            return block(ReplayEligibility::Rule::PromptInConfigTarget,
                         tr("This request came from prompt template %1 through config %2 (a "
                            "prompt called from inside a config target); replay it from the "
                            "prompt playground instead.")
                             .arg(record.promptId, record.configId));
        }
    }

    // Rule 2: the virtual key or provider must still exist and be active.
    const QString slug = keySlug(record);
    if (!slug.isEmpty()) {
        QString why;
        const KeyAvailability availability = lookup ? lookup(slug, &why) : KeyAvailability::Unknown;
        if (availability == KeyAvailability::Unavailable)
            return block(ReplayEligibility::Rule::KeyUnavailable,
                         tr("The virtual key or provider %1 is archived or no longer exists on "
                            "the control plane, so the request cannot be sent with it (%2).")
                             .arg(slug, why.isEmpty() ? tr("no details") : why));
        if (availability == KeyAvailability::Unknown)
            result.note = why.isEmpty()
                ? tr("Could not check whether the virtual key %1 is still active.").arg(slug)
                : tr("Could not check whether the virtual key %1 is still active: %2")
                      .arg(slug, why);
    }
    return result;
}
