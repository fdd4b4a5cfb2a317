// SPDX-License-Identifier: GPL-3.0-or-later
// Over 800 lines because the block cache, its paging and the two updates in place (live rows
// laid in, feedback read again) all rearrange the same blocks; split further, they would share
// the cache's internals. The row's display strings (makeRow) are the next piece that could go.
#include "logtablemodel.h"

#include "displayformat.h"
#include "liverowmerger.h"
#include "record/recordenums.h"
#include "sharedstorewatch.h"
#include "storeworker.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPointer>

#include <algorithm>

namespace {

// The Do-Not-Track marker in the Model column: a struck-through circle in the dim text colour.
QPixmap doNotTrackMark()
{
    const QColor color = QGuiApplication::palette().color(QPalette::PlaceholderText);
    static QPixmap cached;
    static QRgb cachedColor = 0;
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    if (cached.isNull() || cachedColor != color.rgba() || cached.devicePixelRatio() != dpr) {
        constexpr int Side = 14;
        QPixmap pixmap(QSize(Side, Side) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color, 1.6));
        const QRectF circle(2, 2, Side - 4, Side - 4);
        painter.drawEllipse(circle);
        painter.drawLine(QPointF(circle.left() + 1.8, circle.bottom() - 1.8),
                         QPointF(circle.right() - 1.8, circle.top() + 1.8));
        painter.end();
        cached = pixmap;
        cachedColor = color.rgba();
    }
    return cached;
}

} // namespace

LogTableModel::LogTableModel(const QString &storeLocation, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(std::make_unique<StoreWorker>(storeLocation, QStringLiteral("gatescope-list")))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_flushSerial(std::make_shared<std::atomic_int>(0))
    , m_live(std::make_unique<LiveRowMerger>(this, m_worker.get()))
    , m_watch(std::make_unique<SharedStoreWatch>(m_worker.get()))
{
    // Requests made by data() during one paint are sent together once the event loop turns,
    // newest first (the rows the user is looking at now).
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogTableModel::flushRequests);
    connect(m_live.get(), &LiveRowMerger::rowsFound, this,
            [this](const LiveRowMerger::Insertion &insertion) {
                insertLiveRows(insertion.ids, insertion.positions, insertion.rows, insertion.reset);
            });
    connect(m_watch.get(), &SharedStoreWatch::watching, this, &LogTableModel::watchingOthers);
    connect(m_watch.get(), &SharedStoreWatch::watchFailed, this, &LogTableModel::watchFailed);
    connect(m_watch.get(), &SharedStoreWatch::watchLost, this, &LogTableModel::watchLost);
    connect(m_watch.get(), &SharedStoreWatch::rowsCommitted, this,
            &LogTableModel::refreshForRowsByOthers);
    connect(m_watch.get(), &SharedStoreWatch::feedbackChanged, this,
            &LogTableModel::refreshFeedback);
    connect(m_watch.get(), &SharedStoreWatch::reconnected, this, &LogTableModel::catchUp);
}

LogTableModel::~LogTableModel()
{
    *m_cancel = true;
}

void LogTableModel::setQuery(const LogQuery &query)
{
    *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;

    beginResetModel();
    m_query = query;
    m_ids.clear();
    m_blocks.clear();
    m_lru.clear();
    m_pending.clear();
    m_wanted.clear();
    m_indexComplete = false;
    m_loading = true;
    m_lastError.clear();
    m_live->dropLookup();
    endResetModel();

    const bool utc = m_utc;
    auto cancel = m_cancel;
    QPointer<LogTableModel> self(this);
    m_worker->post([self, query, generation, utc, cancel](LogStore *store) {
        auto fail = [&](const QString &message) {
            QMetaObject::invokeMethod(self, [self, generation, message] {
                if (self)
                    self->onError(generation, message);
            });
        };
        if (!store)
            return fail(tr("The store could not be opened."));
        if (*cancel)
            return;
        // The first page by key, so the first rows paint before the whole index is known.
        QString error;
        auto page = store->page(query, std::nullopt, BlockSize, &error);
        if (!page)
            return fail(error);
        Block rows;
        rows.reserve(page->rows.size());
        for (LogRecord &record : page->rows)
            rows.append(makeRow(std::move(record), utc));
        const bool complete = !page->next.has_value();
        QMetaObject::invokeMethod(self, [self, generation, rows = std::move(rows), complete] {
            if (self)
                self->onFirstPage(generation, rows, complete);
        });
        if (complete || *cancel)
            return;
        auto ids = store->rowIds(query, &error, cancel.get());
        if (*cancel)
            return;
        if (!ids)
            return fail(error);
        QMetaObject::invokeMethod(self, [self, generation, ids = std::move(*ids)] {
            if (self)
                self->onIndex(generation, ids);
        });
    });
}

