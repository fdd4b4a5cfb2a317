// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

// --screenshot: saves a picture of a window once it shows what it was loading (checked every
// 100 ms, for at most 20 s), then quits the application. Not for a session a person works in.
class WindowScreenshot
{
public:
    static void saveWhenReady(QWidget *window, std::function<bool()> ready, const QString &file);
};
