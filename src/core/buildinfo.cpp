// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include <simdjson.h>
#include <sqlite3.h>
#include <zstd.h>

#include <QtGlobal>

// The top-level CMakeLists.txt defines these for this file only.
#if !defined(GATESCOPE_VERSION) || !defined(GATESCOPE_LICENSE) || !defined(GATESCOPE_HOMEPAGE)     \
    || !defined(GATESCOPE_BUG_TRACKER) || !defined(GATESCOPE_CONTACT)
#error "buildinfo.cpp needs the GATESCOPE_* definitions of the top-level CMakeLists.txt"
#endif

// SIMDJSON_VERSION is a bare 3.0.1, not a string.
#define GATESCOPE_STRINGIFY_(x) #x
#define GATESCOPE_STRINGIFY(x) GATESCOPE_STRINGIFY_(x)

QString BuildInfo::version()
{
    return QStringLiteral(GATESCOPE_VERSION);
}

QString BuildInfo::licence()
{
    return QStringLiteral(GATESCOPE_LICENSE);
}

QString BuildInfo::homepage()
{
    return QStringLiteral(GATESCOPE_HOMEPAGE);
}

QString BuildInfo::bugTracker()
{
    return QStringLiteral(GATESCOPE_BUG_TRACKER);
}

QString BuildInfo::contact()
{
    return QStringLiteral(GATESCOPE_CONTACT);
}

QList<BuildInfo::Library> BuildInfo::libraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("simdjson"), QStringLiteral(GATESCOPE_STRINGIFY(SIMDJSON_VERSION))},
        {QStringLiteral("zstd"), QString::fromLatin1(ZSTD_versionString())},
    };
}
