// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// A saved view: a name for a filter, a sort and the list's columns. Written as
// gatescope://view?name=...&filter=...&sort=cost:desc&columns=time,model,cost (DeepLink).
struct SavedView
{
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxFilterLength = 2000;
    static constexpr int MaxColumns = 32;

    QString name;
    QString filter; // the filter language; empty = every log
    SortColumn sort = SortColumn::Time;
    bool descending = true;
    // The list's visible columns in their order ("time", "model", ...); empty: leave them as they
    // are. The names are the UI's; the core only checks their shape.
    QStringList columns;

    bool operator==(const SavedView &other) const = default;

    // "time", "model", "tokens", "cost", "latency", "status", "type", "feedback", "images".
    static QString sortName(SortColumn sort);
    static std::optional<SortColumn> sortFromName(const QString &name);
    static QStringList sortNames();
    // "cost:desc"; parseSort() takes COL, COL:asc or COL:desc.
    QString sortText() const;
    static bool parseSort(const QString &text, SortColumn *sort, bool *descending);
    static bool isValidColumnName(const QString &column);

    QJsonObject toJson() const;
    static std::optional<SavedView> fromJson(const QJsonObject &json, QString *error);
    // The view as a gatescope://view link (store: an optional ?store= name).
    QString toLink(const QString &store = {}) const;
};

// The saved views of a store, kept in the store's own settings (LogStore::storeSetting, key
// "views", a JSON array), so the app, gatescope-cli and a team on PostgreSQL share them. Every
// change reads the list again and writes it in one step of the store's (updateStoreSetting), so
// two windows saving at once never lose each other's view. One per connection and thread.
class SavedViews
{
public:
    static constexpr const char *SettingKey = "views";

    explicit SavedViews(LogStore &store);

    // Every view in the order saved; an empty list when none was ever saved.
    std::optional<QList<SavedView>> list(QString *error);
    std::optional<SavedView> find(const QString &name, QString *error);

    enum class IfExists { Refuse, Replace };
    // Adds the view (at position, or last), or replaces the one of the same name with Replace.
    // Refuses an empty or over-long name, a name taken (any case) and a filter that does not
    // parse, saying which.
    bool save(const SavedView &view, QString *error, IfExists ifExists = IfExists::Refuse,
              int position = -1);
    bool rename(const QString &from, const QString &to, QString *error);
    // Returns the position the view had (for an undo), or -1 with *error.
    int remove(const QString &name, QString *error);

    // Empty when the name has a usable shape (not empty, not too long, no control characters).
    static QString checkName(const QString &name);
    // The problems of a view that save() refuses, in words; empty when none.
    QString check(const SavedView &view) const;

private:
    static std::optional<QJsonArray> parse(const std::optional<QString> &text, QString *error);
    std::optional<QJsonArray> read(QString *error);
    // Reads, changes and writes the list with no other writer in between.
    bool update(const std::function<bool(QJsonArray &views, QString *error)> &change,
                QString *error);

    LogStore &m_store;
};
