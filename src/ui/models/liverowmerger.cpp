// SPDX-License-Identifier: GPL-3.0-or-later
#include "liverowmerger.h"

#include "storeworker.h"

#include <QPointer>
#include <QSet>

#include <algorithm>
#include <optional>

LiveRowMerger::LiveRowMerger(LogTableModel *model, StoreWorker *worker)
    : m_model(model)
    , m_worker(worker)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    // Lists in another order than newest first reload their whole index for live rows: not
    // more often than this.
    m_timer.setSingleShot(true);
    m_timer.setInterval(ReloadIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveRowMerger::start);
}

LiveRowMerger::~LiveRowMerger()
{
    *m_cancel = true;
}

void LiveRowMerger::refreshForNewRows(const QDateTime &oldest)
{
    const QDateTime from = oldest.isValid() ? oldest : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    if (!m_oldest.isValid() || from < m_oldest)
        m_oldest = from;
    resume();
}

void LiveRowMerger::refreshForRowsByOthers()
{
    m_byOthers = true;
    resume();
}

void LiveRowMerger::dropLookup()
{
    *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ++m_generation;
    m_inFlight = false; // m_oldest stays: looked up again once the new query has loaded
    m_timer.stop();
}

void LiveRowMerger::resume()
{
    if (!(m_oldest.isValid() || m_byOthers) || m_inFlight || m_model->isLoading())
        return; // looked up when the running lookup or load ends
    const LogQuery query = m_model->query();
    if (query.sort == SortColumn::Time && query.descending)
        start();
    else if (!m_timer.isActive())
        m_timer.start();
}

void LiveRowMerger::start()
{
    if (!(m_oldest.isValid() || m_byOthers) || m_inFlight || m_model->isLoading())
        return;
    m_timer.stop();
    const QDateTime oldest = m_oldest;
    const bool byOthers = m_byOthers;
    m_oldest = QDateTime();
    m_byOthers = false;
    m_inFlight = true;
    ++m_lookups;
    const QVector<qint64> known = m_model->rowIds(); // shared with the worker, copied on write
    const LogQuery query = m_model->query();
    const int generation = m_generation;
    const bool utc = m_model->isUtc();
    auto cancel = m_cancel;
    QPointer<LiveRowMerger> self(this);
    m_worker->post([self, known, query, oldest, byOthers, generation, utc,
                    cancel](LogStore *store) {
        const Insertion insertion = lookUp(store, known, query, oldest, byOthers, utc, *cancel);
        QMetaObject::invokeMethod(self, [self, generation, knownRows = known.size(), insertion] {
            if (self)
                self->onLookedUp(generation, knownRows, insertion);
        });
    });
}

LiveRowMerger::Insertion LiveRowMerger::lookUp(LogStore *store, const QVector<qint64> &known,
                                               const LogQuery &query, QDateTime oldest,
                                               bool byOthers, bool utc,
                                               const std::atomic_bool &cancel)
{
    // A row is new when it is not in the list. Ids above every listed one cannot be listed;
    // below that (several writers commit their ids out of order) the list is looked up.
    const qint64 maxKnown = known.isEmpty() ? 0 : *std::max_element(known.cbegin(), known.cend());
    std::optional<QSet<qint64>> knownSet;
    auto isKnown = [&](qint64 id) {
        if (id > maxKnown)
            return false;
        if (!knownSet)
            knownSet.emplace(known.cbegin(), known.cend());
        return knownSet->contains(id);
    };
    Insertion result;
    QVector<qint64> &newIds = result.ids;
    QVector<int> &positions = result.positions;
    QString error;
    // The known ids among `ids` must be `known` itself (or its first rows, for the head of
    // a newest-first list); then the new ones go in between, where the store put them.
    auto merge = [&](const QVector<qint64> &ids, bool head) {
        qsizetype k = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const qint64 id = ids.at(i);
            if (k < known.size() && known.at(k) == id) {
                ++k;
            } else if (isKnown(id)) {
                return false; // a listed row moved
            } else {
                newIds.append(id);
                positions.append(int(i));
            }
        }
        return head || k == known.size();
    };
    if (byOthers && store && !known.isEmpty() && query.sort == SortColumn::Time
        && query.descending) {
        // Others' rows come with no creation time: look from a minute before the newest
        // listed row (clocks of other hosts differ); a count below tells if that missed some.
        const QList<LogRecord> newest = store->rowsByIds({known.first()}, &error);
        const QDateTime guess = newest.isEmpty() || !newest.first().createdAt.isValid()
            ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
            : newest.first().createdAt.addSecs(-60);
        if (!oldest.isValid() || guess < oldest)
            oldest = guess;
    } else if (byOthers) {
        oldest = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    }
    bool merged = false;
    if (store && !cancel && query.sort == SortColumn::Time && query.descending) {
        // Only the rows from `oldest` on (a second earlier: the stream's times have whole
        // seconds): the filter ANDs a clause to the user's.
        LogQuery head = query;
        const QString after
            = QStringLiteral("after:") + oldest.toUTC().addSecs(-1).toString(Qt::ISODateWithMs);
        head.filter = query.filter.trimmed().isEmpty()
            ? after
            : query.filter.trimmed() + QLatin1Char(' ') + after;
        if (const auto ids = store->rowIds(head, &error, &cancel))
            merged = merge(*ids, true);
        if (merged && byOthers) {
            // Rows older than the head (an import of last week's logs) are not in it.
            const auto total = store->count(query.filter, &error);
            merged = total && *total == known.size() + newIds.size();
        }
    }
    if (store && !cancel && (!merged || newIds.size() > 5000)) {
        newIds.clear();
        positions.clear();
        if (const auto ids = store->rowIds(query, &error, &cancel)) {
            merged = merge(*ids, false) && newIds.size() <= 5000;
            if (!merged) {
                // Rows went away or moved, or too many came: show the index as it is now.
                result.ids = *ids;
                result.reset = true;
            }
        }
    }
    if (merged && !newIds.isEmpty() && store && !cancel) {
        QList<LogRecord> records = store->rowsByIds(newIds, &error);
        result.rows.reserve(records.size());
        for (LogRecord &record : records)
            result.rows.append(LogTableModel::makeRow(std::move(record), utc));
    }
    return result;
}

void LiveRowMerger::onLookedUp(int generation, qsizetype knownRows, const Insertion &insertion)
{
    if (generation != m_generation)
        return;
    m_inFlight = false;
    if (knownRows != m_model->rowCount()) {
        // Cannot happen while lookups run one at a time; look again rather than misplace rows.
        refreshForNewRows(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        return;
    }
    if (insertion.reset || !insertion.positions.isEmpty())
        Q_EMIT rowsFound(insertion);
    resume();
}
