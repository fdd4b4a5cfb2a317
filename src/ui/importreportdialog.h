// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

struct ImportSummary;
namespace Ui {
class ImportReportDialog;
}

// What an import did: how many logs came in, duplicates, and each skipped line with its number.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const ImportSummary &summary, QWidget *parent = nullptr);
    ~ImportReportDialog() override;

private:
    std::unique_ptr<Ui::ImportReportDialog> ui;
};
