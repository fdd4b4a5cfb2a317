// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace {

constexpr int CapPadding = 6;
constexpr int CapGap = 4;

// Key caps side by side: a rounded key per name, a thin "+" between the keys of one shortcut
// and a comma between alternatives.
QPixmap capsPixmap(const QList<QStringList> &shortcuts, const QFont &font, const QPalette &palette,
                   qreal dpr)
{
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 6;
    int width = 0;
    for (int s = 0; s < shortcuts.size(); ++s) {
        if (s > 0)
            width += metrics.horizontalAdvance(QStringLiteral(", "));
        for (int k = 0; k < shortcuts.at(s).size(); ++k) {
            if (k > 0)
                width += metrics.horizontalAdvance(QLatin1Char('+')) + 2 * CapGap;
            width
                += qMax(metrics.horizontalAdvance(shortcuts.at(s).at(k)) + 2 * CapPadding, height);
        }
    }
    QPixmap pixmap(QSize(qMax(width, 1), height + 2) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QColor face = palette.color(QPalette::Button);
    const QColor edge = palette.color(QPalette::Mid);
    const QColor text = palette.color(QPalette::ButtonText);
    const QColor dim = palette.color(QPalette::PlaceholderText);
    int x = 0;
    for (int s = 0; s < shortcuts.size(); ++s) {
        if (s > 0) {
            const int comma = metrics.horizontalAdvance(QStringLiteral(", "));
            painter.setPen(dim);
            painter.drawText(QRect(x, 0, comma, height), Qt::AlignCenter, QStringLiteral(","));
            x += comma;
        }
        for (int k = 0; k < shortcuts.at(s).size(); ++k) {
            if (k > 0) {
                const int plus = metrics.horizontalAdvance(QLatin1Char('+')) + 2 * CapGap;
                painter.setPen(dim);
                painter.drawText(QRect(x, 0, plus, height), Qt::AlignCenter, QStringLiteral("+"));
                x += plus;
            }
            const QString &name = shortcuts.at(s).at(k);
            const int w = qMax(metrics.horizontalAdvance(name) + 2 * CapPadding, height);
            const QRectF cap = QRectF(x, 0, w, height).adjusted(0.5, 0.5, -0.5, -0.5);
            QPainterPath path;
            path.addRoundedRect(cap, 4, 4);
            painter.fillPath(path, face);
            painter.setPen(QPen(edge, 1));
            painter.drawPath(path);
            // A darker lower edge: reads as a key.
            painter.drawLine(QPointF(cap.left() + 3, cap.bottom() + 1),
                             QPointF(cap.right() - 3, cap.bottom() + 1));
            painter.setPen(text);
            painter.drawText(cap, Qt::AlignCenter, name);
            x += w;
        }
    }
    return pixmap;
}

QString actionText(const QAction *action)
{
    QString text = action->text();
    // Japanese and Chinese mark the mnemonic after the text: "ストアを開く(&S)…".
    text.remove(QRegularExpression(QStringLiteral("\\s*\\(&[^&]\\)")));
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("\u2026")))
        text.chop(1);
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setShowGrid(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    std::function<void(QMenu *, const QString &)> addMenu = [&](QMenu *menu, const QString &title) {
        bool sectionAdded = false;
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                addMenu(action->menu(),
                        title + QStringLiteral(" \u203a ")
                            + actionText(action->menu()->menuAction()));
                continue;
            }
            if (action->shortcuts().isEmpty() || action->isSeparator())
                continue;
            if (!sectionAdded) {
                addSection(title);
                sectionAdded = true;
            }
            addRow(action->shortcuts(), actionText(action));
        }
    };
    for (QMenu *menu : menus)
        addMenu(menu, actionText(menu->menuAction()));

    // Keys of the filter bar that no menu shows.
    addSection(tr("Filter bar"));
    addRow({QKeySequence(Qt::Key_Return)}, tr("Apply the filter"));
    addRow({QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)},
           tr("Earlier and later filters from the history"));
    addRow({QKeySequence(Qt::Key_Escape)}, tr("Back to the filter that is applied"));

    m_table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

QStringList ShortcutsDialog::keyNames(const QKeySequence &key)
{
    const QString text = key.toString(QKeySequence::NativeText);
    QStringList names = text.split(QLatin1Char('+'));
    // "Ctrl++": the key itself is a plus.
    if (text.endsWith(QStringLiteral("++"))) {
        names.removeAll(QString());
        names.append(QStringLiteral("+"));
    }
    names.removeAll(QString());
    return names;
}

void ShortcutsDialog::addSection(const QString &title)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(title);
    QFont bold = font();
    bold.setBold(true);
    item->setFont(bold);
    m_table->setItem(row, 0, item);
    m_table->setSpan(row, 0, 1, 2);
}

void ShortcutsDialog::addRow(const QList<QKeySequence> &keys, const QString &action)
{
    QList<QStringList> caps;
    QStringList spoken;
    for (const QKeySequence &key : keys) {
        caps.append(keyNames(key));
        spoken.append(key.toString(QKeySequence::NativeText));
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *label = new QLabel;
    label->setPixmap(capsPixmap(caps, font(), palette(), devicePixelRatioF()));
    label->setContentsMargins(12, 3, 8, 3);
    label->setToolTip(spoken.join(QStringLiteral(", ")));
    m_table->setCellWidget(row, 0, label);
    // The keys as text too: for screen readers, search and tests.
    auto *keysItem = new QTableWidgetItem;
    keysItem->setData(Qt::UserRole, spoken);
    m_table->setItem(row, 0, keysItem);
    m_table->setItem(row, 1, new QTableWidgetItem(action));
}