void LogTableModel::onFirstPage(int generation, Block rows, bool complete)
{
    if (generation != m_generation)
        return;
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_ids.reserve(rows.size());
        for (const Row &row : rows)
            m_ids.append(row.record.rowId);
        m_blocks.insert(0, std::make_shared<Block>(std::move(rows)));
        m_lru.append(0);
        endInsertRows();
    }
    if (complete) {
        m_indexComplete = true;
        m_loading = false;
    }
    Q_EMIT firstRowsReady();
    if (complete)
        Q_EMIT indexLoaded(int(m_ids.size()));
    if (complete)
        m_live->resume();
}

void LogTableModel::onIndex(int generation, QVector<qint64> ids)
{
    if (generation != m_generation)
        return;
    const qsizetype shown = m_ids.size();
    const bool extendsFirstPage
        = ids.size() >= shown && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin());
    if (extendsFirstPage) {
        if (ids.size() > shown) {
            beginInsertRows({}, int(shown), int(ids.size()) - 1);
            m_ids = std::move(ids);
            endInsertRows();
        }
    } else {
        // The store changed between the first page and the index: start from the index.
        beginResetModel();
        m_ids = std::move(ids);
        m_blocks.clear();
        m_lru.clear();
        m_pending.clear();
        endResetModel();
    }
    m_indexComplete = true;
    m_loading = false;
    Q_EMIT indexLoaded(int(m_ids.size()));
    m_live->resume();
}

void LogTableModel::onError(int generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_indexComplete = true;
    m_lastError = message;
    Q_EMIT queryFailed(message);
}

void LogTableModel::requestBlock(int block) const
{
    if (m_pending.contains(block))
        return;
    m_pending.insert(block);
    m_wanted.append(block);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogTableModel::flushRequests()
{
    // A fast scroll asks for many blocks; only the last few are still on screen. The rest are
    // forgotten and asked again by data() if they are painted again.
    constexpr int MaxBlocksPerFlush = 4;
    QList<int> send;
    for (auto it = m_wanted.crbegin(); it != m_wanted.crend(); ++it) {
        if (send.size() < MaxBlocksPerFlush)
            send.append(*it);
        else
            m_pending.remove(*it);
    }
    m_wanted.clear();

    const bool utc = m_utc;
    const int generation = m_generation;
    auto cancel = m_cancel;
    auto serials = m_flushSerial;
    const int serial = ++*m_flushSerial;
    QPointer<LogTableModel> self(this);
    for (int block : std::as_const(send)) {
        QVector<qint64> ids = m_ids.mid(qsizetype(block) * BlockSize, BlockSize);
        m_worker->post(
            [self, block, ids, generation, utc, cancel, serials, serial](LogStore *store) {
                if (*cancel || !store)
                    return;
                if (*serials - serial >= 2) {
                    // Scrolled past: let data() ask again if the rows come back into view.
                    QMetaObject::invokeMethod(self, [self, generation, block] {
                        if (self && generation == self->m_generation)
                            self->dropPending(block);
                    });
                    return;
                }
                QString error;
                QList<LogRecord> records = store->rowsByIds(ids, &error);
                if (records.size() != ids.size() && !error.isEmpty()) {
                    // Not rows gone: the store failed (a lost connection). Asked again when
                    // painted again, or once the connection is back.
                    QMetaObject::invokeMethod(self, [self, generation, block] {
                        if (self && generation == self->m_generation)
                            self->onBlockFailed(block);
                    });
                    return;
                }
                Block rows;
                rows.reserve(ids.size());
                if (records.size() == ids.size()) {
                    for (LogRecord &record : records)
                        rows.append(makeRow(std::move(record), utc));
                } else {
                    // Rows deleted since the index was loaded: keep the positions, mark them gone.
                    QHash<qint64, LogRecord> byId;
                    for (LogRecord &record : records)
                        byId.insert(record.rowId, std::move(record));
                    for (qint64 id : ids) {
                        LogRecord record = byId.take(id);
                        record.rowId = id;
                        rows.append(makeRow(std::move(record), utc));
                    }
                }
                QMetaObject::invokeMethod(self, [self, generation, block, rows = std::move(rows)] {
                    if (self && generation == self->m_generation)
                        self->storeBlock(block, rows);
                });
            });
    }
}

void LogTableModel::dropPending(int block)
{
    m_pending.remove(block);
    // Rows still on screen repaint and ask for it again.
    const int first = block * BlockSize;
    const int last = qMin(int(m_ids.size()), first + BlockSize) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, 0), {LoadedRole});
}

