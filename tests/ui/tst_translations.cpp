// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation in the real window: menus, the detail panel's heading, the list's
// column titles, plural forms; and English plural forms.
#include "chatdocument.h"
#include "detailpanel.h"
#include "displayformat.h"
#include "languages.h"
#include "logtablemodel.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void germanWindow();
    void germanChat();
    void everyLanguageLoads_data();
    void everyLanguageLoads();
    void englishPlurals();
    void countsReadInTheSingular_data();
    void countsReadInTheSingular();
    void qtsOwnStringsFollow_data();
    void qtsOwnStringsFollow();
    void shortcutMapDropsCjkMnemonics();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("gatescope-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
}

void TestTranslations::cleanupTestCase()
{
    Languages::install(QStringLiteral("en"));
}

void TestTranslations::germanWindow()
{
    QCOMPARE(Languages::install(QStringLiteral("de")), QStringLiteral("de"));
    MainWindow window(m_dir.filePath(QStringLiteral("de.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus.value(0), QStringLiteral("&Datei"));
    QCOMPARE(menus.value(1), QStringLiteral("&Bearbeiten"));
    QCOMPARE(menus.value(2), QStringLiteral("&Ansicht"));
    QCOMPARE(window.action(QStringLiteral("openLink"))->text(), QStringLiteral("Link ö&ffnen…"));
    QCOMPARE(window.action(QStringLiteral("settings"))->text(), QStringLiteral("&Einstellungen…"));

    // The detail panel's tabs and the list's column titles, as the user sees them.
    QTabWidget *tabs = window.detailPanel()->tabs();
    QCOMPARE(tabs->tabText(0), QStringLiteral("Übersicht"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Anfrage"));
    QCOMPARE(window.model()->headerData(LogTableModel::Model, Qt::Horizontal).toString(),
             QStringLiteral("Modell"));
    bool headingFound = false;
    for (QLabel *label : window.detailPanel()->findChildren<QLabel *>())
        headingFound = headingFound || label->text() == QStringLiteral("Kein Log ausgewählt");
    QVERIFY(headingFound);

    // Plural forms come from the translation: 1 Tag, 8 Tagen.
    QCOMPARE(QCoreApplication::translate("DisplayFormat", "%n day(s)", nullptr, 1),
             QStringLiteral("1 Tag"));
    QCOMPARE(QCoreApplication::translate("DisplayFormat", "%n day(s)", nullptr, 8),
             QStringLiteral("8 Tagen"));
}

void TestTranslations::germanChat()
{
    // The chat tab's own words (a message without a role, a tool result) come from the
    // translation too, not only the headings around them.
    QCOMPARE(Languages::install(QStringLiteral("de")), QStringLiteral("de"));
    const QJsonObject request {
        {QStringLiteral("messages"),
         QJsonArray {QJsonObject {{QStringLiteral("content"), QStringLiteral("Hallo")}},
                     QJsonObject {{QStringLiteral("role"), QStringLiteral("tool")},
                                  {QStringLiteral("tool_call_id"), QStringLiteral("call_1")},
                                  {QStringLiteral("content"), QStringLiteral("42")}}}}};
    QTextDocument document;
    ChatDocument::render(&document, request, QJsonValue(), {}, {});
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Nachricht")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Ergebnis von call_1")), qPrintable(text));
}

void TestTranslations::everyLanguageLoads_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("edit");
    QTest::newRow("de") << "de"
                        << "&Datei"
                        << "&Bearbeiten";
    QTest::newRow("ja") << "ja"
                        << "ファイル(&F)"
                        << "編集(&E)";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "文件(&F)"
                           << "编辑(&E)";
    QTest::newRow("de_AT follows de") << "de_AT"
                                      << "&Datei"
                                      << "&Bearbeiten";
}

void TestTranslations::everyLanguageLoads()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, edit);
    QVERIFY(!Languages::install(code).isEmpty());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Edit"), edit);
    QVERIFY(QCoreApplication::translate("StatusLabels", "Cache Hit") != u"Cache Hit");
}

