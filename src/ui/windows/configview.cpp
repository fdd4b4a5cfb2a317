// SPDX-License-Identifier: GPL-3.0-or-later
#include "configview.h"

#include "connectioncredentials.h"
#include "connectionstore.h"
#include "controlplaneclient.h"
#include "recordenums.h"
#include "resourcecache.h"

#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using ControlPlaneJson::compactText;

// A saved config as the cache keeps it: the config object itself (ControlPlaneResources stores
// it resolved), or a server answer, wrapped or flat (portkey-api.md 16.8).
QJsonObject savedConfig(const QJsonValue &value)
{
    bool ok = false;
    const QJsonObject config = ControlPlaneJson::configObject(value, nullptr, &ok);
    return ok ? config : ControlPlaneJson::unwrapObject(value);
}

// A saved config is looked up again after this long (ControlPlaneResources' default).
constexpr int kConfigTtlSeconds = 3600;

} // namespace

ConfigView::ConfigView(const LogRecord &record, const QString &configId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_record(record)
    , m_info(LogConfig::read(record))
    , m_configId(configId.startsWith(u'{') ? QString() : configId)
    , m_source(new QLabel)
    , m_status(new QLabel)
    , m_busyBar(new QProgressBar)
    , m_fetch(new QPushButton(tr("&Fetch")))
    , m_splitter(new QSplitter)
    , m_tree(new QTreeWidget)
    , m_raw(new QPlainTextEdit)
{
    if (m_configId.isEmpty())
        m_configId = m_info.configId;
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Config %1 - Gatescope")
                       .arg(!m_configId.isEmpty()     ? m_configId
                                : m_info.inlineConfig ? tr("(inline)")
                                                      : m_info.summary()));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Node"), tr("This log"), tr("Settings")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("configStatus"));
    m_busyBar->setRange(0, 0); // busy: no percentage to show
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_fetch->setObjectName(QStringLiteral("fetchButton"));
    m_fetch->setToolTip(tr("Fetch the saved config from the control plane"));
    m_fetch->hide();
    connect(m_fetch, &QPushButton::clicked, this, &ConfigView::fetch);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_raw);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({680, 300});
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busyBar);
    statusRow->addWidget(m_fetch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(statusRow);

    showWhatTheLogKnows();
    QTimer::singleShot(0, this, &ConfigView::fetchIfUseful);
}

