#include "detailpanel.h"
#include "mainwindow.h"
#include "store/logstore.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gatescope"));
    QApplication::setOrganizationName(QStringLiteral("gatescope"));
    Theme::apply(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop log browser for AI gateway traffic"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "The store to open."),
                                QStringLiteral("PATH"));
    const QCommandLineOption demo(
        QStringLiteral("demo-if-empty"),
        QApplication::translate("main", "Fill an empty store with demo logs."));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot once loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QApplication::translate("main", "Start with this filter."),
                                    QStringLiteral("FILTER"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select this row of the list."),
                                    QStringLiteral("ROW"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 QApplication::translate("main", "Open this detail tab (0-4)."),
                                 QStringLiteral("N"));
    const QCommandLineOption trace(QStringLiteral("trace-view"),
                                   QApplication::translate("main", "Start in the trace view."));
    const QCommandLineOption dark(QStringLiteral("dark"),
                                  QApplication::translate("main", "Use the dark palette."));
    parser.addOptions({db, demo, shot, filter, select, tab, trace, dark});
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 QApplication::translate("main", "A gatescope:// link to open."));
    parser.process(app);

    MainWindow window(parser.isSet(db) ? parser.value(db) : LogStore::defaultLocation());
    if (parser.isSet(dark)) {
        window.action(QStringLiteral("darkTheme"))->setChecked(true);
        Theme::apply(true);
    }
    if (parser.isSet(shot))
        window.setGeometry(window.screen()->availableGeometry()); // no window manager under Xvfb
    window.show();

    // Scripted start (README, screenshots): each step runs once the previous one has loaded.
    auto afterList = [&] {
        if (parser.isSet(filter))
            window.setFilter(parser.value(filter));
        if (parser.isSet(trace))
            window.setTraceViewVisible(true);
        QTimer::singleShot(300, &window, [&] {
            if (parser.isSet(select))
                window.selectRow(parser.value(select).toInt());
            if (parser.isSet(tab))
                window.detailPanel()->tabs()->setCurrentIndex(parser.value(tab).toInt());
            if (!parser.positionalArguments().isEmpty())
                window.openLink(QUrl(parser.positionalArguments().constFirst()));
            if (parser.isSet(shot))
                window.takeScreenshotAndQuit(parser.value(shot));
        });
    };
    if (parser.isSet(demo)) {
        QObject::connect(&window, &MainWindow::demoLoaded, &window, afterList);
        window.loadDemoDataIfEmpty(20000);
    } else {
        QTimer::singleShot(200, &window, afterList);
    }
    return app.exec();
}
