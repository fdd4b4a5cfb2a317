// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedviews.h"

#include <QString>
#include <QStringList>

#include <optional>

// A link to one log or one trace: gatescope://log/<id> or gatescope://trace/<trace-id>, with an
// optional ?store=<name>; or to a view of the list: gatescope://view?name=..&filter=..&sort=
// COL:asc|desc&columns=COL,COL[&store=<name>], values percent-encoded UTF-8. Also recognises
// Portkey app URLs that name a log or a trace, through URL templates the user can edit. It only
// names things: opening a link never opens a file or runs a command, so everything that does not
// match exactly is rejected with a message.
class DeepLink
{
public:
    enum class Kind { Log, Trace, View };

    static constexpr int MaxIdLength = 200;
    static constexpr int MaxStoreLength = 100;
    static constexpr int MaxLinkLength = 2048;
    // A view's filter and name may be long and non-ASCII (each byte is %XX: 3 characters).
    static constexpr int MaxViewLinkLength = 32768;

    Kind kind = Kind::Log;
    QString id; // Log and Trace
    QString store; // empty: the store the window shows
    // Kind::View: what the link sets (its name may be empty; its filter is checked to parse).
    SavedView view;

    // Parses a gatescope:// link. On failure returns nullopt and says why in *error.
    static std::optional<DeepLink> parse(const QString &text, QString *error);
    // A Portkey app URL matching one of the templates (see defaultPortkeyTemplates()).
    static std::optional<DeepLink> fromPortkeyUrl(const QString &text, const QStringList &templates,
                                                  QString *error);
    // Either of the above: what Edit > Open Link accepts.
    static std::optional<DeepLink> parseAny(const QString &text, const QStringList &templates,
                                            QString *error);

    // Templates are URLs whose path segments and query values may be placeholders in braces:
    // {logId} and {traceId} capture the id, any other {name} matches one segment or value.
    // Query items the template does not name are ignored. The first matching template wins.
    // Portkey documents no log URL (portkey-api.md section 12): these are the observed forms.
    static QStringList defaultPortkeyTemplates();
    // Empty when the template can be used, else why not.
    static QString checkTemplate(const QString &portkeyTemplate);

    // Ids are [A-Za-z0-9._:-]{1,200} and never "." or contain "..".
    static bool isValidId(const QString &id);
    static bool isValidStoreName(const QString &store);

    QString toUrl() const; // gatescope://log/<id>[?store=<name>], gatescope://view?...

    // The name ?store= gives a store: a SQLite file's name without its folder and suffix
    // (~/logs/work.sqlite: "work"), a PostgreSQL URL's database name.
    static QString storeNameOf(const QString &location);
    // The first of locations (the stores opened before) that ?store=name names; empty if none.
    static QString findStore(const QString &name, const QStringList &locations);
    bool operator==(const DeepLink &other) const = default;
};
