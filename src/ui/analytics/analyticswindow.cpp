// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticswindow.h"

#include "analyticscachetab.h"
#include "analyticserrorstab.h"
#include "analyticsfeedbacktab.h"
#include "analyticsformat.h"
#include "analyticsoverviewtab.h"
#include "analyticsuserstab.h"
#include "chartpanel.h"
#include "connectioncredentials.h"
#include "resourcecache.h"
#include "serveranalyticsfilter.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QChart>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

AnalyticsWindow::AnalyticsWindow(const QString &storeLocation, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_worker(std::make_unique<StoreWorker>(storeLocation, QStringLiteral("gatescope-analytics")))
    , m_rangeBox(new QComboBox(this))
    , m_fromEdit(new QDateTimeEdit(this))
    , m_toEdit(new QDateTimeEdit(this))
    , m_filterLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_server(new ServerAnalytics(this))
    , m_serverBox(new QComboBox(this))
    , m_serverStatus(new QLabel(this))
    , m_serverNotice(new QFrame(this))
    , m_serverNoticeText(new QLabel(m_serverNotice))
{
    setObjectName(QStringLiteral("analyticsWindow"));
    setWindowTitle(tr("Analytics \u2014 Gatescope"));
    // Never larger than the screen (1024x700 included): the charts wrap instead.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1200, 760);
    resize(QSize(1200, 760).boundedTo(available - QSize(20, 40)));

    m_rangeBox->setObjectName(QStringLiteral("rangeBox"));
    m_rangeBox->addItems(
        {tr("Last hour"), tr("Last day"), tr("Last week"), tr("Last month"), tr("Custom")});
    m_rangeBox->setCurrentIndex(m_range);
    m_rangeBox->setToolTip(tr("The range ends at the newest log that matches the filter"));
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setRange(Range(index)); });
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            if (m_range == Custom)
                setCustomRange(m_fromEdit->dateTime(), m_toEdit->dateTime());
        });
    }
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("analyticsStatus"));
    m_filterLabel->setObjectName(QStringLiteral("analyticsFilter"));
    m_filterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long filter is cut, never widening the window; the tooltip has it whole.
    m_filterLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_filterLabel->setMinimumWidth(60);

    // Two rows, so that a narrow window (or a long translation) still shows all of it.
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_rangeBox);
    bar->addWidget(new QLabel(tr("from"), this));
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_toEdit);
    bar->addWidget(new QLabel(tr("(UTC)"), this));
    bar->addStretch(1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel, 1);
    filterRow->addWidget(m_busy);
    filterRow->addWidget(m_status);

    m_serverBox->setObjectName(QStringLiteral("serverBox"));
    m_serverBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serverBox->setToolTip(tr("Draw a Portkey connection's own analytics for the same range "
                               "beside the numbers of this store"));
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setForegroundRole(QPalette::PlaceholderText);
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverStatus->setWordWrap(true);
    connect(m_serverBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setServerConnection(m_serverBox->itemData(index).toString()); });
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(new QLabel(tr("Server numbers:"), this));
    serverRow->addWidget(m_serverBox);
    serverRow->addWidget(m_serverStatus, 1);
    // Amber, readable in both themes, as the capture gap banner: the local charts stay.
    m_serverNotice->setObjectName(QStringLiteral("serverNotice"));
    m_serverNotice->setStyleSheet(
        QStringLiteral("#serverNotice { background: #fff4d6; border: 1px solid #e0b84c; } "
                       "#serverNotice QLabel { color: #5c4200; }"));
    m_serverNoticeText->setObjectName(QStringLiteral("serverNoticeText"));
    m_serverNoticeText->setTextFormat(Qt::PlainText);
    m_serverNoticeText->setWordWrap(true);
    m_serverNoticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *noticeLayout = new QHBoxLayout(m_serverNotice);
    noticeLayout->setContentsMargins(8, 3, 8, 3);
    noticeLayout->addWidget(m_serverNoticeText, 1);
    m_serverNotice->hide();
    connect(m_server, &ServerAnalytics::fetched, this, &AnalyticsWindow::applyServer);

    struct TabInfo
    {
        QString title;
        QList<QPair<QString, QString>> panels; // name, title
        int columns;
    };
    const TabInfo tabs[TabCount] = {
        {tr("&Overview"),
         {{QStringLiteral("requests"), tr("Requests")},
          {QStringLiteral("cost"), tr("Cost (USD)")},
          {QStringLiteral("tokens"), tr("Tokens")},
          {QStringLiteral("latency"), tr("Latency (ms): average, p50, p90, p99")},
          {QStringLiteral("errors"), tr("Errors (status 400 and above)")},
          {QStringLiteral("errorRate"), tr("Error rate (%)")}},
         3},
        {tr("&Users"),
         {{QStringLiteral("usersByRequests"), tr("Top users by requests")},
          {QStringLiteral("usersByCost"), tr("Top users by cost (USD)")}},
         2},
        {tr("&Errors"),
         {{QStringLiteral("statusCodes"), tr("Error status codes")},
          {QStringLiteral("rescued"), tr("Requests rescued by retries and by fallbacks")}},
         2},
        {tr("&Cache"),
         {{QStringLiteral("cacheHitRate"), tr("Cache hit rate (%)")},
          {QStringLiteral("cacheHits"), tr("Simple and semantic cache hits")}},
         2},
        {tr("&Feedback"),
         {{QStringLiteral("feedbackCount"), tr("Feedback count")},
          {QStringLiteral("feedbackValues"), tr("Distribution of feedback values")},
          {QStringLiteral("feedbackWeighted"), tr("Weighted feedback")},
          {QStringLiteral("feedbackModels"), tr("Average weighted feedback per model")}},
         2},
    };
    for (int t = 0; t < TabCount; ++t) {
        // The charts wrap to fewer columns in a narrow window (relayoutCharts) and the page
        // scrolls when they no longer fit its height.
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setObjectName(QStringLiteral("chartScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto *page = new QWidget(scroll);
        auto *layout = new QVBoxLayout(page);
        auto *summary = new QLabel(page);
        summary->setObjectName(QStringLiteral("summary"));
        summary->setWordWrap(true);
        summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(summary);
        m_summaries.insert(t, summary);
        auto *grid = new QGridLayout;
        const auto &info = tabs[t];
        for (int i = 0; i < info.panels.size(); ++i) {
            auto *panel = new ChartPanel(info.panels.at(i).first, info.panels.at(i).second, page);
            m_panels[t].append(panel);
        }
        layout->addLayout(grid, 1);
        m_grids.insert(t, {grid, info.columns, 0});
        scroll->setWidget(page);
        m_tabs->addTab(scroll, info.title);
    }
    // Each tab draws into its own panels and summary; the window decides when.
    m_tabViews[OverviewTab] = std::make_unique<AnalyticsOverviewTab>(
        m_panels.value(OverviewTab), m_summaries.value(OverviewTab));
    m_tabViews[UsersTab] = std::make_unique<AnalyticsUsersTab>(m_panels.value(UsersTab),
                                                               m_summaries.value(UsersTab));
    m_tabViews[ErrorsTab] = std::make_unique<AnalyticsErrorsTab>(m_panels.value(ErrorsTab),
                                                                 m_summaries.value(ErrorsTab));
    m_tabViews[CacheTab] = std::make_unique<AnalyticsCacheTab>(m_panels.value(CacheTab),
                                                               m_summaries.value(CacheTab));
    m_tabViews[FeedbackTab] = std::make_unique<AnalyticsFeedbackTab>(
        m_panels.value(FeedbackTab), m_summaries.value(FeedbackTab));
    relayoutCharts();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_loadedGeneration.value(tab, -1) != m_generation)
            load(tab);
        else if (m_serverKeys.value(tab) != serverKey()
                 && !(m_serverLoading && m_serverPendingTab == tab))
            fetchServer(tab);
        showServerState(tab);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filterRow);
    layout->addLayout(serverRow);
    layout->addWidget(m_serverNotice);
    layout->addWidget(m_tabs, 1);
    refreshConnections();
    const QString remembered
        = QSettings().value(QStringLiteral("analytics/serverConnection")).toString();
    if (m_serverBox->findData(remembered) > 0)
        setServerConnection(remembered);
    setFilter(QString());
}

