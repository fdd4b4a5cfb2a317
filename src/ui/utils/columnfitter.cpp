// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnfitter.h"

#include "displayformat.h"
#include "logtablemodel.h"
#include "record/recordenums.h"
#include "statuschip.h"
#include "statusdelegate.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace {
constexpr int CellPadding = 12; // the style's text margins on both sides, and a little air
constexpr int HeaderPadding = 20; // the header's margins; its sort arrow may then elide it
} // namespace

ColumnFitter::ColumnFitter(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    table->viewport()->installEventFilter(this);
    QHeaderView *header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this,
            [this, header](int logical, int oldSize, int newSize) {
                if (m_fitting)
                    return;
                // A column shown or hidden (View > Columns): Model takes up the difference.
                if (oldSize == 0 || newSize == 0) {
                    QTimer::singleShot(0, this, &ColumnFitter::fit);
                    return;
                }
                // A column the user drags; the stretched last column follows the view itself.
                if ((QGuiApplication::mouseButtons() & Qt::LeftButton)
                    && header->visualIndex(logical) != header->count() - 1)
                    m_customized = true;
            });
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFitter::fit);
}

void ColumnFitter::setCustomized(bool customized)
{
    m_customized = customized;
    fit();
}

int ColumnFitter::contentWidth(int column) const
{
    const QFontMetrics metrics(m_table->font());
    const QAbstractItemModel *model = m_table->model();
    auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width + CellPadding;
    };
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    const int header = model
        ? headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString())
            + HeaderPadding
        : 0;
    const QLocale locale;
    int content = 0;
    switch (column) {
    case LogTableModel::Time:
        content = widest({QStringLiteral("2026-12-28 20:08:58"), DisplayFormat::unknown()});
        break;
    case LogTableModel::Type: {
        QStringList names {DisplayFormat::unknown()};
        for (RequestType type : {RequestType::Chat, RequestType::Completion, RequestType::Embedding,
                                 RequestType::Image, RequestType::Audio, RequestType::Responses,
                                 RequestType::Messages})
            names << RecordEnums::requestTypeName(type);
        content = widest(names);
        break;
    }
    case LogTableModel::Model:
        return MinModelWidth;
    case LogTableModel::Images:
        content = 52; // one thumbnail and "+2"
        break;
    case LogTableModel::Tokens:
        content = widest({DisplayFormat::unknown(), locale.toString(88888)});
        break;
    case LogTableModel::Cost:
        content
            = widest({DisplayFormat::cost(0.0001, {}, false), DisplayFormat::cost(0.888, {}, false),
                      DisplayFormat::cost(8888, {}, false), DisplayFormat::unknown()});
        break;
    case LogTableModel::Latency:
        content = widest({DisplayFormat::milliseconds(8888), DisplayFormat::milliseconds(88888),
                          DisplayFormat::unknown()});
        break;
    case LogTableModel::Status: {
        // The HTTP status and the longest common chip, or the first ones and a "+N".
        LogRecord sample;
        sample.statusCode = 200;
        sample.cache = CacheState::Miss;
        QList<StatusChip> chips = StatusChip::forRecord(sample).first(2);
        chips.append({QStringLiteral("+2"), {}, {}});
        // Long translations ("Cache-Fehlschlag") would crowd out Model: such rows show "+N".
        content = qMin(StatusDelegate::widthFor(chips, StatusDelegate::chipFont(m_table->font())),
                       metrics.horizontalAdvance(QLatin1Char('0')) * 22);
        break;
    }
    case LogTableModel::Feedback:
        content = widest({QStringLiteral("2 \u00b7 -1:0.35 +7:1")});
        break;
    case LogTableModel::Trace:
        content = widest({QStringLiteral("4e384b8a-8cf1")});
        break;
    default:
        break;
    }
    return qMax(content, header);
}

void ColumnFitter::fit()
{
    if (m_customized || !m_table->model())
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == LogTableModel::Model)
            continue;
        const int width = contentWidth(column);
        if (header->sectionSize(column) != width && !header->isSectionHidden(column))
            m_table->setColumnWidth(column, width);
        if (!header->isSectionHidden(column))
            others += width;
    }
    const int model = qMax(int(MinModelWidth), m_table->viewport()->width() - others);
    if (header->sectionSize(LogTableModel::Model) != model)
        m_table->setColumnWidth(LogTableModel::Model, model);
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}
