// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetwriter.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

// File > Save as Dataset: which logs (the current filter, or the selected log), the format
// (OpenAI chat fine-tuning JSONL, evaluation JSONL, CSV), images inline or as files, and where.
class DatasetDialog : public QDialog
{
    Q_OBJECT

public:
    DatasetDialog(const QString &filter, qint64 filterCount, bool haveSelection,
                  QWidget *parent = nullptr);

    DatasetWriter::Format format() const;
    DatasetWriter::Images images() const;
    bool selectionOnly() const;
    QString path() const;
    void setPath(const QString &path);

private:
    void updateSuffix();

    QRadioButton *m_filter = nullptr;
    QRadioButton *m_selection = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_images = nullptr;
    QLineEdit *m_path = nullptr;
};
