// SPDX-License-Identifier: GPL-3.0-or-later
#include "traceview.h"

#include "displayformat.h"
#include "store/logstore.h"
#include "storeworker.h"

#include <QHeaderView>
#include <QPainter>
#include <QPointer>
#include <QStyledItemDelegate>

namespace {

// Paints a log's time inside its trace as a bar: where it started and how long it took.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const double total = index.data(TraceView::TraceDurationRole).toDouble();
        if (total <= 0 || !index.data(TraceView::DurationRole).isValid())
            return;
        const double offset = index.data(TraceView::OffsetRole).toDouble();
        const double duration = index.data(TraceView::DurationRole).toDouble();
        const QRect area = option.rect.adjusted(4, 5, -4, -5);
        const int x = area.left() + int(area.width() * offset / total);
        const int w = qMax(2, int(area.width() * duration / total));
        const bool failed = index.data(TraceView::FailedRole).toBool();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(failed ? QColor(0xd3, 0x2f, 0x2f)
                                 : option.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(QRect(x, area.top(), qMin(w, area.right() - x + 1), area.height()),
                                 2, 2);
        painter->restore();
    }
};

} // namespace

TraceView::TraceView(const QString &storeLocation, QWidget *parent)
    : QTreeWidget(parent)
    , m_worker(std::make_unique<StoreWorker>(storeLocation, QStringLiteral("gatescope-trace")))
{
    setObjectName(QStringLiteral("traceView"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Trace / span"), tr("Model"), tr("Status"), tr("Start"), tr("Latency"),
                     tr("Timeline")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setItemDelegateForColumn(TimelineColumn, new TimelineDelegate(this));
    header()->setStretchLastSection(true);
    setColumnWidth(NameColumn, 260);
    setColumnWidth(ModelColumn, 170);
    setColumnWidth(StatusColumn, 70);
    setColumnWidth(StartColumn, 96);
    setColumnWidth(LatencyColumn, 80);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, RowIdRole).toLongLong() > 0)
            Q_EMIT rowActivated(item->data(0, RowIdRole).toLongLong());
    });
}

TraceView::~TraceView() = default;

qint64 TraceView::currentRowId() const
{
    return currentItem() ? currentItem()->data(0, RowIdRole).toLongLong() : 0;
}

void TraceView::load(const QVector<qint64> &rowIds)
{
    const int generation = ++m_generation;
    m_loading = true;
    clear();
    auto *loading = new QTreeWidgetItem(this, {tr("Loading traces\u2026")});
    loading->setDisabled(true);
    QPointer<TraceView> self(this);
    m_worker->post([self, rowIds, generation](LogStore *store) {
        QList<QList<LogRecord>> traces;
        if (store) {
            QString error;
            QStringList traceIds;
            for (const LogRecord &r : store->rowsByIds(rowIds, &error)) {
                if (!r.traceId.isEmpty() && !traceIds.contains(r.traceId))
                    traceIds << r.traceId;
                if (traceIds.size() >= MaxTraces)
                    break;
            }
            for (const QString &traceId : std::as_const(traceIds)) {
                LogQuery query;
                query.filter = QStringLiteral("trace:\"%1\"").arg(traceId);
                query.descending = false;
                if (auto page = store->page(query, std::nullopt, 500, &error))
                    traces.append(page->rows);
            }
        }
        QMetaObject::invokeMethod(self, [self, traces, generation] {
            if (self && generation == self->m_generation)
                self->build(traces);
        });
    });
}

