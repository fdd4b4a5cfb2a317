// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonview.h"

#include "displayformat.h"
#include "jsonhighlighter.h"
#include "jsonprinter.h"
#include "jsontreemodel.h"
#include "noticepanel.h"
#include "outputguard.h"
#include "rawjson.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_large(new QWidget(this))
    , m_largeLabel(new QLabel(m_large))
    , m_largePreview(new QPlainTextEdit(m_large))
    , m_notice(new NoticePanel(this))
    , m_search(new QLineEdit(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_toolbar = new QWidget(this);
    auto *rows = new QVBoxLayout(m_toolbar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    rows->addLayout(bar);
    m_rows = rows;
    auto button = [this, bar](const QString &text, const QString &tip, const char *name) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    m_treeButton = button(tr("Tree"), tr("Show the JSON as a tree"), "treeButton");
    m_rawButton = button(tr("Raw"), tr("Show the text"), "rawButton");
    m_treeButton->setCheckable(true);
    m_rawButton->setCheckable(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_treeButton);
    group->addButton(m_rawButton);
    m_treeButton->setChecked(true);
    bar->addSpacing(6);
    m_search->setObjectName(QStringLiteral("jsonSearch"));
    m_search->setPlaceholderText(tr("Find (Enter for next)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    bar->addWidget(m_search, 1);
    m_expandButton = button(tr("Expand All"), tr("Expand every node"), "expandButton");
    m_copyValueButton = button(tr("Copy Value"), tr("Copy the selected value"), "copyValueButton");
    m_copyPathButton
        = button(tr("Copy Path"), tr("Copy the selected node's path"), "copyPathButton");
    m_saveButton
        = button(tr("Save As\u2026"), tr("Save the body as it was recorded"), "saveButton");
    m_bar = bar;
    m_actionButtons = {m_expandButton, m_copyValueButton, m_copyPathButton, m_saveButton};

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(JsonTreeModel::Key, 200);
    m_tree->setFont(mono);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_raw->setReadOnly(true);
    m_raw->setFont(mono);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setObjectName(QStringLiteral("jsonRaw"));
    new JsonHighlighter(m_raw->document());

    auto *largeLayout = new QVBoxLayout(m_large);
    largeLayout->setContentsMargins(0, 0, 0, 0);
    m_largeLabel->setWordWrap(true);
    m_largeLabel->setObjectName(QStringLiteral("largeLabel"));
    auto *largeButtons = new QHBoxLayout;
    auto *openRaw = new QPushButton(tr("Open Raw"), m_large);
    openRaw->setObjectName(QStringLiteral("openRawButton"));
    auto *save = new QPushButton(tr("Save As\u2026"), m_large);
    largeButtons->addWidget(m_largeLabel, 1);
    largeButtons->addWidget(openRaw);
    largeButtons->addWidget(save);
    largeLayout->addLayout(largeButtons);
    m_largePreview->setReadOnly(true);
    m_largePreview->setFont(mono);
    m_largePreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_largePreview->document());
    largeLayout->addWidget(m_largePreview, 1);
    connect(openRaw, &QPushButton::clicked, this, &JsonView::showRaw);
    connect(save, &QPushButton::clicked, this, &JsonView::saveAs);

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_raw);
    m_stack->addWidget(m_large);
    m_stack->addWidget(m_notice);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_stack, 1);

    connect(m_treeButton, &QToolButton::clicked, this, &JsonView::showTree);
    connect(m_rawButton, &QToolButton::clicked, this, &JsonView::showRaw);
    connect(m_search, &QLineEdit::returnPressed, this, &JsonView::findNext);
    connect(m_expandButton, &QToolButton::clicked, this, &JsonView::expandAll);
    connect(m_copyValueButton, &QToolButton::clicked, this, &JsonView::copyValue);
    connect(m_copyPathButton, &QToolButton::clicked, this, &JsonView::copyPath);
    connect(m_saveButton, &QToolButton::clicked, this, &JsonView::saveAs);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_tree->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Copy Value"), this, &JsonView::copyValue);
        menu.addAction(tr("Copy Path"), this, &JsonView::copyPath);
        menu.addAction(tr("Expand All"), this, &JsonView::expandAll);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    setNotice(QString(), QString());
}

void JsonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layOutToolbar();
}