AnalyticsWindow::~AnalyticsWindow()
{
    // First, while the window is whole: cancels a fetch in flight and joins the server thread,
    // so no answer reaches a half-destroyed window.
    delete m_server;
    m_server = nullptr;
}

void AnalyticsWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayoutCharts();
}

void AnalyticsWindow::relayoutCharts()
{
    // About 380 px per chart: three columns from 1180 px, one below 800.
    const int width = this->width() - 40; // the page's margins and its scroll bar
    for (auto it = m_grids.begin(); it != m_grids.end(); ++it) {
        ChartGrid &g = it.value();
        const int columns = std::clamp(width / 380, 1, g.maxColumns);
        if (columns == g.columns)
            continue;
        g.columns = columns;
        const QList<ChartPanel *> panels = m_panels.value(it.key());
        for (ChartPanel *p : panels)
            g.layout->removeWidget(p);
        for (int i = 0; i < panels.size(); ++i)
            g.layout->addWidget(panels.at(i), i / columns, i % columns);
        for (int c = 0; c < std::max(g.maxColumns, g.layout->columnCount()); ++c)
            g.layout->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

bool AnalyticsWindow::event(QEvent *event)
{
    // Connections may have been added or removed in File > Connections meanwhile.
    if (event->type() == QEvent::WindowActivate && m_server)
        refreshConnections();
    return QWidget::event(event);
}

void AnalyticsWindow::setFilter(const QString &filter)
{
    m_filter = filter.trimmed();
    m_filterLabel->setText(m_filter.isEmpty() ? tr("All logs") : tr("Filter: %1").arg(m_filter));
    m_filterLabel->setToolTip(m_filterLabel->text());
    reload();
}

void AnalyticsWindow::setRange(Range range)
{
    m_range = range;
    if (m_rangeBox->currentIndex() != range)
        m_rangeBox->setCurrentIndex(range); // comes back here once
    m_fromEdit->setEnabled(range == Custom);
    m_toEdit->setEnabled(range == Custom);
    if (range == Custom && !m_customFrom.isValid()) {
        m_customFrom = m_fromEdit->dateTime();
        m_customTo = m_toEdit->dateTime();
    }
    reload();
}

void AnalyticsWindow::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_customFrom = from;
    m_customTo = to;
    m_fromEdit->setDateTime(from);
    m_toEdit->setDateTime(to);
    if (m_range != Custom)
        setRange(Custom);
    else
        reload();
}

void AnalyticsWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QList<ChartPanel *> AnalyticsWindow::panels(Tab tab) const
{
    return m_panels.value(tab);
}

ChartPanel *AnalyticsWindow::panel(const QString &name) const
{
    for (const QList<ChartPanel *> &list : m_panels) {
        for (ChartPanel *p : list) {
            if (p->name() == name)
                return p;
        }
    }
    return nullptr;
}

QLabel *AnalyticsWindow::summary(Tab tab) const
{
    return m_summaries.value(tab);
}

void AnalyticsWindow::reload()
{
    ++m_generation;
    load(m_tabs->currentIndex());
}

void AnalyticsWindow::setLoading(bool loading)
{
    m_loading = loading;
    m_busy->setVisible(loading);
    if (loading)
        m_status->setText(tr("Computing\u2026"));
}

void AnalyticsWindow::load(int tab)
{
    setLoading(true);
    AnalyticsQueries::Request request;
    request.generation = m_generation;
    request.tab = tab;
    request.filter = m_filter;
    request.range = m_range;
    request.customFromMs = m_customFrom.isValid() ? m_customFrom.toMSecsSinceEpoch() : 0;
    request.customToMs = m_customTo.isValid() ? m_customTo.toMSecsSinceEpoch() : 0;
    QPointer<AnalyticsWindow> self(this);
    m_worker->post([self, request](LogStore *store) {
        const AnalyticsResult r = AnalyticsQueries::run(store, request);
        QMetaObject::invokeMethod(self.data(), [self, r] {
            if (self)
                self->apply(r);
        });
    });
}

void AnalyticsWindow::apply(const AnalyticsResult &r)
{
    if (r.generation != m_generation)
        return; // the filter or range changed meanwhile; a newer job is on its way
    const bool current = r.tab == m_tabs->currentIndex();
    if (current)
        setLoading(false);
    if (!r.error.isEmpty()) {
        m_status->setText(tr("Failed: %1").arg(r.error));
        Q_EMIT loaded(r.tab);
        return;
    }
    m_query = r.query;
    m_loadedGeneration.insert(r.tab, r.generation);
    m_results.insert(r.tab, r);
    if (!r.empty && m_range != Custom) {
        const QSignalBlocker a(m_fromEdit), b(m_toEdit);
        m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(r.query.fromMs, QTimeZone::utc()));
        m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(r.query.toMs, QTimeZone::utc()));
    }
    build(r);
    if (current)
        fetchServer(r.tab);
    if (r.empty) {
        m_status->clear();
        Q_EMIT loaded(r.tab);
        return;
    }
    const qint64 bucketMinutes = r.query.bucketMs / 60000;
    const QString bucket = bucketMinutes % (24 * 60) == 0
        ? tr("%n day(s)", nullptr, int(bucketMinutes / (24 * 60)))
        : bucketMinutes % 60 == 0 ? tr("%n hour(s)", nullptr, int(bucketMinutes / 60))
                                  : tr("%n minute(s)", nullptr, int(bucketMinutes));
    m_status->setText(tr("Buckets of %1 \u00b7 computed in %2 ms").arg(bucket).arg(r.elapsedMs));
    Q_EMIT loaded(r.tab);
}

