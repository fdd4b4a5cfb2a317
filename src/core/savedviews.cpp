// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviews.h"

#include "deeplink.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SavedViews", text);
}

struct SortName
{
    SortColumn sort;
    const char *name;
};

constexpr SortName kSortNames[] = {
    {SortColumn::Time, "time"}, {SortColumn::Model, "model"},       {SortColumn::Tokens, "tokens"},
    {SortColumn::Cost, "cost"}, {SortColumn::Latency, "latency"},   {SortColumn::Status, "status"},
    {SortColumn::Type, "type"}, {SortColumn::Feedback, "feedback"}, {SortColumn::Images, "images"},
};

QString nameOf(const QJsonValue &view)
{
    return view.toObject().value(QLatin1String("name")).toString();
}

qsizetype indexOf(const QJsonArray &views, const QString &name)
{
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (nameOf(views.at(i)).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

QString SavedView::sortName(SortColumn sort)
{
    for (const SortName &s : kSortNames) {
        if (s.sort == sort)
            return QLatin1String(s.name);
    }
    return QStringLiteral("time");
}

std::optional<SortColumn> SavedView::sortFromName(const QString &name)
{
    for (const SortName &s : kSortNames) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.sort;
    }
    return std::nullopt;
}

QStringList SavedView::sortNames()
{
    QStringList names;
    for (const SortName &s : kSortNames)
        names << QLatin1String(s.name);
    return names;
}

QString SavedView::sortText() const
{
    return sortName(sort) + (descending ? QLatin1String(":desc") : QLatin1String(":asc"));
}

bool SavedView::parseSort(const QString &text, SortColumn *sort, bool *descending)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() > 2)
        return false;
    const auto column = sortFromName(parts.constFirst());
    if (!column)
        return false;
    bool desc = *column == SortColumn::Time; // newest first; other columns smallest first
    if (parts.size() == 2) {
        if (parts.at(1).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0)
            desc = true;
        else if (parts.at(1).compare(QLatin1String("asc"), Qt::CaseInsensitive) == 0)
            desc = false;
        else
            return false;
    }
    *sort = *column;
    *descending = desc;
    return true;
}

