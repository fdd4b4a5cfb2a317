#include "analyticswindow.h"

#include "chartpanel.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

struct AnalyticsWindow::Result
{
    int generation = 0;
    int tab = 0;
    AnalyticsQuery query;
    bool empty = false; // no log matches the filter
    QString error;
    qint64 elapsedMs = 0;
    QList<TimeBucket> series;
    LatencyStats latency;
    TopUsers users;
    QList<StatusCodeCount> codes;
    CacheStats cache;
    QList<FeedbackBucket> feedback;
    QList<FeedbackValueCount> values;
    QList<FeedbackModel> models;
};

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
    return QStringLiteral("$") + QLocale().toString(cents / 100.0, 'f', cents < 1000 ? 4 : 2);
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
{
    setObjectName(QStringLiteral("analyticsWindow"));
    setWindowTitle(tr("Analytics \u2014 Gatescope"));
    resize(1200, 760);

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

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_rangeBox);
    bar->addWidget(new QLabel(tr("from"), this));
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_toEdit);
    bar->addWidget(new QLabel(tr("(UTC)"), this));
    bar->addSpacing(12);
    bar->addWidget(m_filterLabel, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_status);

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
        auto *page = new QWidget(m_tabs);
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
            grid->addWidget(panel, i / info.columns, i % info.columns);
            m_panels[t].append(panel);
        }
        layout->addLayout(grid, 1);
        m_tabs->addTab(page, info.title);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_loadedGeneration.value(tab, -1) != m_generation)
            load(tab);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    setFilter(QString());
}

AnalyticsWindow::~AnalyticsWindow() = default;

void AnalyticsWindow::setFilter(const QString &filter)
{
    m_filter = filter.trimmed();
    m_filterLabel->setText(m_filter.isEmpty() ? tr("All logs") : tr("Filter: %1").arg(m_filter));
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
    if (r.empty) {
        m_summaries.value(r.tab)->setText(tr("No logs match the filter."));
        for (ChartPanel *p : m_panels.value(r.tab)) {
            p->setChart(new QChart);
            p->setData({}, {});
        }
        m_status->clear();
        Q_EMIT loaded(r.tab);
        return;
    }
    if (m_range != Custom) {
        const QSignalBlocker a(m_fromEdit), b(m_toEdit);
        m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(r.query.fromMs, QTimeZone::utc()));
        m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(r.query.toMs, QTimeZone::utc()));
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
    const qint64 bucketMinutes = r.query.bucketMs / 60000;
    const QString bucket = bucketMinutes % (24 * 60) == 0
        ? tr("%n day(s)", nullptr, int(bucketMinutes / (24 * 60)))
        : bucketMinutes % 60 == 0 ? tr("%n hour(s)", nullptr, int(bucketMinutes / 60))
                                  : tr("%n minute(s)", nullptr, int(bucketMinutes));
    m_status->setText(tr("Buckets of %1 \u00b7 computed in %2 ms").arg(bucket).arg(r.elapsedMs));
    Q_EMIT loaded(r.tab);
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

void AnalyticsWindow::requestFilter(const QString &terms)
{
    Q_EMIT filterRequested(m_filter.isEmpty() ? terms : m_filter + u' ' + terms);
}

