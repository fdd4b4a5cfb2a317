// SPDX-License-Identifier: GPL-3.0-or-later
// One cost formatter for the app and gatescope-cli: the same decimals in every locale, the
// locale's own decimal point throughout (never "<$0.00001" beside "$0,00022"), and a tiny cost
// never written as "$0.00000".
#include "costformat.h"

#include <QTest>

class TestCostFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
};

void TestCostFormat::formats_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    const QString none;
    QTest::newRow("C zero") << "C" << 0.0 << none << "$0.00";
    QTest::newRow("C tiny") << "C" << 0.0001 << none << "<$0.00001";
    QTest::newRow("C small") << "C" << 0.022 << none << "$0.00022";
    QTest::newRow("C below a dollar") << "C" << 12.5 << none << "$0.1250";
    QTest::newRow("C dollars") << "C" << 123456.0 << none << "$1234.56";
    QTest::newRow("C negative") << "C" << -50.0 << none << "-$0.5000";
    QTest::newRow("C euro") << "C" << 0.022 << "EUR"
                            << "0.00022 EUR";
    QTest::newRow("C usd") << "C" << 0.022 << "usd"
                           << "$0.00022";
    QTest::newRow("de tiny") << "de_DE" << 0.0001 << none << "<$0,00001";
    QTest::newRow("de small") << "de_DE" << 0.022 << none << "$0,00022";
    QTest::newRow("de dollars") << "de_DE" << 123456.0 << none << "$1.234,56";
    QTest::newRow("ja small") << "ja_JP" << 0.022 << none << "$0.00022";
}

void TestCostFormat::formats()
{
    QFETCH(QString, locale);
    QFETCH(double, cents);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const QLocale l = locale == QLatin1String("C") ? QLocale::c() : QLocale(locale);
    QCOMPARE(CostFormat::text(cents, l, currency), expected);
}

QTEST_GUILESS_MAIN(TestCostFormat)
#include "tst_costformat.moc"
