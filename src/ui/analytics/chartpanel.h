// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <functional>

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

    // The pointer over the plot, also between and beside bars too thin to hit: column(pos)
    // gives the bucket or category at a chart position (or -1), hover(index) its text and
    // click(index) acts on it when no bar or point took the click itself (see noteItemClicked).
    void setPointerHandlers(std::function<int(const QPointF &chartPos)> column,
                            std::function<QString(int index)> hover,
                            std::function<void(int index)> click);
    void noteItemClicked() { m_itemClicked = true; }

    bool exportPng(const QString &file) const;
    bool exportCsv(const QString &file) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static QString hint();
    void askExportPng();
    void askExportCsv();
    void showHover();
    void fitTimeAxes();
    int columnAt(const QPoint &viewportPos) const;

    QLabel *m_title;
    QChartView *m_view;
    QLabel *m_hover;
    QStringList m_header;
    QList<QStringList> m_rows;
    QString m_hoverText; // in full; the label shows it elided to the panel's width
    std::function<int(const QPointF &)> m_column;
    std::function<QString(int)> m_columnHover;
    std::function<void(int)> m_columnClick;
    int m_lastColumn = -1;
    bool m_itemClicked = false;
};