QChart *AnalyticsWindow::barChart(ChartPanel *panel, const QStringList &categories,
                                  const QList<QPair<QString, QList<double>>> &sets, bool stacked,
                                  const Labeler &hover, const Labeler &click,
                                  const QString &axisTitle)
{
    auto *chart = new QChart;
    // Names (users, models) read best as horizontal bars, most first at the top.
    const bool horizontal = m_horizontalNext;
    m_horizontalNext = false;
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
        connect(set, &QBarSet::clicked, this, [this, click, s, original](int index) {
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
    if (stacked)
        static_cast<QStackedBarSeries *>(series)->setBarWidth(0.8);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    if (horizontal) {
        QStringList reversed(categories.crbegin(), categories.crend());
        x->append(reversed);
    } else if (categories.size() > 12) {
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
    } else {
        x->append(categories);
    }
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    y->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(maximum >= 10 || maximum == 0 ? QStringLiteral("%.0f")
                                                    : QStringLiteral("%.2f"));
    y->setTitleText(axisTitle);
    y->setLabelsFont(small);
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart);
    panel->setChart(chart);
    return chart;
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
        connect(series, &QLineSeries::clicked, this, [this, click, bucketOf, s](const QPointF &p) {
            const QString terms = click(bucketOf(p), s);
            if (!terms.isEmpty())
                requestFilter(terms);
        });
    }
    y->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(maximum >= 10 || maximum == 0 ? QStringLiteral("%.0f")
                                                    : QStringLiteral("%.2f"));
    styleChart(chart);
    panel->setChart(chart);
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
            return tr("%1: %2 requests").arg(labels.value(i), number(requests.value(i)));
        },
        bucketClick, QString());
    p->setData(header, rows);
    p = panel(QStringLiteral("cost"));
    lineChart(
        p, times, {{tr("Cost"), cost}},
        [labels, cost](int i, int) -> QString {
            return tr("%1: $%2").arg(labels.value(i),
                                     QLocale().toString(cost.value(i).value_or(0), 'f', 4));
        },
        bucketClick, QString());
    p->setData(header, rows);
    p = panel(QStringLiteral("tokens"));
    barChart(
        p, labels, {{tr("Tokens"), tokens}}, false,
        [labels, tokens](int i, int) -> QString {
            return tr("%1: %2 tokens").arg(labels.value(i), number(tokens.value(i)));
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
            return tr("%1: %2 errors").arg(labels.value(i), number(errors.value(i)));
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
    m_summaries.value(OverviewTab)
        ->setText(tr("<b>%1</b> requests \u00b7 <b>%2</b> cost \u00b7 <b>%3</b> tokens \u00b7 "
                     "latency average <b>%4 ms</b>, p50 <b>%5</b>, p90 <b>%6</b>, p99 <b>%7</b> "
                     "\u00b7 <b>%8</b> errors (%9%)")
                      .arg(number(double(totalRequests)), dollars(totalCost),
                           number(double(totalTokens)), number(o.avg.value_or(0)),
                           number(double(o.p50.value_or(0))), number(double(o.p90.value_or(0))),
                           number(double(o.p99.value_or(0))), number(double(totalErrors)),
                           QLocale().toString(
                               withStatus ? 100.0 * double(totalErrors) / double(withStatus) : 0.0,
                               'f', 1)));
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
                return tr("%1: %2 requests, %3")
                    .arg(g.key, number(double(g.requests)), dollars(g.costCents));
            },
            [groups](int i, int) -> QString {
                return term(QStringLiteral("user"), groups.value(i).key);
            },
            QString());
        p->setData(header, rows);
    };
    build(QStringLiteral("usersByRequests"), r.users.byRequests, false);
    build(QStringLiteral("usersByCost"), r.users.byCost, true);
    m_summaries.value(UsersTab)->setText(
        tr("<b>%1</b> users (from the <tt>_user</tt> metadata key); the top %2 are shown.")
            .arg(r.users.uniqueUsers)
            .arg(r.users.byRequests.size()));
}

