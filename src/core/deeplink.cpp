// SPDX-License-Identifier: GPL-3.0-or-later
#include "deeplink.h"

#include "filterparser.h"
#include "hexdigit.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

const QLatin1String Scheme("gatescope://");

QString tr(const char *text)
{
    return QCoreApplication::translate("DeepLink", text);
}

bool isIdChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'.' || c == u'_' || c == u':' || c == u'-';
}

// Decodes %XX escapes exactly once. A '%' not followed by two hex digits, or a result that is
// not ASCII, is an error: ids are ASCII, and a second round of decoding never happens (so
// "%252F" stays "%2F" and is then rejected by the id check).
std::optional<QString> percentDecodeOnce(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return std::nullopt; // spaces, controls and non-ASCII are never part of a link
        if (c != u'%') {
            out.append(char(c.unicode()));
            continue;
        }
        if (i + 2 >= text.size())
            return std::nullopt;
        const int hi = hexDigitValue(char(text.at(i + 1).unicode()));
        const int lo = hexDigitValue(char(text.at(i + 2).unicode()));
        if (text.at(i + 1).unicode() > 0x7f || text.at(i + 2).unicode() > 0x7f || hi < 0 || lo < 0)
            return std::nullopt;
        const int value = hi * 16 + lo;
        if (value < 0x21 || value > 0x7e)
            return std::nullopt;
        out.append(char(value));
        i += 2;
    }
    return QString::fromLatin1(out);
}

// A view link's value: %XX escapes decoded once into UTF-8 bytes; characters written as they
// are (a link pasted from a page that decoded it) taken as they are, but never control
// characters. "+" is a plus sign, not a space. nullopt when an escape or the UTF-8 is malformed.
std::optional<QString> decodeViewValue(QStringView text)
{
    QByteArray bytes;
    qsizetype run = 0; // start of the characters written as they are
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return std::nullopt;
        if (c != u'%')
            continue;
        bytes += text.mid(run, i - run).toUtf8();
        if (i + 2 >= text.size() || text.at(i + 1).unicode() > 0x7f
            || text.at(i + 2).unicode() > 0x7f)
            return std::nullopt;
        const int hi = hexDigitValue(char(text.at(i + 1).unicode()));
        const int lo = hexDigitValue(char(text.at(i + 2).unicode()));
        if (hi < 0 || lo < 0)
            return std::nullopt;
        bytes.append(char(hi * 16 + lo));
        i += 2;
        run = i + 1;
    }
    bytes += text.mid(run).toUtf8();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString value = utf8.decode(bytes);
    if (utf8.hasError() || std::any_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return std::nullopt;
    return value;
}

QString encodeViewValue(const QString &value)
{
    // Unreserved characters, and ":" and "," (allowed in a query, and common in filters and
    // column lists), stay readable.
    return QString::fromLatin1(value.toUtf8().toPercentEncoding(":,"));
}

