// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About: the version, the licence with its full text, the addresses the build was given
// (none made up) and the versions of Qt, SQLite, simdjson and zstd the app runs with.
#include "aboutdialog.h"
#include "buildinfo.h"
#include "mainwindow.h"

#include <simdjson.h>
#include <sqlite3.h>
#include <zstd.h>

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpMenuOpensIt();
    void versions();
    void licence();
    void onlyTheAddressesTheBuildNames();
    void copyVersions();

private:
    QTemporaryDir m_dir;
};

void TestAboutDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("gatescope-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_aboutdialog"));
}

void TestAboutDialog::helpMenuOpensIt()
{
    MainWindow window(m_dir.filePath(QStringLiteral("about.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.action(QStringLiteral("about"))->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(
        dialog->textLabel()->text().contains(QStringLiteral("Gatescope ") + BuildInfo::version()));
}

void TestAboutDialog::versions()
{
    // The version CMake's project() gives, e.g. 0.1.0.
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                 .match(BuildInfo::version())
                 .hasMatch(),
             qPrintable(BuildInfo::version()));
    AboutDialog dialog;
    const QString text = dialog.textLabel()->text();
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("simdjson"), QStringLiteral(STRINGIFY(SIMDJSON_VERSION))},
        {QStringLiteral("zstd"), QString::fromLatin1(ZSTD_versionString())},
    };
    for (const auto &[name, version] : expected) {
        QVERIFY(!version.isEmpty());
        // One table row per library: its name, then its version.
        const QString row = QStringLiteral("%1</td><td>%2</td>").arg(name, version);
        QVERIFY2(text.contains(row), qPrintable(name + u' ' + version + u'\n' + text));
    }
}

void TestAboutDialog::licence()
{
    QCOMPARE(BuildInfo::licence(), QStringLiteral("GPL-3.0-or-later"));
    AboutDialog dialog;
    dialog.show();
    const QString text = dialog.textLabel()->text();
    QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
    QVERIFY(text.contains(QStringLiteral("(GPL-3.0-or-later)")));
    QVERIFY(text.contains(QStringLiteral("href=\"%1\"").arg(AboutDialog::licenceLink())));

    // The link opens the full text: the LICENSE file at the top of the source tree.
    QVERIFY(!dialog.licenceWindow());
    Q_EMIT dialog.textLabel()->linkActivated(AboutDialog::licenceLink());
    QVERIFY(dialog.licenceWindow());
    QVERIFY(QTest::qWaitForWindowExposed(dialog.licenceWindow()));
    auto *shown = dialog.licenceWindow()->findChild<QPlainTextEdit *>();
    QVERIFY(shown);
    QFile file(QDir(qEnvironmentVariable("GATESCOPE_TEST_DATA"))
                   .filePath(QStringLiteral("../../LICENSE")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString licence = QString::fromUtf8(file.readAll());
    QVERIFY(licence.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE\n")));
    QVERIFY(licence.contains(QStringLiteral("Version 3, 29 June 2007")));
    QCOMPARE(shown->toPlainText(), licence);
    QVERIFY(shown->isReadOnly());

    // A second click brings the same window forward instead of opening another.
    QDialog *first = dialog.licenceWindow();
    Q_EMIT dialog.textLabel()->linkActivated(AboutDialog::licenceLink());
    QCOMPARE(dialog.licenceWindow(), first);
    QCOMPARE(dialog.findChildren<QPlainTextEdit *>().size(), 1);
}

void TestAboutDialog::onlyTheAddressesTheBuildNames()
{
    AboutDialog dialog;
    const QString text = dialog.textLabel()->text();
    // Every link is the licence, an address the build was given (GATESCOPE_HOMEPAGE,
    // GATESCOPE_BUG_TRACKER, GATESCOPE_CONTACT) or the installed copyright file.
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    QStringList allowed {AboutDialog::licenceLink()};
    if (!BuildInfo::homepage().isEmpty())
        allowed << BuildInfo::homepage().toHtmlEscaped();
    if (!BuildInfo::bugTracker().isEmpty())
        allowed << BuildInfo::bugTracker().toHtmlEscaped();
    for (auto match = href.globalMatch(text); match.hasNext();) {
        const QString target = match.next().captured(1);
        QVERIFY2(allowed.contains(target) || target.startsWith(QStringLiteral("mailto:"))
                     || target.endsWith(QStringLiteral("/doc/gatescope/copyright")),
                 qPrintable(target));
    }
    QCOMPARE(text.contains(QStringLiteral("Homepage:")), !BuildInfo::homepage().isEmpty());
    QCOMPARE(text.contains(QStringLiteral("Report bugs:")), !BuildInfo::bugTracker().isEmpty());
    QCOMPARE(text.contains(QStringLiteral("Contact:")), !BuildInfo::contact().isEmpty());
    if (!BuildInfo::homepage().isEmpty())
        QVERIFY(text.contains(
            QStringLiteral("href=\"%1\"").arg(BuildInfo::homepage().toHtmlEscaped())));
}

void TestAboutDialog::copyVersions()
{
    AboutDialog dialog;
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyVersions"));
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("Gatescope ") + BuildInfo::version() + u','),
             qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    QVERIFY(copied.contains(QStringLiteral("SQLite ") + QString::fromLatin1(sqlite3_libversion())));
    QVERIFY(copied.contains(QStringLiteral("zstd ") + QString::fromLatin1(ZSTD_versionString())));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
