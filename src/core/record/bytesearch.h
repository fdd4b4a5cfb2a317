// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstring>

// Where needle first occurs in haystack, or -1: QByteArrayView::indexOf()'s answer, for a body
// looked for in the raw record it was read from (the redactor and the payload codec do it twice
// a record). glibc's memmem() finds the places where the needle's first 32 bytes occur, quick
// for a short needle, and each is compared with the rest. Qt 6.4's indexOf() builds a
// Boyer-Moore table for every search: about 7,000 instructions for a body in a 2.4 KB record.
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
    for (const char *from = begin; from <= last;) {
        const auto *at = static_cast<const char *>(
            ::memmem(from, size_t(last - from + kProbe), probe, size_t(kProbe)));
        if (!at)
            return -1;
        if (std::memcmp(at + kProbe, probe + kProbe, rest) == 0)
            return at - begin;
        from = at + 1;
    }
    return -1;
}
