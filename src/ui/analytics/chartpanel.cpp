// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include "outputguard.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPixmap>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

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
    m_view->setMinimumSize(240, 190);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_hover->setObjectName(QStringLiteral("hoverLabel"));
    m_hover->setForegroundRole(QPalette::PlaceholderText);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Elided to the panel's width: a long value or translation never widens the window.
    m_hover->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hover->setMinimumWidth(0);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setToolTip(title);
    m_hoverText = hint();

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
    showHover();
}

QString ChartPanel::title() const
{
    return m_title->toolTip(); // in full; the label may show it elided
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
    fitTimeAxes();
    m_hoverText = hint(); // the values of the old chart are gone with it
    m_column = nullptr;
    m_columnHover = nullptr;
    m_columnClick = nullptr;
    m_lastColumn = -1;
    showHover();
}

void ChartPanel::setPointerHandlers(std::function<int(const QPointF &)> column,
                                    std::function<QString(int)> hover,
                                    std::function<void(int)> click)
{
    m_column = std::move(column);
    m_columnHover = std::move(hover);
    m_columnClick = std::move(click);
    m_lastColumn = -1;
}

int ChartPanel::columnAt(const QPoint &viewportPos) const
{
    QChart *chart = m_view->chart();
    if (!m_column || !chart)
        return -1;
    const QPointF pos = chart->mapFromScene(m_view->mapToScene(viewportPos));
    if (!chart->plotArea().contains(pos))
        return -1;
    return m_column(pos);
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            // Only when the column changes: over a bar, the bar's own (more precise) text,
            // set after this by the chart, stays while the pointer moves on it.
            const int column = columnAt(static_cast<QMouseEvent *>(event)->position().toPoint());
            if (column != m_lastColumn) {
                m_lastColumn = column;
                if (column >= 0 && m_columnHover)
                    setHoverText(m_columnHover(column));
            }
        } else if (event->type() == QEvent::Leave) {
            m_lastColumn = -1;
        } else if (event->type() == QEvent::MouseButtonPress
                   && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            // A bar or point under the pointer takes the click while the view handles this
            // event (noteItemClicked); only a click beside one goes to its column.
            const int column = columnAt(static_cast<QMouseEvent *>(event)->position().toPoint());
            m_itemClicked = false;
            if (column >= 0 && m_columnClick) {
                QTimer::singleShot(0, this, [this, column] {
                    if (!m_itemClicked && m_columnClick)
                        m_columnClick(column);
                });
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showHover();
    fitTimeAxes();
}

void ChartPanel::fitTimeAxes()
{
    // As many time labels as fit side by side (about 80 px each), never cut to "1…".
    QChart *chart = m_view->chart();
    if (!chart)
        return;
    const int ticks = std::clamp(m_view->width() / 80, 3, 7);
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (auto *time = qobject_cast<QDateTimeAxis *>(axis); time && time->tickCount() != ticks)
            time->setTickCount(ticks);
    }
}

void ChartPanel::showHover()
{
    const QString title = m_title->toolTip();
    m_title->setText(
        m_title->fontMetrics().elidedText(title, Qt::ElideRight, qMax(40, m_title->width())));
    const int width = qMax(40, m_hover->width());
    m_hover->setText(m_hover->fontMetrics().elidedText(m_hoverText, Qt::ElideRight, width));
    m_hover->setToolTip(m_hover->text() == m_hoverText ? QString() : m_hoverText);
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
    m_hoverText = text;
    showHover();
    if (!text.isEmpty() && m_view->underMouse())
        QToolTip::showText(QCursor::pos(), text, m_view);
}

QString ChartPanel::hoverText() const
{
    return m_hoverText;
}

bool ChartPanel::exportPng(const QString &file) const
{
    if (!OutputGuard::whyNotWrite(file).isEmpty())
        return false;
    return m_view->grab().save(file, "PNG");
}

bool ChartPanel::exportCsv(const QString &file) const
{
    if (!OutputGuard::whyNotWrite(file).isEmpty())
        return false;
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