bool SavedView::isValidColumnName(const QString &column)
{
    if (column.isEmpty() || column.size() > 32 || !(column.at(0) >= u'a' && column.at(0) <= u'z'))
        return false;
    return std::all_of(column.cbegin(), column.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

QJsonObject SavedView::toJson() const
{
    QJsonObject o {
        {QStringLiteral("name"), name},
        {QStringLiteral("filter"), filter},
        {QStringLiteral("sort"), sortName(sort)},
        {QStringLiteral("order"), descending ? QStringLiteral("desc") : QStringLiteral("asc")}};
    if (!columns.isEmpty())
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    return o;
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<SavedView> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    SavedView view;
    view.name = json.value(QLatin1String("name")).toString();
    view.filter = json.value(QLatin1String("filter")).toString();
    if (view.name.isEmpty())
        return fail(tr("a saved view has no name"));
    const QString sort = json.value(QLatin1String("sort")).toString(QStringLiteral("time"));
    const QString order = json.value(QLatin1String("order")).toString(QStringLiteral("desc"));
    if (!parseSort(sort + u':' + order, &view.sort, &view.descending))
        return fail(tr("the view \"%1\" has an unknown sort: %2:%3").arg(view.name, sort, order));
    for (const QJsonValue &column : json.value(QLatin1String("columns")).toArray()) {
        if (!isValidColumnName(column.toString()))
            return fail(tr("the view \"%1\" names a column that is not valid").arg(view.name));
        view.columns << column.toString();
    }
    return view;
}

QString SavedView::toLink(const QString &store) const
{
    DeepLink link;
    link.kind = DeepLink::Kind::View;
    link.view = *this;
    link.store = store;
    return link.toUrl();
}

SavedViews::SavedViews(LogStore &store)
    : m_store(store)
{ }

QString SavedViews::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A view needs a name.");
    if (trimmed.size() > SavedView::MaxNameLength)
        return tr("A view's name is at most %1 characters.").arg(SavedView::MaxNameLength);
    if (std::any_of(trimmed.cbegin(), trimmed.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("A view's name cannot contain control characters.");
    return {};
}

QString SavedViews::check(const SavedView &view) const
{
    if (const QString problem = checkName(view.name); !problem.isEmpty())
        return problem;
    if (view.name != view.name.trimmed())
        return tr("A view's name cannot start or end with a space.");
    if (view.filter.size() > SavedView::MaxFilterLength)
        return tr("The filter is too long for a view (at most %1 characters).")
            .arg(SavedView::MaxFilterLength);
    if (const auto problem = m_store.checkFilter(view.filter))
        return tr("The filter does not parse at character %1: %2")
            .arg(problem->position + 1)
            .arg(problem->message);
    if (view.columns.size() > SavedView::MaxColumns)
        return tr("A view keeps at most %1 columns.").arg(SavedView::MaxColumns);
    for (const QString &column : view.columns) {
        if (!SavedView::isValidColumnName(column))
            return tr("\"%1\" is not a column name.").arg(column);
        if (view.columns.count(column) > 1)
            return tr("The column \"%1\" is named twice.").arg(column);
    }
    return {};
}

std::optional<QJsonArray> SavedViews::read(QString *error)
{
    QString why;
    const std::optional<QString> text = m_store.storeSetting(QLatin1String(SettingKey), &why);
    if (!text && !why.isEmpty()) {
        if (error)
            *error = tr("The saved views could not be read: %1").arg(why);
        return std::nullopt;
    }
    return parse(text, error);
}

std::optional<QList<SavedView>> SavedViews::list(QString *error)
{
    const auto views = read(error);
    if (!views)
        return std::nullopt;
    QList<SavedView> result;
    for (const QJsonValue &value : *views) {
        // An entry this version cannot read is skipped, not fatal: the others still show.
        if (const auto view = SavedView::fromJson(value.toObject(), nullptr))
            result << *view;
    }
    if (error)
        error->clear();
    return result;
}

std::optional<SavedView> SavedViews::find(const QString &name, QString *error)
{
    const auto views = list(error);
    if (!views)
        return std::nullopt;
    for (const SavedView &view : *views) {
        if (view.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return view;
    }
    if (error)
        *error = tr("There is no view named \"%1\".").arg(name);
    return std::nullopt;
}

std::optional<QJsonArray> SavedViews::parse(const std::optional<QString> &text, QString *error)
{
    if (!text || text->trimmed().isEmpty())
        return QJsonArray(); // never saved
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (!doc.isArray()) {
        // Never written over: a newer Gatescope (or a person) may have written what this one
        // cannot read.
        if (error)
            *error
                = tr("The saved views of this store are not readable (%1); they are left "
                     "as they are.")
                      .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                        : tr("not a JSON array"));
        return std::nullopt;
    }
    return doc.array();
}

bool SavedViews::update(const std::function<bool(QJsonArray &, QString *)> &change, QString *error)
{
    // Read again and written in one step of the store's (a transaction holding its write lock):
    // a view another window saved a moment ago is in what is read, and nobody writes between.
    QString why;
    const bool ok = m_store.updateStoreSetting(
        QLatin1String(SettingKey),
        [&](std::optional<QString> &value, QString *failure) {
            auto views = parse(value, failure);
            if (!views || !change(*views, failure))
                return false;
            value = QString::fromUtf8(QJsonDocument(*views).toJson(QJsonDocument::Compact));
            return true;
        },
        &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool SavedViews::save(const SavedView &input, QString *error, IfExists ifExists, int position)
{
    SavedView view = input;
    view.name = view.name.trimmed();
    view.filter = view.filter.trimmed();
    if (const QString problem = check(view); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return update(
        [&](QJsonArray &views, QString *why) {
            const qsizetype existing = indexOf(views, view.name);
            if (existing >= 0 && ifExists == IfExists::Refuse) {
                if (why)
                    *why
                        = tr("A view named \"%1\" exists already.").arg(nameOf(views.at(existing)));
                return false;
            }
            if (existing >= 0)
                views.replace(existing, view.toJson());
            else if (position >= 0 && position < views.size())
                views.insert(position, view.toJson());
            else
                views.append(view.toJson());
            return true;
        },
        error);
}

bool SavedViews::rename(const QString &fromName, const QString &toName, QString *error)
{
    const QString from = fromName.trimmed();
    const QString to = toName.trimmed();
    if (const QString problem = checkName(to); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return update(
        [&](QJsonArray &views, QString *why) {
            const qsizetype i = indexOf(views, from);
            if (i < 0) {
                if (why)
                    *why = tr("There is no view named \"%1\".").arg(from);
                return false;
            }
            const qsizetype other = indexOf(views, to);
            if (other >= 0 && other != i) {
                if (why)
                    *why = tr("A view named \"%1\" exists already.").arg(nameOf(views.at(other)));
                return false;
            }
            QJsonObject o = views.at(i).toObject();
            o.insert(QStringLiteral("name"), to);
            views.replace(i, o);
            return true;
        },
        error);
}

int SavedViews::remove(const QString &fromName, QString *error)
{
    const QString name = fromName.trimmed();
    int position = -1;
    const bool ok = update(
        [&](QJsonArray &views, QString *why) {
            const qsizetype i = indexOf(views, name);
            if (i < 0) {
                if (why)
                    *why = tr("There is no view named \"%1\".").arg(name);
                return false;
            }
            position = int(i);
            views.removeAt(i);
            return true;
        },
        error);
    return ok ? position : -1;
}
