// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfileimport.h"

#include "importer.h"
#include "logstore.h"

ExportFileImporter exportFileImporter(LogStore &store, const std::atomic_bool *cancel)
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
