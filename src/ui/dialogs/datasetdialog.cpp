// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

DatasetDialog::DatasetDialog(const QString &filter, qint64 filterCount, bool haveSelection,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("datasetDialog"));
    setWindowTitle(tr("Save as Dataset"));
    setMinimumWidth(560);

    m_filter = new QRadioButton(
        filter.isEmpty()
            ? tr("All %n logs", nullptr, int(qMin<qint64>(filterCount, INT_MAX)))
            : tr("The %n logs of the filter %1", nullptr, int(qMin<qint64>(filterCount, INT_MAX)))
                  .arg(filter));
    m_selection = new QRadioButton(tr("The selected log"));
    m_selection->setEnabled(haveSelection);
    m_filter->setChecked(true);

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("datasetFormat"));
    m_format->addItem(tr("OpenAI chat fine-tuning (JSONL)"),
                      int(DatasetWriter::Format::OpenAiChat));
    m_format->addItem(tr("Evaluation: input, expected output, feedback (JSONL)"),
                      int(DatasetWriter::Format::Eval));
    m_format->addItem(tr("CSV"), int(DatasetWriter::Format::Csv));
    connect(m_format, &QComboBox::currentIndexChanged, this, &DatasetDialog::updateSuffix);

    m_images = new QComboBox;
    m_images->addItem(tr("Inline, as data URLs"), int(DatasetWriter::Images::DataUrls));
    m_images->addItem(tr("As files in a folder beside the dataset"),
                      int(DatasetWriter::Images::Files));

    m_path = new QLineEdit(QDir::home().filePath(QStringLiteral("dataset.jsonl")));
    auto *browse = new QPushButton(tr("&Browse\u2026"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen
            = QFileDialog::getSaveFileName(this, tr("Save as Dataset"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *note = new QLabel(tr("Do-Not-Track logs have no content: they are never included, and "
                               "the summary says how many were left out."));
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *which = new QVBoxLayout;
    which->addWidget(m_filter);
    which->addWidget(m_selection);
    form->addRow(tr("Logs:"), which);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Images:"), m_images);
    form->addRow(tr("File:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

DatasetWriter::Format DatasetDialog::format() const
{
    return DatasetWriter::Format(m_format->currentData().toInt());
}

DatasetWriter::Images DatasetDialog::images() const
{
    return DatasetWriter::Images(m_images->currentData().toInt());
}

bool DatasetDialog::selectionOnly() const
{
    return m_selection->isChecked();
}

QString DatasetDialog::path() const
{
    return m_path->text();
}

void DatasetDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void DatasetDialog::updateSuffix()
{
    const QFileInfo info(m_path->text());
    const QString suffix
        = format() == DatasetWriter::Format::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
    if (info.suffix() == u"csv" || info.suffix() == u"jsonl")
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffix));
}
