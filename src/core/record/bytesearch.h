// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstring>

// Where needle first occurs in haystack, or -1: QByteArrayView::indexOf()'s answer, for a body
// looked for in the raw record it was read from (the redactor and the payload codec do it twice
// a record). glibc's memmem() finds the places where the needle's first 32 bytes occur, quick
// for a short needle, and each is compared with the rest. Qt 6.4's indexOf() builds a
// Boyer-Moore table for every search: about 7,000 instructions for a body in a 2.4 KB record.
// After 8 places that are not it, memmem() takes the whole needle (two-way: linear): a hostile
// record can repeat the first bytes at every place (a 200 KB run of one letter took 218 ms, and
// a 32 MB record would take hours).
inline qsizetype byteIndexOf(QByteArrayView haystack, QByteArrayView needle)
{
    constexpr qsizetype kProbe = 32;
    if (needle.size() > haystack.size())
        return -1;
    if (needle.isEmpty())
        return 0;
    const char *const begin = haystack.data();
    if (needle.size() <= kProbe) {
        const void *at
            = ::memmem(begin, size_t(haystack.size()), needle.data(), size_t(needle.size()));
        return at ? static_cast<const char *>(at) - begin : -1;
    }
    const char *const last = begin + (haystack.size() - needle.size()); // the last possible start
    const char *const probe = needle.data();
    const size_t rest = size_t(needle.size() - kProbe);
    const char *from = begin;
    for (int tries = 0; tries < 8 && from <= last; ++tries) {
        const auto *at = static_cast<const char *>(
            ::memmem(from, size_t(last - from + kProbe), probe, size_t(kProbe)));
        if (!at)
            return -1;
        if (std::memcmp(at + kProbe, probe + kProbe, rest) == 0)
            return at - begin;
        from = at + 1;
    }
    if (from > last)
        return -1;
    const void *at
        = ::memmem(from, size_t(haystack.size() - (from - begin)), probe, size_t(needle.size()));
    return at ? static_cast<const char *>(at) - begin : -1;
}
