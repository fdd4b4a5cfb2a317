// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlplaneclient.h"
#include "logconfig.h"
#include "logrecord.h"

#include <QJsonObject>
#include <QWidget>

#include <atomic>
#include <memory>

struct CachedResource;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

// A log's gateway config drawn as a tree of strategy and targets (mode, weight, retry, cache,
// on_status_codes) with the target that served the log and every attempt marked, and the raw
// JSON beside it (DESIGN.md 7). The config is the one the log carries inline, the copy the
// control-plane cache holds for its id (with its age), the saved config fetched off the UI
// thread through a connection, or, when the log names none (the gateway's log stream), the
// targets the log says were tried. With nothing to show the window stays small and says what
// is missing and how to get it.
class ConfigView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigView)

public:
    // configId: the id the link named; empty takes the one the log names, if any.
    ConfigView(const LogRecord &record, const QString &configId, QWidget *parent = nullptr);
    ~ConfigView() override;

    // The connection to fetch the saved config with (default: the first connection whose key
    // can be read); cacheDir is its control-plane cache. Call before the event loop runs, or
    // call fetch() afterwards.
    void setConnection(const ControlPlaneEndpoint &endpoint, const QString &apiKey,
                       const QString &cacheDir);
    // A window without a connection to fetch with, whatever the connections file says.
    void setNoConnection();

    // Shows a config given directly (sourceText: where it came from).
    void setConfig(const QJsonObject &config, const QString &sourceText);
    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QLabel *sourceLabel() const { return m_source; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *fetchButton() const { return m_fetch; }
    // The item drawn for the served target (null when the path is not in the config).
    QTreeWidgetItem *servedItem() const { return m_served; }
    bool isBusy() const { return m_busy; }
    bool hasConfig() const { return m_hasTree; }

public Q_SLOTS:
    // Fetches the saved config off the UI thread; busyChanged(false) says when it is done.
    void fetch();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void showWhatTheLogKnows();
    void fetchIfUseful();
    bool resolveConnection();
    void fetched(const CachedResource &result);
    void setBusy(bool busy);
    void setTreeVisible(bool visible);
    QTreeWidgetItem *addNode(QTreeWidgetItem *parent, const QJsonObject &node, const QString &path,
                             const QString &label);

    LogRecord m_record;
    LogConfig m_info;
    QString m_configId;
    bool m_showingCached = false; // the tree holds the cache's copy of m_configId
    bool m_showingSaved = false; // the tree holds the saved config (cached or fetched)
    bool m_namedOnly = false; // the tree holds only the targets the log names
    bool m_hasTree = false;
    // The connection to fetch with, resolved once.
    bool m_connectionResolved = false;
    bool m_haveConnection = false;
    QString m_connectionProblem;
    ControlPlaneEndpoint m_endpoint;
    QString m_apiKey;
    QString m_cacheDir;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;

    QLabel *m_source;
    QLabel *m_status;
    QProgressBar *m_busyBar;
    QPushButton *m_fetch;
    QSplitter *m_splitter;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_raw;
    QTreeWidgetItem *m_served = nullptr;
};