// Draws a tab from its local result and, when they are current, the server's numbers.
void AnalyticsWindow::build(const AnalyticsResult &r)
{
    m_query = r.query;
    const AnalyticsChartBuilder charts = chartBuilder();
    const std::optional<AnalyticsServerOverlay> overlay = serverOverlay(r.tab, charts);
    if (r.empty) {
        QString text = tr("No logs match the filter.");
        if (overlay)
            text += overlay->summary(0);
        m_summaries.value(r.tab)->setText(text);
        for (ChartPanel *p : m_panels.value(r.tab)) {
            p->setChart(new QChart);
            p->setData({}, {});
        }
        return;
    }
    if (r.tab >= 0 && r.tab < TabCount)
        m_tabViews.at(r.tab)->build(r, charts, overlay ? &*overlay : nullptr);
}

AnalyticsChartBuilder AnalyticsWindow::chartBuilder()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    return AnalyticsChartBuilder(m_query, dark,
                                 [this](const QString &terms) { requestFilter(terms); });
}

// --- server numbers ------------------------------------------------------------------------------

void AnalyticsWindow::refreshConnections()
{
    QString error;
    const QList<Connection> connections = ConnectionStore().list(&error);
    {
        const QSignalBlocker block(m_serverBox);
        m_serverBox->clear();
        m_serverBox->addItem(tr("None"), QString());
        for (const Connection &c : connections)
            m_serverBox->addItem(c.name, c.name);
        m_serverBox->setEnabled(!connections.isEmpty());
        const int index = m_serverBox->findData(m_serverConnection);
        m_serverBox->setCurrentIndex(qMax(0, index));
    }
    if (!m_serverConnection.isEmpty() && m_serverBox->currentIndex() == 0)
        setServerConnection(QString()); // removed meanwhile
    if (connections.isEmpty())
        m_serverStatus->setText(error.isEmpty()
                                    ? tr("No Portkey connection yet: add one in the main window "
                                         "with File > Connections to see the server's numbers "
                                         "beside these.")
                                    : error);
    else
        showServerState(m_tabs->currentIndex());
}

