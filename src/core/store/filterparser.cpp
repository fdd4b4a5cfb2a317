// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterparser.h"

#include "recordenums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

using Op = FilterTerm::Op;

const QStringList &cacheNames()
{
    static const QStringList names {u"disabled"_qs,  u"miss"_qs, u"semantic_miss"_qs,
                                    u"refreshed"_qs, u"hit"_qs,  u"semantic_hit"_qs};
    return names;
}

const QStringList &typeNames()
{
    static const QStringList names {u"chat"_qs,     u"completion"_qs, u"embedding"_qs,
                                    u"image"_qs,    u"audio"_qs,      u"responses"_qs,
                                    u"messages"_qs, u"proxy"_qs,      u"other"_qs};
    return names;
}

QList<FilterFieldInfo> buildFields()
{
    using K = FilterValueKind;
    const QStringList onOff {u"active"_qs, u"disabled"_qs};
    const QStringList boolean {u"true"_qs, u"false"_qs};
    return {
        {u"model"_qs, K::Text, {}, u"model that served the request"_qs},
        {u"provider"_qs, K::Text, {}, u"provider that served the request"_qs},
        {u"status"_qs,
         K::NumberOrEnum,
         {u"1xx"_qs, u"2xx"_qs, u"3xx"_qs, u"4xx"_qs, u"5xx"_qs},
         u"HTTP status, e.g. 200, >=400, 5xx"_qs},
        {u"type"_qs, K::Enum, typeNames(), u"request type"_qs},
        {u"cache"_qs, K::Enum, cacheNames(), u"cache state"_qs},
        {u"retry"_qs,
         K::NumberOrEnum,
         {u"failed"_qs, u"none"_qs, u"not_triggered"_qs},
         u"retries: failed, none, or a count such as >0"_qs},
        {u"fallback"_qs, K::Enum, onOff, u"fallback active or disabled"_qs},
        {u"lb"_qs, K::Enum, onOff, u"load balancer active or disabled"_qs},
        {u"config"_qs, K::Text, {}, u"config id"_qs},
        {u"prompt"_qs, K::Text, {}, u"prompt id"_qs},
        {u"trace"_qs, K::Text, {}, u"trace id"_qs},
        {u"vkey"_qs, K::Text, {}, u"virtual key"_qs},
        {u"user"_qs, K::Text, {}, u"metadata _user"_qs},
        {u"meta."_qs, K::Text, {}, u"any metadata key: meta.KEY:value"_qs},
        {u"tokens"_qs, K::Number, {}, u"total tokens"_qs},
        {u"cost"_qs, K::Number, {}, u"cost in cents"_qs},
        {u"latency"_qs, K::Number, {}, u"latency in milliseconds"_qs},
        {u"feedback"_qs,
         K::NumberOrEnum,
         {u"any"_qs, u"none"_qs},
         u"weighted average feedback, or any / none"_qs},
        {u"tracked"_qs, K::Enum, boolean, u"false for Do-Not-Track requests"_qs},
        {u"stream"_qs, K::Enum, boolean, u"streamed response"_qs},
        {u"after"_qs, K::Date, {}, u"created at or after, UTC: 2026-01-01 or 2026-01-01T12:00"_qs},
        {u"before"_qs, K::Date, {}, u"created before, UTC"_qs},
        {u"id"_qs, K::Text, {}, u"log id"_qs},
        {u"span"_qs, K::Text, {}, u"span id"_qs},
        {u"endpoint"_qs, K::Text, {}, u"gateway path, e.g. /v1/chat/completions"_qs},
        {u"source"_qs, K::Text, {}, u"file or connection the log came from"_qs},
    };
}

