// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What the recording proxy saw of one request and its response: the client's full view, as
// ProxyRecordBuilder turns it into a LogRecord. Bodies are the recorded copies (the bytes
// themselves were streamed through, not kept); a body over the recording limit is not kept.
struct ProxyExchange
{
    QDateTime startedAt; // UTC, when the request line arrived
    QByteArray method;
    QByteArray target; // path and query as the client sent them
    HeaderList requestHeaders;
    QByteArray requestBody;
    qint64 requestBytes = 0;
    bool requestOverLimit = false;

    int status = 0; // 0: no response reached the client from the upstream
    HeaderList responseHeaders;
    QByteArray responseBody; // for an event stream: the raw stream (when within the limit)
    qint64 responseBytes = 0;
    bool responseOverLimit = false;
    bool eventStream = false;
    QByteArray reassembled; // an event stream's content as one completion object
    std::optional<qint64> ttfbMs, ttftMs, latencyMs;

    bool clientDisconnected = false; // the client went away before the response ended
    QString error; // the upstream could not be reached or broke off
    QString upstream; // base URL
    QString source; // "proxy 127.0.0.1:8788"

    static QByteArray headerIn(const HeaderList &headers, QByteArrayView name);
    QByteArray requestHeader(QByteArrayView name) const { return headerIn(requestHeaders, name); }
    QByteArray responseHeader(QByteArrayView name) const { return headerIn(responseHeaders, name); }
};

inline QByteArray ProxyExchange::headerIn(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
