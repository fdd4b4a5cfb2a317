// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"
#include "detailpanel.h"
#include "languages.h"
#include "mainwindow.h"
#include "openstoredialog.h"
#include "singleinstance.h"
#include "store/logstore.h"
#include "storepasswords.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QPointer>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

namespace {

// Whether the command line asks for the help or the version text (the options
// QCommandLineParser::addHelpOption and addVersionOption add), which need no display: they are
// printed by a QCoreApplication, since QApplication aborts in its platform plugin without one.
// The values of the options below are skipped, so `--filter -v` is a filter, not a question.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    static const char *const withValue[]
        = {"--db", "--screenshot", "--filter", "--select", "--tab", "--lang"};
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0)
            return false;
        for (const char *name : withValue) {
            if (std::strcmp(a, name) == 0)
                ++i;
        }
        for (const char *name : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(a, name) == 0)
                return true;
        }
    }
    return false;
}

// --lang is needed before the parser exists: the parser's help texts are translated.
QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return qEnvironmentVariable("GATESCOPE_LANG", Languages::chosen());
}

// Without --db: GATESCOPE_DB, else the store File > Open Store opened last (a file that is gone
// is not made again), else the default file.
QString startLocation()
{
    const QString last = OpenStoreDialog::lastStore();
    if (!qEnvironmentVariableIsEmpty("GATESCOPE_DB") || last.isEmpty())
        return LogStore::defaultLocation();
    if (!StorePasswords::account(last).isEmpty() || QFileInfo::exists(last))
        return last;
    return LogStore::defaultLocation();
}

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    const bool printOnly = asksForHelpOrVersion(argc, argv);
    std::unique_ptr<QCoreApplication> application;
    if (printOnly)
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setApplicationName(QStringLiteral("gatescope"));
    QApplication::setOrganizationName(QStringLiteral("gatescope"));
    QApplication::setApplicationVersion(BuildInfo::version());
    if (!printOnly)
        QApplication::setDesktopFileName(QStringLiteral("io.gatescope.Gatescope"));
    Languages::install(languageFromArguments(QApplication::arguments()));
    if (!printOnly) {
        Theme::apply(false);
        StorePasswords::install(); // PostgreSQL passwords from the Open Store dialog or keychain
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop log browser for AI gateway traffic"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "The store to open: a SQLite file or "
                                "postgresql://user@host:port/dbname (default: the last store "
                                "opened)."),
        QStringLiteral("STORE"));
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
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Use this language (de, ja, zh_CN, en) instead of the "
                                "system's."),
        QStringLiteral("CODE"));
    const QCommandLineOption newInstance(
        QStringLiteral("new-instance"),
        QApplication::translate("main", "Do not hand over to a window already running."));
    // Tests: say on stdout which links arrived and what became of them.
    QCommandLineOption printLinks(QStringLiteral("print-links"));
    printLinks.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {db, demo, shot, filter, select, tab, trace, dark, lang, newInstance, printLinks});
    parser.addPositionalArgument(
        QStringLiteral("URL"),
        QApplication::translate("main", "A gatescope:// link (or Portkey app URL) to open."));
    parser.process(app); // exits after printing the help or the version
    if (printOnly)
        return 0; // not reached: asksForHelpOrVersion agrees with the parser

    const QString location = parser.isSet(db) ? parser.value(db) : startLocation();
    const QStringList links = parser.positionalArguments();
    const bool verbose = parser.isSet(printLinks);

    // A second launch (xdg-open of a link) hands its links to the window already running on the
    // same store and exits; a link launched without --db goes to any running window, whatever
    // store it shows (a ?store= in the link switches it). Scripted runs (screenshots) always get
    // their own window.
    SingleInstance instance(location);
    if (!parser.isSet(shot) && !parser.isSet(newInstance)) {
        const bool anyWindow
            = !links.isEmpty() && !parser.isSet(db) && qEnvironmentVariableIsEmpty("GATESCOPE_DB");
        if ((anyWindow && SingleInstance::sendToAny(links)) || instance.sendToRunning(links)) {
            if (verbose)
                printLine(QStringLiteral("forwarded: ") + links.join(u' '));
            return 0;
        }
        QString error;
        if (!instance.listen(&error)) {
            // Lost a start-up race to another launch: hand over to it instead.
            if (instance.sendToRunning(links))
                return 0;
            qWarning("%s", qPrintable(error));
        }
    }

    // A store chosen with --db is the one the next start without --db (a link from the
    // desktop) opens, as one chosen with File > Open Store.
    if (parser.isSet(db) && !parser.isSet(shot)) {
        const QString chosen = LogStore::isPostgresLocation(location)
            ? location
            : QFileInfo(location).absoluteFilePath();
        OpenStoreDialog::addRecentStore(chosen);
        OpenStoreDialog::setLastStore(chosen);
    }

    // File > Open Store replaces the window by one on the other store: links go to the newest
    // one, and the single-instance socket follows the store.
    auto *window = new MainWindow(location);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> current;
    std::function<void(MainWindow *)> follow = [&](MainWindow *w) {
        current = w;
        QObject::connect(w, &MainWindow::storeReplaced, &instance, [&](MainWindow *next) {
            QString error;
            if (!instance.moveTo(next->storeLocation(), &error))
                qWarning("%s", qPrintable(error));
            if (verbose)
                printLine(QStringLiteral("store: ") + next->storeLocation());
            follow(next);
        });
        if (verbose) {
            QObject::connect(w, &MainWindow::linkOpened, w, [](const QString &link) {
                printLine(QStringLiteral("opened: ") + link);
            });
            QObject::connect(w, &MainWindow::linkFailed, w, [](const QString &message) {
                printLine(QStringLiteral("failed: ") + QString(message).replace(u'\n', u' '));
            });
        }
    };
    follow(window);
    if (parser.isSet(dark)) {
        window->action(QStringLiteral("darkTheme"))->setChecked(true);
        Theme::apply(true);
    }
    if (parser.isSet(shot))
        window->setGeometry(window->screen()->availableGeometry()); // no window manager under Xvfb
    window->show();

    if (verbose)
        printLine(QStringLiteral("listening: ") + instance.serverName());
    QObject::connect(&instance, &SingleInstance::messageReceived, &app,
                     [&current, verbose](const QStringList &received) {
                         if (verbose)
                             printLine(QStringLiteral("received: ") + received.join(u' '));
                         if (!current)
                             return;
                         current->bringToFront();
                         for (const QString &link : received)
                             current->openLink(link);
                     });

    // Scripted start (README, screenshots): each step runs once the previous one has loaded.
    auto afterList = [&, window] {
        if (parser.isSet(filter))
            window->setFilter(parser.value(filter));
        if (parser.isSet(trace))
            window->setTraceViewVisible(true);
        QTimer::singleShot(300, window, [&, window] {
            if (parser.isSet(select))
                window->selectRow(parser.value(select).toInt());
            if (parser.isSet(tab))
                window->detailPanel()->tabs()->setCurrentIndex(parser.value(tab).toInt());
            for (const QString &link : links)
                window->openLink(link);
            if (parser.isSet(shot))
                window->takeScreenshotAndQuit(parser.value(shot));
        });
    };
    if (parser.isSet(demo)) {
        QObject::connect(window, &MainWindow::demoLoaded, window, afterList);
        window->loadDemoDataIfEmpty(20000);
    } else {
        QTimer::singleShot(200, window, afterList);
    }
    const int status = app.exec();
    delete current; // its workers finish their jobs and close their connections
    return status;
}