void JsonView::layOutToolbar()
{
    // One row when the search field has room for its hint next to every button; else the
    // buttons wrap onto as many rows below as they need, never squeezing the field to "Fi...".
    constexpr int Spacing = 4;
    const int hint = m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40;
    const int toggles
        = m_treeButton->sizeHint().width() + m_rawButton->sizeHint().width() + 6 + 3 * Spacing;
    int buttons = 0;
    for (QToolButton *b : std::as_const(m_actionButtons))
        buttons += b->sizeHint().width() + Spacing;
    QList<QList<QToolButton *>> rows;
    if (width() < toggles + hint + buttons) {
        int used = 0;
        for (QToolButton *b : std::as_const(m_actionButtons)) {
            const int w = b->sizeHint().width() + Spacing;
            if (rows.isEmpty() || (used + w > width() && used > 0)) {
                rows.append(QList<QToolButton *>());
                used = 0;
            }
            rows.last().append(b);
            used += w;
        }
    }
    if (rows == m_buttonRows)
        return;
    m_buttonRows = rows;
    for (QToolButton *b : std::as_const(m_actionButtons)) {
        m_bar->removeWidget(b);
        for (QHBoxLayout *row : std::as_const(m_extraRows))
            row->removeWidget(b);
    }
    qDeleteAll(m_extraRows);
    m_extraRows.clear();
    if (rows.isEmpty()) {
        for (QToolButton *b : std::as_const(m_actionButtons))
            m_bar->addWidget(b);
        return;
    }
    for (const QList<QToolButton *> &buttonsOfRow : std::as_const(rows)) {
        auto *row = new QHBoxLayout;
        row->setSpacing(Spacing);
        for (QToolButton *b : buttonsOfRow)
            row->addWidget(b);
        row->addStretch(1);
        m_rows->addLayout(row);
        m_extraRows.append(row);
    }
}

JsonView::Mode JsonView::mode() const
{
    if (m_stack->currentWidget() == m_tree)
        return Mode::Tree;
    if (m_stack->currentWidget() == m_raw)
        return Mode::Raw;
    if (m_stack->currentWidget() == m_large)
        return Mode::Large;
    return Mode::Notice;
}

void JsonView::setBody(const QByteArray &body, const QJsonValue &parsed,
                       const QHash<QString, QImage> &images, const QString &saveName)
{
    m_body = body;
    m_json = parsed;
    m_saveName = saveName;
    m_rawLoaded = false;
    m_raw->clear();
    // The tree reads the bytes themselves: key order and number text as received.
    m_model->setJson((parsed.isObject() || parsed.isArray()) && body.size() <= LargeBodyBytes
                         ? body
                         : QByteArray());
    m_model->setImages(images);
    m_toolbar->setVisible(true);
    if (body.isEmpty()) {
        setNotice(tr("No body recorded"), tr("The source did not include this body."));
        return;
    }
    if (body.size() > LargeBodyBytes) {
        showLargePreview();
    } else if (parsed.isObject() || parsed.isArray()) {
        if (m_rawButton->isChecked())
            showRaw();
        else
            showTree();
        if (m_model->rowCount() <= 40)
            m_tree->expandToDepth(1);
    } else {
        showRaw();
    }
    updateButtons();
}

void JsonView::setRawOnly(bool rawOnly)
{
    if (rawOnly)
        m_rawButton->setChecked(true);
}

void JsonView::setNotice(const QString &title, const QString &text)
{
    m_notice->setNotice(title, text);
    m_stack->setCurrentWidget(m_notice);
    m_toolbar->setVisible(false);
}