void AnalyticsWindow::setServerConnection(const QString &name)
{
    {
        const QSignalBlocker block(m_serverBox);
        m_serverBox->setCurrentIndex(qMax(0, m_serverBox->findData(name)));
    }
    if (name == m_serverConnection && m_server->connection() == name && m_serverProblem.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("analytics/serverConnection"), name);
    m_serverConnection = name;
    ++m_serverEpoch;
    ++m_serverRequest; // an answer on its way is for the previous choice
    m_serverLoading = false;
    m_serverPendingTab = -1;
    m_serverResults.clear();
    m_serverKeys.clear();
    m_serverProblem.clear();
    m_serverSyncedUntil = QDateTime();
    if (name.isEmpty()) {
        m_server->clearConnection();
    } else {
        // The keychain may ask the user, so it is read here, not on the server thread.
        const ConnectionCredentials credentials = ConnectionCredentials::read(name);
        if (credentials.problem == ConnectionCredentials::Problem::NoConnection) {
            m_serverProblem = credentials.error.isEmpty()
                ? tr("There is no connection named %1.").arg(name)
                : credentials.error;
        } else if (!credentials.ok()) {
            m_serverProblem
                = tr("The API key of %1 could not be read: %2").arg(name, credentials.error);
        } else {
            m_serverSyncedUntil = credentials.connection.syncedUntil;
            m_server->setConnection(credentials.connection, credentials.apiKey,
                                    ResourceCache::defaultDir(name));
        }
        if (!m_serverProblem.isEmpty())
            m_server->clearConnection();
    }
    const int tab = m_tabs->currentIndex();
    const auto it = m_results.constFind(tab);
    if (it != m_results.cend() && it->generation == m_generation) {
        build(*it); // without the previous connection's series
        fetchServer(tab);
    }
    showServerState(tab);
}

