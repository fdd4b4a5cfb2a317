// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

// File > Export Logs…: the logs of the list's filter to a Gatescope JSONL or CSV file, as
// `gatescope-cli export` writes them (core's Exporter). The export runs on a thread of its own
// with a connection of its own; the dialog shows its progress, and Cancel stops it (no half
// file is left: the Exporter writes to a temporary file).
class ExportLogsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportLogsDialog)

public:
    ExportLogsDialog(const QString &storeLocation, const QString &filter, qint64 matching,
                     QWidget *parent = nullptr);
    ~ExportLogsDialog() override;

    void setPath(const QString &path);
    QString path() const;
    void setFormat(Exporter::Format format);
    Exporter::Format format() const;
    void start(); // what the Export button does
    bool isRunning() const { return m_thread != nullptr; }
    QString resultText() const; // the last line the dialog shows
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void finished(qint64 written, const QString &path, const QString &error, bool cancelled);

protected:
    void reject() override; // Cancel: stops a running export first

private:
    void browse();
    void onProgress(qint64 done, qint64 total);
    void onFinished(qint64 written, const QString &error);
    void updateButtons();

    QString m_location;
    QString m_filter;
    QLabel *m_summary;
    QRadioButton *m_jsonl;
    QRadioButton *m_csv;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_closeText;
};
