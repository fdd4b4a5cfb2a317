// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

// The ids a bulk import into an empty store wrote while the index logs_id is deferred: a 64-bit
// hash of each with its row, in an open-addressing table (16 bytes a log). A hash met again is
// checked against the id stored in that row, so a collision never drops a log, and an entry
// whose batch was rolled back never matches.
class SqliteIdHashes
{
public:
    static quint64 hashOf(const QByteArray &id)
    {
        const quint64 h = quint64(qHash(QByteArrayView(id), size_t(0x9e3779b97f4a7c15ull)));
        return h == 0 ? 1 : h;
    }
    // True if a row whose id sameAt() confirms holds hash h.
    template<typename F> bool contains(quint64 h, F &&sameAt) const
    {
        if (m_slots.empty())
            return false;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask; m_slots[i].first != 0; i = (i + 1) & mask) {
            if (m_slots[i].first == h && sameAt(m_slots[i].second))
                return true;
        }
        return false;
    }
    void insert(quint64 h, qint64 row)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(h) & mask;
        while (m_slots[i].first != 0)
            i = (i + 1) & mask;
        m_slots[i] = {h, row};
        ++m_count;
    }

private:
    void grow()
    {
        std::vector<std::pair<quint64, qint64>> old(std::max<size_t>(1 << 16, m_slots.size() * 2));
        old.swap(m_slots);
        m_count = 0;
        for (const auto &slot : old) {
            if (slot.first != 0)
                insert(slot.first, slot.second);
        }
    }
    std::vector<std::pair<quint64, qint64>> m_slots;
    size_t m_count = 0;
};
