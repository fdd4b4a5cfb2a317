// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Where the tests find their data (tests/data, passed in by CMake as GATESCOPE_TEST_DATA).
namespace TestData {

QString dir();
QString path(const QString &relative);
QByteArray read(const QString &relative);
// Where two byte strings part, for a failure message: "NAME differs at byte N: 'got...'
// instead of 'expected...'" (60 bytes of each from there).
QString difference(const QString &name, const QByteArray &got, const QByteArray &expected);

} // namespace TestData
