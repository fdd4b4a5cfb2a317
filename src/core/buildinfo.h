// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// What this build of Gatescope is: its version, its licence, the addresses the builder gave
// (CMake cache variables GATESCOPE_HOMEPAGE, GATESCOPE_BUG_TRACKER, GATESCOPE_CONTACT; empty when
// none was given, never a made-up one) and the versions of the libraries it runs with. For
// Help > About; it knows no widgets, so the UI needs no SQLite, zstd or simdjson header.
class BuildInfo
{
public:
    struct Library
    {
        QString name;
        QString version;
    };

    static QString version();
    static QString licence(); // SPDX identifier, e.g. GPL-3.0-or-later
    static QString homepage();
    static QString bugTracker();
    static QString contact(); // "Name <email>", or whatever the builder set
    // Qt and SQLite as loaded now (qVersion(), sqlite3_libversion()), zstd likewise
    // (ZSTD_versionString()); simdjson as compiled in (SIMDJSON_VERSION: it has no run-time call).
    static QList<Library> libraries();
};
