// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawjson.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QHash>
#include <QImage>

#include <memory>
#include <vector>

// A JSON document as a tree whose children are read from the text only when a view opens them,
// so a large body costs what is shown. Keys keep the order they were received in and numbers
// their own text (RawJson), never a double's re-formatting. Long base64 strings show as one chip
// ("image/png, 245 KB") or the image itself, never as a million characters. Copy value / copy path
// work on any node.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { Key, Value, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, FullValueRole };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // The text of a JSON object or array as received (anything else shows an empty tree).
    void setJson(const QByteArray &json);
    // Decoded previews of inline images, keyed by the JSON string they came from.
    void setImages(const QHash<QString, QImage> &images);
    QByteArray json() const { return m_json; }

    QString path(const QModelIndex &index) const; // "$.messages[0].content"
    // A string's text, a number's or literal's token, an object's or array's text as received.
    QString valueText(const QModelIndex &index) const;
    RawJson::Kind kind(const QModelIndex &index) const;
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
        RawJson::Kind kind = RawJson::Kind::Invalid;
        QString text; // a string's decoded text, a number's or literal's token
        qsizetype begin = 0, end = 0; // the value's bytes in m_json
        Node *parent = nullptr;
        int row = 0;
        bool populated = false;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeFor(const QModelIndex &index) const;
    void populate(Node *node) const;
    int childCount(Node *node) const;
    QModelIndex indexFor(Node *node) const;

    QByteArray m_json;
    std::unique_ptr<Node> m_root;
    QHash<QString, QImage> m_images;
};
