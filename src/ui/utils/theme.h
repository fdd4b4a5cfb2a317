// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

// Light and dark palettes on the Fusion style, so the app looks the same on every desktop and
// the painted chips can pick colours that read well on either.
class Theme
{
public:
    static void apply(bool dark);
    static bool isDark();
    static QPalette darkPalette();
};
