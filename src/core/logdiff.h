// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"
#include "worddiff.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Two logs side by side: request parameters, messages, x-portkey-* headers, status labels,
// tokens, cost, latency, a word diff of the answers, and what the gateway's simple cache keys
// on, to say why one request missed the cache where the other hit.
//
// The Portkey gateway's simple cache (src/middlewares/cache/index.ts) hashes
// SHA-256(JSON.stringify(body) + "-" + url): the request body as sent to the provider (after
// override_params, in its key order) and the provider URL. No header is part of the key; the
// headers only switch the cache: x-portkey-cache / the config's cache.mode turn it on,
// x-portkey-cache-force-refresh skips the lookup (REFRESH), and a stream is never stored.
class LogDiff
{
public:
    struct Row
    {
        QString section; // "Request", "Parameters", "Messages", "Headers", "Status", "Cache",
                         // "Usage"
        QString field;
        QString left;
        QString right;
        bool differs = false;
    };

    // What one log tells of the simple cache's key and switches.
    struct CacheKey
    {
        QString mode; // "simple", "semantic", "" when off or unknown
        QString status; // "HIT", "MISS", "REFRESH", "DISABLED", "" unknown
        QString url; // the provider URL hashed (or provider + endpoint when the log has no URL)
        QByteArray body; // the body hashed, compact JSON as the log holds it
        bool forceRefresh = false; // x-portkey-cache-force-refresh was sent (when known)
        bool stream = false;
        QString gatewayKey; // the key the gateway reported (only on a HIT)
        QString hash() const; // sha256 hex of body + "-" + url
        QJsonObject toJson() const;
        static CacheKey read(const LogRecord &record);
    };

    QString leftId, rightId;
    QList<Row> rows;
    QString answerLeft, answerRight;
    QList<WordDiff::Piece> answer;
    CacheKey cacheLeft, cacheRight;
    QStringList cacheKeyDifferences; // "body.messages[0].content", "provider URL", ...
    QStringList cacheExplanation; // sentences, most telling first

    static LogDiff compare(const LogRecord &left, const LogRecord &right);

    bool sameCacheKey() const { return cacheKeyDifferences.isEmpty(); }
    QList<Row> differingRows() const;
    QJsonObject toJson() const;
    // Plain text for a terminal: the differing rows, the answers' word diff ([-old-] {+new+})
    // and the cache-key explanation.
    QString toText() const;

    // Paths at which two JSON values differ ("messages[0].content"; "" for the roots), in
    // document order; key order is ignored here (see cacheKeyDifferences for that).
    static QStringList jsonDifferences(const QJsonValue &a, const QJsonValue &b,
                                       const QString &path = {});
};