// gatescope://view?... past the scheme and "view".
std::optional<DeepLink> parseView(QStringView rest, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<DeepLink> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (rest.startsWith(u'/'))
        rest = rest.mid(1);
    if (rest.contains(u'#'))
        return fail(tr("A Gatescope link has no #fragment."));
    if (!rest.isEmpty() && !rest.startsWith(u'?'))
        return fail(tr("A view link is gatescope://view?filter=...&sort=...&columns=..."));
    DeepLink link;
    link.kind = DeepLink::Kind::View;
    QStringList seen;
    const QStringView query = rest.mid(1);
    for (const QStringView item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = (eq < 0 ? item : item.left(eq)).toString();
        const QStringView raw = eq < 0 ? QStringView() : item.mid(eq + 1);
        if (seen.contains(key))
            return fail(tr("The link gives \"%1\" twice.").arg(key));
        seen << key;
        if (key == QLatin1String("store")) {
            const auto store = percentDecodeOnce(raw);
            if (!store || !DeepLink::isValidStoreName(*store))
                return fail(tr("The store name in the link is not valid."));
            link.store = *store;
            continue;
        }
        const auto value = decodeViewValue(raw);
        if (!value)
            return fail(
                tr("The link's \"%1\" has a malformed %-escape or a control character.").arg(key));
        if (key == QLatin1String("filter")) {
            link.view.filter = value->trimmed();
            if (link.view.filter.size() > SavedView::MaxFilterLength)
                return fail(tr("The filter in the link is too long."));
            if (const auto problem = FilterParser::check(link.view.filter))
                return fail(tr("The filter in the link does not parse at character %1: %2")
                                .arg(problem->position + 1)
                                .arg(problem->message));
        } else if (key == QLatin1String("sort")) {
            if (!SavedView::parseSort(*value, &link.view.sort, &link.view.descending))
                return fail(tr("The sort in the link is not valid: it is one of %1, with :asc or "
                               ":desc.")
                                .arg(SavedView::sortNames().join(QLatin1String(", "))));
        } else if (key == QLatin1String("columns")) {
            const QStringList columns = value->split(u',', Qt::SkipEmptyParts);
            if (columns.size() > SavedView::MaxColumns)
                return fail(tr("The link names too many columns."));
            for (const QString &column : columns) {
                if (!SavedView::isValidColumnName(column) || link.view.columns.contains(column))
                    return fail(tr("The columns in the link are not valid: %1").arg(column));
                link.view.columns << column;
            }
        } else if (key == QLatin1String("name")) {
            link.view.name = value->trimmed();
            if (!link.view.name.isEmpty() && !SavedViews::checkName(link.view.name).isEmpty())
                return fail(tr("The view name in the link is not valid: %1")
                                .arg(SavedViews::checkName(link.view.name)));
        } else {
            return fail(tr("A view link may give filter, sort, columns, name and store; not "
                           "\"%1\".")
                            .arg(key));
        }
    }
    return link;
}

bool isPlaceholder(const QString &s)
{
    return s.size() > 2 && s.startsWith(u'{') && s.endsWith(u'}');
}

struct Captured
{
    QString logId;
    QString traceId;
};

// Matches one template part (a path segment or a query value) against a decoded value.
bool matchPart(const QString &pattern, const QString &value, Captured *captured)
{
    if (!isPlaceholder(pattern))
        return pattern == value;
    if (value.isEmpty())
        return false;
    if (pattern == QLatin1String("{logId}"))
        captured->logId = value;
    else if (pattern == QLatin1String("{traceId}"))
        captured->traceId = value;
    return true;
}

QStringList pathSegments(const QUrl &url)
{
    QStringList segments = url.path(QUrl::FullyEncoded).split(u'/');
    if (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst();
    if (!segments.isEmpty() && segments.constLast().isEmpty())
        segments.removeLast(); // ".../logs/" is ".../logs"
    return segments;
}

// Query items with keys and values decoded once; nullopt when an escape is malformed.
std::optional<QList<QPair<QString, QString>>> queryItems(const QUrl &url)
{
    QList<QPair<QString, QString>> items;
    const QString query = url.query(QUrl::FullyEncoded);
    if (query.isEmpty())
        return items;
    for (const QString &item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const auto key = percentDecodeOnce(QStringView(item).left(eq < 0 ? item.size() : eq));
        const auto value = eq < 0 ? std::optional<QString>(QString())
                                  : percentDecodeOnce(QStringView(item).mid(eq + 1));
        if (!key || !value)
            return std::nullopt;
        items.append({*key, *value});
    }
    return items;
}

} // namespace

bool DeepLink::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength || id == QLatin1String(".")
        || id.contains(QLatin1String("..")))
        return false;
    return std::all_of(id.cbegin(), id.cend(), isIdChar);
}