void LogTableModel::onBlockFailed(int block)
{
    // No dataChanged(): the rows on screen would ask again at once, and fail again.
    m_pending.remove(block);
}

void LogTableModel::storeBlock(int block, Block rows)
{
    // Live rows inserted since the block was asked for move rows to other blocks: a block
    // whose rows are no longer there is asked for again.
    const qsizetype first = qsizetype(block) * BlockSize;
    bool inPlace = first + rows.size() <= m_ids.size();
    for (qsizetype i = 0; inPlace && i < rows.size(); ++i)
        inPlace = rows.at(i).record.rowId == m_ids.at(first + i);
    if (!inPlace) {
        dropPending(block);
        return;
    }
    m_pending.remove(block);
    m_blocks.insert(block, std::make_shared<Block>(std::move(rows)));
    m_lru.removeOne(block);
    m_lru.append(block);
    while (m_lru.size() > m_maxBlocks)
        m_blocks.remove(m_lru.takeFirst());
    const int last = qMin(int(m_ids.size()), int(first) + BlockSize) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(int(first), 0), index(last, ColumnCount - 1));
    Q_EMIT blockLoaded(block);
}

void LogTableModel::refreshForNewRows(const QDateTime &oldest)
{
    m_live->refreshForNewRows(oldest);
}

void LogTableModel::refreshForRowsByOthers()
{
    m_live->refreshForRowsByOthers();
}

qint64 LogTableModel::liveLookups() const
{
    return m_live->lookups();
}

void LogTableModel::insertLiveRows(QVector<qint64> ids, const QVector<int> &positions,
                                   const Block &rows, bool reset)
{
    if (reset) {
        beginResetModel();
        m_ids = std::move(ids);
        m_blocks.clear();
        m_lru.clear();
        m_pending.clear();
        m_wanted.clear();
        endResetModel();
        Q_EMIT indexLoaded(int(m_ids.size()));
    } else if (!positions.isEmpty()) {
        Q_EMIT liveRowsAboutToBeInserted();
        // The rows cached now, by id, to lay the blocks out again once the rows have moved.
        const auto oldBlocks = m_blocks;
        QHash<qint64, const Row *> cached;
        for (const auto &block : oldBlocks) {
            for (const Row &row : *block)
                cached.insert(row.record.rowId, &row);
        }
        for (const Row &row : std::as_const(rows))
            cached.insert(row.record.rowId, &row);
        // While rows move, data() shows placeholders rather than rows of the old layout.
        m_blocks.clear();
        m_lru.clear();

        // `positions` are rows of the final list, ascending: each run of consecutive ones is
        // one insertion at that row of the list as it is by then.
        for (qsizetype i = 0; i < positions.size();) {
            qsizetype j = i;
            while (j + 1 < positions.size() && positions.at(j + 1) == positions.at(j) + 1)
                ++j;
            beginInsertRows({}, positions.at(i), positions.at(j));
            m_ids.insert(positions.at(i), j - i + 1, 0);
            for (qsizetype k = i; k <= j; ++k)
                m_ids[positions.at(k)] = ids.at(k);
            endInsertRows();
            i = j + 1;
        }

        const int total = int(m_ids.size());
        const int added = int(positions.size());
        QSet<int> candidates;
        for (auto it = oldBlocks.cbegin(); it != oldBlocks.cend(); ++it) {
            const int first = it.key() * BlockSize;
            const int last = qMin(total - 1, first + int((*it)->size()) - 1 + added);
            for (int b = first / BlockSize; b <= last / BlockSize; ++b)
                candidates.insert(b);
        }
        for (int p : std::as_const(positions))
            candidates.insert(p / BlockSize);
        for (int b : std::as_const(candidates)) {
            const int first = b * BlockSize;
            const int end = qMin(total, first + BlockSize);
            Block block;
            block.reserve(end - first);
            for (int r = first; r < end; ++r) {
                const Row *row = cached.value(m_ids.at(r));
                if (!row)
                    break;
                block.append(*row);
            }
            if (!block.isEmpty() && block.size() == end - first) {
                m_blocks.insert(b, std::make_shared<Block>(std::move(block)));
                m_lru.append(b);
            }
        }
        while (m_lru.size() > m_maxBlocks)
            m_blocks.remove(m_lru.takeFirst());
        // Blocks asked for under the old layout are checked by storeBlock when they come.
        m_pending.clear();
        m_wanted.clear();
        m_liveInserted += added;
        Q_EMIT liveRowsWereInserted(added);
        if (total > 0)
            Q_EMIT dataChanged(index(0, 0), index(total - 1, ColumnCount - 1));
    }
}

