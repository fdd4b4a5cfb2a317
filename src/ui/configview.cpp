// SPDX-License-Identifier: GPL-3.0-or-later
#include "configview.h"

#include "replaypolicy.h"
#include "resourcecache.h"

#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace

ConfigView::ConfigView(const LogRecord &record, const QString &configId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_record(record)
    , m_configId(configId)
    , m_source(new QLabel)
    , m_tree(new QTreeWidget)
    , m_raw(new QPlainTextEdit)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Config %1 - Gatescope").arg(configId.isEmpty() ? tr("(inline)") : configId));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Node"), tr("Settings")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setWordWrap(true);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_raw);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({820, 400});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(splitter, 1);
    resize(1240, 560);

    if (const std::optional<QJsonObject> inlineConfig = ReplayPolicy::inlineConfig(record)) {
        setConfig(*inlineConfig, tr("The config this request sent inline (x-portkey-config)."));
        return;
    }
    // The control-plane cache of any connection that fetched this config.
    const QDir root(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                        .filePath(QStringLiteral("controlplane-cache")));
    for (const QString &connection : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        ResourceCache cache(root.filePath(connection));
        if (const std::optional<CachedResource> cached
            = cache.get(QStringLiteral("configs"), configId)) {
            setConfig(ControlPlaneJson::configObject(cached->value),
                      tr("Config %1 from the control-plane cache of %2, fetched %3.")
                          .arg(configId, connection, cached->ageText()));
            return;
        }
    }
    m_source->setText(tr("Config %1 is not in the control-plane cache and the log carries no "
                         "inline config. Sync with a Portkey connection to fetch it.")
                          .arg(configId));
}

void ConfigView::setConfig(const QJsonObject &config, const QString &sourceText)
{
    QString text = sourceText;
    if (!m_record.servedTarget.isEmpty())
        text += u' ' + tr("This log was served by %1.").arg(m_record.servedTarget);
    m_source->setText(text);
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented)));
    m_tree->clear();
    m_served = nullptr;
    addNode(nullptr, config, QStringLiteral("config"), tr("config"));
    m_tree->expandAll();
    if (m_served)
        m_tree->scrollToItem(m_served);
}

QTreeWidgetItem *ConfigView::addNode(QTreeWidgetItem *parent, const QJsonObject &node,
                                     const QString &path, const QString &label)
{
    QStringList settings;
    const QJsonObject strategy = node.value(u"strategy").toObject();
    if (!strategy.isEmpty()) {
        settings << tr("strategy %1").arg(strategy.value(u"mode").toString());
        if (strategy.contains(u"on_status_codes"))
            settings << tr("on %1").arg(compact(strategy.value(u"on_status_codes")));
    }
    for (const char *key : {"provider", "virtual_key", "weight", "prompt_id"}) {
        const QString k = QString::fromLatin1(key);
        if (node.contains(k))
            settings << k + u' ' + compact(node.value(k));
    }
    const QJsonObject retry = node.value(u"retry").toObject();
    if (!retry.isEmpty())
        settings << (retry.contains(u"on_status_codes")
                         ? tr("retry %1 times on %2")
                               .arg(compact(retry.value(u"attempts")),
                                    compact(retry.value(u"on_status_codes")))
                         : tr("retry %1 times").arg(compact(retry.value(u"attempts"))));
    const QJsonObject cache = node.value(u"cache").toObject();
    if (!cache.isEmpty())
        settings << (cache.contains(u"max_age")
                         ? tr("cache %1, max age %2 s")
                               .arg(compact(cache.value(u"mode")), compact(cache.value(u"max_age")))
                         : tr("cache %1").arg(compact(cache.value(u"mode"))));
    if (node.contains(u"override_params"))
        settings << tr("override %1").arg(compact(node.value(u"override_params")));

    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, label);
    item->setText(1, settings.join(QStringLiteral(" \u00b7 ")));
    item->setToolTip(0, path);
    item->setToolTip(1, settings.join(u'\n'));
    item->setData(0, Qt::UserRole, path);
    if (path == m_record.servedTarget) {
        m_served = item;
        item->setText(0, label + tr("  \u2190 served this log"));
        for (int column = 0; column < 2; ++column) {
            item->setBackground(column, QColor(0xc4, 0xec, 0xc4));
            QFont font = item->font(column);
            font.setBold(true);
            item->setFont(column, font);
        }
    }
    const QJsonArray targets = node.value(u"targets").toArray();
    for (int i = 0; i < targets.size(); ++i)
        addNode(item, targets.at(i).toObject(), path + QStringLiteral(".targets[%1]").arg(i),
                tr("target %1").arg(i));
    return item;
}