void AnalyticsWindow::setServerRetryPolicy(const RetryPolicy &policy)
{
    m_server->setRetryPolicy(policy);
}

QString AnalyticsWindow::serverKey() const
{
    return QStringLiteral("%1/%2").arg(m_generation).arg(m_serverEpoch);
}

void AnalyticsWindow::fetchServer(int tab)
{
    if (m_serverConnection.isEmpty() || !m_serverProblem.isEmpty())
        return;
    const auto it = m_results.constFind(tab);
    if (it == m_results.cend() || it->generation != m_generation)
        return;
    const AnalyticsResult &r = *it;
    const ServerAnalyticsFilter filter = ServerAnalyticsFilter::fromFilter(r.query.filter);
    m_serverIgnored = filter.ignored;
    ServerAnalyticsRequest request;
    request.tab = tab;
    request.fromMs = r.query.fromMs;
    request.toMs = r.query.toMs;
    if (r.empty || request.toMs <= request.fromMs) {
        // Nothing here to take the range from: the same span, ending now.
        const qint64 span = AnalyticsQueries::span(m_range);
        const qint64 bucket = AnalyticsQuery::bucketFor(span);
        request.toMs = (QDateTime::currentMSecsSinceEpoch() / bucket + 1) * bucket;
        request.fromMs = request.toMs - (span + bucket - 1) / bucket * bucket;
    }
    if (filter.afterMs)
        request.fromMs = qMax(request.fromMs, *filter.afterMs);
    if (filter.beforeMs)
        request.toMs = qMin(request.toMs, *filter.beforeMs);
    if (request.toMs <= request.fromMs)
        return;
    request.filters = filter.query;
    request.graphs = AnalyticsServerOverlay::graphsFor(tab);
    request.generation = ++m_serverRequest;
    m_serverPendingTab = tab;
    m_serverPendingKey = serverKey();
    m_serverLoading = true;
    m_server->fetch(request);
    showServerState(m_tabs->currentIndex());
}

