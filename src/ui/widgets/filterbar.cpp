// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "store/filterparser.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_historyButton(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_checkTimer(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    m_edit->setPlaceholderText(
        tr("Filter: model:gpt-4o status:>=400 cache:hit user:alice \"exact phrase\" (Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_historyButton->setObjectName(QStringLiteral("filterHistory"));
    m_historyButton->setText(tr("History"));
    m_historyButton->setToolTip(tr("Filters used before (Up and Down in the bar)"));
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setMenu(new QMenu(m_historyButton));
    auto *apply = new QToolButton(this);
    apply->setText(tr("Apply"));
    apply->setToolTip(tr("Apply the filter (Enter)"));
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_completer->setModel(m_completions);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_edit, 1);
    row->addWidget(apply);
    row->addWidget(m_historyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(3);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible())
            this->apply();
    });
    connect(apply, &QToolButton::clicked, this, &FilterBar::apply);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_historyPos = -1;
        m_checkTimer->start();
        updateCompletions();
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button empties the bar: show everything again.
        if (text.isEmpty() && !m_applied.isEmpty())
            this->apply();
    });
    connect(m_checkTimer, &QTimer::timeout, this, &FilterBar::check);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &FilterBar::insertCompletion);
    connect(m_historyButton->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_historyButton->menu();
        menu->clear();
        if (m_history.isEmpty())
            menu->addAction(tr("No filters used yet"))->setEnabled(false);
        for (const QString &filter : std::as_const(m_history))
            menu->addAction(filter, this, [this, filter] { setFilter(filter); });
    });
}

void FilterBar::setHistory(const QStringList &history)
{
    m_history = history;
}

void FilterBar::setKnownValues(const QString &field, const QStringList &values)
{
    m_known.insert(field, values);
}

QString FilterBar::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void FilterBar::setFilter(const QString &filter)
{
    m_edit->setText(filter);
    apply();
}

void FilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FilterBar::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    QPalette palette = m_edit->palette();
    if (message.isEmpty()) {
        m_edit->setPalette(QPalette());
    } else {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        palette.setColor(QPalette::Base,
                         dark ? QColor(0x4a, 0x1f, 0x22) : QColor(0xfd, 0xe8, 0xe8));
        m_edit->setPalette(palette);
        QPalette errorPalette = m_error->palette();
        errorPalette.setColor(QPalette::WindowText,
                              dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
        m_error->setPalette(errorPalette);
    }
}

void FilterBar::check()
{
    const QString text = m_edit->text();
    const auto error = FilterParser::check(text);
    if (!error) {
        showError({});
        return;
    }
    const QString term = text.mid(error->position, qMax(1, error->length));
    showError(
        tr("%1 (at \u201c%2\u201d, column %3)").arg(error->message, term).arg(error->position + 1));
}

void FilterBar::apply()
{
    m_checkTimer->stop();
    const QString text = m_edit->text().trimmed();
    const auto error = FilterParser::check(text);
    if (error) {
        check();
        // Point at the bad term so it can be fixed where it is.
        m_edit->setSelection(error->position, qMax(1, error->length));
        return;
    }
    showError({});
    m_applied = text;
    if (!text.isEmpty()) {
        m_history.removeAll(text);
        m_history.prepend(text);
        while (m_history.size() > 30)
            m_history.removeLast();
        Q_EMIT historyChanged(m_history);
    }
    Q_EMIT filterApplied(text);
}

QPair<int, int> FilterBar::currentToken() const
{
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    int start = cursor;
    while (start > 0 && !text.at(start - 1).isSpace())
        --start;
    return {start, cursor - start};
}

void FilterBar::updateCompletions()
{
    const auto [start, length] = currentToken();
    QString token = m_edit->text().mid(start, length);
    QString negation;
    if (token.startsWith(QLatin1Char('-'))) {
        negation = QStringLiteral("-");
        token.remove(0, 1);
    }
    if (token.isEmpty() || token.startsWith(QLatin1Char('"'))) {
        m_completer->popup()->hide();
        return;
    }
    QStringList items;
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        for (const FilterFieldInfo &field : FilterParser::fields()) {
            const QString name = field.name.endsWith(QLatin1Char('.'))
                ? field.name
                : field.name + QLatin1Char(':');
            items << negation + name;
        }
    } else {
        const QString name = token.left(colon);
        QStringList values;
        if (const auto field = FilterParser::field(name))
            values = field->values;
        values += m_known.value(name.toLower());
        values.removeDuplicates();
        for (const QString &value : std::as_const(values)) {
            const bool quote = value.contains(QLatin1Char(' '));
            items << negation + name + QLatin1Char(':')
                    + (quote ? QLatin1Char('"') + value + QLatin1Char('"') : value);
        }
    }
    m_completions->setStringList(items);
    m_completer->setCompletionPrefix(negation + token);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion() == negation + token)) {
        m_completer->popup()->hide();
        return;
    }
    const int x = m_edit->fontMetrics().horizontalAdvance(m_edit->text().left(start)) + 6;
    QRect rect(x, 0, 0, m_edit->height());
    rect.setWidth(qMax(280, m_completer->popup()->sizeHintForColumn(0) + 30));
    m_completer->complete(rect);
}

void FilterBar::insertCompletion(const QString &completion)
{
    const auto [start, length] = currentToken();
    QString text = m_edit->text();
    text.replace(start, length, completion);
    m_edit->setText(text);
    m_edit->setCursorPosition(int(start + completion.size()));
    m_checkTimer->start();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && !m_completer->popup()->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && !m_history.isEmpty()) {
            m_historyPos += key->key() == Qt::Key_Up ? 1 : -1;
            m_historyPos = qBound(-1, m_historyPos, int(m_history.size()) - 1);
            m_edit->setText(m_historyPos < 0 ? m_applied : m_history.at(m_historyPos));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_error->isVisible() && m_edit->text() != m_applied) {
            m_edit->setText(m_applied);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
