// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowscreenshot.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <memory>

void WindowScreenshot::saveWhenReady(QWidget *window, std::function<bool()> ready,
                                     const QString &file)
{
    auto *timer = new QTimer(window);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, window, [window, timer, waited, ready, file] {
        *waited += 100;
        if (!ready() && *waited < 20000)
            return;
        timer->stop();
        // Let thumbnails and lazy chips arrive, then grab what is on screen.
        QTimer::singleShot(900, window, [window, file] {
            QPixmap shot;
            if (QScreen *screen = window->screen();
                screen && QGuiApplication::platformName() == QLatin1String("xcb"))
                shot = screen->grabWindow(0);
            if (shot.isNull())
                shot = window->grab();
            if (!shot.save(file))
                qWarning("Could not save the screenshot to %s", qPrintable(file));
            QCoreApplication::quit();
        });
    });
    timer->start(100);
}
