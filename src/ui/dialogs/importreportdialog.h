// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

struct ImportSummary;
namespace Ui {
class ImportReportDialog;
}

// What an import did: how many logs came in, duplicates, and each skipped line with its number;
// an import that brought nothing in is titled as failed and says why.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const ImportSummary &summary, QWidget *parent = nullptr);
    ~ImportReportDialog() override;

    // Nothing came in and something went wrong: the report says it failed, and why.
    static bool failed(const ImportSummary &summary);
    static QString title(const ImportSummary &summary); // "Import Failed", "Import Finished", ...
    static QString headline(const ImportSummary &summary); // one sentence, also for the status bar

private:
    std::unique_ptr<Ui::ImportReportDialog> ui;
};
