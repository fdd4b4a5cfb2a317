// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logstore.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

namespace TestData {

// Checks an export (Gatescope JSONL at path) against the store: `count` lines, each what
// toJsonLine() writes for the store's record at that place, oldest first. *withFeedback (when
// given) counts the records that show feedback. Fails the current test otherwise.
inline void compareExportWithRecords(LogStore &store, const QString &path, qint64 count,
                                     qsizetype *withFeedback = nullptr)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), count + 1);
    QVERIFY(lines.last().isEmpty());
    LogQuery query;
    query.descending = false;
    QString error;
    const auto ids = store.rowIds(query, &error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(ids->size(), count);
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const auto record = store.recordByRowId(ids->at(i), &error);
        QVERIFY2(record, qPrintable(error));
        if (withFeedback && !record->feedback.isEmpty())
            ++*withFeedback;
        const QByteArray expected = record->toJsonLine(), &got = lines.at(i);
        QVERIFY2(got == expected, qPrintable(difference(record->id, got, expected)));
    }
}

} // namespace TestData
