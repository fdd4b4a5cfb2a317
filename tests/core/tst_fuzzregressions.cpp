// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

// Replays every input kept in tests/data/fuzz-regressions/<target>/ (crashers the libFuzzer
// targets found, and edge cases written by hand) through the entry point of that target, without
// libFuzzer. A regression crashes this test, or is reported by the sanitizer build.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir root(qEnvironmentVariable("GATESCOPE_TEST_DATA") + u"/fuzz-regressions"_s);
    QVERIFY2(root.exists(), qPrintable(root.path()));
    const QStringList targets = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!targets.isEmpty());
    for (const QString &target : targets) {
        QVERIFY2(FuzzTargets::entry(target.toUtf8().constData()),
                 qPrintable(u"no fuzz target named "_s + target));
        const QDir dir(root.filePath(target));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(file))
                << target << dir.filePath(file);
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    // A byte array of its own, so a read past the end is caught by AddressSanitizer.
    const std::unique_ptr<std::uint8_t[]> data(new std::uint8_t[std::size_t(bytes.size())]);
    std::memcpy(data.get(), bytes.constData(), std::size_t(bytes.size()));
    FuzzTargets::entry(target.toUtf8().constData())(data.get(), std::size_t(bytes.size()));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