int editDistance(const QString &a, const QString &b)
{
    QVector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

FilterError makeError(int position, int length, const QString &message)
{
    return FilterError {position, length, message};
}

// "2026-01-01", "2026-01-01T12:00", "2026-01-01 12:00:30.250", optional trailing "Z"; UTC.
std::optional<qint64> parseUtc(QString text)
{
    if (text.endsWith(u'Z') || text.endsWith(u'z'))
        text.chop(1);
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid() || text.size() < 10)
        return std::nullopt;
    QTime time(0, 0);
    if (text.size() > 10) {
        if (text[10] != u'T' && text[10] != u't' && text[10] != u' ')
            return std::nullopt;
        time = QTime::fromString(text.mid(11), Qt::ISODateWithMs);
        if (!time.isValid())
            return std::nullopt;
    }
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    // toDouble() reads "nan" and "inf": not numbers a log field can be compared with.
    if (!ok || text.trimmed().isEmpty() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Fills term's numeric comparison from ">=400", "<5", "1..2", "..3", "7". False if not numeric.
bool parseComparison(const QString &value, FilterTerm &term)
{
    struct Prefix
    {
        const char16_t *text;
        Op op;
    };
    static const Prefix prefixes[] = {{u">=", Op::GreaterEq},
                                      {u"<=", Op::LessEq},
                                      {u">", Op::Greater},
                                      {u"<", Op::Less},
                                      {u"=", Op::Equals}};
    for (const Prefix &p : prefixes) {
        const QString ps = QString::fromUtf16(p.text);
        if (value.startsWith(ps)) {
            const auto n = parseNumber(value.mid(ps.size()));
            if (!n)
                return false;
            term.op = p.op;
            term.low = term.high = *n;
            term.isNumber = true;
            return true;
        }
    }
    const int dots = value.indexOf(u"..");
    if (dots >= 0) {
        const QString a = value.left(dots), b = value.mid(dots + 2);
        if (a.isEmpty() && b.isEmpty())
            return false;
        double lo = 0, hi = 0;
        const bool hasLo = !a.isEmpty(), hasHi = !b.isEmpty();
        if (hasLo) {
            const auto v = parseNumber(a);
            if (!v)
                return false;
            lo = *v;
        }
        if (hasHi) {
            const auto v = parseNumber(b);
            if (!v)
                return false;
            hi = *v;
        }
        term.isNumber = true;
        if (hasLo && hasHi) {
            term.op = Op::Range;
            term.low = std::min(lo, hi);
            term.high = std::max(lo, hi);
        } else if (hasLo) {
            term.op = Op::GreaterEq;
            term.low = lo;
        } else {
            term.op = Op::LessEq;
            term.high = hi;
        }
        return true;
    }
    const auto n = parseNumber(value);
    if (!n)
        return false;
    term.op = Op::Equals;
    term.low = term.high = *n;
    term.isNumber = true;
    return true;
}

void setNumber(FilterTerm &term, double v)
{
    term.op = Op::Equals;
    term.low = term.high = v;
    term.isNumber = true;
}

QString quotedList(const QStringList &values)
{
    return values.join(u", ");
}

// Checks and normalises the value of a field term; returns an error message or empty.
QString parseFieldValue(const FilterFieldInfo &info, const QString &value, bool quoted,
                        FilterTerm &term)
{
    const QString name = term.field == u"meta" ? u"meta."_qs + term.metaKey : term.field;
    const QString lower = value.toLower();
    switch (info.kind) {
    case FilterValueKind::Text:
        if (!quoted && value.endsWith(u'*')) {
            term.op = Op::Prefix;
            term.text = value.chopped(1);
        } else {
            term.op = Op::Equals;
            term.text = value;
        }
        return {};
    case FilterValueKind::Number:
        if (parseComparison(value, term))
            return {};
        return QCoreApplication::translate("FilterParser", "'%1' takes a number, got '%2'")
            .arg(name, value);
    case FilterValueKind::Date: {
        const auto ms = parseUtc(value);
        if (!ms)
            return QCoreApplication::translate(
                       "FilterParser",
                       "'%1' takes a date like 2026-01-01 or 2026-01-01T12:00, got '%2'")
                .arg(name, value);
        term.isNumber = true;
        if (term.field == u"after") {
            term.op = Op::GreaterEq;
            term.low = double(*ms);
        } else {
            term.op = Op::Less;
            term.high = double(*ms);
        }
        return {};
    }
    case FilterValueKind::Enum:
        if (!info.values.contains(lower))
            return QCoreApplication::translate("FilterParser", "'%1' takes one of %2, got '%3'")
                .arg(name, quotedList(info.values), value);
        if (term.field == u"fallback" || term.field == u"lb")
            setNumber(term, lower == u"active" ? 1 : 0);
        else if (term.field == u"tracked" || term.field == u"stream")
            setNumber(term, lower == u"true" ? 1 : 0);
        else {
            term.op = Op::Equals;
            term.text = lower;
        }
        return {};
    case FilterValueKind::NumberOrEnum:
        if (term.field == u"status" && lower.size() == 3 && lower.endsWith(u"xx")
            && lower[0] >= u'1' && lower[0] <= u'5') {
            term.op = Op::Range;
            term.isNumber = true;
            term.low = (lower[0].unicode() - u'0') * 100;
            term.high = term.low + 99;
            return {};
        }
        if (term.field == u"retry" && lower == u"failed") {
            setNumber(term, -1);
            return {};
        }
        if (term.field == u"retry" && (lower == u"none" || lower == u"not_triggered")) {
            setNumber(term, 0);
            return {};
        }
        if (term.field == u"feedback" && (lower == u"any" || lower == u"none")) {
            term.op = lower == u"any" ? Op::Any : Op::None;
            return {};
        }
        if (parseComparison(value, term))
            return {};
        return QCoreApplication::translate("FilterParser",
                                           "'%1' takes a number or one of %2, got '%3'")
            .arg(name, quotedList(info.values), value);
    }
    return {};
}

struct RawToken
{
    int position = 0;
    int length = 0;
    QString text;
};

} // namespace

QList<FilterFieldInfo> FilterParser::fields()
{
    static const QList<FilterFieldInfo> all = buildFields();
    return all;
}

std::optional<FilterFieldInfo> FilterParser::field(const QString &name)
{
    const QString lower = name.toLower();
    for (const FilterFieldInfo &f : fields()) {
        if (f.name == lower || (f.name == u"meta." && lower.startsWith(u"meta.")))
            return f;
    }
    return std::nullopt;
}

std::optional<FilterError> FilterParser::check(const QString &filter)
{
    FilterError error;
    if (parse(filter, &error))
        return std::nullopt;
    return error;
}

std::optional<FilterAst> FilterParser::parse(const QString &filter, FilterError *error)
{
    auto fail = [error](const FilterError &e) -> std::optional<FilterAst> {
        if (error)
            *error = e;
        return std::nullopt;
    };

    // 1. Split at white space outside double quotes.
    QList<RawToken> tokens;
    const int n = filter.size();
    int i = 0;
    while (i < n) {
        while (i < n && filter[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const int start = i;
        while (i < n && !filter[i].isSpace()) {
            if (filter[i] == u'"') {
                const int close = filter.indexOf(u'"', i + 1);
                if (close < 0)
                    return fail(makeError(
                        i, n - i, QCoreApplication::translate("FilterParser", "unclosed quote")));
                i = close + 1;
            } else {
                ++i;
            }
        }
        tokens.append({start, i - start, filter.mid(start, i - start)});
    }

    // 2. Terms, joined by OR into clauses. Each term is a level of the SQL expression tree,
    // which SQLite caps at 1000 levels ("Expression tree is too large"): the parser stops
    // well before, at the term that goes over.
    FilterAst ast;
    int termCount = 0;
    bool pendingOr = false;
    int orPosition = 0;
    bool lastWasTerm = false;
    for (const RawToken &tok : tokens) {
        if (tok.text == u"OR") {
            if (!lastWasTerm || pendingOr)
                return fail(makeError(
                    tok.position, tok.length,
                    QCoreApplication::translate("FilterParser", "OR needs a term on both sides")));
            pendingOr = true;
            orPosition = tok.position;
            lastWasTerm = false;
            continue;
        }
        if (++termCount > kMaxTerms)
            return fail(makeError(
                tok.position, tok.length,
                QStringLiteral("too many terms: a filter may have at most %1").arg(kMaxTerms)));
        FilterTerm term;
        term.position = tok.position;
        term.length = tok.length;
        QString body = tok.text;
        if (body.startsWith(u'-')) {
            term.negated = true;
            body.remove(0, 1);
            if (body.isEmpty())
                return fail(makeError(
                    tok.position, tok.length,
                    QCoreApplication::translate("FilterParser", "'-' needs a term after it")));
        }
        const int quote = body.indexOf(u'"');
        const int colon = body.indexOf(u':');
        if (colon > 0 && (quote < 0 || colon < quote)) {
            const QString name = body.left(colon);
            QString value = body.mid(colon + 1);
            const auto info = field(name);
            if (!info) {
                QString best;
                int bestDistance = 3;
                for (const FilterFieldInfo &f : fields()) {
                    const QString candidate = f.name == u"meta." ? u"meta"_qs : f.name;
                    const int d = editDistance(name.toLower(), candidate);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = f.name == u"meta." ? u"meta.KEY"_qs : f.name;
                    }
                }
                QString message
                    = QCoreApplication::translate("FilterParser", "unknown field '%1'").arg(name);
                if (!best.isEmpty())
                    message += QCoreApplication::translate("FilterParser", " (did you mean '%1'?)")
                                   .arg(best);
                else
                    message += QCoreApplication::translate(
                        "FilterParser", " (put text containing ':' in quotes to search for it)");
                return fail(makeError(tok.position, tok.length, message));
            }
            term.kind = FilterTerm::Kind::Field;
            if (info->name == u"meta.") {
                term.field = u"meta"_qs;
                term.metaKey = name.mid(5);
                if (term.metaKey.isEmpty())
                    return fail(
                        makeError(tok.position, tok.length,
                                  QCoreApplication::translate(
                                      "FilterParser", "'meta.' needs a key: meta.KEY:value")));
            } else {
                term.field = info->name;
            }
            bool quoted = false;
            if (value.startsWith(u'"')) {
                if (value.size() < 2 || !value.endsWith(u'"'))
                    return fail(
                        makeError(tok.position, tok.length,
                                  QCoreApplication::translate(
                                      "FilterParser", "expected a space after the closing quote")));
                value = value.mid(1, value.size() - 2);
                quoted = true;
            }
            if (value.isEmpty())
                return fail(makeError(
                    tok.position, tok.length,
                    QCoreApplication::translate("FilterParser", "'%1' needs a value").arg(name)));
            const QString message = parseFieldValue(*info, value, quoted, term);
            if (!message.isEmpty())
                return fail(makeError(tok.position, tok.length, message));
        } else if (body.startsWith(u'"')) {
            const int close = body.indexOf(u'"', 1);
            const QString rest = body.mid(close + 1);
            if (!rest.isEmpty() && rest != u"*")
                return fail(
                    makeError(tok.position, tok.length,
                              QCoreApplication::translate(
                                  "FilterParser", "expected a space after the closing quote")));
            term.text = body.mid(1, close - 1);
            term.phrase = true;
            term.prefix = rest == u"*";
        } else {
            if (body.contains(u'"'))
                return fail(
                    makeError(tok.position, tok.length,
                              QCoreApplication::translate(
                                  "FilterParser", "a quote may only start a phrase or a value")));
            term.prefix = body.endsWith(u'*') && body.size() > 1;
            term.text = term.prefix ? body.chopped(1) : body;
        }
        if (pendingOr) {
            ast.clauses.last().anyOf.append(term);
            pendingOr = false;
        } else {
            ast.clauses.append(FilterClause {{term}});
        }
        lastWasTerm = true;
    }
    if (pendingOr)
        return fail(makeError(
            orPosition, 2,
            QCoreApplication::translate("FilterParser", "OR needs a term on both sides")));
    return ast;
}
