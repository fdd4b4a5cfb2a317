// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcecache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

QString CachedResource::ageText(const QDateTime &now) const
{
    if (!fetchedAt.isValid())
        return QStringLiteral("age unknown");
    const qint64 s = qMax<qint64>(0, fetchedAt.secsTo(now));
    if (s < 60)
        return QStringLiteral("as of just now");
    if (s < 3600)
        return QStringLiteral("as of %1 min ago").arg(s / 60);
    if (s < 2 * 86400)
        return QStringLiteral("as of %1 h ago").arg(s / 3600);
    return QStringLiteral("as of %1 days ago").arg(s / 86400);
}

ResourceCache::ResourceCache(QString dir)
    : m_dir(std::move(dir))
{ }

QString ResourceCache::defaultDir(const QString &connection)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("controlplane-cache/") + connection);
}

QString ResourceCache::fileFor(const QString &kind, const QString &key) const
{
    // Keys are ids chosen by the server: hashed, so no key can name a path.
    const QByteArray hash
        = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_dir).filePath(kind + u'/' + QString::fromLatin1(hash) + QStringLiteral(".json"));
}

std::optional<CachedResource> ResourceCache::get(const QString &kind, const QString &key) const
{
    QFile file(fileFor(kind, key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("key")).toString() != key)
        return std::nullopt;
    CachedResource r;
    r.ok = true;
    r.fromCache = true;
    r.value = o.value(QStringLiteral("value"));
    r.fetchedAt = QDateTime::fromString(o.value(QStringLiteral("fetched_at")).toString(),
                                        Qt::ISODateWithMs);
    return r;
}

bool ResourceCache::put(const QString &kind, const QString &key, const QJsonValue &value,
                        const QDateTime &fetchedAt)
{
    const QString path = fileFor(kind, key);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("key"), key},
                                          {QStringLiteral("fetched_at"),
                                           fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("value"), value}})
                   .toJson(QJsonDocument::Compact));
    return file.commit();
}

void ResourceCache::remove(const QString &kind, const QString &key)
{
    QFile::remove(fileFor(kind, key));
}

ControlPlaneResources::ControlPlaneResources(ControlPlaneClient &client, ResourceCache &cache)
    : m_client(client)
    , m_cache(cache)
{ }

void ControlPlaneResources::setTimeToLive(int configSeconds, int promptSeconds, int keySeconds)
{
    m_configTtl = configSeconds;
    m_promptTtl = promptSeconds;
    m_keyTtl = keySeconds;
}

CachedResource
ControlPlaneResources::fetch(const QString &kind, const QString &key, int ttlSeconds,
                             const std::function<ControlPlaneResponse(QJsonValue *)> &call)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<CachedResource> cached = m_cache.get(kind, key);
    if (cached && cached->fetchedAt.isValid() && cached->fetchedAt.secsTo(now) < ttlSeconds)
        return *cached;
    if (m_offline) {
        if (cached)
            return *cached;
        CachedResource none;
        none.error = QStringLiteral("not in the control-plane cache (it is filled when the "
                                    "control plane is reached)");
        none.errorKind = ControlPlaneErrorKind::Unreachable;
        return none;
    }
    QJsonValue value;
    const ControlPlaneResponse r = call(&value);
    if (r.ok()) {
        m_cache.put(kind, key, value, now);
        CachedResource fresh;
        fresh.ok = true;
        fresh.value = value;
        fresh.fetchedAt = now;
        return fresh;
    }
    if (!r.error.transient() && r.error.kind != ControlPlaneErrorKind::Tls) {
        // The server answered: the resource is gone or not ours. The old copy is not shown as
        // if it were current.
        CachedResource gone;
        gone.error = r.error.message;
        gone.errorKind = r.error.kind;
        gone.httpStatus = r.error.httpStatus;
        gone.errorCode = r.error.code;
        if (r.error.kind == ControlPlaneErrorKind::NotFound
            || r.error.kind == ControlPlaneErrorKind::Forbidden)
            m_cache.remove(kind, key);
        return gone;
    }
    if (cached) {
        cached->stale = true;
        cached->error = r.error.message;
        cached->errorKind = r.error.kind;
        cached->httpStatus = r.error.httpStatus;
        cached->errorCode = r.error.code;
        return *cached;
    }
    CachedResource none;
    none.error = r.error.message;
    none.errorKind = r.error.kind;
    none.httpStatus = r.error.httpStatus;
    none.errorCode = r.error.code;
    return none;
}