bool DeepLink::isValidStoreName(const QString &store)
{
    if (store.isEmpty() || store.size() > MaxStoreLength || store.startsWith(u'.')
        || store.contains(QLatin1String("..")))
        return false;
    return std::all_of(store.cbegin(), store.cend(),
                       [](QChar c) { return isIdChar(c) && c != u':'; });
}

std::optional<DeepLink> DeepLink::parse(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<DeepLink> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("The link is empty."));
    QStringView rest = QStringView(text).mid(Scheme.size());
    const bool viewLink = text.startsWith(Scheme, Qt::CaseInsensitive)
        && rest.startsWith(QLatin1String("view"))
        && (rest.size() == 4 || rest.at(4) == u'?' || rest.at(4) == u'/');
    if (text.size() > (viewLink ? MaxViewLinkLength : MaxLinkLength))
        return fail(tr("The link is too long."));
    if (!text.startsWith(Scheme, Qt::CaseInsensitive))
        return fail(tr("Not a Gatescope link: it must start with gatescope://log/ or "
                       "gatescope://trace/."));
    if (viewLink)
        return parseView(rest.mid(4), error);
    if (rest.contains(u'#'))
        return fail(tr("A Gatescope link has no #fragment."));
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView kindText = slash < 0 ? rest : rest.left(slash);
    DeepLink link;
    if (kindText == QLatin1String("log"))
        link.kind = Kind::Log;
    else if (kindText == QLatin1String("trace"))
        link.kind = Kind::Trace;
    else
        return fail(tr("A Gatescope link names a log or a trace: gatescope://log/<id> or "
                       "gatescope://trace/<trace-id>."));
    const QStringView rawId = slash < 0 ? QStringView() : rest.mid(slash + 1);
    if (rawId.isEmpty())
        return fail(tr("The link has no id."));
    if (rawId.contains(u'/'))
        return fail(tr("An id in a link cannot contain \"/\"."));
    const auto id = percentDecodeOnce(rawId);
    if (!id || !isValidId(*id))
        return fail(tr("The id in the link is not valid: ids are up to %1 letters, digits and "
                       "the characters . _ : - (no \"..\").")
                        .arg(MaxIdLength));
    link.id = *id;

    if (!query.isEmpty()) {
        for (const QStringView item : query.split(u'&')) {
            if (!item.startsWith(QLatin1String("store=")))
                return fail(tr("The only option a link may have is ?store=<name>."));
            if (!link.store.isEmpty())
                return fail(tr("The link names the store twice."));
            const auto store = percentDecodeOnce(item.mid(6));
            if (!store || !isValidStoreName(*store))
                return fail(tr("The store name in the link is not valid."));
            link.store = *store;
        }
    }
    return link;
}

QStringList DeepLink::defaultPortkeyTemplates()
{
    return {
        QStringLiteral("https://app.portkey.ai/organisation/{orgId}/logs?logId={logId}"),
        QStringLiteral("https://app.portkey.ai/organisation/{orgId}/logs?log_id={logId}"),
        QStringLiteral("https://app.portkey.ai/organisation/{orgId}/logs/{logId}"),
        QStringLiteral("https://app.portkey.ai/logs?logId={logId}"),
        QStringLiteral("https://app.portkey.ai/logs?log_id={logId}"),
        QStringLiteral("https://app.portkey.ai/logs/{logId}"),
        QStringLiteral(
            "https://app.portkey.ai/organisation/{orgId}/logs?selectedTraceId={traceId}"),
        QStringLiteral("https://app.portkey.ai/logs?trace_id={traceId}"),
    };
}

QString DeepLink::checkTemplate(const QString &portkeyTemplate)
{
    const QUrl url(portkeyTemplate.trimmed()); // tolerant: braces are not URL characters
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("A template is an http(s) URL, for example %1.")
            .arg(defaultPortkeyTemplates().constFirst());
    const QString all = portkeyTemplate;
    const int logs = int(all.count(QLatin1String("{logId}")));
    const int traces = int(all.count(QLatin1String("{traceId}")));
    if (logs + traces != 1)
        return tr("A template names exactly one {logId} or {traceId}.");
    return {};
}

