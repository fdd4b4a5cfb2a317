// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QImage>
#include <QJsonValue>

#include <memory>
#include <vector>

// A JSON document as a tree whose children are made only when a view opens them, so a large
// body costs what is shown. Long base64 strings show as one chip ("image/png, 245 KB") or the
// image itself, never as a million characters. Copy value / copy path work on any node.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { Key, Value, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, FullValueRole };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setJson(const QJsonValue &root);
    // Decoded previews of inline images, keyed by the JSON string they came from.
    void setImages(const QHash<QString, QImage> &images);
    QJsonValue json() const;

    QString path(const QModelIndex &index) const; // "$.messages[0].content"
    QString valueText(const QModelIndex &index) const; // a string's text, or compact JSON
    QJsonValue value(const QModelIndex &index) const;
    // The next node after `from` (depth first, wrapping) whose key or value contains text.
    QModelIndex find(const QString &text, const QModelIndex &from);
    static QString summary(const QString &string); // the chip text of a long base64 string

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key; // object key, or empty for array items
        int arrayIndex = -1;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        bool populated = false;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeFor(const QModelIndex &index) const;
    static void populate(Node *node);
    static int childCount(const Node *node);
    QModelIndex indexFor(Node *node) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, QImage> m_images;
};