void LogTableModel::watchOtherWriters()
{
    m_watch->watchOtherWriters();
}

bool LogTableModel::isWatchingOthers() const
{
    return m_watch->isWatching();
}

bool LogTableModel::isReconnecting() const
{
    return m_watch->isReconnecting();
}

QString LogTableModel::connectionProblem() const
{
    return m_watch->connectionProblem();
}

int LogTableModel::reconnectTries() const
{
    return m_watch->reconnectTries();
}

bool LogTableModel::isReconnectTryRunning() const
{
    return m_watch->isReconnectTryRunning();
}

void LogTableModel::catchUp()
{
    if (!m_lastError.isEmpty()) {
        reload(); // the query failed while the store was away: run it again
        return;
    }
    // Rows committed meanwhile: the lookup for others' rows, with its count for older ones.
    refreshForRowsByOthers();
    // Feedback given meanwhile, on whichever log: every cached row is read again.
    rereadRows({}, true);
    // Blocks that failed meanwhile are asked for again by the rows on screen.
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1),
                           {LoadedRole});
}

void LogTableModel::refreshFeedback(const QStringList &logIds)
{
    rereadRows(logIds, false);
}

void LogTableModel::rereadRows(const QStringList &logIds, bool allCached)
{
    // More logs than this at once (a feedback import): every cached row is read again instead.
    constexpr qsizetype MaxLookups = 50;
    QVector<qint64> cached;
    for (const auto &block : std::as_const(m_blocks)) {
        for (const Row &row : *block)
            cached.append(row.record.rowId);
    }
    const int generation = m_generation;
    const bool utc = m_utc;
    auto cancel = m_cancel;
    QPointer<LogTableModel> self(this);
    m_worker->post([self, logIds, allCached, cached, generation, utc, cancel](LogStore *store) {
        if (!store || *cancel)
            return;
        QString error;
        QVector<qint64> affected;
        if (!allCached && logIds.size() <= MaxLookups) {
            // Rows show their trace's feedback: every row of the trace changed with the log.
            QSet<QString> traces;
            for (const QString &id : logIds) {
                const auto record = store->record(id, &error);
                if (!record)
                    continue;
                affected.append(record->rowId);
                if (!record->traceId.isEmpty())
                    traces.insert(record->traceId);
            }
            for (const QString &trace : std::as_const(traces)) {
                LogQuery inTrace;
                inTrace.filter = QStringLiteral("trace:\"%1\"").arg(trace);
                if (const auto ids = store->rowIds(inTrace, &error, cancel.get()))
                    affected += *ids;
            }
        } else {
            affected = cached;
        }
        std::sort(affected.begin(), affected.end());
        affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
        // Only rows in the cache are read now; the others are read when they are shown.
        const QSet<qint64> inCache(cached.cbegin(), cached.cend());
        QVector<qint64> reread;
        for (qint64 id : std::as_const(affected)) {
            if (inCache.contains(id))
                reread.append(id);
        }
        Block rows;
        if (!reread.isEmpty() && !*cancel) {
            QList<LogRecord> records = store->rowsByIds(reread, &error);
            rows.reserve(records.size());
            for (LogRecord &record : records)
                rows.append(makeRow(std::move(record), utc));
        }
        QMetaObject::invokeMethod(self, [self, generation, rows, affected] {
            if (self)
                self->onFeedbackRows(generation, rows, affected);
        });
    });
}

