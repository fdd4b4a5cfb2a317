// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

// One analytics chart with its title, a line that repeats what the pointer is over, and Export
// PNG / CSV buttons. The CSV is the data the chart was drawn from, not a scrape of the chart.
class ChartPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(const QString &name, const QString &title, QWidget *parent = nullptr);

    QString name() const { return objectName(); } // file-name friendly, e.g. "requests"
    QString title() const;
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    // Replaces the chart (the panel owns it from now on).
    void setChart(QChart *chart);
    void setData(const QStringList &header, const QList<QStringList> &rows);
    QStringList csvHeader() const { return m_header; }
    QList<QStringList> csvRows() const { return m_rows; }

    void setHoverText(const QString &text); // also shows it as a tooltip at the pointer
    QString hoverText() const;

    bool exportPng(const QString &file) const;
    bool exportCsv(const QString &file) const;

private:
    static QString hint();
    void askExportPng();
    void askExportCsv();

    QLabel *m_title;
    QChartView *m_view;
    QLabel *m_hover;
    QStringList m_header;
    QList<QStringList> m_rows;
};