void AnalyticsWindow::buildErrors(const Result &r)
{
    QStringList codes;
    QList<double> counts;
    QList<QStringList> rows;
    qint64 errors = 0, all = 0;
    for (const StatusCodeCount &c : r.codes) {
        all += c.count;
        rows.append({QString::number(c.statusCode), QString::number(c.count)});
        if (c.statusCode < 400)
            continue;
        errors += c.count;
        codes.append(QString::number(c.statusCode));
        counts.append(double(c.count));
    }
    ChartPanel *p = panel(QStringLiteral("statusCodes"));
    barChart(
        p, codes, {{tr("Requests"), counts}}, false,
        [codes, counts](int i, int) -> QString {
            return tr("Status %1: %2 requests").arg(codes.value(i), number(counts.value(i)));
        },
        [codes](int i, int) -> QString { return QStringLiteral("status:") + codes.value(i); },
        QString());
    p->setData({QStringLiteral("status_code"), QStringLiteral("requests")}, rows);

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
        [labels, names, retry, fallback](int i, int s) -> QString {
            return tr("%1: %2 rescued %3")
                .arg(labels.value(i), number(s == 0 ? retry.value(i) : fallback.value(i)),
                     names.value(s).toLower());
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
    m_summaries.value(ErrorsTab)->setText(
        tr("<b>%1</b> errors of %2 requests with a status \u00b7 rescued by retries "
           "<b>%3</b> \u00b7 by fallbacks <b>%4</b>")
            .arg(number(double(errors)), number(double(all)), number(double(totalRetry)),
                 number(double(totalFallback))));
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
        [labels, names, simple, semantic](int i, int s) -> QString {
            return tr("%1: %2 %3 hits")
                .arg(labels.value(i), number(s == 0 ? simple.value(i) : semantic.value(i)),
                     names.value(s).toLower());
        },
        [this](int i, int s) -> QString {
            return bucketFilter(i)
                + (s == 0 ? QStringLiteral(" cache:hit") : QStringLiteral(" cache:semantic_hit"));
        },
        QString());
    p->setData(header, rows);
    const CacheStats &c = r.cache;
    m_summaries.value(CacheTab)->setText(
        tr("Hit rate <b>%1%</b> (%2 simple and %3 semantic hits of %4 cacheable "
           "requests) \u00b7 average latency of a hit <b>%5 ms</b> against <b>%6 ms</b> "
           "\u00b7 saved about <b>%7 s</b> of latency and <b>%8</b> (estimated from the "
           "same model's requests not served from the cache)")
            .arg(QLocale().toString(c.hitRate().value_or(0), 'f', 1), number(double(c.simpleHits)),
                 number(double(c.semanticHits)), number(double(c.cacheable)),
                 number(c.avgHitLatencyMs.value_or(0)), number(c.avgMissLatencyMs.value_or(0)),
                 number(c.latencySavedMs / 1000.0), dollars(c.costSavedCents)));
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
    ChartPanel *p = panel(QStringLiteral("feedbackCount"));
    barChart(
        p, labels, {{tr("Feedback"), counts}}, false,
        [labels, counts](int i, int) -> QString {
            return tr("%1: %2 feedback entries").arg(labels.value(i), number(counts.value(i)));
        },
        [this](int i, int) -> QString { return bucketFilter(i) + QStringLiteral(" feedback:any"); },
        QString());
    p->setData(header, rows);
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
        chart->axes(Qt::Vertical).first()->setRange(-10, 10);
    p->setData(header, rows);

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
    barChart(
        p, values, {{tr("Entries"), valueCounts}}, false,
        [valueCounts](int i, int) -> QString {
            return tr("Value %1: %2 entries").arg(i - 10).arg(number(valueCounts.value(i)));
        },
        [](int i, int) -> QString {
            // The list filters on a log's weighted average; a value's band is the nearest.
            const int v = i - 10;
            return QStringLiteral("feedback:%1..%2")
                .arg(QString::number(v - 0.5), QString::number(v + 0.5));
        },
        QString());
    p->setData({QStringLiteral("value"), QStringLiteral("entries")}, valueRows);

    QStringList models;
    QList<double> averages;
    QList<QStringList> modelRows;
    for (const FeedbackModel &m : r.models.mid(0, 12)) {
        models.append(m.model.isNull() ? tr("unknown") : m.model);
        averages.append(m.weightedAvg.value_or(0));
    }
    for (const FeedbackModel &m : r.models)
        modelRows.append({m.model, QString::number(m.count), optionalNumber(m.weightedAvg, 3)});
    p = panel(QStringLiteral("feedbackModels"));
    const QList<FeedbackModel> top = r.models.mid(0, 12);
    m_horizontalNext = true;
    QChart *chart = barChart(
        p, models, {{tr("Average weighted feedback"), averages}}, false,
        [top](int i, int) -> QString {
            const FeedbackModel m = top.value(i);
            return tr("%1: %2 over %3 entries")
                .arg(m.model, QLocale().toString(m.weightedAvg.value_or(0), 'f', 2))
                .arg(m.count);
        },
        [top](int i, int) -> QString {
            return term(QStringLiteral("model"), top.value(i).model)
                + QStringLiteral(" feedback:any");
        },
        QString());
    if (!chart->axes(Qt::Horizontal).isEmpty())
        chart->axes(Qt::Horizontal).first()->setRange(-10, 10);
    p->setData(
        {QStringLiteral("model"), QStringLiteral("feedback"), QStringLiteral("weighted_avg")},
        modelRows);
    m_summaries.value(FeedbackTab)
        ->setText(tr("<b>%1</b> feedback entries on the logs in range (each entry once, on the "
                     "log it was given on; it shows on every log of its trace). Weighted average "
                     "= sum(value \u00d7 weight) / sum(weight).")
                      .arg(number(double(total))));
}
