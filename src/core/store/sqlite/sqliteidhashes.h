// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

// The ids a bulk import into an empty store wrote while the index logs_id is deferred: 32 bits
// of a 64-bit hash of each with its row, in 256 open-addressing tables chosen by the hash's top
// byte (8 bytes a slot, at most three quarters full). A tag met again is checked against the id
// stored in that row, so a collision never drops a log, and an entry whose batch was rolled back
// never matches. One table grows at a time (a 256th of the memory is doubled, not the whole of
// it: one table of 16-byte slots went from 32 to 96 MB for a moment at 1,048,576 logs), and
// full() says when the writer should build the id's index instead (maxEntries, or rows beyond
// 32 bits of the first one).
class SqliteIdHashes
{
public:
    // 256 tables of 16,384 slots hold 3,145,728 before they grow: 32 MB.
    static constexpr size_t kMaxEntries = 3'000'000;
    explicit SqliteIdHashes(size_t maxEntries = kMaxEntries, qint64 firstRow = 1)
        : m_max(maxEntries)
        , m_base(firstRow)
    { }

    static quint64 hashOf(const QByteArray &id)
    {
        return quint64(qHash(QByteArrayView(id), size_t(0x9e3779b97f4a7c15ull)));
    }
    // True if a row whose id sameAt() confirms holds hash h.
    template<typename F> bool contains(quint64 h, F &&sameAt) const
    {
        const Table &t = m_tables[h >> 56];
        if (t.empty())
            return false;
        const size_t mask = t.size() - 1;
        const quint32 tag = tagOf(h);
        for (size_t i = indexOf(h) & mask; t[i].tag != 0; i = (i + 1) & mask) {
            if (t[i].tag == tag && sameAt(m_base + qint64(t[i].row)))
                return true;
        }
        return false;
    }
    void insert(quint64 h, qint64 row)
    {
        Table &t = m_tables[h >> 56];
        if ((m_counts[h >> 56] + 1) * 4 > t.size() * 3)
            grow(t);
        put(t, tagOf(h), indexOf(h), quint32(row - m_base));
        ++m_counts[h >> 56];
        ++m_count;
        m_lastRow = std::max(m_lastRow, row);
    }
    // Time to build the index instead: before the next batch could pass the limits.
    bool full(qsizetype nextBatch) const
    {
        return m_count + size_t(nextBatch) > m_max
            || m_lastRow + nextBatch - m_base > qint64(std::numeric_limits<quint32>::max());
    }

private:
    struct Slot
    {
        quint32 tag = 0; // 0: empty
        quint32 row = 0; // minus m_base
    };
    using Table = std::vector<Slot>;
    static quint32 tagOf(quint64 h) { return quint32(h) | 1; }
    // The slot a tag looks from: made of the tag's own bits, so that grow() finds it again.
    static size_t indexOfTag(quint32 tag) { return size_t(tag >> 1); }
    static size_t indexOf(quint64 h) { return indexOfTag(tagOf(h)); }
    static void put(Table &t, quint32 tag, size_t index, quint32 row)
    {
        const size_t mask = t.size() - 1;
        size_t i = index & mask;
        while (t[i].tag != 0)
            i = (i + 1) & mask;
        t[i] = {tag, row};
    }
    static void grow(Table &t)
    {
        Table bigger(std::max<size_t>(1 << 8, t.size() * 2));
        const size_t mask = bigger.size() - 1;
        for (const Slot &s : t) {
            if (s.tag == 0)
                continue;
            size_t i = indexOfTag(s.tag) & mask;
            while (bigger[i].tag != 0)
                i = (i + 1) & mask;
            bigger[i] = s;
        }
        t.swap(bigger);
    }
    size_t m_max;
    qint64 m_base;
    qint64 m_lastRow = 0;
    size_t m_count = 0;
    std::array<Table, 256> m_tables;
    std::array<size_t, 256> m_counts {};
};
