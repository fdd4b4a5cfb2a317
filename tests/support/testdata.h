// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Where the tests find their data (tests/data, passed in by CMake as GATESCOPE_TEST_DATA).
namespace TestData {

QString dir();
QString path(const QString &relative);
QByteArray read(const QString &relative);

} // namespace TestData
