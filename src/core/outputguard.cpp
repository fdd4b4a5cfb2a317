// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace OutputGuard {

namespace {

bool isSqliteDatabase(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

} // namespace

QString whyNotWrite(const QString &path)
{
    if (isSqliteDatabase(path))
        return QCoreApplication::translate("OutputGuard",
                                           "%1 is a SQLite database (a Gatescope store or its "
                                           "full-text index?) and is not overwritten: choose "
                                           "another file")
            .arg(path);
    for (const QLatin1StringView suffix :
         {QLatin1StringView("-wal"), QLatin1StringView("-shm"), QLatin1StringView("-journal")}) {
        if (!path.endsWith(suffix))
            continue;
        const QString database = path.chopped(suffix.size());
        if (isSqliteDatabase(database))
            return QCoreApplication::translate("OutputGuard",
                                               "%1 belongs to the SQLite database %2 and is not "
                                               "overwritten: choose another file")
                .arg(path, database);
    }
    return {};
}

} // namespace OutputGuard
