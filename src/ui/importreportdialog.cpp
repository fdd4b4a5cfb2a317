// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportdialog.h"

#include "importer.h"
#include "ui_importreportdialog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>

ImportReportDialog::ImportReportDialog(const ImportSummary &summary, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ImportReportDialog>())
{
    ui->setupUi(this);
    const QLocale locale;
    QString text = tr("%1 logs imported, %2 already in the store, %3 lines skipped.")
                       .arg(locale.toString(summary.imported), locale.toString(summary.duplicates),
                            locale.toString(summary.skipped));
    if (summary.cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled; everything before it was kept.");
    if (summary.storeFailed)
        text += QLatin1Char(' ') + tr("The store refused a batch; the import stopped there.");
    ui->summary->setText(text);
    ui->errors->setRowCount(int(summary.errors.size()));
    for (int i = 0; i < summary.errors.size(); ++i) {
        const ImportError &e = summary.errors.at(i);
        ui->errors->setItem(i, 0, new QTableWidgetItem(QFileInfo(e.file).fileName()));
        auto *line = new QTableWidgetItem(e.line > 0 ? locale.toString(e.line) : tr("whole file"));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->errors->setItem(i, 1, line);
        ui->errors->setItem(i, 2, new QTableWidgetItem(e.reason));
    }
    ui->errors->setVisible(!summary.errors.isEmpty());
    ui->errors->resizeColumnsToContents();
    ui->errors->horizontalHeader()->setStretchLastSection(true);
}

ImportReportDialog::~ImportReportDialog() = default;
