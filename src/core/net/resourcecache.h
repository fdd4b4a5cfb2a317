// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlplaneclient.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// A control-plane resource as last known: fresh from the server, or from the cache with its age
// (offline review still shows the last known version and says how old it is).
struct CachedResource
{
    bool ok = false; // value holds something to show
    QJsonValue value;
    QDateTime fetchedAt;
    bool fromCache = false; // not fetched by this call
    bool stale = false; // older than its time to live (the server could not be asked)
    QString error; // why the server was not asked or failed; set with stale data too
    ControlPlaneErrorKind errorKind = ControlPlaneErrorKind::None;
    int httpStatus = 0; // of the failed call
    QString errorCode; // "AB03" when the server sent one

    // "as of 3 h ago" for a label next to the resource.
    QString ageText(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

// Resources kept on disk per connection, one JSON file each, with the time they were fetched.
class ResourceCache
{
public:
    explicit ResourceCache(QString dir); // e.g. AppDataLocation/controlplane-cache/<connection>
    static QString defaultDir(const QString &connection);

    std::optional<CachedResource> get(const QString &kind, const QString &key) const;
    bool put(const QString &kind, const QString &key, const QJsonValue &value,
             const QDateTime &fetchedAt);
    void remove(const QString &kind, const QString &key);

private:
    QString fileFor(const QString &kind, const QString &key) const;

    QString m_dir;
};

// Configs, prompts and virtual keys through the cache: served from disk while younger than
// their time to live, fetched otherwise, and the cached copy (marked stale, with the reason)
// when the control plane cannot be reached.
class ControlPlaneResources
{
public:
    ControlPlaneResources(ControlPlaneClient &client, ResourceCache &cache);

    void setTimeToLive(int configSeconds, int promptSeconds, int keySeconds);
    // Offline: only the cache is read, the server is never asked.
    void setOffline(bool offline) { m_offline = offline; }

    CachedResource config(const QString &slug); // the config object (wrapped/flat resolved)
    CachedResource prompt(const QString &promptId);
    CachedResource promptVersions(const QString &promptId);
    CachedResource virtualKey(const QString &slug);
    CachedResource configList(); // the workspace's configs (GET /configs), an array
    CachedResource virtualKeyList(); // GET /virtual-keys, an array

    // For the replay rule about archived keys (DESIGN.md 7, portkey-api.md 10 and 14): whether
    // the virtual key or provider still serves requests, and if not, why.
    enum class Availability { Available, Unavailable, Unknown };
    Availability virtualKeyAvailability(const QString &slug, QString *reason);

private:
    CachedResource fetch(const QString &kind, const QString &key, int ttlSeconds,
                         const std::function<ControlPlaneResponse(QJsonValue *)> &call);

    ControlPlaneClient &m_client;
    ResourceCache &m_cache;
    int m_configTtl = 3600;
    int m_promptTtl = 3600;
    int m_keyTtl = 600;
    bool m_offline = false;
};