void TraceView::build(const QList<QList<LogRecord>> &traces)
{
    clear();
    m_loading = false;
    const QColor dim = palette().color(QPalette::PlaceholderText);
    for (const QList<LogRecord> &trace : traces) {
        if (trace.isEmpty())
            continue;
        // The trace spans from its first start to its last end.
        qint64 start = std::numeric_limits<qint64>::max(), end = 0;
        for (const LogRecord &r : trace) {
            const qint64 t = r.createdAt.toMSecsSinceEpoch();
            start = qMin(start, t);
            end = qMax(end, t + r.latencyMs.value_or(0));
        }
        const double total = qMax<qint64>(1, end - start);
        auto *root = new QTreeWidgetItem(this);
        root->setText(NameColumn, tr("Trace %1").arg(trace.first().traceId));
        root->setToolTip(NameColumn, trace.first().traceId);
        root->setText(ModelColumn, tr("%n log(s)", nullptr, int(trace.size())));
        root->setText(StartColumn,
                      trace.first().createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        root->setText(LatencyColumn, DisplayFormat::milliseconds(end - start));
        root->setData(TimelineColumn, OffsetRole, 0.0);
        root->setData(TimelineColumn, DurationRole, total);
        root->setData(TimelineColumn, TraceDurationRole, total);
        QFont bold = root->font(0);
        bold.setBold(true);
        root->setFont(NameColumn, bold);

        QHash<QString, QTreeWidgetItem *> bySpan;
        QList<QPair<const LogRecord *, QTreeWidgetItem *>> items;
        for (const LogRecord &r : trace) {
            auto *item = new QTreeWidgetItem;
            const QString name = !r.spanName.isEmpty() ? r.spanName
                : !r.spanId.isEmpty()                  ? tr("span %1").arg(r.spanId)
                                                       : tr("log %1").arg(r.id.left(12));
            item->setText(NameColumn, name);
            item->setToolTip(NameColumn, DisplayFormat::traceTooltip(r));
            item->setData(0, RowIdRole, r.rowId);
            item->setText(ModelColumn, r.model.isEmpty() ? DisplayFormat::unknown() : r.model);
            item->setText(StatusColumn,
                          r.statusCode ? QString::number(*r.statusCode) : DisplayFormat::unknown());
            const bool failed = r.statusCode && *r.statusCode >= 400;
            if (failed)
                item->setForeground(StatusColumn, QColor(0xd3, 0x2f, 0x2f));
            const qint64 offset = r.createdAt.toMSecsSinceEpoch() - start;
            item->setText(StartColumn, tr("+%1").arg(DisplayFormat::milliseconds(offset)));
            item->setText(LatencyColumn, DisplayFormat::milliseconds(r.latencyMs));
            item->setTextAlignment(StartColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(LatencyColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(TimelineColumn, OffsetRole, double(offset));
            if (r.latencyMs)
                item->setData(TimelineColumn, DurationRole, double(*r.latencyMs));
            item->setData(TimelineColumn, TraceDurationRole, total);
            item->setData(TimelineColumn, FailedRole, failed);
            // The gateway's attempts for this request (fallback and retries), one after another.
            qint64 attemptOffset = offset;
            for (int i = 0; i < r.attempts.size(); ++i) {
                const Attempt &a = r.attempts.at(i);
                auto *attempt = new QTreeWidgetItem(item);
                attempt->setText(NameColumn, tr("attempt %1: %2").arg(i + 1).arg(a.target));
                attempt->setText(ModelColumn, a.model.isEmpty() ? a.provider : a.model);
                attempt->setText(StatusColumn,
                                 !a.ok       ? DisplayFormat::unknown()
                                     : *a.ok ? tr("ok")
                                             : tr("failed"));
                attempt->setText(LatencyColumn, DisplayFormat::milliseconds(a.latencyMs));
                attempt->setTextAlignment(LatencyColumn, Qt::AlignRight | Qt::AlignVCenter);
                for (int c = 0; c < ColumnCount; ++c)
                    attempt->setForeground(c, dim);
                if (a.latencyMs) {
                    attempt->setData(TimelineColumn, OffsetRole, double(attemptOffset));
                    attempt->setData(TimelineColumn, DurationRole, double(*a.latencyMs));
                    attempt->setData(TimelineColumn, TraceDurationRole, total);
                    attempt->setData(TimelineColumn, FailedRole, a.ok && !*a.ok);
                    attemptOffset += *a.latencyMs;
                }
            }
            if (!r.spanId.isEmpty())
                bySpan.insert(r.spanId, item);
            items.append({&r, item});
        }
        for (const auto &[r, item] : std::as_const(items)) {
            QTreeWidgetItem *parent = bySpan.value(r->parentSpanId);
            (parent && parent != item ? parent : root)->addChild(item);
        }
        root->setExpanded(true);
        for (const auto &[r, item] : std::as_const(items))
            item->setExpanded(item->childCount() > 0
                              && item->child(0)->data(0, RowIdRole).toLongLong() > 0);
    }
    // Open on the first log, so the panel beside the tree has something to show.
    if (topLevelItemCount() > 0 && topLevelItem(0)->childCount() > 0)
        setCurrentItem(topLevelItem(0)->child(0));
    if (topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(
            this, {tr("No traces: none of the logs in the list has a trace id.")});
        none->setDisabled(true);
    }
    Q_EMIT loadFinished(int(traces.size()));
}
