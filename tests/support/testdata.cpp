// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"

#include <QFile>
#include <QTest>

namespace TestData {

QString dir()
{
    const QString d = qEnvironmentVariable("GATESCOPE_TEST_DATA");
    if (d.isEmpty())
        qFatal("GATESCOPE_TEST_DATA is not set: run the tests through ctest");
    return d;
}

QString path(const QString &relative)
{
    return dir() + u'/' + relative;
}

QByteArray read(const QString &relative)
{
    QFile f(path(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString difference(const QString &name, const QByteArray &got, const QByteArray &expected)
{
    qsizetype at = 0;
    while (at < got.size() && at < expected.size() && got.at(at) == expected.at(at))
        ++at;
    return QStringLiteral("%1 differs at byte %2: '%3' instead of '%4'")
        .arg(name, QString::number(at), QString::fromUtf8(got.mid(at, 60)),
             QString::fromUtf8(expected.mid(at, 60)));
}

} // namespace TestData