void JsonView::showLargePreview()
{
    m_largeLabel->setText(tr("This body is %1, too large to show as a tree. The preview shows "
                             "its beginning; Open Raw shows all of it as text.")
                              .arg(DisplayFormat::bytes(m_body.size())));
    constexpr qsizetype PreviewBytes = 64 * 1024;
    QString preview;
    if (looksLikeJson()) {
        // Indented as received, base64 runs shortened: a single-line body is no endless line.
        preview = JsonPrinter::printRaw(m_body, PreviewBytes);
    } else {
        preview = JsonPrinter::shortened(QString::fromUtf8(m_body.left(PreviewBytes)));
        if (m_body.size() > PreviewBytes)
            preview += QStringLiteral("\n\u2026");
    }
    m_largePreview->setPlainText(preview);
    m_stack->setCurrentWidget(m_large);
    updateButtons();
}

void JsonView::showTree()
{
    if (m_body.size() > LargeBodyBytes) {
        showLargePreview();
        return;
    }
    if (!(m_json.isObject() || m_json.isArray())) {
        showRaw();
        return;
    }
    m_treeButton->setChecked(true);
    m_stack->setCurrentWidget(m_tree);
    updateButtons();
}

void JsonView::showRaw()
{
    if (!m_rawLoaded) {
        m_rawLoaded = true;
        // The bytes as received: JSON re-indented (never re-ordered, numbers as written, base64
        // runs shortened), anything else as it is.
        m_raw->setPlainText(looksLikeJson() ? JsonPrinter::printRaw(m_body)
                                            : QString::fromUtf8(m_body));
    }
    m_rawButton->setChecked(true);
    m_stack->setCurrentWidget(m_raw);
    updateButtons();
}

bool JsonView::looksLikeJson() const
{
    if (m_json.isObject() || m_json.isArray())
        return true;
    // Above the gate the body may not have been parsed: trust its first character.
    if (m_body.size() <= LargeBodyBytes)
        return false;
    const qsizetype start = RawJson::skipSpace(m_body.constData(), m_body.size(), 0);
    const RawJson::Kind kind = RawJson::kindAt(m_body.constData(), m_body.size(), start);
    return kind == RawJson::Kind::Object || kind == RawJson::Kind::Array;
}

void JsonView::updateButtons()
{
    const bool tree = mode() == Mode::Tree;
    m_expandButton->setEnabled(tree);
    m_copyPathButton->setEnabled(tree);
    m_copyValueButton->setEnabled(tree || mode() == Mode::Raw);
    m_treeButton->setEnabled(m_json.isObject() || m_json.isArray()
                             || m_body.size() > LargeBodyBytes);
}

void JsonView::findNext()
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return;
    if (mode() == Mode::Tree) {
        const QModelIndex found = m_model->find(text, m_tree->currentIndex());
        if (found.isValid()) {
            m_tree->setCurrentIndex(found);
            m_tree->scrollTo(found);
        }
        return;
    }
    QPlainTextEdit *edit = mode() == Mode::Large ? m_largePreview : m_raw;
    if (!edit->find(text)) {
        edit->moveCursor(QTextCursor::Start);
        edit->find(text);
    }
}

void JsonView::copyValue()
{
    if (mode() == Mode::Raw) {
        // Nothing selected: the whole body as recorded, base64 runs and all.
        const QString selected = m_raw->textCursor().selectedText();
        QGuiApplication::clipboard()->setText(selected.isEmpty() ? QString::fromUtf8(m_body)
                                                                 : selected);
        return;
    }
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(m_model->valueText(index));
}

void JsonView::copyPath()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(m_model->path(index));
}

void JsonView::expandAll()
{
    if (mode() == Mode::Tree)
        m_tree->expandAll();
}

void JsonView::saveAs()
{
    if (m_body.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Body"), m_saveName);
    if (path.isEmpty())
        return;
    if (const QString why = OutputGuard::whyNotWrite(path); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Save Body"), tr("Could not write %1: %2").arg(path, why));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_body) != m_body.size())
        QMessageBox::warning(this, tr("Save Body"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
}
