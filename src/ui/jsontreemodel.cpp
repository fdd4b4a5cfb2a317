// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontreemodel.h"

#include "displayformat.h"
#include "imageextractor.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QPixmap>

namespace {
constexpr int MaxShownChars = 300;
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &root)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value = root;
    m_images.clear();
    endResetModel();
}

void JsonTreeModel::setImages(const QHash<QString, QImage> &images)
{
    m_images = images;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QJsonValue JsonTreeModel::json() const
{
    return m_root->value;
}

int JsonTreeModel::childCount(const Node *node)
{
    if (node->value.isObject())
        return int(node->value.toObject().size());
    if (node->value.isArray())
        return int(node->value.toArray().size());
    return 0;
}

void JsonTreeModel::populate(Node *node)
{
    if (node->populated)
        return;
    node->populated = true;
    auto add = [node](const QString &key, int arrayIndex, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->arrayIndex = arrayIndex;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), -1, it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(array.size());
        for (int i = 0; i < array.size(); ++i)
            add(QString(), i, array.at(i));
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexFor(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= childCount(node))
        return {};
    populate(node);
    return createIndex(row, column, node->children.at(row).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return indexFor(nodeFor(index)->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return childCount(nodeFor(parent));
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::summary(const QString &string)
{
    const qsizetype comma
        = string.startsWith(QLatin1String("data:")) ? string.indexOf(QLatin1Char(',')) : -1;
    const qint64 decoded = (string.size() - comma - 1) * 3 / 4;
    if (comma > 0) {
        const QString mime = string.mid(5, string.indexOf(QLatin1Char(';')) - 5);
        return tr("\u2039%1, %2 base64\u203a").arg(mime, DisplayFormat::bytes(decoded));
    }
    // Literal characters: lupdate 6.4 reads more than four hex digits after \u ("\u2039ba").
    return tr("‹base64, %1›").arg(DisplayFormat::bytes(decoded));
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    QStringList parts;
    for (const Node *node = nodeFor(index); node && node != m_root.get(); node = node->parent) {
        if (node->arrayIndex >= 0)
            parts.prepend(QStringLiteral("[%1]").arg(node->arrayIndex));
        else if (node->key.contains(QLatin1Char('.')) || node->key.contains(QLatin1Char(' ')))
            parts.prepend(QStringLiteral("[\"%1\"]").arg(node->key));
        else
            parts.prepend(QLatin1Char('.') + node->key);
    }
    return QString(QLatin1Char('$') + parts.join(QString()));
}

QJsonValue JsonTreeModel::value(const QModelIndex &index) const
{
    return nodeFor(index)->value;
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    const QJsonValue v = value(index);
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const QJsonValue &v = node->value;
    if (role == PathRole)
        return path(index);
    if (role == FullValueRole)
        return valueText(index);
    if (index.column() == Key) {
        if (role == Qt::DisplayRole)
            return node->arrayIndex >= 0 ? QStringLiteral("[%1]").arg(node->arrayIndex) : node->key;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (v.isObject())
            return tr("{%n key(s)}", nullptr, int(v.toObject().size()));
        if (v.isArray())
            return tr("[%n item(s)]", nullptr, int(v.toArray().size()));
        if (v.isString()) {
            const QString s = v.toString();
            if (ImageExtractor::looksLikeBase64(s))
                return summary(s);
            QString shown = s.size() > MaxShownChars
                ? QString(s.left(MaxShownChars) + QStringLiteral("\u2026"))
                : s;
            shown.replace(QLatin1Char('\n'), QStringLiteral("\u21b5"));
            return QString(QLatin1Char('"') + shown + QLatin1Char('"'));
        }
        return valueText(index);
    case Qt::DecorationRole:
        if (v.isString()) {
            const auto it = m_images.constFind(v.toString());
            if (it != m_images.cend())
                return QPixmap::fromImage(
                    it->scaled(20, 20, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        }
        return {};
    case Qt::ToolTipRole:
        if (v.isString() && v.toString().size() > MaxShownChars)
            return tr("%n character(s); Copy Value copies all of it", nullptr,
                      int(v.toString().size()));
        return {};
    case Qt::ForegroundRole: {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (v.isString())
            return dark ? QColor(0xa5, 0xd6, 0x8a) : QColor(0x1a, 0x7f, 0x37);
        if (v.isDouble())
            return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x00, 0x5c, 0xc5);
        if (v.isBool() || v.isNull())
            return dark ? QColor(0xf6, 0x9d, 0x50) : QColor(0xb3, 0x50, 0x00);
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    }
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Key ? tr("Key") : tr("Value");
}

QModelIndex JsonTreeModel::find(const QString &text, const QModelIndex &from)
{
    if (text.isEmpty())
        return {};
    auto matches = [&text](const Node *node) {
        if (node->key.contains(text, Qt::CaseInsensitive))
            return true;
        if (node->value.isString()) {
            const QString s = node->value.toString();
            return !ImageExtractor::looksLikeBase64(s) && s.contains(text, Qt::CaseInsensitive);
        }
        if (node->value.isDouble())
            return QString::number(node->value.toDouble(), 'g', 17).contains(text);
        return false;
    };
    // Depth-first successor, populating as it goes.
    auto next = [this](Node *node) -> Node * {
        if (childCount(node) > 0) {
            populate(node);
            return node->children.front().get();
        }
        while (node && node != m_root.get()) {
            Node *parent = node->parent;
            if (node->row + 1 < int(parent->children.size()))
                return parent->children.at(node->row + 1).get();
            node = parent;
        }
        return nullptr; // wrapped past the end
    };
    Node *start = nodeFor(from);
    Node *node = next(start);
    for (int guard = 0; guard < 5'000'000; ++guard) {
        if (!node)
            node = next(m_root.get());
        if (!node || node == start) {
            if (node && matches(node) && from.isValid())
                return createIndex(node->row, 0, node);
            return {};
        }
        if (matches(node))
            return createIndex(node->row, 0, node);
        node = next(node);
    }
    return {};
}