void AnalyticsWindow::applyServer(const ServerAnalyticsResult &result)
{
    if (result.generation != m_serverRequest)
        return; // superseded by a newer fetch or another connection
    m_serverLoading = false;
    m_serverPendingTab = -1;
    m_serverResults.insert(result.tab, result);
    m_serverKeys.insert(result.tab, m_serverPendingKey);
    if (m_serverPendingKey == serverKey()) {
        const auto it = m_results.constFind(result.tab);
        if (it != m_results.cend() && it->generation == m_generation)
            build(*it);
    }
    showServerState(m_tabs->currentIndex());
    Q_EMIT serverLoaded(result.tab);
}

const ServerAnalyticsResult *AnalyticsWindow::server(int tab) const
{
    const auto it = m_serverResults.constFind(tab);
    if (it == m_serverResults.cend() || !it->ok || m_serverKeys.value(tab) != serverKey()
        || m_serverConnection.isEmpty())
        return nullptr;
    return &*it;
}

std::optional<AnalyticsServerOverlay>
AnalyticsWindow::serverOverlay(int tab, const AnalyticsChartBuilder &charts) const
{
    const ServerAnalyticsResult *s = server(tab);
    if (!s)
        return std::nullopt;
    return AnalyticsServerOverlay(tab, *s, m_serverConnection, m_serverSyncedUntil, m_serverIgnored,
                                  charts);
}

QString AnalyticsWindow::serverNotice() const
{
    return m_serverNotice->isHidden() ? QString() : m_serverNoticeText->text();
}

void AnalyticsWindow::showServerState(int tab)
{
    QString notice;
    if (m_serverConnection.isEmpty()) {
        if (m_serverBox->count() > 1)
            m_serverStatus->setText(tr("Choose a connection to draw its numbers beside these."));
    } else if (!m_serverProblem.isEmpty()) {
        notice = m_serverProblem;
        m_serverStatus->clear();
    } else if (m_serverLoading && m_serverPendingTab == tab) {
        m_serverStatus->setText(tr("Fetching the numbers of %1\u2026").arg(m_serverConnection));
    } else if (const auto it = m_serverResults.constFind(tab);
               it != m_serverResults.cend() && m_serverKeys.value(tab) == serverKey()) {
        if (!it->error.ok()) {
            notice = it->error.message;
            if (it->fromCache)
                notice += u' '
                    + tr("Showing the last numbers fetched for this range, %1.")
                          .arg(AnalyticsServerOverlay::ageText(it->fetchedAt));
        }
        m_serverStatus->setText(
            it->fromCache
                ? tr("Dashed: %1 on the server, %2.")
                      .arg(m_serverConnection, AnalyticsServerOverlay::ageText(it->fetchedAt))
                : it->ok ? tr("Dashed: %1 on the server, fetched in %2 ms.")
                               .arg(m_serverConnection)
                               .arg(it->elapsedMs)
                         : QString());
    } else {
        m_serverStatus->clear();
    }
    m_serverNoticeText->setText(notice);
    m_serverNotice->setVisible(!notice.isEmpty());
}

QString AnalyticsWindow::rangeFilter() const
{
    return QStringLiteral("after:%1 before:%2")
        .arg(AnalyticsFormat::utcIso(m_query.fromMs), AnalyticsFormat::utcIso(m_query.toMs));
}

void AnalyticsWindow::requestFilter(const QString &terms)
{
    // What the chart counted: a category (a status code, a user) within the chart's range, not
    // over all time. Bucket clicks name their own, narrower range.
    QString full = terms;
    if (!terms.contains(QLatin1String("after:")) && m_query.toMs > m_query.fromMs)
        full = rangeFilter() + u' ' + terms;
    Q_EMIT filterRequested(m_filter.isEmpty() ? full : m_filter + u' ' + full);
}
