// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontreemodel.h"

#include "displayformat.h"
#include "imageextractor.h"

#include <QGuiApplication>
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

void JsonTreeModel::setJson(const QByteArray &json)
{
    beginResetModel();
    m_json = json;
    m_root = std::make_unique<Node>();
    const qsizetype start = RawJson::skipSpace(json.constData(), json.size(), 0);
    const RawJson::Kind kind = RawJson::kindAt(json.constData(), json.size(), start);
    if (kind == RawJson::Kind::Object || kind == RawJson::Kind::Array) {
        m_root->kind = kind;
        m_root->begin = start;
        m_root->end = RawJson::valueEnd(json.constData(), json.size(), start);
    }
    m_images.clear();
    endResetModel();
}

void JsonTreeModel::setImages(const QHash<QString, QImage> &images)
{
    m_images = images;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int JsonTreeModel::childCount(Node *node) const
{
    if (node->kind != RawJson::Kind::Object && node->kind != RawJson::Kind::Array)
        return 0;
    populate(node);
    return int(node->children.size());
}

void JsonTreeModel::populate(Node *node) const
{
    if (node->populated)
        return;
    node->populated = true;
    const bool object = node->kind == RawJson::Kind::Object;
    if (!object && node->kind != RawJson::Kind::Array)
        return;
    const char *data = m_json.constData();
    const qsizetype end = node->end; // the closing bracket is at end - 1
    qsizetype pos = node->begin + 1;
    while (true) {
        pos = RawJson::skipSpace(data, end, pos);
        if (pos >= end || data[pos] == '}' || data[pos] == ']')
            break;
        auto child = std::make_unique<Node>();
        if (object) {
            const qsizetype keyEnd = RawJson::valueEnd(data, end, pos);
            child->key = RawJson::decodeString(data, pos, keyEnd);
            pos = RawJson::skipSpace(data, end, keyEnd);
            if (pos >= end || data[pos] != ':')
                break; // not JSON: show what came before
            pos = RawJson::skipSpace(data, end, pos + 1);
        } else {
            child->arrayIndex = int(node->children.size());
        }
        child->kind = RawJson::kindAt(data, end, pos);
        child->begin = pos;
        child->end = RawJson::valueEnd(data, end, pos);
        if (child->kind == RawJson::Kind::String)
            child->text = RawJson::decodeString(data, child->begin, child->end);
        else if (child->kind == RawJson::Kind::Number || child->kind == RawJson::Kind::Literal)
            child->text = QString::fromUtf8(data + child->begin, child->end - child->begin);
        child->parent = node;
        child->row = int(node->children.size());
        pos = child->end;
        node->children.push_back(std::move(child));
        pos = RawJson::skipSpace(data, end, pos);
        if (pos >= end || data[pos] != ',')
            break;
        ++pos;
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
    // Without reading the children: the tree asks this for every row it paints.
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->kind != RawJson::Kind::Object && node->kind != RawJson::Kind::Array)
        return false;
    return node->populated ? !node->children.empty()
                           : !RawJson::isEmptyContainer(m_json.constData(), node->end, node->begin);
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

RawJson::Kind JsonTreeModel::kind(const QModelIndex &index) const
{
    return nodeFor(index)->kind;
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (node->kind == RawJson::Kind::Object || node->kind == RawJson::Kind::Array)
        return QString::fromUtf8(m_json.constData() + node->begin, node->end - node->begin);
    return node->text;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Node *node = nodeFor(index);
    const RawJson::Kind kind = node->kind;
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
        if (kind == RawJson::Kind::Object)
            return tr("{%n key(s)}", nullptr, childCount(node));
        if (kind == RawJson::Kind::Array)
            return tr("[%n item(s)]", nullptr, childCount(node));
        if (kind == RawJson::Kind::String) {
            const QString &s = node->text;
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
        if (kind == RawJson::Kind::String) {
            const auto it = m_images.constFind(node->text);
            if (it != m_images.cend())
                return QPixmap::fromImage(
                    it->scaled(20, 20, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        }
        return {};
    case Qt::ToolTipRole:
        if (kind == RawJson::Kind::String && node->text.size() > MaxShownChars)
            return tr("%n character(s); Copy Value copies all of it", nullptr,
                      int(node->text.size()));
        return {};
    case Qt::ForegroundRole: {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (kind == RawJson::Kind::String)
            return dark ? QColor(0xa5, 0xd6, 0x8a) : QColor(0x1a, 0x7f, 0x37);
        if (kind == RawJson::Kind::Number)
            return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x00, 0x5c, 0xc5);
        if (kind == RawJson::Kind::Literal)
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
        if (node->kind == RawJson::Kind::String)
            return !ImageExtractor::looksLikeBase64(node->text)
                && node->text.contains(text, Qt::CaseInsensitive);
        return node->kind == RawJson::Kind::Number && node->text.contains(text);
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
