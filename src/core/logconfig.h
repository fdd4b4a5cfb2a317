// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What one stored log knows of the gateway config that routed it (DESIGN.md 7), without the
// network: the config the request sent inline (the x-portkey-config header, or a config object
// in the recorded body), the id of a saved config, the strategy, the target that served it and
// the targets tried with their outcome. Fetching a saved config is the caller's business.
class LogConfig
{
    Q_DECLARE_TR_FUNCTIONS(LogConfig)

public:
    enum class Origin { None, Header, Body };

    static LogConfig read(const LogRecord &record);
    // Whether the Overview offers a config entry for the log: it names a config, carries one,
    // or the gateway routed it through targets (fallback, load balancing) the log names.
    static bool hasEntry(const LogRecord &record);
    // A target path as the gateway writes it: "config.targets[1]" from "$.config.options[1]"
    // (the spec's example, portkey-api.md 16.11), "config" for "$.config"; other text unchanged.
    static QString normalisedPath(const QString &path);
    // "config.targets[0].targets[1]" -> {0, 1}; nullopt when the path is not of that form.
    static std::optional<QList<int>> pathIndexes(const QString &path);

    QString configId; // a saved config's id or slug ("pc-..."), empty when none is named
    std::optional<QJsonObject> inlineConfig; // the config object the request carried
    Origin origin = Origin::None;
    QString unreadableInline; // an inline x-portkey-config that is not a JSON object, as sent
    Strategy strategy = Strategy::Unknown;
    QString servedTarget; // normalised path; empty when unknown
    QList<Attempt> attempts; // their targets normalised

    bool isEmpty() const;
    // A tree of the targets the log names (tried or served), each with what the gateway logged
    // of it (provider, model override, retry, cache, weight): for logs from the gateway's log
    // stream, whose events carry per-target options but never the config. Empty when the log
    // names no target below the root.
    QJsonObject namedTargets() const;
    // The attempts (0-based, in order) that went to the target at path.
    QList<int> attemptsAt(const QString &path) const;
    // "fallback, served by config.targets[1]" for a link or a title.
    QString summary() const;

private:
    QJsonObject m_targetOptions; // path -> the options the gateway logged for that target
};
