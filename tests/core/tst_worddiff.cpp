// SPDX-License-Identifier: GPL-3.0-or-later
// WordDiff: the word-level diff the playground shows between a replayed answer and the original.

#include "worddiff.h"

#include <QTest>

class TestWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokens();
    void identical();
    void oneWordChanged();
    void insertedAndRemoved();
    void emptySides();
    void html();
};

void TestWordDiff::tokens()
{
    QCOMPARE(WordDiff::tokens(u"a  b\nc"_qs),
             (QStringList {u"a"_qs, u"  "_qs, u"b"_qs, u"\n"_qs, u"c"_qs}));
}

void TestWordDiff::identical()
{
    const auto pieces = WordDiff::diff(u"same text"_qs, u"same text"_qs);
    QCOMPARE(pieces.size(), 1);
    QVERIFY(!WordDiff::changed(pieces));
}

void TestWordDiff::oneWordChanged()
{
    using P = WordDiff::Piece;
    using Op = WordDiff::Op;
    const auto pieces = WordDiff::diff(u"The sky is blue today"_qs, u"The sky is grey today"_qs);
    QCOMPARE(pieces,
             (QList<P> {{Op::Equal, u"The sky is "_qs},
                        {Op::Removed, u"blue"_qs},
                        {Op::Added, u"grey"_qs},
                        {Op::Equal, u" today"_qs}}));
    QVERIFY(WordDiff::changed(pieces));
}

void TestWordDiff::insertedAndRemoved()
{
    using Op = WordDiff::Op;
    const auto pieces = WordDiff::diff(u"one two three four"_qs, u"one three four five"_qs);
    QString removed, added, kept;
    for (const auto &p : pieces) {
        (p.op == Op::Removed ? removed : p.op == Op::Added ? added : kept) += p.text;
    }
    QCOMPARE(removed.trimmed(), u"two"_qs);
    QCOMPARE(added.trimmed(), u"five"_qs);
    QVERIFY(kept.contains(u"three four"));
}

void TestWordDiff::emptySides()
{
    using P = WordDiff::Piece;
    using Op = WordDiff::Op;
    QCOMPARE(WordDiff::diff(QString(), u"new"_qs), (QList<P> {{Op::Added, u"new"_qs}}));
    QCOMPARE(WordDiff::diff(u"old"_qs, QString()), (QList<P> {{Op::Removed, u"old"_qs}}));
    QVERIFY(WordDiff::diff(QString(), QString()).isEmpty());
}

void TestWordDiff::html()
{
    const auto pieces = WordDiff::diff(u"a <b> c"_qs, u"a <i> c"_qs);
    const QString before = WordDiff::htmlBefore(pieces);
    const QString after = WordDiff::htmlAfter(pieces);
    QVERIFY(before.contains(u"#f8c4c4\">&lt;b&gt;</span>"));
    QVERIFY(!before.contains(u"&lt;i&gt;"));
    QVERIFY(after.contains(u"#c4ecc4\">&lt;i&gt;</span>"));
    QVERIFY(!after.contains(u"&lt;b&gt;"));
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
