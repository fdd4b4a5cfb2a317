// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticswindow.h"

#include "apikeystore.h"
#include "chartpanel.h"
#include "record/costformat.h"
#include "resourcecache.h"
#include "serveranalyticsfilter.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

QString utcIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

// field:value, quoted when the value has a space or a quote in it.
QString term(const QString &field, const QString &value)
{
    if (value.contains(u' ') || value.contains(u'"'))
        return field + QStringLiteral(":\"") + QString(value).replace(u'"', u'\'') + u'"';
    return field + u':' + value;
}

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString dollars(double cents)
{
    return CostFormat::text(cents);
}

// Enough decimals that the ticks of a value axis up to maximum read apart (cents: 0.005).
QString axisFormat(double maximum)
{
    if (maximum >= 10 || maximum == 0)
        return QStringLiteral("%.0f");
    if (maximum >= 0.1)
        return QStringLiteral("%.2f");
    if (maximum >= 0.01)
        return QStringLiteral("%.3f");
    return QStringLiteral("%.4f");
}

// Whole-number ticks for counts: from 0 to a multiple of a step of 1, 2 or 5 times a power of
// ten, at most six ticks (never 0.50 requests).
void setCountRange(QValueAxis *axis, double maximum)
{
    const double top = std::max(1.0, std::ceil(maximum));
    double step = 1;
    for (double power = 1; top / step > 5; power *= 10) {
        for (double factor : {1.0, 2.0, 5.0}) {
            step = factor * power;
            if (top / step <= 5)
                break;
        }
    }
    const double end = std::ceil(top / step) * step;
    axis->setRange(0, end);
    axis->setTickCount(int(std::llround(end / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setProperty("counts", true);
}

// The -10 to 10 of feedback values: ticks on whole values.
void setFeedbackRange(QAbstractAxis *axis)
{
    axis->setRange(-10, 10);
    if (auto *values = qobject_cast<QValueAxis *>(axis)) {
        values->setTickCount(5);
        values->setMinorTickCount(1);
        values->setLabelFormat(QStringLiteral("%.0f"));
    }
}

// Makes room on the vertical value axes (from 0) for a series added with values up to maximum.
void widenValueAxes(const QList<QAbstractAxis *> &axes, double maximum)
{
    for (QAbstractAxis *axis : axes) {
        auto *y = qobject_cast<QValueAxis *>(axis);
        if (!y || y->orientation() != Qt::Vertical || y->min() < 0 || maximum * 1.05 <= y->max())
            continue;
        if (y->property("counts").toBool() && maximum == std::floor(maximum)) {
            setCountRange(y, maximum);
            continue;
        }
        y->setRange(0, maximum * 1.05);
        y->setTickCount(5);
        y->applyNiceNumbers();
        y->setLabelFormat(axisFormat(maximum));
    }
}

// A count for a plural form (%Ln).
int whole(double v)
{
    return int(std::clamp<double>(std::llround(v), 0, std::numeric_limits<int>::max()));
}

QString optionalNumber(const std::optional<double> &v, int decimals = 0)
{
    return v ? QLocale::c().toString(*v, 'f', decimals) : QString();
}

} // namespace

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
    const int generation = m_generation;
    const QString filter = m_filter;
    const Range range = m_range;
    const qint64 customFrom = m_customFrom.isValid() ? m_customFrom.toMSecsSinceEpoch() : 0;
    const qint64 customTo = m_customTo.isValid() ? m_customTo.toMSecsSinceEpoch() : 0;
    QPointer<AnalyticsWindow> self(this);
    m_worker->post([=](LogStore *store) {
        QElapsedTimer timer;
        timer.start();
        Result r;
        r.generation = generation;
        r.tab = tab;
        r.query.filter = filter;
        QString error;
        auto done = [&] {
            r.error = error;
            r.elapsedMs = timer.elapsed();
            QMetaObject::invokeMethod(self.data(), [self, r] {
                if (self)
                    self->apply(r);
            });
        };
        if (!store) {
            error = tr("The store could not be opened.");
            return done();
        }
        if (range == Custom) {
            r.query.fromMs = customFrom;
            r.query.toMs = qMax(customFrom + 60 * 1000, customTo);
            r.query.bucketMs = AnalyticsQuery::bucketFor(r.query.toMs - r.query.fromMs);
        } else {
            const qint64 spans[] = {kHourMs, 24 * kHourMs, 7 * 24 * kHourMs, 30 * 24 * kHourMs};
            const qint64 span = spans[range];
            const auto bounds = store->timeBounds(filter, &error);
            if (!bounds) {
                r.empty = error.isEmpty();
                return done();
            }
            const qint64 bucket = AnalyticsQuery::bucketFor(span);
            r.query.bucketMs = bucket;
            r.query.toMs = (bounds->second / bucket + 1) * bucket;
            r.query.fromMs = r.query.toMs - (span + bucket - 1) / bucket * bucket;
        }
        const AnalyticsQuery &q = r.query;
        bool ok = true;
        auto take = [&](auto &&value, auto &target) {
            if (!value)
                ok = false;
            else
                target = *value;
        };
        switch (tab) {
        case OverviewTab:
            take(store->timeSeries(q, &error), r.series);
            if (ok)
                take(store->latencyPercentiles(q, &error), r.latency);
            break;
        case UsersTab:
            take(store->topUsers(q, 10, &error), r.users);
            break;
        case ErrorsTab:
            take(store->statusCodes(q, &error), r.codes);
            if (ok)
                take(store->timeSeries(q, &error), r.series);
            break;
        case CacheTab:
            take(store->cacheStats(q, &error), r.cache);
            if (ok)
                take(store->timeSeries(q, &error), r.series);
            break;
        case FeedbackTab:
            take(store->feedbackSeries(q, &error), r.feedback);
            if (ok)
                take(store->feedbackDistribution(q, &error), r.values);
            if (ok)
                take(store->feedbackByModel(q, &error), r.models);
            break;
        default:
            break;
        }
        if (ok)
            error.clear();
        done();
    });
}

void AnalyticsWindow::apply(const Result &r)
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
void AnalyticsWindow::build(const Result &r)
{
    m_query = r.query;
    if (r.empty) {
        QString text = tr("No logs match the filter.");
        if (const ServerAnalyticsResult *s = server(r.tab)) {
            double total = 0;
            bool percent = false;
            const QString figures = serverFigures(r.tab, *s, &total, &percent);
            text += serverSummary(r.tab, figures, 0, total, percent);
        }
        m_summaries.value(r.tab)->setText(text);
        for (ChartPanel *p : m_panels.value(r.tab)) {
            p->setChart(new QChart);
            p->setData({}, {});
        }
        return;
    }
    switch (r.tab) {
    case OverviewTab:
        buildOverview(r);
        break;
    case UsersTab:
        buildUsers(r);
        break;
    case ErrorsTab:
        buildErrors(r);
        break;
    case CacheTab:
        buildCache(r);
        break;
    case FeedbackTab:
        buildFeedback(r);
        break;
    default:
        break;
    }
}

// --- server numbers ------------------------------------------------------------------------------

namespace {

// The graphs of section 7.2 each tab draws beside its own charts.
QStringList graphsFor(int tab)
{
    switch (tab) {
    case AnalyticsWindow::OverviewTab:
        return {QStringLiteral("requests"), QStringLiteral("cost"),
                QStringLiteral("tokens"),   QStringLiteral("latency"),
                QStringLiteral("errors"),   QStringLiteral("errors/rate")};
    case AnalyticsWindow::UsersTab:
        return {QStringLiteral("users")};
    case AnalyticsWindow::ErrorsTab:
        return {QStringLiteral("errors/status-codes"), QStringLiteral("requests/rescued")};
    case AnalyticsWindow::CacheTab:
        return {QStringLiteral("cache/hit-rate")};
    case AnalyticsWindow::FeedbackTab:
        return {QStringLiteral("feedbacks"), QStringLiteral("feedbacks/weighted"),
                QStringLiteral("feedbacks/scores")};
    default:
        return {};
    }
}

// A data point's time: ISO 8601 with Z or an offset; without either it is read as UTC.
std::optional<qint64> pointTime(const QString &timestamp)
{
    QDateTime t = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

std::optional<double> numberIn(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isArray()) {
        // requests/rescued: "retry": [{retry_success_count, count}] adds up its counts.
        double sum = 0;
        for (const QJsonValue &item : v.toArray())
            sum += item.isObject()
                ? ControlPlaneJson::toNumber(item.toObject().value(QStringLiteral("count")))
                : ControlPlaneJson::toNumber(item);
        return sum;
    }
    return ControlPlaneJson::toNumber(v);
}

QString ageText(const QDateTime &fetchedAt)
{
    const qint64 s = qMax<qint64>(0, fetchedAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 60)
        return AnalyticsWindow::tr("as of just now");
    if (s < 3600)
        return AnalyticsWindow::tr("as of %n min ago", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return AnalyticsWindow::tr("as of %n h ago", nullptr, int(s / 3600));
    return AnalyticsWindow::tr("as of %n day(s) ago", nullptr, int(s / 86400));
}

} // namespace

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
        QString error;
        const std::optional<Connection> connection = ConnectionStore().find(name, &error);
        // The keychain may ask the user, so it is read here, not on the server thread.
        const KeyResult key = connection ? ApiKeyStore().read(name) : KeyResult();
        if (!connection) {
            m_serverProblem
                = error.isEmpty() ? tr("There is no connection named %1.").arg(name) : error;
        } else if (!key.ok) {
            m_serverProblem = tr("The API key of %1 could not be read: %2").arg(name, key.error);
        } else {
            m_serverSyncedUntil = connection->syncedUntil;
            m_server->setConnection(*connection, key.key, ResourceCache::defaultDir(name));
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
    const Result &r = *it;
    const ServerAnalyticsFilter filter = ServerAnalyticsFilter::fromFilter(r.query.filter);
    m_serverIgnored = filter.ignored;
    ServerAnalyticsRequest request;
    request.tab = tab;
    request.fromMs = r.query.fromMs;
    request.toMs = r.query.toMs;
    if (r.empty || request.toMs <= request.fromMs) {
        // Nothing here to take the range from: the same span, ending now.
        const qint64 spans[] = {kHourMs, 24 * kHourMs, 7 * 24 * kHourMs, 30 * 24 * kHourMs};
        const qint64 span = m_range == Custom ? 24 * kHourMs : spans[m_range];
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
    request.graphs = graphsFor(tab);
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
                          .arg(ageText(it->fetchedAt));
        }
        m_serverStatus->setText(it->fromCache ? tr("Dashed: %1 on the server, %2.")
                                                    .arg(m_serverConnection, ageText(it->fetchedAt))
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

AnalyticsWindow::ServerBuckets AnalyticsWindow::serverBuckets(const AnalyticsGraph &graph,
                                                              const QString &field,
                                                              bool additive) const
{
    return serverBuckets(
        graph, [field](const QJsonObject &point) { return numberIn(point, field); }, additive);
}

AnalyticsWindow::ServerBuckets AnalyticsWindow::serverBuckets(const AnalyticsGraph &graph,
                                                              const PointValue &value,
                                                              bool additive) const
{
    ServerBuckets out;
    const int count = m_query.bucketCount();
    if (graph.points.isEmpty()) {
        // No data points at all: nothing per bucket to draw (not a line of zeros).
        out.values = QList<std::optional<double>>(count);
        return out;
    }
    QList<QList<double>> inBucket(count);
    QList<qint64> times;
    for (const AnalyticsPoint &p : graph.points) {
        const std::optional<qint64> t = pointTime(p.timestamp);
        if (!t)
            continue;
        times.append(*t);
        const std::optional<double> v = value(p.values);
        const qint64 offset = *t - m_query.fromMs;
        if (!v || offset < 0 || m_query.bucketMs <= 0)
            continue;
        const qint64 bucket = offset / m_query.bucketMs;
        if (bucket < count)
            inBucket[bucket].append(*v);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    // The server chose wider buckets (7.2 has no bucket parameter) when even its closest
    // points are further apart than a local bucket (a gap alone is a bucket it left out): no
    // value per local bucket would be true then, so only its totals are shown.
    qint64 closest = -1;
    for (int i = 1; i < times.size(); ++i) {
        const qint64 gap = times.at(i) - times.at(i - 1);
        closest = closest < 0 ? gap : qMin(closest, gap);
    }
    out.coarse = closest > m_query.bucketMs;
    for (int i = 0; i < count; ++i) {
        const QList<double> &values = inBucket.at(i);
        if (out.coarse) {
            out.values.append(std::nullopt);
        } else if (values.isEmpty()) {
            out.values.append(additive ? std::optional<double>(0) : std::nullopt);
        } else {
            out.finer = out.finer || values.size() > 1;
            double sum = 0;
            for (double v : values)
                sum += v;
            out.values.append(additive ? sum : sum / double(values.size()));
        }
    }
    return out;
}

qint64 AnalyticsWindow::axisShift() const
{
    return qint64(QDateTime::fromMSecsSinceEpoch(m_query.fromMs).offsetFromUtc()) * 1000;
}

void AnalyticsWindow::addServerLines(
    ChartPanel *panel, const QList<QPair<QString, QList<std::optional<double>>>> &lines,
    const QStringList &csvColumns, const QStringList &labels)
{
    QChart *chart = panel->chart();
    if (!chart || chart->series().isEmpty())
        return;
    QAbstractSeries *base = chart->series().first();
    auto *bars = qobject_cast<QAbstractBarSeries *>(base);
    const QList<QAbstractAxis *> axes = base->attachedAxes();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const qint64 shift = axisShift();
    const qint64 half = m_query.bucketMs / 2;
    const qint64 from = m_query.fromMs;
    const qint64 width = qMax<qint64>(1, m_query.bucketMs);
    double maximum = 0;
    for (int s = 0; s < lines.size(); ++s) {
        // One line: a colour of its own. Several: the colour of the local series they match.
        QColor color = dark ? QColor(0xff, 0xa9, 0x4d) : QColor(0xd9, 0x48, 0x0f);
        if (lines.size() > 1 && bars && s < bars->count()) {
            color = bars->barSets().at(s)->color().darker(dark ? 70 : 150);
        } else if (lines.size() > 1 && !bars && s < chart->series().size()) {
            if (auto *line = qobject_cast<QLineSeries *>(chart->series().at(s)))
                color = line->color();
        }
        auto *series = new QLineSeries;
        series->setName(lines.at(s).first);
        QPen pen(color);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(2);
        series->setPen(pen);
        series->setPointsVisible(true);
        const QList<std::optional<double>> values = lines.at(s).second;
        for (int i = 0; i < values.size(); ++i) {
            if (!values.at(i))
                continue;
            const double x = bars ? double(i) : double(m_query.bucketStart(i) + half - shift);
            series->append(x, *values.at(i));
            maximum = qMax(maximum, *values.at(i));
        }
        chart->addSeries(series);
        for (QAbstractAxis *axis : axes)
            series->attachAxis(axis);
        const QString name = lines.at(s).first;
        const bool categories = bars != nullptr;
        connect(series, &QLineSeries::hovered, panel, [=](const QPointF &point, bool on) {
            if (!on)
                return;
            const int i = categories
                ? qRound(point.x())
                : int((qint64(point.x()) + shift - half - from + width / 2) / width);
            const double v = values.value(i).value_or(0);
            panel->setHoverText(tr("%1: %2 %3")
                                    .arg(labels.value(i), name,
                                         QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 2)));
        });
    }
    widenValueAxes(axes, maximum);
    // Line markers in the legend, so the server's read as dashed lines. Several server lines
    // over as many local ones (latency) share one entry: their colours match the local lines.
    chart->legend()->setVisible(true);
    const QList<QAbstractSeries *> all = chart->series();
    for (int s = 0; s < lines.size(); ++s) {
        QAbstractSeries *series = all.at(all.size() - lines.size() + s);
        for (QLegendMarker *marker : chart->legend()->markers(series)) {
            marker->setShape(QLegend::MarkerShapeFromSeries);
            if (lines.size() > 1 && !bars && s == 0)
                marker->setLabel(tr("Portkey (server)"));
            else if (lines.size() > 1 && !bars)
                marker->setVisible(false);
        }
    }
    // The CSV holds what was drawn: one column per server line when the rows are the buckets.
    QList<QStringList> rows = panel->csvRows();
    if (csvColumns.size() == lines.size() && !lines.isEmpty()
        && rows.size() == lines.first().second.size()) {
        for (int i = 0; i < rows.size(); ++i) {
            for (const auto &line : lines)
                rows[i].append(optionalNumber(line.second.value(i), 4));
        }
        panel->setData(panel->csvHeader() + csvColumns, rows);
    }
}

void AnalyticsWindow::addServerBars(ChartPanel *panel, const QList<std::optional<double>> &values,
                                    const QStringList &labels, const QString &csvColumn)
{
    QChart *chart = panel->chart();
    auto *bars = chart && !chart->series().isEmpty()
        ? qobject_cast<QBarSeries *>(chart->series().first())
        : nullptr;
    if (!bars)
        return;
    // Categories (status codes, feedback values) are not a time line: the server's numbers are
    // bars beside the local ones, hatched as the dashed lines of the time charts.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor color = dark ? QColor(0xff, 0xa9, 0x4d) : QColor(0xd9, 0x48, 0x0f);
    auto *set = new QBarSet(tr("Portkey (server)"));
    set->setBrush(QBrush(color, Qt::BDiagPattern));
    set->setPen(QPen(color, 1.5, Qt::DashLine));
    double maximum = 0;
    for (const std::optional<double> &v : values) {
        set->append(v.value_or(0));
        maximum = qMax(maximum, v.value_or(0));
    }
    bars->append(set);
    const QString name = set->label();
    connect(set, &QBarSet::hovered, panel, [panel, values, labels, name](bool on, int i) {
        if (on)
            panel->setHoverText(
                tr("%1: %2 %3").arg(labels.value(i), name, number(values.value(i).value_or(0))));
    });
    widenValueAxes(bars->attachedAxes(), maximum);
    chart->legend()->setVisible(true);
    QList<QStringList> rows = panel->csvRows();
    if (!csvColumn.isEmpty() && rows.size() == values.size()) {
        for (int i = 0; i < rows.size(); ++i)
            rows[i].append(optionalNumber(values.at(i), 4));
        panel->setData(panel->csvHeader() + QStringList {csvColumn}, rows);
    }
}

QString AnalyticsWindow::bucketNotes(const QList<ServerBuckets> &buckets) const
{
    bool coarse = false, finer = false;
    for (const ServerBuckets &b : buckets) {
        coarse = coarse || b.coarse;
        finer = finer || b.finer;
    }
    if (coarse)
        return u' '
            + tr("The server answered in buckets wider than the local ones, so only its totals "
                 "are shown.");
    if (finer)
        return u' '
            + tr("The server's finer buckets are added up into the local ones (averages, "
                 "percentiles and rates: the mean of its buckets).");
    return {};
}

QString AnalyticsWindow::differenceSentence(int tab, bool more, double difference)
{
    // Whole sentences per figure, so every language can place the number and its plural.
    const int n = int(std::min(std::llround(difference), qint64(std::numeric_limits<int>::max())));
    switch (tab) {
    case OverviewTab:
        return more ? tr("%Ln more requests than in this store.", nullptr, n)
                    : tr("%Ln fewer requests than in this store.", nullptr, n);
    case UsersTab:
        return more ? tr("%Ln more users than in this store.", nullptr, n)
                    : tr("%Ln fewer users than in this store.", nullptr, n);
    case ErrorsTab:
        return more ? tr("%Ln more errors than in this store.", nullptr, n)
                    : tr("%Ln fewer errors than in this store.", nullptr, n);
    case FeedbackTab:
        return more ? tr("%Ln more feedback entries than in this store.", nullptr, n)
                    : tr("%Ln fewer feedback entries than in this store.", nullptr, n);
    default:
        return {};
    }
}

QString AnalyticsWindow::serverSummary(int tab, const QString &figures, double local, double server,
                                       bool percent) const
{
    const ServerAnalyticsResult *s = this->server(tab);
    if (!s)
        return {};
    const QString name = m_serverConnection.toHtmlEscaped();
    QString text = QStringLiteral("<br>")
        + (s->fromCache ? tr("<b>Portkey (server)</b>, %1, %2: %3.")
                              .arg(name, ageText(s->fetchedAt), figures)
                        : tr("<b>Portkey (server)</b>, %1: %2.").arg(name, figures));
    if (std::isnan(server))
        return text + u' ' + tr("Its answer has no total to compare with this store's.")
            + ignoredSentence();
    const bool same
        = percent ? std::abs(local - server) < 0.05 : std::llround(local) == std::llround(server);
    if (same) {
        text += u' ' + tr("The same as in this store.");
    } else if (percent) {
        text += u' '
            + (server > local ? tr("%1 points higher than in this store.")
                              : tr("%1 points lower than in this store."))
                  .arg(QLocale().toString(std::abs(server - local), 'f', 1));
    } else {
        text += u' ' + differenceSentence(tab, server > local, std::abs(server - local));
    }
    if (!same && server > local) {
        const QDateTime synced = m_serverSyncedUntil;
        if (!synced.isValid())
            text += u' '
                + tr("Logs not yet synced may explain it: %1 has never been synced into a "
                     "store (File > Connections > Sync Now).")
                      .arg(name);
        else if (synced.toMSecsSinceEpoch() < m_query.toMs)
            text += u' '
                + tr("Logs not yet synced may explain it: %1 is synced up to %2 UTC.")
                      .arg(name, synced.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        else
            text += u' '
                + tr("Logs the server counts but this store lacks (removed here, or synced into "
                     "another store) may explain it.");
    } else if (!same) {
        text += u' '
            + tr("This store holds logs the server does not count here: imported from "
                 "elsewhere, from another workspace, or not yet processed by Portkey.");
    }
    return text + ignoredSentence();
}

QString AnalyticsWindow::ignoredSentence() const
{
    if (m_serverIgnored.isEmpty())
        return {};
    QStringList terms;
    for (const QString &t : m_serverIgnored)
        terms.append(QStringLiteral("<tt>%1</tt>").arg(t.toHtmlEscaped()));
    return u' '
        + tr("The server's numbers ignore the part of the filter its graphs have no "
             "parameter for: %1.")
              .arg(terms.join(QStringLiteral(", ")));
}

QString AnalyticsWindow::serverFigures(int tab, const ServerAnalyticsResult &s, double *main,
                                       bool *percent) const
{
    // A figure the server's summary left out shows as a dash and is not compared.
    const auto value = [&s](const char *graph, const char *key) {
        return numberIn(s.graphs.value(QLatin1String(graph)).summary, QLatin1String(key));
    };
    const auto count = [&value](const char *graph, const char *key) {
        const std::optional<double> v = value(graph, key);
        return v ? number(*v) : QStringLiteral("\u2013");
    };
    const auto fixed = [&value](const char *graph, const char *key, int decimals) {
        const std::optional<double> v = value(graph, key);
        return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("\u2013");
    };
    const auto compared = [main](const std::optional<double> &v) {
        *main = v.value_or(std::nan(""));
    };
    *percent = false;
    switch (tab) {
    case OverviewTab: {
        compared(value("requests", "total"));
        const std::optional<double> cost = value("cost", "total");
        return tr("<b>%1</b> requests \u00b7 <b>%2</b> cost \u00b7 <b>%3</b> tokens \u00b7 "
                  "latency average <b>%4 ms</b>, p50 <b>%5</b>, p90 <b>%6</b>, p99 <b>%7</b> "
                  "\u00b7 <b>%8</b> errors (%9%)")
            .arg(count("requests", "total"), cost ? dollars(*cost) : QStringLiteral("\u2013"),
                 count("tokens", "total"), count("latency", "avg"), count("latency", "p50"),
                 count("latency", "p90"), count("latency", "p99"), count("errors", "total"),
                 fixed("errors/rate", "rate", 1));
    }
    case UsersTab:
        compared(value("users", "total"));
        return tr("<b>%1</b> unique users").arg(count("users", "total"));
    case ErrorsTab:
        compared(value("errors/status-codes", "total_errors"));
        return tr("<b>%1</b> errors with %2 distinct status codes \u00b7 rescued by retries "
                  "<b>%3</b> \u00b7 by fallbacks <b>%4</b>")
            .arg(count("errors/status-codes", "total_errors"),
                 count("errors/status-codes", "unique_error_codes"),
                 count("requests/rescued", "retry"), count("requests/rescued", "fallback"));
    case CacheTab:
        compared(value("cache/hit-rate", "rate"));
        *percent = true;
        return tr("hit rate <b>%1%</b> (total %2)")
            .arg(fixed("cache/hit-rate", "rate", 1), count("cache/hit-rate", "total"));
    case FeedbackTab:
        compared(value("feedbacks", "total"));
        return tr("<b>%1</b> feedback entries, weighted average <b>%2</b>")
            .arg(count("feedbacks", "total"), fixed("feedbacks/weighted", "avg", 2));
    default:
        return {};
    }
}

// --- chart helpers
// --------------------------------------------------------------------------------

void AnalyticsWindow::styleChart(QChart *chart) const
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(
        chart->series().size() > 1
        || (chart->series().size() == 1
            && qobject_cast<QAbstractBarSeries *>(chart->series().first())
            && static_cast<QAbstractBarSeries *>(chart->series().first())->count() > 1));
}

QString AnalyticsWindow::bucketLabel(qint64 startMs) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    if (m_query.bucketMs >= 24 * kHourMs)
        return t.toString(QStringLiteral("MM-dd"));
    if (m_query.toMs - m_query.fromMs > 24 * kHourMs)
        return t.toString(QStringLiteral("MM-dd HH:mm"));
    return t.toString(QStringLiteral("HH:mm"));
}

QString AnalyticsWindow::bucketFilter(int bucket) const
{
    const qint64 start = m_query.bucketStart(bucket);
    const qint64 end = qMin(m_query.toMs, start + m_query.bucketMs);
    return QStringLiteral("after:%1 before:%2").arg(utcIso(start), utcIso(end));
}

QString AnalyticsWindow::rangeFilter() const
{
    return QStringLiteral("after:%1 before:%2").arg(utcIso(m_query.fromMs), utcIso(m_query.toMs));
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

QChart *AnalyticsWindow::barChart(ChartPanel *panel, const QStringList &categories,
                                  const QList<QPair<QString, QList<double>>> &sets, bool stacked,
                                  const Labeler &hover, const Labeler &click,
                                  const QString &axisTitle)
{
    auto *chart = new QChart;
    // Names (users, models) read best as horizontal bars, most first at the top.
    const bool horizontal = m_horizontalNext;
    const bool values = m_valuesNext;
    m_horizontalNext = false;
    m_valuesNext = false;
    QAbstractBarSeries *series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
        : horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double maximum = 0;
    for (int s = 0; s < sets.size(); ++s) {
        auto *set = new QBarSet(sets.at(s).first);
        for (double v : sets.at(s).second)
            set->append(v);
        if (horizontal) { // most first at the top: the axis runs bottom-up
            QList<double> values = sets.at(s).second;
            std::reverse(values.begin(), values.end());
            set->remove(0, set->count());
            set->append(values);
        }
        series->append(set);
        const int count = int(categories.size());
        auto original = [horizontal, count](int index) {
            return horizontal ? count - 1 - index : index;
        };
        connect(set, &QBarSet::hovered, panel, [panel, hover, s, original](bool on, int index) {
            if (on)
                panel->setHoverText(hover(original(index), s));
        });
        connect(set, &QBarSet::clicked, this, [this, panel, click, s, original](int index) {
            panel->noteItemClicked();
            const QString terms = click(original(index), s);
            if (!terms.isEmpty())
                requestFilter(terms);
        });
    }
    for (int i = 0; i < categories.size(); ++i) {
        double total = 0;
        for (const auto &set : sets) {
            const double v = i < set.second.size() ? set.second.at(i) : 0;
            total = stacked ? total + v : qMax(total, v);
        }
        maximum = qMax(maximum, total);
    }
    // Wide enough to point at: many buckets leave little room for each.
    series->setBarWidth(stacked || categories.size() > 12 ? 0.9 : 0.7);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    if (horizontal) {
        QStringList reversed(categories.crbegin(), categories.crend());
        x->append(reversed);
    } else if (categories.size() > 12 && !values) {
        // Time buckets: a category axis truncates 60 labels to dots, so its labels give way to
        // a date axis over the same range (shifted to read UTC, as in lineChart()).
        x->append(categories);
        x->setLabelsVisible(false);
        x->setGridLineVisible(false);
        const qint64 shift
            = qint64(QDateTime::fromMSecsSinceEpoch(m_query.fromMs).offsetFromUtc()) * 1000;
        auto *time = new QDateTimeAxis;
        time->setFormat(m_query.toMs - m_query.fromMs > 24 * kHourMs ? QStringLiteral("MM-dd")
                                                                     : QStringLiteral("HH:mm"));
        time->setRange(QDateTime::fromMSecsSinceEpoch(m_query.fromMs - shift),
                       QDateTime::fromMSecsSinceEpoch(m_query.toMs - shift));
        time->setTickCount(7);
        QFont font = time->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        time->setLabelsFont(font);
        time->setGridLineVisible(false);
        chart->addAxis(time, Qt::AlignBottom);
    } else if (categories.size() > 12) {
        // Many values (feedback -10 to 10): labels on every few, never cut to "…" or clipped.
        x->append(categories);
        x->setLabelsVisible(false);
        x->setGridLineVisible(false);
        auto *ticks = new QCategoryAxis;
        ticks->setRange(-0.5, double(categories.size()) - 0.5);
        ticks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int step = int((categories.size() + 4) / 5);
        for (int i = 0; i < categories.size(); i += step)
            ticks->append(categories.at(i), i);
        QFont font = ticks->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        ticks->setLabelsFont(font);
        ticks->setGridLineVisible(false);
        chart->addAxis(ticks, Qt::AlignBottom);
    } else {
        x->append(categories);
    }
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    bool whole = true; // counts: requests, tokens, errors, entries
    for (const auto &set : sets) {
        for (double v : set.second)
            whole = whole && v == std::floor(v);
    }
    if (whole) {
        setCountRange(y, maximum);
    } else {
        y->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
        y->applyNiceNumbers();
        if (maximum == 0)
            y->setTickCount(2); // 0 and 1, not six labels rounded to 0 and 1
        y->setLabelFormat(axisFormat(maximum));
    }
    y->setTitleText(axisTitle);
    y->setLabelsFont(small);
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart);
    panel->setChart(chart);
    // Beside or between bars (or over a bar too thin to hit): the column's values and filter.
    const int count = int(categories.size());
    const int setCount = int(sets.size());
    pointAtColumns(
        panel,
        [chart, series, horizontal, count](const QPointF &pos) {
            const QPointF value = chart->mapToValue(pos, series);
            const int i = int(std::lround(horizontal ? value.y() : value.x()));
            if (i < 0 || i >= count)
                return -1;
            return horizontal ? count - 1 - i : i;
        },
        setCount, [](int, int) { return true; }, hover, click);
    return chart;
}

void AnalyticsWindow::pointAtColumns(ChartPanel *panel, std::function<int(const QPointF &)> column,
                                     int seriesCount,
                                     std::function<bool(int index, int series)> has,
                                     const Labeler &hover, const Labeler &click)
{
    panel->setPointerHandlers(
        std::move(column),
        [hover, seriesCount, has](int i) {
            QStringList texts;
            for (int s = 0; s < seriesCount; ++s) {
                if (has(i, s))
                    texts.append(hover(i, s));
            }
            return texts.join(QStringLiteral(" \u00b7 "));
        },
        [this, click](int i) {
            const QString terms = click(i, 0);
            if (!terms.isEmpty())
                requestFilter(terms);
        });
}

QChart *AnalyticsWindow::lineChart(ChartPanel *panel, const QList<qint64> &times,
                                   const QList<QPair<QString, QList<std::optional<double>>>> &lines,
                                   const Labeler &hover, const Labeler &click,
                                   const QString &axisTitle)
{
    auto *chart = new QChart;
    // QDateTimeAxis (Qt 6.4) labels in local time; shift the points by the local offset so that
    // the labels read UTC like the rest of the window.
    const qint64 shift
        = qint64(QDateTime::fromMSecsSinceEpoch(m_query.fromMs).offsetFromUtc()) * 1000;
    auto *x = new QDateTimeAxis;
    x->setFormat(m_query.toMs - m_query.fromMs > 24 * kHourMs ? QStringLiteral("MM-dd")
                                                              : QStringLiteral("HH:mm"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(m_query.fromMs - shift),
                QDateTime::fromMSecsSinceEpoch(m_query.toMs - shift));
    x->setTickCount(7);
    auto *y = new QValueAxis;
    y->setTitleText(axisTitle);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    y->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double maximum = 0;
    const qint64 half = m_query.bucketMs / 2;
    auto bucketOf = [this, half, shift](const QPointF &p) {
        return int((qint64(p.x()) + shift - half - m_query.fromMs + m_query.bucketMs / 2)
                   / qMax<qint64>(1, m_query.bucketMs));
    };
    for (int s = 0; s < lines.size(); ++s) {
        auto *series = new QLineSeries;
        series->setName(lines.at(s).first);
        series->setPointsVisible(true);
        const auto &values = lines.at(s).second;
        for (int i = 0; i < values.size() && i < times.size(); ++i) {
            if (values.at(i)) {
                // At the middle of the bucket, so the point sits over its bar in other charts.
                series->append(double(times.at(i) + half - shift), *values.at(i));
                maximum = qMax(maximum, *values.at(i));
            }
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::hovered, panel,
                [panel, hover, bucketOf, s](const QPointF &point, bool on) {
                    if (on)
                        panel->setHoverText(hover(bucketOf(point), s));
                });
        connect(series, &QLineSeries::clicked, this,
                [this, panel, click, bucketOf, s](const QPointF &p) {
                    panel->noteItemClicked();
                    const QString terms = click(bucketOf(p), s);
                    if (!terms.isEmpty())
                        requestFilter(terms);
                });
    }
    y->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    y->applyNiceNumbers();
    if (maximum == 0)
        y->setTickCount(2); // 0 and 1, not six labels rounded to 0 and 1
    y->setLabelFormat(axisFormat(maximum));
    styleChart(chart);
    panel->setChart(chart);
    // Anywhere over a bucket, not only on its point: its values and its filter.
    const int count = int(times.size());
    QList<QList<bool>> present;
    for (const auto &line : lines) {
        QList<bool> has;
        for (const std::optional<double> &v : line.second)
            has.append(v.has_value());
        present.append(has);
    }
    auto *first = chart->series().isEmpty() ? nullptr : chart->series().first();
    pointAtColumns(
        panel,
        [chart, first, bucketOf, count](const QPointF &pos) {
            if (!first)
                return -1;
            const int i = bucketOf(chart->mapToValue(pos, first));
            return i >= 0 && i < count ? i : -1;
        },
        int(present.size()), [present](int i, int s) { return present.at(s).value(i); }, hover,
        click);
    return chart;
}

// --- the tabs ------------------------------------------------------------------------------------

void AnalyticsWindow::buildOverview(const Result &r)
{
    QStringList labels;
    QList<qint64> times;
    QList<double> requests, tokens, errors;
    QList<std::optional<double>> cost, rate, avg, p50, p90, p99;
    qint64 totalRequests = 0, totalErrors = 0, withStatus = 0, totalTokens = 0;
    double totalCost = 0;
    QList<QStringList> rows;
    for (int i = 0; i < r.series.size(); ++i) {
        const TimeBucket &b = r.series.at(i);
        const LatencyBucket l
            = i < r.latency.buckets.size() ? r.latency.buckets.at(i) : LatencyBucket();
        labels.append(bucketLabel(b.startMs));
        times.append(b.startMs);
        requests.append(double(b.requests));
        tokens.append(double(b.tokens));
        errors.append(double(b.errors));
        cost.append(b.costCents / 100.0);
        rate.append(b.errorRate());
        avg.append(l.avg);
        auto opt = [](const std::optional<qint64> &v) {
            return v ? std::optional<double>(double(*v)) : std::nullopt;
        };
        p50.append(opt(l.p50));
        p90.append(opt(l.p90));
        p99.append(opt(l.p99));
        totalRequests += b.requests;
        totalErrors += b.errors;
        withStatus += b.withStatus;
        totalTokens += b.tokens;
        totalCost += b.costCents;
        rows.append({utcIso(b.startMs), QString::number(b.requests),
                     QString::number(b.costCents, 'f', 6), QString::number(b.tokens),
                     optionalNumber(l.avg, 1), l.p50 ? QString::number(*l.p50) : QString(),
                     l.p90 ? QString::number(*l.p90) : QString(),
                     l.p99 ? QString::number(*l.p99) : QString(), QString::number(b.errors),
                     optionalNumber(b.errorRate(), 2)});
    }
    const QStringList header {QStringLiteral("bucket_start_utc"), QStringLiteral("requests"),
                              QStringLiteral("cost_cents"),       QStringLiteral("tokens"),
                              QStringLiteral("latency_avg_ms"),   QStringLiteral("latency_p50_ms"),
                              QStringLiteral("latency_p90_ms"),   QStringLiteral("latency_p99_ms"),
                              QStringLiteral("errors"),           QStringLiteral("error_rate_pct")};
    auto bucketClick = [this](int i, int) -> QString {
        return bucketFilter(i);
    };

    ChartPanel *p = panel(QStringLiteral("requests"));
    barChart(
        p, labels, {{tr("Requests"), requests}}, false,
        [labels, requests](int i, int) -> QString {
            return tr("%1: %Ln requests", nullptr, whole(requests.value(i))).arg(labels.value(i));
        },
        bucketClick, QString());
    p->setData(header, rows);
    p = panel(QStringLiteral("cost"));
    lineChart(
        p, times, {{tr("Cost"), cost}},
        [labels, cost](int i, int) -> QString {
            return tr("%1: %2").arg(labels.value(i), dollars(cost.value(i).value_or(0) * 100));
        },
        bucketClick, QString());
    p->setData(header, rows);
    p = panel(QStringLiteral("tokens"));
    barChart(
        p, labels, {{tr("Tokens"), tokens}}, false,
        [labels, tokens](int i, int) -> QString {
            return tr("%1: %Ln tokens", nullptr, whole(tokens.value(i))).arg(labels.value(i));
        },
        bucketClick, QString());
    p->setData(header, rows);
    p = panel(QStringLiteral("latency"));
    const QStringList names {tr("average"), tr("p50"), tr("p90"), tr("p99")};
    const QList<QList<std::optional<double>>> latencies {avg, p50, p90, p99};
    lineChart(
        p, times, {{names.at(0), avg}, {names.at(1), p50}, {names.at(2), p90}, {names.at(3), p99}},
        [labels, names, latencies](int i, int s) -> QString {
            return tr("%1: %2 %3 ms")
                .arg(labels.value(i), names.value(s),
                     number(latencies.value(s).value(i).value_or(0)));
        },
        bucketClick, QString());
    p->setData(header, rows);
    p = panel(QStringLiteral("errors"));
    barChart(
        p, labels, {{tr("Errors"), errors}}, false,
        [labels, errors](int i, int) -> QString {
            return tr("%1: %Ln errors", nullptr, whole(errors.value(i))).arg(labels.value(i));
        },
        [this](int i, int) -> QString { return bucketFilter(i) + QStringLiteral(" status:>=400"); },
        QString());
    p->setData(header, rows);
    p = panel(QStringLiteral("errorRate"));
    lineChart(
        p, times, {{tr("Error rate"), rate}},
        [labels, rate](int i, int) -> QString {
            return tr("%1: %2% errors")
                .arg(labels.value(i), QLocale().toString(rate.value(i).value_or(0), 'f', 1));
        },
        [this](int i, int) -> QString { return bucketFilter(i) + QStringLiteral(" status:>=400"); },
        QString());
    p->setData(header, rows);

    const LatencyBucket &o = r.latency.overall;
    QString summary
        = tr("<b>%1</b> requests \u00b7 <b>%2</b> cost \u00b7 <b>%3</b> tokens \u00b7 "
             "latency average <b>%4 ms</b>, p50 <b>%5</b>, p90 <b>%6</b>, p99 <b>%7</b> "
             "\u00b7 <b>%8</b> errors (%9%)")
              .arg(number(double(totalRequests)), dollars(totalCost), number(double(totalTokens)),
                   number(o.avg.value_or(0)), number(double(o.p50.value_or(0))),
                   number(double(o.p90.value_or(0))), number(double(o.p99.value_or(0))),
                   number(double(totalErrors)),
                   QLocale().toString(withStatus ? 100.0 * double(totalErrors) / double(withStatus)
                                                 : 0.0,
                                      'f', 1));

    if (const ServerAnalyticsResult *s = server(OverviewTab)) {
        const auto graph = [s](const char *name) {
            return s->graphs.value(QLatin1String(name));
        };
        const ServerBuckets sRequests
            = serverBuckets(graph("requests"), QStringLiteral("total"), true);
        ServerBuckets sCost = serverBuckets(graph("cost"), QStringLiteral("total"), true);
        for (std::optional<double> &v : sCost.values) {
            if (v)
                *v /= 100.0; // cents, as the local cost; the chart is in dollars
        }
        const ServerBuckets sTokens = serverBuckets(graph("tokens"), QStringLiteral("total"), true);
        const AnalyticsGraph latency = graph("latency");
        const ServerBuckets sAvg = serverBuckets(latency, QStringLiteral("avg"), false);
        const ServerBuckets sP50 = serverBuckets(latency, QStringLiteral("p50"), false);
        const ServerBuckets sP90 = serverBuckets(latency, QStringLiteral("p90"), false);
        const ServerBuckets sP99 = serverBuckets(latency, QStringLiteral("p99"), false);
        const ServerBuckets sErrors = serverBuckets(graph("errors"), QStringLiteral("total"), true);
        const ServerBuckets sRate
            = serverBuckets(graph("errors/rate"), QStringLiteral("rate"), false);
        const QString serverName = tr("Portkey (server)");
        addServerLines(panel(QStringLiteral("requests")), {{serverName, sRequests.values}},
                       {QStringLiteral("portkey_requests")}, labels);
        addServerLines(panel(QStringLiteral("cost")), {{serverName, sCost.values}},
                       {QStringLiteral("portkey_cost_usd")}, labels);
        addServerLines(panel(QStringLiteral("tokens")), {{serverName, sTokens.values}},
                       {QStringLiteral("portkey_tokens")}, labels);
        addServerLines(
            panel(QStringLiteral("latency")),
            {{tr("server average"), sAvg.values},
             {tr("server p50"), sP50.values},
             {tr("server p90"), sP90.values},
             {tr("server p99"), sP99.values}},
            {QStringLiteral("portkey_latency_avg_ms"), QStringLiteral("portkey_latency_p50_ms"),
             QStringLiteral("portkey_latency_p90_ms"), QStringLiteral("portkey_latency_p99_ms")},
            labels);
        addServerLines(panel(QStringLiteral("errors")), {{serverName, sErrors.values}},
                       {QStringLiteral("portkey_errors")}, labels);
        addServerLines(panel(QStringLiteral("errorRate")), {{serverName, sRate.values}},
                       {QStringLiteral("portkey_error_rate_pct")}, labels);
        double total = 0;
        bool percent = false;
        const QString figures = serverFigures(OverviewTab, *s, &total, &percent);
        summary = tr("<b>This store</b>: %1.").arg(summary)
            + serverSummary(OverviewTab, figures, double(totalRequests), total, percent)
            + bucketNotes({sRequests, sCost, sTokens, sAvg, sErrors, sRate});
    }
    m_summaries.value(OverviewTab)->setText(summary);
}

void AnalyticsWindow::buildUsers(const Result &r)
{
    const QStringList header {QStringLiteral("user"), QStringLiteral("requests"),
                              QStringLiteral("cost_cents")};
    auto build = [&](const QString &name, const QList<AnalyticsGroup> &groups, bool byCost) {
        QStringList users;
        QList<double> values;
        QList<QStringList> rows;
        for (const AnalyticsGroup &g : groups) {
            users.append(g.key);
            values.append(byCost ? g.costCents / 100.0 : double(g.requests));
            rows.append({g.key, QString::number(g.requests), QString::number(g.costCents, 'f', 6)});
        }
        ChartPanel *p = panel(name);
        m_horizontalNext = true;
        barChart(
            p, users, {{byCost ? tr("Cost") : tr("Requests"), values}}, false,
            [groups](int i, int) -> QString {
                const AnalyticsGroup g = groups.value(i);
                return tr("%1: %Ln requests, %2", nullptr, whole(double(g.requests)))
                    .arg(g.key, dollars(g.costCents));
            },
            [groups](int i, int) -> QString {
                return term(QStringLiteral("user"), groups.value(i).key);
            },
            QString());
        p->setData(header, rows);
    };
    build(QStringLiteral("usersByRequests"), r.users.byRequests, false);
    build(QStringLiteral("usersByCost"), r.users.byCost, true);
    QString summary
        = tr("<b>%1</b> users (from the <tt>_user</tt> metadata key); the top %2 are shown.")
              .arg(r.users.uniqueUsers)
              .arg(r.users.byRequests.size());
    if (const ServerAnalyticsResult *s = server(UsersTab)) {
        double total = 0;
        bool percent = false;
        const QString figures = serverFigures(UsersTab, *s, &total, &percent);
        summary = tr("<b>This store</b>: %1").arg(summary)
            + serverSummary(UsersTab, figures, double(r.users.uniqueUsers), total, percent);
    }
    m_summaries.value(UsersTab)->setText(summary);
}

void AnalyticsWindow::buildErrors(const Result &r)
{
    const ServerAnalyticsResult *s = server(ErrorsTab);
    // The server's error status codes (no timestamps): a code only the server saw gets a
    // category of its own, with no local bar.
    QMap<int, double> serverCodes;
    if (s) {
        for (const AnalyticsPoint &point :
             s->graphs.value(QStringLiteral("errors/status-codes")).points) {
            const std::optional<double> code
                = numberIn(point.values, QStringLiteral("status_code"));
            if (code)
                serverCodes[int(*code)]
                    += numberIn(point.values, QStringLiteral("count")).value_or(0);
        }
    }
    QMap<int, qint64> localCodes;
    QList<QStringList> rows;
    qint64 errors = 0, all = 0;
    for (const StatusCodeCount &c : r.codes) {
        all += c.count;
        if (c.statusCode < 400) {
            rows.append({QString::number(c.statusCode), QString::number(c.count)});
            continue;
        }
        errors += c.count;
        localCodes.insert(c.statusCode, c.count);
    }
    QList<int> errorCodes = localCodes.keys();
    for (auto it = serverCodes.cbegin(); it != serverCodes.cend(); ++it) {
        if (!localCodes.contains(it.key()))
            errorCodes.append(it.key());
    }
    std::sort(errorCodes.begin(), errorCodes.end());
    QStringList codes;
    QList<double> counts;
    QList<std::optional<double>> serverCounts;
    for (int code : errorCodes) {
        codes.append(QString::number(code));
        counts.append(double(localCodes.value(code)));
        serverCounts.append(serverCodes.contains(code)
                                ? std::optional<double>(serverCodes.value(code))
                                : std::optional<double>(0));
        QStringList row {QString::number(code), QString::number(localCodes.value(code))};
        if (s)
            row.append(optionalNumber(serverCounts.last(), 0));
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) {
        return a.first().toInt() < b.first().toInt();
    });
    if (s) {
        for (QStringList &row : rows) {
            if (row.size() == 2)
                row.append(QString()); // below 400: not an error the server graph counts
        }
    }
    ChartPanel *p = panel(QStringLiteral("statusCodes"));
    m_valuesNext = true;
    barChart(
        p, codes, {{tr("Requests"), counts}}, false,
        [codes, counts](int i, int) -> QString {
            return tr("Status %1: %Ln requests", nullptr, whole(counts.value(i)))
                .arg(codes.value(i));
        },
        [codes](int i, int) -> QString { return QStringLiteral("status:") + codes.value(i); },
        QString());
    QStringList codeHeader {QStringLiteral("status_code"), QStringLiteral("requests")};
    if (s) {
        addServerBars(p, serverCounts, codes);
        codeHeader.append(QStringLiteral("portkey_requests"));
    }
    p->setData(codeHeader, rows);

    QStringList labels;
    QList<double> retry, fallback;
    QList<QStringList> rescuedRows;
    qint64 totalRetry = 0, totalFallback = 0;
    for (const TimeBucket &b : r.series) {
        labels.append(bucketLabel(b.startMs));
        retry.append(double(b.rescuedByRetry));
        fallback.append(double(b.rescuedByFallback));
        totalRetry += b.rescuedByRetry;
        totalFallback += b.rescuedByFallback;
        rescuedRows.append({utcIso(b.startMs), QString::number(b.rescuedByRetry),
                            QString::number(b.rescuedByFallback)});
    }
    p = panel(QStringLiteral("rescued"));
    const QStringList names {tr("By retries"), tr("By fallbacks")};
    barChart(
        p, labels, {{names.at(0), retry}, {names.at(1), fallback}}, true,
        [labels, retry, fallback](int i, int s) -> QString {
            const int n = whole(s == 0 ? retry.value(i) : fallback.value(i));
            return s == 0 ? tr("%1: %Ln rescued by retries", nullptr, n).arg(labels.value(i))
                          : tr("%1: %Ln rescued by fallbacks", nullptr, n).arg(labels.value(i));
        },
        [this](int i, int s) -> QString {
            return bucketFilter(i)
                + (s == 0 ? QStringLiteral(" retry:>0 status:<400")
                          : QStringLiteral(" fallback:active status:<400"));
        },
        QString());
    p->setData({QStringLiteral("bucket_start_utc"), QStringLiteral("rescued_by_retry"),
                QStringLiteral("rescued_by_fallback")},
               rescuedRows);
    QString summary = tr("<b>%1</b> errors of %2 requests with a status \u00b7 rescued by retries "
                         "<b>%3</b> \u00b7 by fallbacks <b>%4</b>")
                          .arg(number(double(errors)), number(double(all)),
                               number(double(totalRetry)), number(double(totalFallback)));
    if (s) {
        const AnalyticsGraph rescued = s->graphs.value(QStringLiteral("requests/rescued"));
        const ServerBuckets sRetry = serverBuckets(rescued, QStringLiteral("retry"), true);
        const ServerBuckets sFallback = serverBuckets(rescued, QStringLiteral("fallback"), true);
        addServerLines(p,
                       {{tr("server: by retries"), sRetry.values},
                        {tr("server: by fallbacks"), sFallback.values}},
                       {QStringLiteral("portkey_rescued_by_retry"),
                        QStringLiteral("portkey_rescued_by_fallback")},
                       labels);
        double total = 0;
        bool percent = false;
        const QString figures = serverFigures(ErrorsTab, *s, &total, &percent);
        summary = tr("<b>This store</b>: %1.").arg(summary)
            + serverSummary(ErrorsTab, figures, double(errors), total, percent)
            + bucketNotes({sRetry, sFallback});
    }
    m_summaries.value(ErrorsTab)->setText(summary);
}

void AnalyticsWindow::buildCache(const Result &r)
{
    QStringList labels;
    QList<qint64> times;
    QList<std::optional<double>> rate;
    QList<double> simple, semantic;
    QList<QStringList> rows;
    for (const TimeBucket &b : r.series) {
        labels.append(bucketLabel(b.startMs));
        times.append(b.startMs);
        rate.append(b.cacheHitRate());
        simple.append(double(b.simpleHits));
        semantic.append(double(b.semanticHits));
        rows.append({utcIso(b.startMs), QString::number(b.cacheable), QString::number(b.simpleHits),
                     QString::number(b.semanticHits), optionalNumber(b.cacheHitRate(), 2)});
    }
    const QStringList header {QStringLiteral("bucket_start_utc"), QStringLiteral("cacheable"),
                              QStringLiteral("simple_hits"), QStringLiteral("semantic_hits"),
                              QStringLiteral("hit_rate_pct")};
    ChartPanel *p = panel(QStringLiteral("cacheHitRate"));
    lineChart(
        p, times, {{tr("Hit rate"), rate}},
        [labels, rate](int i, int) -> QString {
            return tr("%1: %2% of cacheable requests hit")
                .arg(labels.value(i), QLocale().toString(rate.value(i).value_or(0), 'f', 1));
        },
        [this](int i, int) -> QString { return bucketFilter(i) + QStringLiteral(" cache:hit"); },
        QString());
    p->setData(header, rows);
    p = panel(QStringLiteral("cacheHits"));
    const QStringList names {tr("Simple"), tr("Semantic")};
    barChart(
        p, labels, {{names.at(0), simple}, {names.at(1), semantic}}, true,
        [labels, simple, semantic](int i, int s) -> QString {
            const int n = whole(s == 0 ? simple.value(i) : semantic.value(i));
            return s == 0 ? tr("%1: %Ln simple hits", nullptr, n).arg(labels.value(i))
                          : tr("%1: %Ln semantic hits", nullptr, n).arg(labels.value(i));
        },
        [this](int i, int s) -> QString {
            return bucketFilter(i)
                + (s == 0 ? QStringLiteral(" cache:hit") : QStringLiteral(" cache:semantic_hit"));
        },
        QString());
    p->setData(header, rows);
    const CacheStats &c = r.cache;
    QString summary
        = tr("Hit rate <b>%1%</b> (%2 simple and %3 semantic hits of %4 cacheable "
             "requests) \u00b7 average latency of a hit <b>%5 ms</b> against <b>%6 ms</b> "
             "\u00b7 saved about <b>%7 s</b> of latency and <b>%8</b> (estimated from the "
             "same model's requests not served from the cache)")
              .arg(QLocale().toString(c.hitRate().value_or(0), 'f', 1),
                   number(double(c.simpleHits)), number(double(c.semanticHits)),
                   number(double(c.cacheable)), number(c.avgHitLatencyMs.value_or(0)),
                   number(c.avgMissLatencyMs.value_or(0)), number(c.latencySavedMs / 1000.0),
                   dollars(c.costSavedCents));
    if (const ServerAnalyticsResult *s = server(CacheTab)) {
        const AnalyticsGraph hits = s->graphs.value(QStringLiteral("cache/hit-rate"));
        const ServerBuckets sRate = serverBuckets(hits, QStringLiteral("rate"), false);
        const ServerBuckets sSimple = serverBuckets(hits, QStringLiteral("simple_hits"), true);
        const ServerBuckets sSemantic = serverBuckets(hits, QStringLiteral("semantic_hits"), true);
        addServerLines(panel(QStringLiteral("cacheHitRate")),
                       {{tr("Portkey (server)"), sRate.values}},
                       {QStringLiteral("portkey_hit_rate_pct")}, labels);
        addServerLines(
            panel(QStringLiteral("cacheHits")),
            {{tr("server: simple"), sSimple.values}, {tr("server: semantic"), sSemantic.values}},
            {QStringLiteral("portkey_simple_hits"), QStringLiteral("portkey_semantic_hits")},
            labels);
        double total = 0;
        bool percent = false;
        const QString figures = serverFigures(CacheTab, *s, &total, &percent);
        summary = tr("<b>This store</b>: %1.").arg(summary)
            + serverSummary(CacheTab, figures, c.hitRate().value_or(0), total, percent)
            + bucketNotes({sRate, sSimple, sSemantic});
    }
    m_summaries.value(CacheTab)->setText(summary);
}

void AnalyticsWindow::buildFeedback(const Result &r)
{
    QStringList labels;
    QList<qint64> times;
    QList<double> counts;
    QList<std::optional<double>> weighted;
    QList<QStringList> rows;
    qint64 total = 0;
    for (const FeedbackBucket &b : r.feedback) {
        labels.append(bucketLabel(b.startMs));
        times.append(b.startMs);
        counts.append(double(b.count));
        weighted.append(b.weightedAvg);
        total += b.count;
        rows.append(
            {utcIso(b.startMs), QString::number(b.count), optionalNumber(b.weightedAvg, 3)});
    }
    const QStringList header {QStringLiteral("bucket_start_utc"), QStringLiteral("feedback"),
                              QStringLiteral("weighted_avg")};
    const ServerAnalyticsResult *s = server(FeedbackTab);
    ServerBuckets sCount, sWeighted;
    if (s) {
        sCount = serverBuckets(s->graphs.value(QStringLiteral("feedbacks")),
                               QStringLiteral("total"), true);
        sWeighted = serverBuckets(s->graphs.value(QStringLiteral("feedbacks/weighted")),
                                  QStringLiteral("avg"), false);
    }
    ChartPanel *p = panel(QStringLiteral("feedbackCount"));
    barChart(
        p, labels, {{tr("Feedback"), counts}}, false,
        [labels, counts](int i, int) -> QString {
            return tr("%1: %Ln feedback entries", nullptr, whole(counts.value(i)))
                .arg(labels.value(i));
        },
        [this](int i, int) -> QString { return bucketFilter(i) + QStringLiteral(" feedback:any"); },
        QString());
    p->setData(header, rows);
    if (s) {
        addServerLines(p, {{tr("Portkey (server)"), sCount.values}},
                       {QStringLiteral("portkey_feedback")}, labels);
    }
    p = panel(QStringLiteral("feedbackWeighted"));
    lineChart(
        p, times, {{tr("Weighted average"), weighted}},
        [labels, weighted](int i, int) -> QString {
            return tr("%1: weighted average %2")
                .arg(labels.value(i), QLocale().toString(weighted.value(i).value_or(0), 'f', 2));
        },
        [this](int i, int) -> QString { return bucketFilter(i) + QStringLiteral(" feedback:any"); },
        QString());
    if (QChart *chart = p->chart(); chart && !chart->axes(Qt::Vertical).isEmpty())
        setFeedbackRange(chart->axes(Qt::Vertical).first());
    p->setData(header, rows);
    if (s) {
        addServerLines(p, {{tr("Portkey (server)"), sWeighted.values}},
                       {QStringLiteral("portkey_weighted_avg")}, labels);
    }

    QStringList values;
    QList<double> valueCounts;
    QList<QStringList> valueRows;
    for (int v = -10; v <= 10; ++v) {
        qint64 n = 0;
        for (const FeedbackValueCount &c : r.values) {
            if (c.value == v)
                n = c.count;
        }
        values.append(QString::number(v));
        valueCounts.append(double(n));
        valueRows.append({QString::number(v), QString::number(n)});
    }
    p = panel(QStringLiteral("feedbackValues"));
    QList<std::optional<double>> serverScores;
    if (s) {
        // feedbacks/scores: {score, total} per value, no timestamps.
        QList<double> byValue(21, 0);
        for (const AnalyticsPoint &point :
             s->graphs.value(QStringLiteral("feedbacks/scores")).points) {
            const std::optional<double> score = numberIn(point.values, QStringLiteral("score"));
            if (score && std::llround(*score) >= -10 && std::llround(*score) <= 10)
                byValue[int(std::llround(*score)) + 10]
                    += numberIn(point.values, QStringLiteral("total")).value_or(0);
        }
        for (double v : byValue)
            serverScores.append(v);
    }
    m_valuesNext = true;
    barChart(
        p, values, {{tr("Entries"), valueCounts}}, false,
        [valueCounts](int i, int) -> QString {
            return tr("Value %1: %Ln entries", nullptr, whole(valueCounts.value(i))).arg(i - 10);
        },
        [](int i, int) -> QString {
            // The list filters on a log's weighted average; a value's band is the nearest.
            const int v = i - 10;
            return QStringLiteral("feedback:%1..%2")
                .arg(QString::number(v - 0.5), QString::number(v + 0.5));
        },
        QString());
    p->setData({QStringLiteral("value"), QStringLiteral("entries")}, valueRows);
    if (s)
        addServerBars(p, serverScores, values, QStringLiteral("portkey_entries"));

    QStringList models;
    QList<double> averages;
    QList<QStringList> modelRows;
    // The five with most entries: more rows than that leave no height for their names (Qt
    // Charts then writes "…"); the CSV has them all.
    constexpr int kTopModels = 5;
    for (const FeedbackModel &m : r.models.mid(0, kTopModels)) {
        models.append(m.model.isNull() ? tr("unknown") : m.model);
        averages.append(m.weightedAvg.value_or(0));
    }
    for (const FeedbackModel &m : r.models)
        modelRows.append({m.model, QString::number(m.count), optionalNumber(m.weightedAvg, 3)});
    p = panel(QStringLiteral("feedbackModels"));
    const QList<FeedbackModel> top = r.models.mid(0, kTopModels);
    m_horizontalNext = true;
    QChart *chart = barChart(
        p, models, {{tr("Average weighted feedback"), averages}}, false,
        [top](int i, int) -> QString {
            const FeedbackModel m = top.value(i);
            return tr("%1: %2 over %Ln entries", nullptr, whole(double(m.count)))
                .arg(m.model, QLocale().toString(m.weightedAvg.value_or(0), 'f', 2));
        },
        [top](int i, int) -> QString {
            return term(QStringLiteral("model"), top.value(i).model)
                + QStringLiteral(" feedback:any");
        },
        QString());
    if (!chart->axes(Qt::Horizontal).isEmpty())
        setFeedbackRange(chart->axes(Qt::Horizontal).first());
    p->setData(
        {QStringLiteral("model"), QStringLiteral("feedback"), QStringLiteral("weighted_avg")},
        modelRows);
    QString summary
        = tr("<b>%1</b> feedback entries on the logs in range (each entry once, on the "
             "log it was given on; it shows on every log of its trace). Weighted average "
             "= sum(value \u00d7 weight) / sum(weight).")
              .arg(number(double(total)));
    if (s) {
        double serverTotal = 0;
        bool percent = false;
        const QString figures = serverFigures(FeedbackTab, *s, &serverTotal, &percent);
        summary = tr("<b>This store</b>: %1").arg(summary)
            + serverSummary(FeedbackTab, figures, double(total), serverTotal, percent)
            + bucketNotes({sCount, sWeighted});
    }
    m_summaries.value(FeedbackTab)->setText(summary);
}
