// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlogsdialog.h"

#include "store/logstore.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

#include <limits>

ExportLogsDialog::ExportLogsDialog(const QString &storeLocation, const QString &filter,
                                   qint64 matching, QWidget *parent)
    : QDialog(parent)
    , m_location(storeLocation)
    , m_filter(filter.trimmed())
    , m_summary(new QLabel(this))
    , m_jsonl(new QRadioButton(tr("&Gatescope JSONL (every field and the bodies; imports back "
                                  "unchanged)"),
                               this))
    , m_csv(new QRadioButton(tr("&CSV (the columns of Portkey's export, for spreadsheets)"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("exportLogsDialog"));
    setWindowTitle(tr("Export Logs"));
    const int n = int(qMin<qint64>(matching, std::numeric_limits<int>::max()));
    m_summary->setText(m_filter.isEmpty()
                           ? tr("All %Ln logs of this store.", nullptr, n)
                           : tr("The %Ln logs that match the filter %1", nullptr, n)
                                 .arg(QStringLiteral("<tt>%1</tt>").arg(m_filter.toHtmlEscaped())));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_jsonl->setObjectName(QStringLiteral("formatJsonl"));
    m_csv->setObjectName(QStringLiteral("formatCsv"));
    m_jsonl->setChecked(true);
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_jsonl);
    formats->addButton(m_csv);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setText(QDir::home().filePath(QStringLiteral("gatescope-export.jsonl")));
    m_path->setMinimumWidth(320);
    // The suffix follows the format while it is the other format's.
    connect(formats, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on)
            return;
        const QString path = m_path->text();
        const QString wanted
            = format() == Exporter::Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl");
        const QString other
            = format() == Exporter::Format::Csv ? QStringLiteral(".jsonl") : QStringLiteral(".csv");
        if (path.endsWith(other, Qt::CaseInsensitive))
            m_path->setText(path.chopped(other.size()) + wanted);
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportLogsDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportLogsDialog::updateButtons);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_export, &QPushButton::clicked, this, &ExportLogsDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportLogsDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *formatBox = new QVBoxLayout;
    formatBox->addWidget(m_jsonl);
    formatBox->addWidget(m_csv);
    form->addRow(tr("Format:"), formatBox);
    form->addRow(tr("File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    updateButtons();
}

ExportLogsDialog::~ExportLogsDialog()
{
    if (m_thread) {
        *m_cancel = true;
        m_thread->wait();
    }
}

void ExportLogsDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportLogsDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportLogsDialog::setFormat(Exporter::Format format)
{
    (format == Exporter::Format::Csv ? m_csv : m_jsonl)->setChecked(true);
}

Exporter::Format ExportLogsDialog::format() const
{
    return m_csv->isChecked() ? Exporter::Format::Csv : Exporter::Format::Gatescope;
}

QString ExportLogsDialog::resultText() const
{
    return m_result->text();
}

void ExportLogsDialog::browse()
{
    const bool csv = format() == Exporter::Format::Csv;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Logs"), path(),
                                                      csv ? tr("CSV files (*.csv)")
                                                          : tr("Gatescope JSONL (*.jsonl)"));
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

void ExportLogsDialog::updateButtons()
{
    const bool running = isRunning();
    m_export->setEnabled(!running && !path().isEmpty());
    m_jsonl->setEnabled(!running);
    m_csv->setEnabled(!running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    // Close in Qt's own words (translated with Qt), Cancel Export while one runs.
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    if (m_closeText.isEmpty())
        m_closeText = close->text();
    close->setText(running ? tr("Cancel Export") : m_closeText);
}

void ExportLogsDialog::start()
{
    if (isRunning() || path().isEmpty())
        return;
    const QString file = QDir::fromNativeSeparators(path());
    const QFileInfo info(file);
    if (info.isDir() || !info.absoluteDir().exists()) {
        m_result->setText(tr("Choose a file in a folder that exists."));
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_result->setText(tr("Exporting\u2026"));
    const QString location = m_location;
    const QString filter = m_filter;
    const Exporter::Format chosen = format();
    auto cancel = m_cancel;
    QPointer<ExportLogsDialog> self(this);
    // A connection of its own on its own thread: the list and its worker stay responsive.
    m_thread = QThread::create([self, location, filter, chosen, file, cancel] {
        QString error;
        qint64 written = -1;
        std::unique_ptr<LogStore> store = LogStore::open(location, &error);
        if (store) {
            Exporter exporter(*store);
            exporter.setCancelFlag(cancel.get());
            int shown = -1; // a percent at most once: the UI thread is not flooded
            exporter.setProgressHandler([self, &shown](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(100 * done / total) : 0;
                if (percent == shown)
                    return;
                shown = percent;
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self)
                        self->onProgress(done, total);
                });
            });
            written = exporter.exportTo(file, filter, chosen, &error);
        }
        QMetaObject::invokeMethod(self, [self, written, error] {
            if (self)
                self->onFinished(written, error);
        });
    });
    m_thread->setObjectName(QStringLiteral("gatescope-export"));
    m_thread->start();
    updateButtons();
}

void ExportLogsDialog::onProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(100 * done / total) : 0);
    m_result->setText(
        tr("Exported %1 of %2\u2026").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ExportLogsDialog::onFinished(qint64 written, const QString &error)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    const bool cancelled = written < 0 && m_cancel && m_cancel->load();
    const QString file = path();
    if (written >= 0) {
        m_progress->setValue(100);
        m_result->setText(tr("Exported %Ln logs to %1.", nullptr, int(written)).arg(file));
    } else if (cancelled) {
        m_progress->setVisible(false);
        m_result->setText(tr("Export cancelled; no file was written."));
    } else {
        m_progress->setVisible(false);
        m_result->setText(tr("The export failed: %1").arg(error));
    }
    updateButtons();
    Q_EMIT finished(written, file, error, cancelled);
}

void ExportLogsDialog::reject()
{
    if (isRunning()) {
        *m_cancel = true; // onFinished() says so; the dialog stays to show it
        return;
    }
    QDialog::reject();
}