void LogTableModel::onFeedbackRows(int generation, const Block &rows,
                                   const QVector<qint64> &affected)
{
    if (generation != m_generation)
        return;
    QHash<qint64, const Row *> byId;
    for (const Row &row : rows)
        byId.insert(row.record.rowId, &row);
    QList<int> changed;
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
        Block &block = **it;
        for (qsizetype i = 0; i < block.size(); ++i) {
            if (const Row *fresh = byId.value(block.at(i).record.rowId)) {
                block[i] = *fresh;
                changed.append(it.key() * BlockSize + int(i));
            }
        }
    }
    for (int row : std::as_const(changed))
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT feedbackRefreshed(affected);
}

const LogTableModel::Row *LogTableModel::rowAt(int row) const
{
    const int block = row / BlockSize;
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.cend()) {
        requestBlock(block);
        return nullptr;
    }
    if (m_lru.isEmpty() || m_lru.constLast() != block) {
        m_lru.removeOne(block);
        m_lru.append(block);
    }
    const int offset = row - block * BlockSize;
    if (offset >= (*it)->size())
        return nullptr;
    return &(*it)->at(offset);
}

qint64 LogTableModel::rowIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int LogTableModel::rowOfRowId(qint64 rowId) const
{
    return int(m_ids.indexOf(rowId));
}

const LogRecord *LogTableModel::recordAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const Row *cached = rowAt(row);
    return cached ? &cached->record : nullptr;
}

void LogTableModel::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    for (auto &block : m_blocks) {
        for (Row &row : *block)
            row.text[Time] = timeText(row.record.createdAt, utc);
    }
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, Time), index(int(m_ids.size()) - 1, Time), {Qt::DisplayRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, Time, Time);
}