ConfigView::~ConfigView()
{
    // A fetch under way returns as cancelled; its answer is dropped with this object.
    if (m_cancel)
        *m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ConfigView::setConnection(const ControlPlaneEndpoint &endpoint, const QString &apiKey,
                               const QString &cacheDir)
{
    m_connectionResolved = true;
    m_haveConnection = true;
    m_endpoint = endpoint;
    m_apiKey = apiKey;
    m_cacheDir = cacheDir;
}

void ConfigView::setNoConnection()
{
    m_connectionResolved = true;
    m_haveConnection = false;
}

bool ConfigView::resolveConnection()
{
    if (m_connectionResolved)
        return m_haveConnection;
    m_connectionResolved = true;
    QString error;
    const QList<Connection> connections = ConnectionStore().list(&error);
    if (connections.isEmpty()) {
        m_connectionProblem = error;
        return false;
    }
    const ConnectionCredentials first = ConnectionCredentials::read(connections.first());
    if (!first.ok()) {
        m_connectionProblem
            = tr("The API key of %1 could not be read: %2").arg(first.connection.name, first.error);
        return false;
    }
    setConnection(first.connection.endpoint(), first.apiKey,
                  ResourceCache::defaultDir(first.connection.name));
    m_endpoint.name = first.connection.name;
    return true;
}

void ConfigView::showWhatTheLogKnows()
{
    QString served;
    if (!m_info.servedTarget.isEmpty())
        served = u' ' + tr("This log was served by %1.").arg(m_info.servedTarget);

    if (m_info.inlineConfig) {
        setConfig(*m_info.inlineConfig,
                  m_info.origin == LogConfig::Origin::Body
                      ? tr("The config this request carried inline in its body.")
                      : tr("The config this request sent inline (x-portkey-config)."));
        return;
    }
    if (!m_configId.isEmpty()) {
        // The control-plane cache of any connection that fetched this config.
        const QDir root(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("controlplane-cache")));
        for (const QString &connection : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const ResourceCache cache(root.filePath(connection));
            if (const std::optional<CachedResource> cached
                = cache.get(QStringLiteral("configs"), m_configId)) {
                setConfig(savedConfig(cached->value),
                          tr("Config %1 from the control-plane cache of %2, %3.")
                              .arg(m_configId, connection, cached->ageText()));
                m_showingCached = true;
                m_showingSaved = cached->fetchedAt.isValid()
                    && cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc())
                        < kConfigTtlSeconds;
                return;
            }
        }
    }
    // The targets tried, when the log lists its attempts (the gateway's log stream, with the
    // options of each). A served path alone would draw a tree of empty targets: said in words.
    const QJsonObject named = m_info.attempts.isEmpty() ? QJsonObject() : m_info.namedTargets();
    if (!named.isEmpty()) {
        const QString intro = !m_configId.isEmpty()
            ? tr("This log names config %1, which is not in the control-plane cache. Below is "
                 "what the log itself knows: the targets the gateway tried or served, with the "
                 "options it logged for each.")
                  .arg(m_configId)
            : tr("This log carries no config, only the targets the gateway tried or served, with "
                 "the options it logged for each (the gateway's log stream does not record the "
                 "config).");
        m_namedOnly = true; // before the tree is drawn: targets without options are "not tried"
        setConfig(named, intro);
        return;
    }

    // Nothing to draw: a small window that says what is missing.
    QStringList lines;
    if (!m_info.unreadableInline.isEmpty()) {
        lines << tr("The request sent an x-portkey-config that is not a JSON object, so the "
                    "gateway could not use it:");
        m_raw->setPlainText(m_info.unreadableInline);
        m_tree->hide();
        m_splitter->show();
        m_raw->setMaximumHeight(m_raw->fontMetrics().lineSpacing() * 4);
    } else {
        m_splitter->hide();
        if (!m_configId.isEmpty())
            lines << tr("This log names config %1, but the config is not in the control-plane "
                        "cache and the log carries no copy of it.")
                         .arg(m_configId);
        else
            lines << tr("This log carries no config and names none.");
    }
    QStringList facts;
    if (m_info.strategy != Strategy::Unknown)
        facts << tr("strategy %1").arg(RecordEnums::strategyName(m_info.strategy));
    if (!m_info.servedTarget.isEmpty())
        facts << tr("served by %1").arg(m_info.servedTarget);
    if (!facts.isEmpty())
        lines << tr("What the log knows: %1.").arg(facts.join(QStringLiteral(", ")));
    m_source->setText(lines.join(u'\n'));
    m_hasTree = false;
    setMinimumWidth(440);
    resize(560, sizeHint().height());
}

void ConfigView::setTreeVisible(bool visible)
{
    m_splitter->setVisible(visible);
    m_tree->setVisible(visible);
    m_raw->setMaximumHeight(QWIDGETSIZE_MAX);
    if (visible && !m_hasTree)
        resize(980, 520); // from the small window (or none yet) to one with room for the tree
}

void ConfigView::fetchIfUseful()
{
    if (m_configId.isEmpty() || m_info.inlineConfig || m_showingSaved)
        return;
    if (resolveConnection()) {
        fetch();
        return;
    }
    // No connection: say how to get the config, unless a cached copy is shown (its age is said).
    if (m_showingCached)
        return;
    m_status->setText(m_connectionProblem.isEmpty()
                          ? tr("To fetch config %1, add a Portkey connection with File > "
                               "Connections\u2026 and open this view again.")
                                .arg(m_configId)
                          : m_connectionProblem);
}

void ConfigView::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_fetch->setEnabled(!busy);
    Q_EMIT busyChanged(busy);
}