void TestTranslations::englishPlurals()
{
    QCOMPARE(Languages::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("DisplayFormat", "%n day(s)", nullptr, 1),
             QStringLiteral("1 day"));
    QCOMPARE(QCoreApplication::translate("DisplayFormat", "%n day(s)", nullptr, 8),
             QStringLiteral("8 days"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::countsReadInTheSingular_data()
{
    // Counts the code words in the plural (%Ln) read in the singular for one, from the
    // numerus forms of gatescope_en.ts (without them English shows "1 logs"), and in German.
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en status bar, 1")
        << "en"
        << "MainWindow"
        << "%Ln logs match the filter" << 1 << "1 log matches the filter";
    QTest::newRow("en status bar, 3")
        << "en"
        << "MainWindow"
        << "%Ln logs match the filter" << 3 << "3 logs match the filter";
    QTest::newRow("en log count, 1") << "en"
                                     << "MainWindow"
                                     << "%Ln logs" << 1 << "1 log";
    QTest::newRow("en import report, 1") << "en"
                                         << "ImportReportDialog"
                                         << "%Ln lines skipped" << 1 << "1 line skipped";
    QTest::newRow("en export dialog, 1")
        << "en"
        << "ExportLogsDialog"
        << "Exported %Ln logs to %1." << 1 << "Exported 1 log to %1.";
    QTest::newRow("en analytics, 1") << "en"
                                     << "AnalyticsWindow"
                                     << "Status %1: %Ln requests" << 1 << "Status %1: 1 request";
    QTest::newRow("en dataset summary, 1")
        << "en"
        << "PeerActions"
        << "%n logs written to %1." << 1 << "1 log written to %1.";
    QTest::newRow("en dataset dialog, 1")
        << "en"
        << "DatasetDialog"
        << "The %n logs of the filter %1" << 1 << "The 1 log of the filter %1";
    QTest::newRow("de dataset summary, 1")
        << "de"
        << "PeerActions"
        << "%n images were written to %1." << 1 << "1 Bild wurde nach %1 geschrieben.";
    QTest::newRow("de status bar, 1")
        << "de"
        << "MainWindow"
        << "%Ln logs match the filter" << 1 << "1 Log passt zum Filter";
    QTest::newRow("de status bar, 3")
        << "de"
        << "MainWindow"
        << "%Ln logs match the filter" << 3 << "3 Logs passen zum Filter";
}

void TestTranslations::countsReadInTheSingular()
{
    QFETCH(QString, code);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(Languages::install(code), code);
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source), nullptr, count),
             expected);
}

void TestTranslations::qtsOwnStringsFollow_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << "de"
                        << "Abbrechen";
    QTest::newRow("ja") << "ja"
                        << "キャンセル";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "取消";
}

void TestTranslations::qtsOwnStringsFollow()
{
    // Qt's own buttons (a dialog's Cancel) in the language of the rest, from qtbase_<lang>.qm of
    // Debian's qt6-translations-l10n (packaging/setup.sh installs it).
    QFETCH(QString, code);
    QFETCH(QString, cancel);
    QCOMPARE(Languages::install(code), code);
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
    Languages::install(QStringLiteral("en"));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text().remove(u'&'),
             QStringLiteral("Cancel"));
}

void TestTranslations::shortcutMapDropsCjkMnemonics()
{
    // Help > Keyboard Shortcuts lists what an action does, not its menu mnemonic: Japanese and
    // Chinese write it after the text ("(&S)"), which must not show as "(S)".
    QMenu menu(QStringLiteral("ファイル(&F)"));
    menu.addAction(QStringLiteral("ストアを開く(&S)…"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    menu.addAction(QStringLiteral("R&&D (&R)"))->setShortcut(QKeySequence(Qt::Key_F5));
    ShortcutsDialog dialog({&menu});
    QTableWidget *table = dialog.table();
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("ファイル"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("ストアを開く"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("R&D"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