QString LogTableModel::timeText(const QDateTime &time, bool utc)
{
    if (!time.isValid())
        return tr("unknown");
    return utc ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

LogTableModel::Row LogTableModel::makeRow(LogRecord record, bool utc)
{
    Row row;
    const QString unknown = tr("unknown");
    row.text[Time] = timeText(record.createdAt, utc);
    row.text[Type] = record.requestType == RequestType::Unknown
        ? unknown
        : RecordEnums::requestTypeName(record.requestType);
    if (record.model.isEmpty())
        row.text[Model] = record.provider.isEmpty() ? unknown : record.provider;
    else if (record.provider.isEmpty())
        row.text[Model] = record.model;
    else
        row.text[Model] = record.model + QStringLiteral(" \u00b7 ") + record.provider;
    row.text[Tokens] = DisplayFormat::tokens(record);
    row.text[Cost] = DisplayFormat::cost(record);
    row.text[Latency] = DisplayFormat::milliseconds(record.latencyMs);
    // As Portkey's logs page: the count, then the value:weight pairs of the trace's entries.
    if (!record.feedback.isEmpty()) {
        QStringList pairs;
        for (const FeedbackEntry &f :
             std::as_const(record.feedback).first(qMin<qsizetype>(3, record.feedback.size())))
            pairs.append(QStringLiteral("%1%2:%3")
                             .arg(f.value > 0 ? QStringLiteral("+") : QString())
                             .arg(f.value)
                             .arg(f.weight));
        if (record.feedback.size() > 3)
            pairs.append(QStringLiteral("\u2026"));
        row.text[Feedback] = QStringLiteral("%1 \u00b7 %2")
                                 .arg(record.feedback.size())
                                 .arg(pairs.join(QLatin1Char(' ')));
    }
    row.text[Trace] = record.traceId;
    row.chips = StatusChip::forRecord(record);
    for (const ImageInfo &image : std::as_const(record.images)) {
        row.images.append(QVariantMap {
            {QStringLiteral("hash"), image.hash},
            {QStringLiteral("output"), image.direction == ImageInfo::Direction::Output},
            {QStringLiteral("url"), image.url},
            {QStringLiteral("rowId"), record.rowId},
        });
    }
    if (!record.images.isEmpty())
        row.text[Images] = tr("%n image(s)", nullptr, int(record.images.size()));
    row.record = std::move(record);
    return row;
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const int column = index.column();
    if (role == RowIdRole)
        return m_ids.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Tokens:
        case Cost:
        case Latency:
        case Feedback:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }

    const Row *row = rowAt(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (!row) {
        if (role == Qt::DisplayRole)
            return column == Time ? QStringLiteral("\u2026") : QString();
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    const LogRecord &r = row->record;
    switch (role) {
    case Qt::DisplayRole:
        return row->text[column];
    case LogIdRole:
        return r.id;
    case TraceIdRole:
        return r.traceId;
    case ChipsRole:
        return QVariant::fromValue(row->chips);
    case ImagesRole:
        return row->images;
    case Qt::DecorationRole:
        if (column == Model && !r.tracked)
            return doNotTrackMark();
        return {};
    case Qt::ForegroundRole:
        if (row->text[column] == tr("unknown"))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Time:
            return DisplayFormat::timeTooltip(r.createdAt);
        case Type:
            return DisplayFormat::typeTooltip(r);
        case Model:
            return r.tracked ? DisplayFormat::modelTooltip(r)
                             : DisplayFormat::modelTooltip(r) + QLatin1Char('\n')
                    + tr("Do-Not-Track: only the statistics were kept, not the content");
        case Images:
            return row->text[Images];
        case Tokens:
            return DisplayFormat::tokensTooltip(r);
        case Cost:
            return DisplayFormat::costTooltip(r);
        case Latency:
            return DisplayFormat::latencyTooltip(r);
        case Status:
            return StatusChip::summary(r);
        case Feedback:
            return DisplayFormat::feedbackTooltip(r);
        case Trace:
            return DisplayFormat::traceTooltip(r);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Time)
        return m_utc ? tr("Times in UTC") : tr("Times in the local time zone");
    // Numbers sort biggest first on the first click (unknowns stay last either way).
    if (role == Qt::InitialSortOrderRole) {
        switch (section) {
        case Time:
        case Images:
        case Tokens:
        case Cost:
        case Latency:
        case Feedback:
            return int(Qt::DescendingOrder);
        default:
            return int(Qt::AscendingOrder);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return m_utc ? tr("Time (UTC)") : tr("Time");
    case Type:
        return tr("Type");
    case Model:
        return tr("Model");
    case Images:
        return tr("Images");
    case Tokens:
        return tr("Tokens");
    case Cost:
        return tr("Cost");
    case Latency:
        return tr("Latency");
    case Status:
        return tr("Status");
    case Feedback:
        return tr("Feedback");
    case Trace:
        return tr("Trace");
    default:
        return {};
    }
}

std::optional<SortColumn> LogTableModel::sortColumnFor(int column)
{
    switch (column) {
    case Time:
        return SortColumn::Time;
    case Type:
        return SortColumn::Type;
    case Model:
        return SortColumn::Model;
    case Tokens:
        return SortColumn::Tokens;
    case Cost:
        return SortColumn::Cost;
    case Latency:
        return SortColumn::Latency;
    case Status:
        return SortColumn::Status;
    case Feedback:
        return SortColumn::Feedback;
    case Images:
        return SortColumn::Images; // by the number of images
    default:
        return std::nullopt;
    }
}

int LogTableModel::columnFor(SortColumn sort)
{
    switch (sort) {
    case SortColumn::Time:
        return Time;
    case SortColumn::Type:
        return Type;
    case SortColumn::Model:
        return Model;
    case SortColumn::Tokens:
        return Tokens;
    case SortColumn::Cost:
        return Cost;
    case SortColumn::Latency:
        return Latency;
    case SortColumn::Status:
        return Status;
    case SortColumn::Feedback:
        return Feedback;
    case SortColumn::Images:
        return Images;
    }
    return Time;
}

void LogTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = sortColumnFor(column);
    if (!sortColumn)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sortColumn == m_query.sort && descending == m_query.descending)
        return;
    LogQuery query = m_query;
    query.sort = *sortColumn;
    query.descending = descending;
    setQuery(query);
}
