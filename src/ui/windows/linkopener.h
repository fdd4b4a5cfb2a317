// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class DeepLink;
class QWidget;
class StoreWorker;

// Opens gatescope:// links and Portkey app URLs for one window (Edit > Open Link…, Copy Log Link,
// links from other launches): finds the log or the trace in the store off the UI thread, hands a
// link that names another store to the window on it (or has this window switch stores), and
// fetches a missing log through the control-plane connections (LogFetcher). It never touches the
// list: the window shows what was found (logFound, traceFound, viewFound).
class LinkOpener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkOpener)

public:
    // Shows `location` in the window's place and has the new window open `link`; false when it
    // cannot (the window says why).
    using StoreSwitch = std::function<bool(const QString &location, const QString &link)>;

    LinkOpener(QWidget *window, StoreWorker *worker, const QString &location,
               StoreSwitch switchStore);

    void open(const QString &link);
    // Edit > Open Link…: a link from the clipboard is filled in.
    void openDialog();
    // Edit > Copy Log Link for the log `logId`: to the clipboard, or why its id cannot be in a
    // link.
    void copyLink(const QString &logId);
    // Says `message` in the status bar and in a box that does not block; failed(message).
    void reportProblem(const QString &message);

Q_SIGNALS:
    void logFound(qint64 rowId, const QString &logId);
    void traceFound(const QString &traceId);
    void viewFound(const DeepLink &link);
    void opened(const QString &link); // after one of the three, the canonical gatescope:// form
    void failed(const QString &message);
    void fetched(const QString &link); // now in the store: open it again
    void status(const QString &text, int timeoutMs);
    void activity(const QString &text);

private:
    // Fetches a linked log that is not in the local store. Returns false while no control-plane
    // connection exists (the caller then says so).
    bool fetchFromControlPlane(const DeepLink &link);

    QWidget *m_window;
    StoreWorker *m_worker;
    QString m_location;
    StoreSwitch m_switchStore;
};
