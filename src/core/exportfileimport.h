// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportsync.h"
#include "importer.h"
#include "logstore.h"

// Imports downloaded export files with the existing Importer (gatescope_core). Header-only
// because the Importer lives in gatescope_core, which links gatescope_net: only code linking
// gatescope_core (the CLI, the UI, tests) includes this.
inline ExportFileImporter exportFileImporter(LogStore &store, const std::atomic_bool *cancel)
{
    return [&store, cancel](const QString &file, qint64 *imported, qint64 *duplicates,
                            qint64 *skipped, QString *error) {
        Importer importer(store);
        importer.setFormat(FileFormat::PortkeyExport);
        importer.setCancelFlag(cancel);
        const ImportSummary summary = importer.importFiles({file});
        *imported = summary.imported;
        *duplicates = summary.duplicates;
        *skipped = summary.skipped;
        if (summary.storeFailed || summary.unreadableFile) {
            *error = summary.errors.isEmpty()
                ? QStringLiteral("the store refused the downloaded logs")
                : QStringLiteral("importing the downloaded logs failed: %1")
                      .arg(summary.errors.constLast().reason);
            return false;
        }
        return true;
    };
}
