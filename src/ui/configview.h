// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logrecord.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

// A log's gateway config drawn as a tree of strategy and targets (mode, weight, retry, cache,
// on_status_codes) with the target that served the log marked, and the raw JSON beside it
// (DESIGN.md 7). The config is the inline one the log carries, or the copy the control-plane
// cache holds for its id; the view says which, and how old a cached copy is.
class ConfigView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigView)

public:
    ConfigView(const LogRecord &record, const QString &configId, QWidget *parent = nullptr);

    // Shows a config given directly (sourceText: where it came from).
    void setConfig(const QJsonObject &config, const QString &sourceText);
    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QLabel *sourceLabel() const { return m_source; }
    // The item drawn for the served target (null when the path is not in the config).
    QTreeWidgetItem *servedItem() const { return m_served; }

private:
    QTreeWidgetItem *addNode(QTreeWidgetItem *parent, const QJsonObject &node, const QString &path,
                             const QString &label);

    LogRecord m_record;
    QString m_configId;
    QLabel *m_source;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_raw;
    QTreeWidgetItem *m_served = nullptr;
};
