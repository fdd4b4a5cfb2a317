// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QJsonValue>
#include <QWidget>

class JsonTreeModel;
class NoticePanel;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;

// A body as a JSON tree (lazy children) or as highlighted raw text, with search, copy value,
// copy path and expand all. Both show the bytes as received: key order, numbers and escapes
// as written (RawJson), the raw text only re-indented. Size-gated: above LargeBodyBytes only a
// preview is shown, with "Open raw" and "Save as", so a 10 MB body opens at once.
class JsonView : public QWidget
{
    Q_OBJECT

public:
    static constexpr qsizetype LargeBodyBytes = 2 * 1024 * 1024;

    explicit JsonView(QWidget *parent = nullptr);

    // body: the bytes as stored; parsed: the same bytes parsed (in a worker), which says whether
    // they are JSON (what is shown comes from body); images: decoded previews keyed by their
    // JSON string.
    void setBody(const QByteArray &body, const QJsonValue &parsed,
                 const QHash<QString, QImage> &images, const QString &saveName);
    void setNotice(const QString &title, const QString &text);
    void setRawOnly(bool rawOnly); // Source tab: text first

    enum class Mode { Tree, Raw, Large, Notice };
    Mode mode() const;
    JsonTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPlainTextEdit *rawEdit() const { return m_raw; }
    NoticePanel *notice() const { return m_notice; }

public Q_SLOTS:
    void showTree();
    void showRaw();
    void findNext();
    void copyValue();
    void copyPath();
    void expandAll();
    void saveAs();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layOutToolbar();
    void showLargePreview();
    bool looksLikeJson() const;
    void updateButtons();

    QByteArray m_body;
    QJsonValue m_json;
    QString m_saveName;
    bool m_rawLoaded = false;
    JsonTreeModel *m_model;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QPlainTextEdit *m_raw;
    QWidget *m_large;
    QLabel *m_largeLabel;
    QPlainTextEdit *m_largePreview;
    NoticePanel *m_notice;
    QLineEdit *m_search;
    QToolButton *m_treeButton;
    QToolButton *m_rawButton;
    QToolButton *m_expandButton;
    QToolButton *m_copyValueButton;
    QToolButton *m_copyPathButton;
    QToolButton *m_saveButton;
    QWidget *m_toolbar;
    QVBoxLayout *m_rows; // the toolbar's rows
    QHBoxLayout *m_bar; // Tree, Raw, the search field (and the buttons when there is room)
    QList<QHBoxLayout *> m_extraRows; // the buttons' own rows when the view is narrow
    QList<QToolButton *> m_actionButtons; // Expand All, Copy Value, Copy Path, Save As
    QList<QList<QToolButton *>> m_buttonRows; // how they are laid out now (empty: in m_bar)
};