CachedResource ControlPlaneResources::config(const QString &slug)
{
    return fetch(QStringLiteral("configs"), slug, m_configTtl, [&](QJsonValue *out) {
        QJsonObject config;
        const ControlPlaneResponse r = m_client.config(slug, &config);
        *out = config;
        return r;
    });
}

CachedResource ControlPlaneResources::prompt(const QString &promptId)
{
    return fetch(QStringLiteral("prompts"), promptId, m_promptTtl, [&](QJsonValue *out) {
        QJsonObject prompt;
        const ControlPlaneResponse r = m_client.prompt(promptId, &prompt);
        *out = prompt;
        return r;
    });
}

CachedResource ControlPlaneResources::promptVersions(const QString &promptId)
{
    return fetch(QStringLiteral("prompt-versions"), promptId, m_promptTtl, [&](QJsonValue *out) {
        QJsonArray versions;
        const ControlPlaneResponse r = m_client.promptVersions(promptId, &versions);
        *out = versions;
        return r;
    });
}

CachedResource ControlPlaneResources::virtualKey(const QString &slug)
{
    return fetch(QStringLiteral("virtual-keys"), slug, m_keyTtl, [&](QJsonValue *out) {
        QJsonObject key;
        const ControlPlaneResponse r = m_client.virtualKey(slug, &key);
        *out = key;
        return r;
    });
}

CachedResource ControlPlaneResources::configList()
{
    return fetch(QStringLiteral("config-lists"), QStringLiteral("all"), m_configTtl,
                 [&](QJsonValue *out) {
                     QJsonArray configs;
                     const ControlPlaneResponse r = m_client.configs(&configs);
                     *out = configs;
                     return r;
                 });
}

CachedResource ControlPlaneResources::virtualKeyList()
{
    return fetch(QStringLiteral("virtual-key-lists"), QStringLiteral("all"), m_keyTtl,
                 [&](QJsonValue *out) {
                     QJsonArray keys;
                     const ControlPlaneResponse r = m_client.virtualKeys(&keys);
                     *out = keys;
                     return r;
                 });
}

ControlPlaneResources::Availability
ControlPlaneResources::virtualKeyAvailability(const QString &slug, QString *reason)
{
    const CachedResource key = virtualKey(slug);
    if (!key.ok) {
        if (key.errorKind == ControlPlaneErrorKind::NotFound
            || key.errorKind == ControlPlaneErrorKind::Forbidden) {
            if (reason)
                *reason = QStringLiteral("the virtual key or provider %1 no longer exists on the "
                                         "control plane (archived or deleted)")
                              .arg(slug);
            return Availability::Unavailable;
        }
        if (reason)
            *reason = key.error;
        return Availability::Unknown;
    }
    // The spec's statuses are active, exhausted (and expired for providers); archived is the
    // docs' word (portkey-api.md 16.15). Anything but active cannot serve a replay.
    const QString status = key.value.toObject().value(QStringLiteral("status")).toString();
    if (!status.isEmpty() && status != u"active") {
        if (reason)
            *reason = QStringLiteral("the virtual key or provider %1 is %2%3")
                          .arg(slug, status,
                               key.stale ? QStringLiteral(" (%1)").arg(key.ageText()) : QString());
        return Availability::Unavailable;
    }
    if (reason && key.stale)
        *reason = QStringLiteral("active %1").arg(key.ageText());
    return Availability::Available;
}
