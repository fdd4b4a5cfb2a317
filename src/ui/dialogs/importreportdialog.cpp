// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportdialog.h"

#include "importer.h"
#include "ui_importreportdialog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>

#include <limits>

bool ImportReportDialog::failed(const ImportSummary &summary)
{
    return summary.imported == 0 && summary.duplicates == 0 && !summary.cancelled
        && (summary.storeFailed || summary.unreadableFile || !summary.errors.isEmpty());
}

QString ImportReportDialog::title(const ImportSummary &summary)
{
    if (failed(summary))
        return tr("Import Failed");
    if (summary.cancelled)
        return tr("Import Cancelled");
    if (summary.storeFailed)
        return tr("Import Stopped");
    return tr("Import Finished");
}

QString ImportReportDialog::headline(const ImportSummary &summary)
{
    if (failed(summary)) {
        // Why, in the words of the first problem: a file that could not be read says so.
        QString why;
        for (const ImportError &e : summary.errors) {
            if (e.line <= 0) {
                why = tr("%1: %2").arg(QFileInfo(e.file).fileName(), e.reason);
                break;
            }
        }
        if (why.isEmpty() && summary.storeFailed)
            why = tr("the store refused the first batch.");
        if (why.isEmpty() && !summary.errors.isEmpty())
            why = tr("none of the %Ln lines could be read as a log.", nullptr,
                     int(qMin<qint64>(summary.skipped, std::numeric_limits<int>::max())));
        return tr("Nothing was imported: %1").arg(why);
    }
    QStringList parts {tr("%Ln logs imported", nullptr, int(summary.imported))};
    if (summary.duplicates > 0)
        parts << tr("%Ln already in the store", nullptr, int(summary.duplicates));
    if (summary.skipped > 0)
        parts << tr("%Ln lines skipped", nullptr, int(summary.skipped));
    return parts.join(tr(", ")) + tr(".");
}

ImportReportDialog::ImportReportDialog(const ImportSummary &summary, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ImportReportDialog>())
{
    ui->setupUi(this);
    setWindowTitle(title(summary));
    const QLocale locale;
    QString text = headline(summary);
    if (summary.cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled; everything before it was kept.");
    if (summary.storeFailed && !failed(summary))
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