void ConfigView::fetch()
{
    if (m_busy || m_configId.isEmpty())
        return;
    if (!resolveConnection()) {
        fetchIfUseful();
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_status->setStyleSheet(QString());
    m_status->setText(
        tr("Fetching config %1 from %2\u2026").arg(m_configId, m_endpoint.controlPlane.host()));
    m_fetch->show();
    setBusy(true);
    const ControlPlaneEndpoint endpoint = m_endpoint;
    const QString apiKey = m_apiKey;
    const QString cacheDir = m_cacheDir;
    const QString id = m_configId;
    // The client blocks in a local event loop while it waits: a thread of its own keeps the
    // window responsive. The window waits for it before it goes, so the answer below always
    // finds its receiver alive or is dropped with it.
    m_thread = QThread::create([this, endpoint, apiKey, cacheDir, id, cancel] {
        ControlPlaneClient client(endpoint, apiKey);
        client.setCancelFlag(cancel.get());
        ResourceCache cache(cacheDir);
        ControlPlaneResources resources(client, cache);
        resources.setTimeToLive(0, kConfigTtlSeconds, 600); // asked for: always ask the server
        const CachedResource result = resources.config(id);
        QMetaObject::invokeMethod(
            this, [this, result] { fetched(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("gatescope-config-fetch"));
    m_thread->start();
}

void ConfigView::fetched(const CachedResource &result)
{
    if (m_thread) {
        m_thread->wait(); // it has nothing left to do but return
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel.reset();
    setBusy(false);
    const QString where
        = m_endpoint.name.isEmpty() ? m_endpoint.controlPlane.host() : m_endpoint.name;
    if (result.ok) {
        const QJsonObject config = savedConfig(result.value);
        m_namedOnly = false;
        m_showingSaved = !result.stale;
        m_showingCached = result.stale;
        if (result.stale) {
            setConfig(config,
                      tr("Config %1 from the control-plane cache of %2, %3.")
                          .arg(m_configId, where, result.ageText()));
            m_status->setText(tr("Could not refresh it: %1").arg(result.error));
        } else {
            setConfig(config,
                      tr("Config %1 as saved on %2, fetched %3.")
                          .arg(m_configId, where, result.ageText()));
            m_status->setText(QString());
        }
        m_fetch->setText(tr("Re&fresh"));
        return;
    }
    if (result.errorKind == ControlPlaneErrorKind::Cancelled) {
        m_status->setText(tr("Stopped."));
        return;
    }
    // A red that reads on light and dark backgrounds.
    m_status->setStyleSheet(QStringLiteral("color: #d9534f"));
    m_status->setText(tr("Could not fetch config %1: %2").arg(m_configId, result.error));
    m_fetch->setText(tr("Try &again"));
}

void ConfigView::setConfig(const QJsonObject &config, const QString &sourceText)
{
    QString text = sourceText;
    if (!m_info.servedTarget.isEmpty())
        text += u' ' + tr("This log was served by %1.").arg(m_info.servedTarget);
    const qsizetype failed = std::count_if(m_info.attempts.begin(), m_info.attempts.end(),
                                           [](const Attempt &a) { return a.ok == false; });
    if (m_info.attempts.size() > 1)
        text += u' '
            + (failed > 0 ? tr("Attempts: %1, failed: %2.").arg(m_info.attempts.size()).arg(failed)
                          : tr("Attempts: %1.").arg(m_info.attempts.size()));
    m_source->setText(text);
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented)));
    m_tree->clear();
    m_served = nullptr;
    setTreeVisible(true);
    m_hasTree = true;
    setMinimumWidth(0);
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
            settings << tr("on %1").arg(compactText(strategy.value(u"on_status_codes")));
        // Conditional routing (portkey-api.md 8.2): which target a query sends where.
        for (const QJsonValue &c : strategy.value(u"conditions").toArray())
            settings << tr("if %1 then %2")
                            .arg(compactText(c.toObject().value(u"query")),
                                 c.toObject().value(u"then").toString());
        if (strategy.contains(u"default"))
            settings << tr("default %1").arg(strategy.value(u"default").toString());
    }
    for (const char *key : {"provider", "virtual_key", "weight", "prompt_id"}) {
        const QString k = QString::fromLatin1(key);
        if (node.contains(k))
            settings << k + u' ' + compactText(node.value(k));
    }
    if (node.contains(u"override_params")) {
        // {"model":"gpt-4o-mini"} reads as "model gpt-4o-mini".
        const QJsonObject params = node.value(u"override_params").toObject();
        QStringList pairs;
        for (auto it = params.begin(); it != params.end(); ++it)
            pairs << it.key() + u' ' + compactText(it.value());
        settings << tr("override %1").arg(pairs.join(QStringLiteral(", ")));
    }
    const QJsonObject retry = node.value(u"retry").toObject();
    if (!retry.isEmpty())
        settings << (retry.contains(u"on_status_codes")
                         ? tr("retry %1 times on %2")
                               .arg(compactText(retry.value(u"attempts")),
                                    compactText(retry.value(u"on_status_codes")))
                         : tr("retry %1 times").arg(compactText(retry.value(u"attempts"))));
    const QJsonObject cache = node.value(u"cache").toObject();
    if (!cache.isEmpty())
        settings << (cache.contains(u"max_age")
                         ? tr("cache %1, max age %2 s")
                               .arg(compactText(cache.value(u"mode")),
                                    compactText(cache.value(u"max_age")))
                         : tr("cache %1").arg(compactText(cache.value(u"mode"))));
    // Where it went last: the least telling, and the longest.
    for (const char *key : {"input_guardrails", "output_guardrails", "before_request_hooks",
                            "after_request_hooks", "request_timeout", "custom_host"}) {
        const QString k = QString::fromLatin1(key);
        if (node.contains(k))
            settings << k + u' ' + compactText(node.value(k));
    }

    // What happened at this node: the attempts that went to it, in order.
    QStringList marks;
    const QList<int> tries = m_info.attemptsAt(path);
    bool anyFailed = false;
    for (int i : tries) {
        const std::optional<bool> ok = m_info.attempts.at(i).ok;
        anyFailed = anyFailed || ok == false;
        marks << (!ok       ? tr("attempt %1").arg(i + 1)
                      : *ok ? tr("attempt %1 ok").arg(i + 1)
                            : tr("attempt %1 failed").arg(i + 1));
    }
    const bool served = path == m_info.servedTarget;
    if (served)
        marks << tr("served this log");
    QString title = label;
    if (node.contains(u"name"))
        title += QStringLiteral(" \u201c%1\u201d").arg(node.value(u"name").toString());

    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, title);
    item->setText(1, marks.join(QStringLiteral(", ")));
    if (settings.isEmpty() && m_namedOnly && node.isEmpty() && tries.isEmpty() && !served) {
        item->setText(2, tr("not tried: the log says nothing more of it"));
        item->setForeground(2, palette().brush(QPalette::Disabled, QPalette::Text));
    } else {
        item->setText(2, settings.join(QStringLiteral(" \u00b7 ")));
    }
    item->setToolTip(0, path);
    item->setToolTip(2, settings.join(u'\n'));
    item->setData(0, Qt::UserRole, path);
    if (served || anyFailed) {
        // Light backgrounds with dark text, readable in both palettes.
        const QColor background = served ? QColor(0xc4, 0xec, 0xc4) : QColor(0xf6, 0xd2, 0xd0);
        for (int column = 0; column < 3; ++column) {
            item->setBackground(column, background);
            item->setForeground(column, QColor(0x20, 0x20, 0x20));
            QFont font = item->font(column);
            font.setBold(served);
            item->setFont(column, font);
        }
    }
    if (served)
        m_served = item;
    const QJsonArray targets = node.value(u"targets").toArray();
    for (int i = 0; i < targets.size(); ++i)
        addNode(item, targets.at(i).toObject(), path + QStringLiteral(".targets[%1]").arg(i),
                tr("target %1").arg(i));
    return item;
}