std::optional<DeepLink> DeepLink::fromPortkeyUrl(const QString &input, const QStringList &templates,
                                                 QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<DeepLink> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.size() > MaxLinkLength)
        return fail(tr("The link is too long."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return fail(tr("Not a Portkey link."));
    const QStringList segments = pathSegments(url);
    const auto items = queryItems(url);
    if (!items)
        return fail(tr("The link has a malformed %-escape."));

    for (const QString &pattern : templates) {
        if (!checkTemplate(pattern).isEmpty())
            continue;
        const QUrl tmpl(pattern.trimmed());
        if (tmpl.scheme() != url.scheme() || tmpl.host() != url.host() || tmpl.port() != url.port()
            || !url.userInfo().isEmpty())
            continue;
        const QStringList want = QUrl::fromPercentEncoding(tmpl.path(QUrl::FullyEncoded).toUtf8())
                                     .split(u'/', Qt::SkipEmptyParts);
        if (want.size() != segments.size())
            continue;
        Captured captured;
        bool ok = true;
        for (qsizetype i = 0; ok && i < want.size(); ++i) {
            const auto segment = percentDecodeOnce(segments.at(i));
            ok = segment && matchPart(want.at(i), *segment, &captured);
        }
        if (!ok)
            continue;
        const QList<QPair<QString, QString>> wantItems
            = QUrlQuery(tmpl).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : wantItems) {
            const auto found
                = std::find_if(items->cbegin(), items->cend(),
                               [&wanted = key](const auto &item) { return item.first == wanted; });
            if (found == items->cend() || !matchPart(value, found->second, &captured)) {
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        DeepLink link;
        link.kind = captured.logId.isEmpty() ? Kind::Trace : Kind::Log;
        link.id = captured.logId.isEmpty() ? captured.traceId : captured.logId;
        if (!isValidId(link.id))
            return fail(tr("The id in the link is not valid: ids are up to %1 letters, digits "
                           "and the characters . _ : - (no \"..\").")
                            .arg(MaxIdLength));
        return link;
    }
    return fail(tr("This Portkey link names no log or trace that Gatescope knows how to open "
                   "(the Portkey URL templates are in Settings)."));
}

std::optional<DeepLink> DeepLink::parseAny(const QString &text, const QStringList &templates,
                                           QString *error)
{
    if (text.trimmed().startsWith(Scheme, Qt::CaseInsensitive))
        return parse(text, error);
    const QString scheme = QUrl(text.trimmed()).scheme();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        return fromPortkeyUrl(text, templates, error);
    return parse(text, error); // says what a link looks like
}

QString DeepLink::storeNameOf(const QString &location)
{
    if (location.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)) {
        const QString path = QUrl(location).path();
        return path.mid(path.lastIndexOf(u'/') + 1);
    }
    return QFileInfo(location).completeBaseName();
}

QString DeepLink::findStore(const QString &name, const QStringList &locations)
{
    for (const QString &location : locations) {
        if (!location.isEmpty() && storeNameOf(location) == name)
            return location;
    }
    return {};
}

QString DeepLink::toUrl() const
{
    if (kind == Kind::View) {
        QStringList items {QLatin1String("filter=") + encodeViewValue(view.filter),
                           QLatin1String("sort=") + view.sortText()};
        if (!view.columns.isEmpty())
            items << QLatin1String("columns=") + view.columns.join(u',');
        if (!view.name.isEmpty())
            items << QLatin1String("name=") + encodeViewValue(view.name);
        if (!store.isEmpty())
            items << QLatin1String("store=") + store;
        return Scheme + QLatin1String("view?") + items.join(u'&');
    }
    QString url
        = Scheme + (kind == Kind::Log ? QLatin1String("log/") : QLatin1String("trace/")) + id;
    if (!store.isEmpty())
        url += QLatin1String("?store=") + store;
    return url;
}
