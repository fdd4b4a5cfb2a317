// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QTextStream>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n'))
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

ChartPanel::ChartPanel(const QString &name, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_view(new QChartView(new QChart, this))
    , m_hover(new QLabel(this))
{
    setObjectName(name);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 190);
    m_hover->setObjectName(QStringLiteral("hoverLabel"));
    m_hover->setForegroundRole(QPalette::PlaceholderText);
    m_hover->setText(hint());
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *png = new QToolButton(this);
    png->setObjectName(QStringLiteral("exportPng"));
    png->setText(tr("PNG\u2026"));
    png->setToolTip(tr("Save this chart as a PNG image"));
    auto *csv = new QToolButton(this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    csv->setText(tr("CSV\u2026"));
    csv->setToolTip(tr("Save the data of this chart as CSV"));
    connect(png, &QToolButton::clicked, this, &ChartPanel::askExportPng);
    connect(csv, &QToolButton::clicked, this, &ChartPanel::askExportCsv);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(png);
    top->addWidget(csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hover);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_hover->setText(hint()); // the values of the old chart are gone with it
}

QString ChartPanel::hint()
{
    return tr("Point at a bar or a point for its values; click it to filter the list.");
}

void ChartPanel::setData(const QStringList &header, const QList<QStringList> &rows)
{
    m_header = header;
    m_rows = rows;
}

void ChartPanel::setHoverText(const QString &text)
{
    m_hover->setText(text);
    if (!text.isEmpty() && m_view->underMouse())
        QToolTip::showText(QCursor::pos(), text, m_view);
}

QString ChartPanel::hoverText() const
{
    return m_hover->text();
}

bool ChartPanel::exportPng(const QString &file) const
{
    return m_view->grab().save(file, "PNG");
}

bool ChartPanel::exportCsv(const QString &file) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream stream(&out);
    auto line = [&stream](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        stream << quoted.join(u',') << '\n';
    };
    line(m_header);
    for (const QStringList &row : m_rows)
        line(row);
    stream.flush();
    return out.commit();
}

void ChartPanel::askExportPng()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), name() + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (!file.isEmpty() && !exportPng(file))
        QMessageBox::warning(this, tr("Export Chart"), tr("Could not write %1.").arg(file));
}

void ChartPanel::askExportCsv()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Data"), name() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!file.isEmpty() && !exportCsv(file))
        QMessageBox::warning(this, tr("Export Data"), tr("Could not write %1.").arg(file));
}
