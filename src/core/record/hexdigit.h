// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The value of one hexadecimal digit (either case), or -1 for any other character: for the
// \uXXXX escapes of JSON and the %XX escapes of URLs.
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static_assert(hexDigitValue('7') == 7 && hexDigitValue('b') == 11 && hexDigitValue('F') == 15
              && hexDigitValue('g') == -1);
